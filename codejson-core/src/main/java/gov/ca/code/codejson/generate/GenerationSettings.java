package gov.ca.code.codejson.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;

/**
 * The choices of the user that generation needs beyond the project model, such as a Maven
 * plugin's configuration, in four groups. Every text is stripped and null when not set; lists are
 * never null, except {@code contractNumbers}, which is null when not set because an empty list has
 * a meaning there. Settings are made from values keyed by {@link Setting} with {@link #builder()},
 * which parses them and names the setting of each value it cannot use.
 *
 * @param target the family and profile to write and the inventory around the release
 * @param release the values that override or complete the project model
 * @param contact the contact
 * @param shareIt the values only SHARE IT has
 * @param overlay the hand-kept overlay, or null
 */
public record GenerationSettings(Target target, ReleaseOverrides release, ContactSettings contact, ShareItSettings shareIt,
        Overlay overlay) {

    /** Creates the settings; no group may be null. */
    public GenerationSettings {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(shareIt, "shareIt");
    }

    /**
     * The family and profile to write, and the inventory around the release.
     *
     * @param family the schema family, such as {@code codegov-2.0.0}; null for the default
     * @param profile the validation profile, such as {@code california}; null for the family's default
     * @param agency the agency acronym written at the top of the inventory
     * @param measurementMethod the {@code measurementType.method}; null for {@code projects}
     * @param measurementIfOther the {@code measurementType.ifOther} description
     */
    public record Target(String family, String profile, String agency, String measurementMethod, String measurementIfOther) {
    }

    /**
     * The values that override or complete the project model.
     *
     * @param name the release name
     * @param organization the organization
     * @param description the description
     * @param repositoryURL the repository URL, overriding the one derived from the SCM section
     * @param homepageURL the home page
     * @param downloadURL where a distribution can be downloaded
     * @param disclaimerURL where disclaimer language can be found
     * @param disclaimerText short disclaimer language
     * @param vcs the version control system
     * @param usageType the usage type; for SHARE IT one or more separated by commas
     * @param exemptionText the justification of an exemption
     * @param tags keywords for discovery
     * @param status the development status, such as {@code Production}
     * @param laborHours the labor hours, overriding the estimate, or null
     * @param created the creation date {@code YYYY-MM-DD}, used without version control history
     * @param lastModified the last modification date {@code YYYY-MM-DD}, used without version control history
     * @param reusedCodeGroupIds groupId patterns of government code, such as {@code gov.*}
     */
    public record ReleaseOverrides(String name, String organization, String description, String repositoryURL,
            String homepageURL, String downloadURL, String disclaimerURL, String disclaimerText, String vcs, String usageType,
            String exemptionText, List<String> tags, String status, BigDecimal laborHours, String created, String lastModified,
            List<String> reusedCodeGroupIds) {
        /** Creates the overrides; lists are copied. */
        public ReleaseOverrides {
            tags = List.copyOf(tags);
            reusedCodeGroupIds = List.copyOf(reusedCodeGroupIds);
        }
    }

    /**
     * The contact, overriding developers, mailing lists and the issue tracker.
     *
     * @param email the e-mail
     * @param name the name
     * @param url the web page
     * @param phone the phone number
     */
    public record ContactSettings(String email, String name, String url, String phone) {
    }

    /**
     * The values only SHARE IT has.
     *
     * @param repositoryVisibility {@code public} or {@code private}
     * @param reuseForks {@code reuseFrequency.forks}, or null
     * @param reuseClones {@code reuseFrequency.clones}, or null
     * @param maintenance {@code internal}, {@code contract}, {@code community} or {@code none}
     * @param contractNumbers the contract numbers, the single value {@code none} for an empty list; null when not set
     * @param sbom a link to the software bill of materials, or {@code None}
     * @param feedbackMechanism where the community gives feedback, overriding the issue tracker
     * @param aiUseCaseId the ID in the AI Use Case Inventory, {@code 0} when not listed
     */
    public record ShareItSettings(String repositoryVisibility, Long reuseForks, Long reuseClones, String maintenance,
            List<String> contractNumbers, String sbom, String feedbackMechanism, String aiUseCaseId) {
        /** Creates the values; the list is copied. */
        public ShareItSettings {
            contractNumbers = contractNumbers == null ? null : List.copyOf(contractNumbers);
        }
    }

    /**
     * Settings parsed from raw values, and what could not be used.
     *
     * @param settings the settings, leaving out the values that could not be used
     * @param diagnostics one for each value that could not be used, naming its {@link Setting}
     */
    public record Parsed(GenerationSettings settings, List<Diagnostic> diagnostics) {
        /** Creates the outcome; the list is copied. */
        public Parsed {
            Objects.requireNonNull(settings, "settings");
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** {@return a builder with nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects raw values keyed by {@link Setting}, as an adapter reads them, and parses them. */
    public static final class Builder {
        private final Map<Setting, List<String>> values = new EnumMap<>(Setting.class);
        private Overlay overlay;

        private Builder() {
        }

        /**
         * Sets a value as the user wrote it; null or blank means not set.
         *
         * @param setting the setting
         * @param value the value
         * @return this builder
         */
        public Builder set(Setting setting, String value) {
            return set(setting, value == null ? null : List.of(value));
        }

        /**
         * Sets a list value as the user wrote it; null means not set, blank elements are left out.
         *
         * @param setting the setting
         * @param value the elements
         * @return this builder
         */
        public Builder set(Setting setting, List<String> value) {
            List<String> kept = value == null ? List.of() : value.stream().filter(s -> s != null && !s.isBlank())
                    .map(String::strip).toList();
            if (kept.isEmpty()) {
                values.remove(setting);
            } else {
                values.put(setting, kept);
            }
            return this;
        }

        /**
         * Sets the overlay.
         *
         * @param value the hand-kept overlay, or null
         * @return this builder
         */
        public Builder overlay(Overlay value) {
            this.overlay = value;
            return this;
        }

        /** {@return the settings, with a diagnostic for each value that cannot be used} */
        public Parsed parse() {
            List<Diagnostic> diagnostics = new ArrayList<>();
            Target target = new Target(text(Setting.FAMILY), text(Setting.PROFILE), text(Setting.AGENCY),
                    text(Setting.MEASUREMENT_METHOD), text(Setting.MEASUREMENT_IF_OTHER));
            ReleaseOverrides release = new ReleaseOverrides(text(Setting.NAME), text(Setting.ORGANIZATION),
                    text(Setting.DESCRIPTION), text(Setting.REPOSITORY_URL), text(Setting.HOMEPAGE_URL),
                    text(Setting.DOWNLOAD_URL), text(Setting.DISCLAIMER_URL), text(Setting.DISCLAIMER_TEXT), text(Setting.VCS),
                    text(Setting.USAGE_TYPE), text(Setting.EXEMPTION_TEXT), list(Setting.TAGS), text(Setting.STATUS),
                    hours(diagnostics), text(Setting.CREATED), text(Setting.LAST_MODIFIED), list(Setting.REUSED_CODE_GROUP_IDS));
            ContactSettings contact = new ContactSettings(text(Setting.CONTACT_EMAIL), text(Setting.CONTACT_NAME),
                    text(Setting.CONTACT_URL), text(Setting.CONTACT_PHONE));
            // Not set (null) differs from empty here: an empty list would write "no contracts" unasked.
            ShareItSettings shareIt = new ShareItSettings(text(Setting.REPOSITORY_VISIBILITY),
                    count(Setting.REUSE_FORKS, diagnostics), count(Setting.REUSE_CLONES, diagnostics), text(Setting.MAINTENANCE),
                    values.get(Setting.CONTRACT_NUMBERS), text(Setting.SBOM), text(Setting.FEEDBACK_MECHANISM),
                    text(Setting.AI_USE_CASE_ID));
            return new Parsed(new GenerationSettings(target, release, contact, shareIt, overlay), diagnostics);
        }

        /** {@return the settings; for values known to be usable, such as those of a test} */
        public GenerationSettings build() {
            Parsed parsed = parse();
            if (!parsed.diagnostics().isEmpty()) {
                throw new IllegalArgumentException(parsed.diagnostics().get(0).message());
            }
            return parsed.settings();
        }

        private String text(Setting setting) {
            List<String> v = values.get(setting);
            return v == null ? null : String.join(",", v);
        }

        private List<String> list(Setting setting) {
            return values.getOrDefault(setting, List.of());
        }

        private BigDecimal hours(List<Diagnostic> diagnostics) {
            String value = text(Setting.LABOR_HOURS);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal hours = new BigDecimal(value);
                if (hours.signum() >= 0) {
                    return hours;
                }
            } catch (NumberFormatException e) {
                // Reported below with the setting to fix.
            }
            diagnostics.add(notUsable(Setting.LABOR_HOURS, value, "write a number of hours such as 1200"));
            return null;
        }

        private Long count(Setting setting, List<Diagnostic> diagnostics) {
            String value = text(setting);
            if (value == null) {
                return null;
            }
            // A negative count is kept for the mapping, which reports it at its field.
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                diagnostics.add(notUsable(setting, value, "write a whole number, 0 or more"));
                return null;
            }
        }

        private static Diagnostic notUsable(Setting setting, String value, String what) {
            return new Diagnostic("", Location.UNKNOWN, Subject.input(setting), "generate.setting-invalid", Severity.ERROR,
                    "is \"" + value + "\"; " + what);
        }
    }
}
