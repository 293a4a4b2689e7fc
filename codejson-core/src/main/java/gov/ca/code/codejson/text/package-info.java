/** Wording shared by the messages of the library, the command-line tool and the Maven plugin. */
package gov.ca.code.codejson.text;
