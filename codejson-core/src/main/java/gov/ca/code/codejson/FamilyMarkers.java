package gov.ca.code.codejson;

import java.util.List;
import java.util.Set;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.json.JsonValue;

import org.jspecify.annotations.Nullable;

/**
 * The member names that tell the families apart, for {@link FamilyDetector} and for the writers
 * that must write what it reads back as the same family.
 */
public final class FamilyMarkers {

    /** Members only the SHARE IT per-repository object has; one in a release makes an inventory an index. */
    static final Set<String> SHAREIT_MARKERS = Set.of("repositoryVisibility", "SBOM", "AIUseCaseID",
            "feedbackMechanism", "reuseFrequency", "maintenance");

    /** Members only the CMS extension has. */
    static final Set<String> CMS_MARKERS = Set.of("longDescription", "repositoryHost", "platforms",
            "categories", "softwareType", "localisation", "repositoryType", "userInput", "fismaLevel",
            "subsetInHealthcare", "userType", "maturityModelTier");

    /** The names of the SHARE IT drafts of 2025, which only SHARE IT objects carry. */
    static final Set<String> LEGACY_SHAREIT_KEYS = Set.of("feedbackMechanisms", "upstream",
            "AIUseCaseInventory");

    /** Members of a code.gov 2.0.0 release that a 1.0.1 project does not have. */
    static final Set<String> CODEGOV_200_MEMBERS = Set.of("permissions", "repositoryURL", "homepageURL",
            "laborHours", "date", "disclaimerURL", "disclaimerText", "relatedCode", "reusedCode");

    /** Members of a code.gov 1.0.1 project that a 2.0.0 release does not have. */
    static final Set<String> CODEGOV_101_MEMBERS = Set.of("repository", "homepage", "openSourceProject",
            "governmentWideReuseProject", "closedProject", "exemption", "updated", "license");

    /** Members that make an object without releases a per-repository object. */
    static final Set<String> REPOSITORY_MEMBERS = Set.of("name", "description", "permissions",
            "repositoryURL");

    /** The file name codejson writes a SHARE IT agency index under, which tells an index whose entries do not. */
    public static final String AGENCY_INDEX = "agency-index.json";

    /** The folder codejson writes the per-repository files of a SHARE IT migration into. */
    static final String REPOSITORIES = "repositories";

    private FamilyMarkers() {
    }

    /**
     * Whether a file is named as codejson names a SHARE IT agency index, {@value #AGENCY_INDEX}, in
     * any folder.
     *
     * @param name the file name or path
     * @return true for {@code agency-index.json} or a path ending in it
     */
    public static boolean isIndexName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1).equals(AGENCY_INDEX);
    }

    /**
     * Whether a file is named as codejson names the per-repository files of a SHARE IT migration,
     * {@code repositories/NAME.json}, in any folder.
     *
     * @param name the file name or path
     * @return true for a {@code .json} file whose folder is named {@code repositories}
     */
    static boolean isRepositoryFileName(String name) {
        String path = name.replace('\\', '/');
        int slash = path.lastIndexOf('/');
        if (slash < 0 || !path.endsWith(".json")) {
            return false;
        }
        String folder = path.substring(0, slash);
        return folder.equals(REPOSITORIES) || folder.endsWith("/" + REPOSITORIES);
    }

    /**
     * Whether a member is one only SHARE IT defines, which makes a release read as SHARE IT.
     *
     * @param member the member name
     * @return true for {@code repositoryVisibility}, {@code SBOM}, {@code AIUseCaseID},
     *     {@code feedbackMechanism}, {@code reuseFrequency} and {@code maintenance}
     */
    public static boolean isShareItOnly(String member) {
        return SHAREIT_MARKERS.contains(member);
    }

    /**
     * Whether a per-repository object is of the CMS extension: it carries a member only CMS defines,
     * which is how reading tells it from a SHARE IT object.
     *
     * @param repository the object
     * @return true when reading detects it as {@code cms-2.1.0}
     */
    public static boolean isCms(JsonValue.JsonObject repository) {
        return firstMember(repository, CMS_MARKERS) != null;
    }

    /** {@return the first member of an entry that only SHARE IT defines, or null} */
    static @Nullable String shareItMember(JsonValue.JsonObject entry) {
        String marker = firstMember(entry, SHAREIT_MARKERS);
        return marker != null ? marker : arrayUsageType(entry);
    }

    /** {@return "an array usageType" when an entry's permissions.usageType is an array, as only SHARE IT spells it, else null} */
    static @Nullable String arrayUsageType(JsonValue.JsonObject entry) {
        return entry.get("permissions").orElse(null) instanceof JsonValue.JsonObject p
                && p.get("usageType").orElse(null) instanceof JsonValue.JsonArray ? "an array usageType" : null;
    }

    /**
     * The first member name of an object that is in a set, or null: one pass over the members,
     * without listing the distinct names first, so that detection stays linear in the object's size.
     */
    static @Nullable String firstMember(JsonValue.JsonObject object, Set<String> names) {
        for (JsonValue.Member m : object.members()) {
            if (names.contains(m.name())) {
                return m.name();
            }
        }
        return null;
    }

    /**
     * {@return the {@code version} an inventory of this family declares: {@code "1.0.1"} or
     * {@code "2.0.0"} (the SHARE IT index too); null for a family of entries, whose version is the software's}
     */
    static @Nullable String publishedVersion(Family family) {
        return family == Family.CODEGOV_1_0_1 ? "1.0.1"
                : family == Family.CODEGOV_2_0_0 || family == Family.SHAREIT_INDEX_2_0_0 ? "2.0.0" : null;
    }

    /**
     * {@return the family asked for}, noticing when the object declares the schema version of
     * another family: the file is read as asked, but it says it is something else.
     */
    static Family asked(JsonValue.JsonObject object, Family requested, List<Diagnostic> notices) {
        @Nullable String own = publishedVersion(requested);
        // Only an inventory's version names its schema; a SHARE IT or CMS entry's is the software's own.
        if (own != null && object.get("version").orElse(null) instanceof JsonValue.JsonString v
                && (v.value().equals("1.0.1") || v.value().equals("2.0.0")) && !v.value().equals(own)) {
            notices.add(Diagnostic.at("/version", "variant.family-asked", Severity.WARNING, "the file declares version \""
                    + v.value() + "\", but is read as " + requested.id() + " because that family was asked for; name no"
                    + " family to read it as it declares, or migrate it", v.location()));
        }
        return requested;
    }
}
