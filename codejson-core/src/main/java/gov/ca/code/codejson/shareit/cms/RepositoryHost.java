package gov.ca.code.codejson.shareit.cms;

import gov.ca.code.codejson.model.JsonEnum;

/** The CMS {@code repositoryHost} values: where the source code is hosted. */
public enum RepositoryHost implements JsonEnum {
    /** github.com/CMSgov. */
    GITHUB_CMSGOV("github.com/CMSgov"),
    /** github.com/CMS-Enterprise. */
    GITHUB_CMS_ENTERPRISE("github.com/CMS-Enterprise"),
    /** github.com/Enterprise-CMCS. */
    GITHUB_ENTERPRISE_CMCS("github.com/Enterprise-CMCS"),
    /** github.com/DSACMS. */
    GITHUB_DSACMS("github.com/DSACMS"),
    /** github.com/MeasureAuthoringTool. */
    GITHUB_MEASURE_AUTHORING_TOOL("github.com/MeasureAuthoringTool"),
    /** The CMS GitHub Enterprise server. */
    GITHUB_CMS_GOV("github.cms.gov"),
    /** The CCSQ GitHub server. */
    CCSQ_GITHUB("CCSQ GitHub");

    private final String json;

    RepositoryHost(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
