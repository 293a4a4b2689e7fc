package gov.ca.code.codejson.model;

/**
 * An enumeration whose constants are JSON integers, such as a schema's {@code "enum": [0, 1, 2]}
 * on an {@code integer} field.
 */
public interface JsonIntegerEnum {
    /** {@return the integer written in JSON} */
    long json();
}
