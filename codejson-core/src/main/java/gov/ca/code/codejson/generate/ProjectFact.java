package gov.ca.code.codejson.generate;

import gov.ca.code.codejson.diagnostic.Input;

/**
 * A fact of the project model that generation reads, named by a key of path segments such as
 * {@code scm/url}. A build tool spells it in its own words: the Maven plugin as the POM element
 * {@code <scm><url>}.
 */
public enum ProjectFact implements Input {
    /** The human name of the project. */
    NAME("name"),
    /** The artifact identifier. */
    ARTIFACT_ID("artifactId"),
    /** The version. */
    VERSION("version"),
    /** The description. */
    DESCRIPTION("description"),
    /** The home page. */
    URL("url"),
    /** The organization's name. */
    ORGANIZATION_NAME("organization/name"),
    /** The browsable repository URL. */
    SCM_URL("scm/url"),
    /** The read connection. */
    SCM_CONNECTION("scm/connection"),
    /** The write connection. */
    SCM_DEVELOPER_CONNECTION("scm/developerConnection"),
    /** The declared licenses as a whole. */
    LICENSES("licenses"),
    /** One declared license. */
    LICENSE("licenses/license"),
    /** The name of a declared license. */
    LICENSE_NAME("licenses/license/name"),
    /** The URL of a declared license. */
    LICENSE_URL("licenses/license/url"),
    /** The e-mail address of a developer. */
    DEVELOPER_EMAIL("developers/developer/email"),
    /** The name of a developer. */
    DEVELOPER_NAME("developers/developer/name"),
    /** The address of a mailing list. */
    MAILING_LIST_POST("mailingLists/mailingList/post"),
    /** The name of a mailing list. */
    MAILING_LIST_NAME("mailingLists/mailingList/name"),
    /** Where issues are reported. */
    ISSUE_MANAGEMENT_URL("issueManagement/url"),
    /** The reproducible-build timestamp. */
    OUTPUT_TIMESTAMP("properties/project.build.outputTimestamp");

    private final String key;

    ProjectFact(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
