package gov.ca.code.codejson.shareit;

import gov.ca.code.codejson.model.JsonEnum;

/** The SHARE IT {@code permissions.usageType} values, spelled as in the schema; {@code exemptByLaw} of code.gov 2.0.0 no longer exists. */
public enum UsageType implements JsonEnum {
    /** Open source. */
    OPEN_SOURCE("openSource"),
    /** Government-wide reuse. */
    GOVERNMENT_WIDE_REUSE("governmentWideReuse"),
    /** Primarily for use in a national security system (40 U.S.C. 11103). */
    EXEMPT_BY_NATIONAL_SECURITY("exemptByNationalSecurity"),
    /** Developed by an element of the intelligence community. */
    EXEMPT_BY_NATIONAL_INTELLIGENCE("exemptByNationalIntelligence"),
    /** Exempt under the Freedom of Information Act. */
    EXEMPT_BY_FOIA("exemptByFOIA"),
    /** Exempt under the Export Administration Regulations. */
    EXEMPT_BY_EAR("exemptByEAR"),
    /** Exempt under the International Traffic in Arms Regulations. */
    EXEMPT_BY_ITAR("exemptByITAR"),
    /** Exempt under the TSA rules on Sensitive Security Information. */
    EXEMPT_BY_TSA("exemptByTSA"),
    /** Exempt under the laws governing classified information. */
    EXEMPT_BY_CLASSIFIED_INFORMATION("exemptByClassifiedInformation"),
    /** Sharing would risk the privacy of an individual. */
    EXEMPT_BY_PRIVACY_RISK("exemptByPrivacyRisk"),
    /** Limited by patent or intellectual property restrictions. */
    EXEMPT_BY_IP_RESTRICTION("exemptByIPRestriction"),
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
        return json.startsWith("exemptBy");
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
