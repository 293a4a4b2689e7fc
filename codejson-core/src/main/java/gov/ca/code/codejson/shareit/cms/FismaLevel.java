package gov.ca.code.codejson.shareit.cms;

import gov.ca.code.codejson.model.JsonEnum;

/** The CMS {@code fismaLevel} values: the FISMA security categorization. */
public enum FismaLevel implements JsonEnum {
    /** Low. */
    LOW("low"),
    /** Moderate. */
    MODERATE("moderate"),
    /** High. */
    HIGH("high");

    private final String json;

    FismaLevel(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
