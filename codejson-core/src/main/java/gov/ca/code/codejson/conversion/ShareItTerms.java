package gov.ca.code.codejson.conversion;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import gov.ca.code.codejson.license.LicenseMatch;
import gov.ca.code.codejson.license.SpdxLicenses;
import gov.ca.code.codejson.model.JsonEnum;
import gov.ca.code.codejson.shareit.LicenseName;
import gov.ca.code.codejson.shareit.Vcs;
import gov.ca.code.codejson.validation.constraints.FormatKind;

import org.jspecify.annotations.Nullable;

/**
 * How code.gov 2.0.0 release values become SHARE IT 2.0.0 repository values, and what to ask for
 * where they cannot: the version control aliases, the license names, the usage types, the dates,
 * the contact and the required members. The migration applies them to the JSON of a release, the
 * generation to the values it maps from a project; both report what cannot be derived in the words
 * given here.
 *
 * <p>Each function takes the pointer of the object the value belongs to ({@code at}) and hands
 * every {@link Ask} to {@code asks}; the changes themselves are the caller's to record, with the
 * reasons given here.
 */
public final class ShareItTerms {

    /** Why a usage type became a list. */
    public static final String USAGE_TYPES_LISTED = "SHARE IT lists usage types in an array";

    /** Why a release without licenses gets an empty list. */
    public static final String NO_LICENSE_EMPTY = "no license: SHARE IT writes an empty array where 2.0.0 allowed null";

    /** Why a version control system was renamed. */
    public static final String VCS_RENAMED = "SHARE IT names version control systems git, hg, svn, rcs, bzr or none";

    /** Why a date became a date-time. */
    public static final String DATE_TIME = "SHARE IT dates are RFC 3339 date-times; the day starts at midnight UTC";

    /** The members a SHARE IT contact has, and the start of every message about the others. */
    public static final String CONTACT_ONLY = "SHARE IT contacts have only email and name";

    /** The members of a 2.0.0 contact that a SHARE IT contact keeps. */
    public static final List<String> CONTACT_KEPT = List.of("email", "name");

    /** The members of a 2.0.0 contact that a SHARE IT contact has no place for. */
    public static final List<String> CONTACT_DROPPED = List.of("URL", "phone");

    /** The 2.0.0 usage type SHARE IT removed, and what to use instead. */
    private static final Map<String, String> GONE = Map.of("exemptByLaw", "exemptByLaw no longer exists: reclassify the code"
            + " as exemptByFOIA, exemptByEAR, exemptByITAR, exemptByTSA, exemptByClassifiedInformation or exemptByIPRestriction");

    private static final String NARROWED = "exemptByNationalSecurity";

    /** Required SHARE IT members that 2.0.0 has too. */
    private static final List<String> REQUIRED = List.of("name", "description", "status", "organization",
            "repositoryURL", "laborHours", "languages", "tags");

    /** Required SHARE IT members that no 2.0.0 field gives, in the order of the schema, with what to supply. */
    private static final List<Map.Entry<String, String>> NEW_REQUIRED = List.of(
            Map.entry("repositoryVisibility", "say whether the repository is public or private"),
            Map.entry("reuseFrequency", "give how often the code is reused, such as {\"forks\": 3, \"clones\": 40}"),
            Map.entry("maintenance", "say who maintains the software: internal, contract, community or none"),
            Map.entry("contractNumber", "list the contract numbers the software was developed under, [] when none"),
            Map.entry("SBOM", "give the link to the software bill of materials, or \"None\""),
            Map.entry("feedbackMechanism", "give the URL where the community gives feedback, such as the issues page"),
            Map.entry("AIUseCaseID", "give the software's ID in the AI Use Case Inventory, \"0\" when it is not listed"));

    /** The spellings of version control systems, lower case, and the SHARE IT value of each. */
    private static final Map<String, Vcs> VCS = Map.of("git", Vcs.GIT, "hg", Vcs.HG, "mercurial", Vcs.HG, "svn", Vcs.SVN,
            "subversion", Vcs.SVN, "rcs", Vcs.RCS, "bzr", Vcs.BZR, "bazaar", Vcs.BZR, "none", Vcs.NONE);

    private static final String VCS_VALUES = ": give git, hg, svn, rcs, bzr or none";

    /**
     * The SHARE IT name of a license.
     *
     * @param name the name, or null when none fits
     * @param reason why the name differs from the one given, empty when it does not
     */
    public record LicenseNaming(@Nullable LicenseName name, String reason) {
    }

    private ShareItTerms() {
    }

    /** Asks for every required member the repository object at {@code at} lacks. */
    public static void requireMembers(Predicate<String> present, String at, Consumer<Ask> asks) {
        for (String name : REQUIRED) {
            if (!present.test(name)) {
                asks.accept(new Ask(at + "/" + name, Ask.Kind.FILL, "SHARE IT requires " + name + " and the release has none"));
            }
        }
        for (Map.Entry<String, String> member : NEW_REQUIRED) {
            if (!present.test(member.getKey())) {
                asks.accept(new Ask(at + "/" + member.getKey(), Ask.Kind.FILL, "SHARE IT requires " + member.getKey()
                        + ", which code.gov 2.0.0 does not have: " + member.getValue()));
            }
        }
    }

    /** Asks for the permissions of a release that has none. */
    public static void permissionsMissing(String at, Consumer<Ask> asks) {
        asks.accept(new Ask(at + "/permissions", Ask.Kind.FILL,
                "the release has no permissions: give {\"licenses\": [...], \"usageType\": [...]}"));
    }

    /**
     * Decides for a release without licenses: SHARE IT writes an empty list, except for open-source
     * code, whose licenses are asked for.
     *
     * @param openSource whether {@code openSource} is the usage type, or one of them
     * @param at the pointer of the permissions
     * @return whether the licenses are an empty list
     */
    public static boolean noLicenses(boolean openSource, String at, Consumer<Ask> asks) {
        if (openSource) {
            asks.accept(new Ask(at + "/licenses", Ask.Kind.FILL,
                    "the open-source release lists no license: give [{\"name\": ..., \"URL\": ...}]"));
        }
        return !openSource;
    }

    /**
     * Asks about the usage types of the permissions at {@code at}: for them when there are none,
     * to replace one SHARE IT removed, to review one whose meaning it narrowed.
     */
    public static void usageTypes(List<String> usageTypes, String at, Consumer<Ask> asks) {
        if (usageTypes.isEmpty()) {
            asks.accept(new Ask(at + "/usageType", Ask.Kind.FILL,
                    "the release has no usageType: give an array such as [\"openSource\"]"));
        }
        for (int i = 0; i < usageTypes.size(); i++) {
            String usage = usageTypes.get(i);
            String pointer = at + "/usageType/" + i;
            if (GONE.containsKey(usage)) {
                asks.accept(new Ask(pointer, Ask.Kind.REPLACE, GONE.get(usage) + ", whichever the justification supports"));
            } else if (usage.equals(NARROWED)) {
                asks.accept(new Ask(pointer, Ask.Kind.REVIEW, "SHARE IT narrowed " + NARROWED + " to national security systems"
                        + " (40 U.S.C. 11103); when the code was exempted for privacy, use exemptByPrivacyRisk"));
            }
        }
    }

    /** {@return what to do instead of a usage type SHARE IT removed, if it is one} */
    public static Optional<String> removedUsageType(String usageType) {
        return Optional.ofNullable(GONE.get(usageType));
    }

    /**
     * Names a license as SHARE IT does: a name on the SHARE IT list is kept, one the SPDX list
     * resolves becomes its identifier, or {@code Other} when that is not on the SHARE IT list; any
     * other name is asked to be replaced.
     *
     * @param name the name given, or null
     * @param url the URL given, or null
     * @param at the pointer of the license
     * @return the SHARE IT name, and why it changed
     */
    public static LicenseNaming licenseName(@Nullable String name, @Nullable String url, String at, Consumer<Ask> asks) {
        LicenseName listed = name == null ? null : JsonEnum.byJson(LicenseName.class, name).orElse(null);
        if (listed != null) {
            return new LicenseNaming(listed, "");
        }
        LicenseMatch match = SpdxLicenses.bundled().resolve(name, url);
        if (match.resolved()) {
            LicenseName spdx = JsonEnum.byJson(LicenseName.class, match.spdxId()).orElse(LicenseName.OTHER);
            return new LicenseNaming(spdx, "SHARE IT names licenses from a list of SPDX identifiers;"
                    + (spdx == LicenseName.OTHER ? " " + match.spdxId() + " is not on it" : " this is the identifier of "
                    + (name == null ? "the license URL" : "\"" + name + "\""))
                    + (name == null ? "" : "; the original spelling cannot survive"));
        }
        asks.accept(new Ask(at + "/name", Ask.Kind.REPLACE, "the license " + (name == null ? "has no name" : "\"" + name
                + "\" is no SPDX license") + ": give one of the SHARE IT license names (MIT, Apache-2.0, ..., Other, None)"));
        return new LicenseNaming(null, "");
    }

    /** Asks for the URL of the license at {@code at}, which has none. */
    public static void licenseUrlMissing(String at, Consumer<Ask> asks) {
        asks.accept(new Ask(at + "/URL", Ask.Kind.FILL, "SHARE IT requires the URL of the license in the repository"));
    }

    /**
     * Names a version control system as SHARE IT does, in any case and spacing; asks for one when
     * there is none, and to replace one SHARE IT does not know.
     *
     * @param vcs the name given, or null
     * @param at the pointer of the repository object
     * @return the SHARE IT value, or null when none fits
     */
    public static @Nullable Vcs vcs(@Nullable String vcs, String at, Consumer<Ask> asks) {
        if (vcs == null) {
            asks.accept(new Ask(at + "/vcs", Ask.Kind.FILL, "the release names no version control system" + VCS_VALUES));
            return null;
        }
        Vcs mapped = VCS.get(vcs.strip().toLowerCase(Locale.ROOT));
        if (mapped == null) {
            asks.accept(new Ask(at + "/vcs", Ask.Kind.REPLACE, "\"" + vcs + "\" is not a SHARE IT version control system"
                    + VCS_VALUES));
        }
        return mapped;
    }

    /** {@return a 2.0.0 date as the SHARE IT date-time of midnight UTC that day; any other text as it is} */
    public static String dateTime(String date) {
        return FormatKind.isDate(date) ? date + "T00:00:00Z" : date;
    }

    /** Asks for the dates of a release that has none. */
    public static void datesMissing(String at, Consumer<Ask> asks) {
        asks.accept(new Ask(at + "/date", Ask.Kind.FILL, "SHARE IT requires date: give {\"created\", \"lastModified\","
                + " \"metadataLastUpdated\"} as RFC 3339 date-times"));
    }

    /** Asks for the contact of a release that has none. */
    public static void contactMissing(String at, Consumer<Ask> asks) {
        asks.accept(new Ask(at + "/contact", Ask.Kind.FILL, "SHARE IT requires a contact: give {\"email\": ..., \"name\": ...}"));
    }
}
