package gov.ca.code.codejson.shareit.cms;

import gov.ca.code.codejson.model.JsonEnum;

/** The CMS {@code userType} values: who interacts with the software. */
public enum UserType implements JsonEnum {
    /** Providers. */
    PROVIDERS("providers"),
    /** Patients. */
    PATIENTS("patients"),
    /** Government. */
    GOVERNMENT("government"),
    /** Applicants. */
    APPLICANTS("applicants"),
    /** Beneficiaries. */
    BENEFICIARIES("beneficiaries"),
    /** Enrollees. */
    ENROLLEES("enrollees");

    private final String json;

    UserType(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
