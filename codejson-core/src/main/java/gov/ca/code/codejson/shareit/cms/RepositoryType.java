package gov.ca.code.codejson.shareit.cms;

import gov.ca.code.codejson.model.JsonEnum;

/** The CMS {@code repositoryType} values: the purpose of the repository. */
public enum RepositoryType implements JsonEnum {
    /** A package. */
    PACKAGE("package"),
    /** A website. */
    WEBSITE("website"),
    /** Standards. */
    STANDARDS("standards"),
    /** Libraries. */
    LIBRARIES("libraries"),
    /** Data. */
    DATA("data"),
    /** An application. */
    APPLICATION("application"),
    /** Tools. */
    TOOLS("tools"),
    /** APIs. */
    APIS("APIs");

    private final String json;

    RepositoryType(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
