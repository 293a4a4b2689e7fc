package gov.ca.code.codejson.generate;

import java.util.Arrays;
import java.util.Optional;

import gov.ca.code.codejson.diagnostic.Input;

/**
 * Every setting of generation, named once. The key is the same in every adapter; each adapter
 * spells it in its own words, such as a plugin parameter ({@code <configuration><usageType>},
 * {@code -Dcodejson.usageType}) or a command-line option.
 */
public enum Setting implements Input {
    /** The schema family to write. */
    FAMILY("family"),
    /** The validation profile. */
    PROFILE("profile"),
    /** The agency acronym of the inventory. */
    AGENCY("agency"),
    /** The {@code measurementType.method} of the inventory. */
    MEASUREMENT_METHOD("measurementMethod"),
    /** The {@code measurementType.ifOther} description. */
    MEASUREMENT_IF_OTHER("measurementIfOther"),
    /** The release name. */
    NAME("name"),
    /** The organization. */
    ORGANIZATION("organization"),
    /** The description. */
    DESCRIPTION("description"),
    /** The repository URL. */
    REPOSITORY_URL("repositoryURL"),
    /** The home page. */
    HOMEPAGE_URL("homepageURL"),
    /** Where a distribution can be downloaded. */
    DOWNLOAD_URL("downloadURL"),
    /** Where disclaimer language can be found. */
    DISCLAIMER_URL("disclaimerURL"),
    /** Short disclaimer language. */
    DISCLAIMER_TEXT("disclaimerText"),
    /** The version control system. */
    VCS("vcs"),
    /** The usage type, or for SHARE IT usage types. */
    USAGE_TYPE("usageType"),
    /** The justification of an exemption. */
    EXEMPTION_TEXT("exemptionText"),
    /** Keywords for discovery. */
    TAGS("tags"),
    /** The contact e-mail. */
    CONTACT_EMAIL("contactEmail"),
    /** The contact name. */
    CONTACT_NAME("contactName"),
    /** The contact web page. */
    CONTACT_URL("contactUrl"),
    /** The contact phone number. */
    CONTACT_PHONE("contactPhone"),
    /** The development status. */
    STATUS("status"),
    /** The labor hours. */
    LABOR_HOURS("laborHours"),
    /** The creation date, used without version control history. */
    CREATED("created"),
    /** The last modification date, used without version control history. */
    LAST_MODIFIED("lastModified"),
    /** groupId patterns of government code listed in {@code reusedCode}. */
    REUSED_CODE_GROUP_IDS("reusedCodeGroupIds"),
    /** SHARE IT {@code repositoryVisibility}. */
    REPOSITORY_VISIBILITY("repositoryVisibility"),
    /** SHARE IT {@code reuseFrequency.forks}. */
    REUSE_FORKS("reuseForks"),
    /** SHARE IT {@code reuseFrequency.clones}. */
    REUSE_CLONES("reuseClones"),
    /** SHARE IT {@code maintenance}. */
    MAINTENANCE("maintenance"),
    /** SHARE IT {@code contractNumber}. */
    CONTRACT_NUMBERS("contractNumbers"),
    /** SHARE IT {@code SBOM}. */
    SBOM("sbom"),
    /** SHARE IT {@code feedbackMechanism}. */
    FEEDBACK_MECHANISM("feedbackMechanism"),
    /** SHARE IT {@code AIUseCaseID}. */
    AI_USE_CASE_ID("aiUseCaseId"),
    /** The hand-kept overlay file. */
    OVERLAY_FILE("overlayFile");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** {@return the setting with this key, if any} */
    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
