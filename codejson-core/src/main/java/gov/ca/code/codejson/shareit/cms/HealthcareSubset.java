package gov.ca.code.codejson.shareit.cms;

import gov.ca.code.codejson.model.JsonEnum;

/** The CMS {@code subsetInHealthcare} values. */
public enum HealthcareSubset implements JsonEnum {
    /** Policy. */
    POLICY("policy"),
    /** Operational. */
    OPERATIONAL("operational"),
    /** Medicare. */
    MEDICARE("medicare"),
    /** Medicaid. */
    MEDICAID("medicaid"),
    /** SNAP. */
    SNAP("SNAP"),
    /** TANF. */
    TANF("TANF"),
    /** Human benefit services. */
    HUMAN_BENEFIT_SERVICES("human-benefit-services");

    private final String json;

    HealthcareSubset(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
