package gov.ca.code.codejson.codegov;

import gov.ca.code.codejson.model.JsonEnum;

/** The code.gov 2.0.0 release {@code status} values, spelled as in the schema. */
public enum Status implements JsonEnum {
    /** Brainstorming phase. */
    IDEATION("Ideation"),
    /** Still in development. */
    DEVELOPMENT("Development"),
    /** Initial prototyping and internal testing. */
    ALPHA("Alpha"),
    /** Tested in public. */
    BETA("Beta"),
    /** Nearly ready for production. */
    RELEASE_CANDIDATE("Release Candidate"),
    /** Finished, with development and maintenance ongoing. */
    PRODUCTION("Production"),
    /** Finished and no longer maintained. */
    ARCHIVAL("Archival");

    private final String json;

    Status(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
