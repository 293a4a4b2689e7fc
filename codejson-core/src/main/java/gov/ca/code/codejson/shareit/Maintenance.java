package gov.ca.code.codejson.shareit;

import gov.ca.code.codejson.model.JsonEnum;

/** The SHARE IT {@code maintenance} values: who keeps the software up to date. */
public enum Maintenance implements JsonEnum {
    /** Agency staff. */
    INTERNAL("internal"),
    /** A contractor. */
    CONTRACT("contract"),
    /** An outside community. */
    COMMUNITY("community"),
    /** Nobody. */
    NONE("none");

    private final String json;

    Maintenance(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
