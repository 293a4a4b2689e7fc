package gov.ca.code.codejson.codegov;

import gov.ca.code.codejson.model.JsonEnum;

/** The code.gov 2.0.0 {@code permissions.usageType} values, spelled as in the schema. */
public enum UsageType implements JsonEnum {
    /** Open source. */
    OPEN_SOURCE("openSource"),
    /** Government-wide reuse. */
    GOVERNMENT_WIDE_REUSE("governmentWideReuse"),
    /** Restricted by law or regulation. */
    EXEMPT_BY_LAW("exemptByLaw"),
    /** Sharing would risk national security, confidentiality or privacy. */
    EXEMPT_BY_NATIONAL_SECURITY("exemptByNationalSecurity"),
    /** Sharing would risk the agency systems or personnel. */
    EXEMPT_BY_AGENCY_SYSTEM("exemptByAgencySystem"),
    /** Sharing would risk the agency mission, programs or operations. */
    EXEMPT_BY_AGENCY_MISSION("exemptByAgencyMission"),
    /** The CIO exempts it in the national interest. */
    EXEMPT_BY_CIO("exemptByCIO"),
    /** Created before the M-16-21 policy of August 8, 2016. */
    EXEMPT_BY_POLICY_DATE("exemptByPolicyDate");

    /** {@return whether this is one of the exemptions} */
    public boolean isExemption() {
        return json.startsWith("exempt");
    }

    private final String json;

    UsageType(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
