package gov.ca.code.codejson.model;

/** An enumeration whose constants have an exact JSON spelling. */
public interface JsonEnum {
    /** {@return the spelling in JSON} */
    String json();
}
