package gov.ca.code.codejson.shareit;

import gov.ca.code.codejson.model.JsonEnum;

/** The SHARE IT {@code repositoryVisibility} values. */
public enum RepositoryVisibility implements JsonEnum {
    /** Anyone can see the repository. */
    PUBLIC("public"),
    /** Only authorized people can see the repository. */
    PRIVATE("private");

    private final String json;

    RepositoryVisibility(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
