/**
 * Migration between code.json families, with a change log of every change and the list of the
 * values the user must supply because they cannot be derived.
 */
package gov.ca.code.codejson.migrate;
