package gov.ca.code.codejson.shareit.cms;

import gov.ca.code.codejson.model.JsonIntegerEnum;

/** The CMS {@code maturityModelTier} values, the integers 0 to 4 of the CMS repository maturity model. */
public enum MaturityModelTier implements JsonIntegerEnum {
    /** Tier 0. */
    TIER_0(0),
    /** Tier 1. */
    TIER_1(1),
    /** Tier 2. */
    TIER_2(2),
    /** Tier 3. */
    TIER_3(3),
    /** Tier 4. */
    TIER_4(4);

    private final long json;

    MaturityModelTier(long json) {
        this.json = json;
    }

    @Override
    public long json() {
        return json;
    }
}
