package gov.ca.code.codejson.codegov;

import gov.ca.code.codejson.model.JsonEnum;

/** The code.gov 2.0.0 {@code measurementType.method} values, spelled as in the schema. */
public enum MeasurementMethod implements JsonEnum {
    /** Source lines of code. */
    LINES_OF_CODE("linesOfCode"),
    /** Self-contained modules of a solution. */
    MODULES("modules"),
    /** Cost of software development. */
    COST("cost"),
    /** Complete software solutions or projects. */
    PROJECTS("projects"),
    /** System certification and accreditation boundaries. */
    SYSTEMS("systems"),
    /** Another method, described in {@code ifOther}. */
    OTHER("other");

    private final String json;

    MeasurementMethod(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
