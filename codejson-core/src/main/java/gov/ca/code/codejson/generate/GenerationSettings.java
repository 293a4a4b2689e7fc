package gov.ca.code.codejson.generate;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.codegov.UsageType;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.model.JsonEnum;
import gov.ca.code.codejson.shareit.Maintenance;
import gov.ca.code.codejson.shareit.RepositoryVisibility;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.validation.constraints.Findings;

/**
 * The choices of the user that generation needs beyond the project model, such as a Maven
 * plugin's configuration, in four groups of typed values. Every text is stripped; a value not set
 * is {@code @Nullable}, a list not set is empty. Settings are made from raw values keyed by
 * {@link Setting} with {@link #builder()}, the one place that parses them: it names the setting of
 * each value it cannot use, so the field mappings never parse text.
 *
 * @param target the family and profile to write and the inventory around the release
 * @param release the values that override or complete the project model
 * @param contact the contact
 * @param shareIt the values only SHARE IT has
 * @param overlay the hand-kept overlay, or null
 */
public record GenerationSettings(Target target, ReleaseOverrides release, ContactSettings contact, ShareItSettings shareIt,
        @Nullable Overlay overlay) {

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
     * @param family the schema family, one of {@link Generator#supportedFamilies()}
     * @param profile the validation profile, one of the family's; null for the family's default
     * @param agency the agency acronym written at the top of the inventory
     * @param measurementMethod the {@code measurementType.method}
     * @param measurementIfOther the {@code measurementType.ifOther} description
     */
    public record Target(Family family, @Nullable Profile profile, @Nullable String agency, MeasurementMethod measurementMethod,
            @Nullable String measurementIfOther) {
        /** Creates the target; the family must be one codejson generates and the profile one of the family's. */
        public Target {
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(measurementMethod, "measurementMethod");
            if (!Generator.supportedFamilies().contains(family.id())) {
                throw new IllegalArgumentException("codejson cannot generate the family " + family.id());
            }
            if (profile != null && !family.profiles().contains(profile)) {
                throw new IllegalArgumentException(family.profileNotApplicable(profile.id()));
            }
        }

        /** {@return the profile that validates the generated document: the one set, else the family's default} */
        public Profile validationProfile() {
            return profile == null ? family.defaultProfile() : profile;
        }
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
     * @param usageType the code.gov 2.0.0 usage type (SHARE IT's are in {@link ShareItSettings#usageTypes()})
     * @param exemptionText the justification of an exemption
     * @param tags keywords for discovery
     * @param status the development status
     * @param laborHours the labor hours, overriding the estimate
     * @param created the creation date, used without version control history
     * @param lastModified the last modification date, used without version control history
     * @param reusedCodeGroupIds groupId patterns of government code, such as {@code gov.*}
     */
    public record ReleaseOverrides(@Nullable String name, @Nullable String organization, @Nullable String description,
            @Nullable String repositoryURL, @Nullable String homepageURL, @Nullable String downloadURL,
            @Nullable String disclaimerURL, @Nullable String disclaimerText, @Nullable String vcs, @Nullable UsageType usageType,
            @Nullable String exemptionText, List<String> tags, @Nullable Status status, @Nullable BigDecimal laborHours,
            @Nullable LocalDate created, @Nullable LocalDate lastModified, List<String> reusedCodeGroupIds) {
        /** Creates the overrides; lists are copied. */
        public ReleaseOverrides {
            tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
            reusedCodeGroupIds = List.copyOf(Objects.requireNonNull(reusedCodeGroupIds, "reusedCodeGroupIds"));
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
    public record ContactSettings(@Nullable String email, @Nullable String name, @Nullable String url, @Nullable String phone) {
    }

    /**
     * The values only SHARE IT has.
     *
     * @param usageTypes the SHARE IT usage types, in the order written, without repeats
     * @param repositoryVisibility the visibility of the repository
     * @param reuseForks {@code reuseFrequency.forks}, 0 or more
     * @param reuseClones {@code reuseFrequency.clones}, 0 or more
     * @param maintenance who keeps the software up to date
     * @param contractNumbers the contract numbers, the single value {@code none} for an empty list; empty when not set
     * @param sbom a link to the software bill of materials, or {@code None}
     * @param feedbackMechanism where the community gives feedback, overriding the issue tracker
     * @param aiUseCaseId the ID in the AI Use Case Inventory, {@code 0} when not listed
     */
    public record ShareItSettings(List<gov.ca.code.codejson.shareit.UsageType> usageTypes,
            @Nullable RepositoryVisibility repositoryVisibility, @Nullable Long reuseForks, @Nullable Long reuseClones,
            @Nullable Maintenance maintenance, List<String> contractNumbers, @Nullable String sbom,
            @Nullable String feedbackMechanism, @Nullable String aiUseCaseId) {
        /** Creates the values; the lists are copied. */
        public ShareItSettings {
            usageTypes = List.copyOf(Objects.requireNonNull(usageTypes, "usageTypes"));
            contractNumbers = List.copyOf(Objects.requireNonNull(contractNumbers, "contractNumbers"));
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
            diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
        }
    }

    /** {@return a builder with nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects raw values keyed by {@link Setting}, as an adapter reads them, and parses them. */
    public static final class Builder {
        private final Map<Setting, List<String>> values = new EnumMap<>(Setting.class);
        private @Nullable Overlay overlay;

        private Builder() {
        }

        /**
         * Sets a value as the user wrote it; null or blank means not set.
         *
         * @param setting the setting
         * @param value the value
         * @return this builder
         */
        public Builder set(Setting setting, @Nullable String value) {
            return set(setting, value == null ? null : List.of(value));
        }

        /**
         * Sets a list value as the user wrote it; null means not set, blank elements are left out.
         *
         * @param setting the setting
         * @param value the elements
         * @return this builder
         */
        public Builder set(Setting setting, @Nullable List<String> value) {
            List<String> kept = new ArrayList<>();
            for (String s : value == null ? List.<String>of() : value) {
                if (s != null && !s.isBlank()) {
                    kept.add(s.strip());
                }
            }
            if (kept.isEmpty()) {
                values.remove(setting);
            } else {
                values.put(setting, List.copyOf(kept));
            }
            return this;
        }

        /**
         * Sets the overlay.
         *
         * @param value the hand-kept overlay, or null
         * @return this builder
         */
        public Builder overlay(@Nullable Overlay value) {
            this.overlay = value;
            return this;
        }

        /** {@return the settings, with a diagnostic for each value that cannot be used} */
        public Parsed parse() {
            List<Diagnostic> diagnostics = new ArrayList<>();
            Family family = family(diagnostics);
            boolean shareIt = family == Family.SHAREIT_2_0_0;
            Target target = new Target(family, profile(family, diagnostics), text(Setting.AGENCY),
                    Objects.requireNonNullElse(constant(Setting.MEASUREMENT_METHOD, MeasurementMethod.class, diagnostics),
                            MeasurementMethod.PROJECTS),
                    text(Setting.MEASUREMENT_IF_OTHER));
            ReleaseOverrides release = new ReleaseOverrides(text(Setting.NAME), text(Setting.ORGANIZATION),
                    text(Setting.DESCRIPTION), text(Setting.REPOSITORY_URL), text(Setting.HOMEPAGE_URL),
                    text(Setting.DOWNLOAD_URL), text(Setting.DISCLAIMER_URL), text(Setting.DISCLAIMER_TEXT), text(Setting.VCS),
                    shareIt ? null : constant(Setting.USAGE_TYPE, UsageType.class, diagnostics), text(Setting.EXEMPTION_TEXT),
                    list(Setting.TAGS), constant(Setting.STATUS, Status.class, diagnostics), hours(diagnostics),
                    date(Setting.CREATED, diagnostics), date(Setting.LAST_MODIFIED, diagnostics),
                    list(Setting.REUSED_CODE_GROUP_IDS));
            ContactSettings contact = new ContactSettings(text(Setting.CONTACT_EMAIL), text(Setting.CONTACT_NAME),
                    text(Setting.CONTACT_URL), text(Setting.CONTACT_PHONE));
            ShareItSettings shareItSettings = new ShareItSettings(shareIt ? shareItUsageTypes(diagnostics) : List.of(),
                    constant(Setting.REPOSITORY_VISIBILITY, RepositoryVisibility.class, diagnostics),
                    count(Setting.REUSE_FORKS, diagnostics), count(Setting.REUSE_CLONES, diagnostics),
                    constant(Setting.MAINTENANCE, Maintenance.class, diagnostics), list(Setting.CONTRACT_NUMBERS),
                    text(Setting.SBOM), text(Setting.FEEDBACK_MECHANISM), text(Setting.AI_USE_CASE_ID));
            return new Parsed(new GenerationSettings(target, release, contact, shareItSettings, overlay), diagnostics);
        }

        /** {@return the settings; for values known to be usable, such as those of a test} */
        public GenerationSettings build() {
            Parsed parsed = parse();
            if (!parsed.diagnostics().isEmpty()) {
                Diagnostic d = parsed.diagnostics().get(0);
                throw new IllegalArgumentException(d.subject().text() + ": " + d.message());
            }
            return parsed.settings();
        }

        private @Nullable String text(Setting setting) {
            List<String> v = values.get(setting);
            return v == null ? null : String.join(",", v);
        }

        private List<String> list(Setting setting) {
            return values.getOrDefault(setting, List.of());
        }

        private Family family(List<Diagnostic> diagnostics) {
            String id = text(Setting.FAMILY);
            if (id == null) {
                return Family.CODEGOV_2_0_0;
            }
            Optional<Family> family = Family.byId(id).filter(f -> Generator.supportedFamilies().contains(f.id()));
            if (family.isEmpty()) {
                diagnostics.add(diagnostic(Setting.FAMILY, "generate.family-unsupported", "codejson cannot generate the family "
                        + Trace.quote(id) + "; use one of " + Generator.supportedFamilies()));
            }
            return family.orElse(Family.CODEGOV_2_0_0);
        }

        private @Nullable Profile profile(Family family, List<Diagnostic> diagnostics) {
            String name = text(Setting.PROFILE);
            if (name == null) {
                return null;
            }
            if (family.profile(name, Setting.PROFILE) instanceof Family.ProfileChoice.Refused refused) {
                diagnostics.add(refused.diagnostic());
                return null;
            }
            return Profile.byId(name).orElseThrow();
        }

        private <E extends Enum<E> & JsonEnum> @Nullable E constant(Setting setting, Class<E> type, List<Diagnostic> diagnostics) {
            String value = text(setting);
            return value == null ? null : constant(setting, type, value, diagnostics);
        }

        private static <E extends Enum<E> & JsonEnum> @Nullable E constant(Setting setting, Class<E> type, String written,
                List<Diagnostic> diagnostics) {
            Optional<E> constant = JsonEnum.byJson(type, written);
            if (constant.isPresent()) {
                return constant.get();
            }
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(JsonEnum::json).toList();
            diagnostics.add(diagnostic(setting, "generate.value-not-allowed", Trace.quote(written)
                    + " is not an allowed value; use " + Trace.quote(Findings.closest(written, allowed)) + " or one of " + allowed));
            return null;
        }

        /** SHARE IT takes several usage types, written separated by commas. */
        private List<gov.ca.code.codejson.shareit.UsageType> shareItUsageTypes(List<Diagnostic> diagnostics) {
            String value = text(Setting.USAGE_TYPE);
            List<gov.ca.code.codejson.shareit.UsageType> types = new ArrayList<>();
            for (String written : value == null ? new String[0] : value.split(",")) {
                if (written.isBlank()) {
                    continue;
                }
                var type = constant(Setting.USAGE_TYPE, gov.ca.code.codejson.shareit.UsageType.class, written.strip(), diagnostics);
                if (type != null && !types.contains(type)) {
                    types.add(type);
                }
            }
            return types;
        }

        private @Nullable BigDecimal hours(List<Diagnostic> diagnostics) {
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
            diagnostics.add(notUsable(Setting.LABOR_HOURS, value, "a number of hours; write one such as 1200"));
            return null;
        }

        private @Nullable Long count(Setting setting, List<Diagnostic> diagnostics) {
            String value = text(setting);
            if (value == null) {
                return null;
            }
            try {
                long count = Long.parseLong(value);
                if (count >= 0) {
                    return count;
                }
            } catch (NumberFormatException e) {
                // Reported below with the setting to fix.
            }
            diagnostics.add(notUsable(setting, value, "a count; write a whole number, 0 or more"));
            return null;
        }

        private @Nullable LocalDate date(Setting setting, List<Diagnostic> diagnostics) {
            String value = text(setting);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                diagnostics.add(notUsable(setting, value, "a date; write it as YYYY-MM-DD, such as 2024-01-31"));
                return null;
            }
        }

        private static Diagnostic notUsable(Setting setting, String value, String what) {
            return diagnostic(setting, "generate.setting-invalid", Trace.quote(value) + " is not " + what);
        }

        private static Diagnostic diagnostic(Setting setting, String rule, String message) {
            return new Diagnostic("", Location.UNKNOWN, Subject.input(setting), rule, Severity.ERROR, message);
        }
    }
}
