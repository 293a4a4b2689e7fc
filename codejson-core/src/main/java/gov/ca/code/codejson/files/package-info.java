/** Writing files so that a reader never sees half of them: one file, or a set of files, all or none. */
package gov.ca.code.codejson.files;
