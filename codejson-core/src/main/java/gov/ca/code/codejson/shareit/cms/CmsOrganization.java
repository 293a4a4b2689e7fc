package gov.ca.code.codejson.shareit.cms;

import gov.ca.code.codejson.model.JsonEnum;

/** The only {@code organization} the CMS extension allows. */
public enum CmsOrganization implements JsonEnum {
    /** The Centers for Medicare &amp; Medicaid Services. */
    CMS("Centers for Medicare & Medicaid Services");

    private final String json;

    CmsOrganization(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
