package gov.ca.code.codejson.generate;

import java.math.BigDecimal;
import java.util.List;

/**
 * The choices of the user that generation needs beyond the project model, such as a Maven
 * plugin's configuration. Every value may be null (not set); lists are never null, except
 * {@code contractNumbers}, which is null when not set because an empty list has a meaning there.
 *
 * @param family the schema family to write, such as {@code codegov-2.0.0}; null for the default
 * @param profile the validation profile, such as {@code california}; null for the family's default
 * @param agency the agency acronym written at the top of the inventory
 * @param measurementMethod the {@code measurementType.method}; null for {@code projects}
 * @param measurementIfOther the {@code measurementType.ifOther} description
 * @param name the release name, overriding the project's
 * @param organization the organization, overriding the project's
 * @param description the description, overriding the project's
 * @param repositoryURL the repository URL, overriding the one derived from the SCM section
 * @param homepageURL the home page, overriding the project's URL
 * @param downloadURL where a distribution can be downloaded
 * @param disclaimerURL where disclaimer language can be found
 * @param disclaimerText short disclaimer language
 * @param vcs the version control system, overriding the SCM provider
 * @param usageType the usage type, such as {@code openSource} or {@code exemptByLaw}; for SHARE IT one or more
 *     of its usage types separated by commas
 * @param exemptionText the justification of an exemption
 * @param tags keywords for discovery
 * @param contactEmail the contact e-mail, overriding developers and mailing lists
 * @param contactName the contact name
 * @param contactUrl the contact web page, overriding the issue tracker
 * @param contactPhone the contact phone number
 * @param status the development status, such as {@code Production}
 * @param laborHours the labor hours, overriding the estimate
 * @param created the creation date {@code YYYY-MM-DD}, used when there is no version control history
 * @param lastModified the last modification date {@code YYYY-MM-DD}, used when there is no version control history
 * @param reusedCodeGroupIds groupId patterns of government code, such as {@code gov.*}; a dependency matching one is listed in {@code reusedCode}
 * @param repositoryVisibility SHARE IT {@code repositoryVisibility}: {@code public} or {@code private}
 * @param reuseForks SHARE IT {@code reuseFrequency.forks}, at least 0
 * @param reuseClones SHARE IT {@code reuseFrequency.clones}, at least 0
 * @param maintenance SHARE IT {@code maintenance}: {@code internal}, {@code contract}, {@code community} or {@code none}
 * @param contractNumbers SHARE IT {@code contractNumber}; the single value {@code none} stands for an empty list
 * @param sbom SHARE IT {@code SBOM}: a link to the software bill of materials, or {@code None}
 * @param feedbackMechanism SHARE IT {@code feedbackMechanism}, overriding the issue tracker
 * @param aiUseCaseId SHARE IT {@code AIUseCaseID}, {@code 0} when the software is not in the AI Use Case Inventory
 * @param overlay the hand-kept overlay, or null
 */
public record GenerationSettings(
        String family,
        String profile,
        String agency,
        String measurementMethod,
        String measurementIfOther,
        String name,
        String organization,
        String description,
        String repositoryURL,
        String homepageURL,
        String downloadURL,
        String disclaimerURL,
        String disclaimerText,
        String vcs,
        String usageType,
        String exemptionText,
        List<String> tags,
        String contactEmail,
        String contactName,
        String contactUrl,
        String contactPhone,
        String status,
        BigDecimal laborHours,
        String created,
        String lastModified,
        List<String> reusedCodeGroupIds,
        String repositoryVisibility,
        Long reuseForks,
        Long reuseClones,
        String maintenance,
        List<String> contractNumbers,
        String sbom,
        String feedbackMechanism,
        String aiUseCaseId,
        Overlay overlay) {

    /** The groupId patterns used when none are configured. */
    public static final List<String> DEFAULT_REUSED_CODE_GROUP_IDS = List.of("gov.*", "mil.*");

    /** Creates the settings; lists are copied and blank texts are treated as not set. */
    public GenerationSettings {
        family = blankToNull(family);
        profile = blankToNull(profile);
        agency = blankToNull(agency);
        measurementMethod = blankToNull(measurementMethod);
        measurementIfOther = blankToNull(measurementIfOther);
        name = blankToNull(name);
        organization = blankToNull(organization);
        description = blankToNull(description);
        repositoryURL = blankToNull(repositoryURL);
        homepageURL = blankToNull(homepageURL);
        downloadURL = blankToNull(downloadURL);
        disclaimerURL = blankToNull(disclaimerURL);
        disclaimerText = blankToNull(disclaimerText);
        vcs = blankToNull(vcs);
        usageType = blankToNull(usageType);
        exemptionText = blankToNull(exemptionText);
        tags = tags == null ? List.of() : tags.stream().map(GenerationSettings::blankToNull).filter(java.util.Objects::nonNull).map(String::strip).toList();
        contactEmail = blankToNull(contactEmail);
        contactName = blankToNull(contactName);
        contactUrl = blankToNull(contactUrl);
        contactPhone = blankToNull(contactPhone);
        status = blankToNull(status);
        created = blankToNull(created);
        lastModified = blankToNull(lastModified);
        reusedCodeGroupIds = reusedCodeGroupIds == null ? List.of() : reusedCodeGroupIds.stream().map(GenerationSettings::blankToNull).filter(java.util.Objects::nonNull).map(String::strip).toList();
        repositoryVisibility = blankToNull(repositoryVisibility);
        maintenance = blankToNull(maintenance);
        // Null (not set) differs from empty here: an empty list would write "no contracts" unasked.
        contractNumbers = contractNumbers == null ? null : contractNumbers.stream().map(GenerationSettings::blankToNull).filter(java.util.Objects::nonNull).toList();
        contractNumbers = contractNumbers == null || contractNumbers.isEmpty() ? null : contractNumbers;
        sbom = blankToNull(sbom);
        feedbackMechanism = blankToNull(feedbackMechanism);
        aiUseCaseId = blankToNull(aiUseCaseId);
    }

    /** {@return a builder with nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Builds {@link GenerationSettings} one value at a time. */
    public static final class Builder {
        private String family;
        private String profile;
        private String agency;
        private String measurementMethod;
        private String measurementIfOther;
        private String name;
        private String organization;
        private String description;
        private String repositoryURL;
        private String homepageURL;
        private String downloadURL;
        private String disclaimerURL;
        private String disclaimerText;
        private String vcs;
        private String usageType;
        private String exemptionText;
        private List<String> tags = List.of();
        private String contactEmail;
        private String contactName;
        private String contactUrl;
        private String contactPhone;
        private String status;
        private BigDecimal laborHours;
        private String created;
        private String lastModified;
        private List<String> reusedCodeGroupIds = List.of();
        private String repositoryVisibility;
        private Long reuseForks;
        private Long reuseClones;
        private String maintenance;
        private List<String> contractNumbers;
        private String sbom;
        private String feedbackMechanism;
        private String aiUseCaseId;
        private Overlay overlay;

        private Builder() {
        }

        /**
         * Sets family.
         *
         * @param value the schema family to write, such as {@code codegov-2.0.0}; null for the default
         * @return this builder
         */
        public Builder family(String value) {
            this.family = value;
            return this;
        }

        /**
         * Sets profile.
         *
         * @param value the validation profile, such as {@code california}; null for the family's default
         * @return this builder
         */
        public Builder profile(String value) {
            this.profile = value;
            return this;
        }

        /**
         * Sets agency.
         *
         * @param value the agency acronym written at the top of the inventory
         * @return this builder
         */
        public Builder agency(String value) {
            this.agency = value;
            return this;
        }

        /**
         * Sets measurementMethod.
         *
         * @param value the {@code measurementType.method}; null for {@code projects}
         * @return this builder
         */
        public Builder measurementMethod(String value) {
            this.measurementMethod = value;
            return this;
        }

        /**
         * Sets measurementIfOther.
         *
         * @param value the {@code measurementType.ifOther} description
         * @return this builder
         */
        public Builder measurementIfOther(String value) {
            this.measurementIfOther = value;
            return this;
        }

        /**
         * Sets name.
         *
         * @param value the release name, overriding the project's
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets organization.
         *
         * @param value the organization, overriding the project's
         * @return this builder
         */
        public Builder organization(String value) {
            this.organization = value;
            return this;
        }

        /**
         * Sets description.
         *
         * @param value the description, overriding the project's
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets repositoryURL.
         *
         * @param value the repository URL, overriding the one derived from the SCM section
         * @return this builder
         */
        public Builder repositoryURL(String value) {
            this.repositoryURL = value;
            return this;
        }

        /**
         * Sets homepageURL.
         *
         * @param value the home page, overriding the project's URL
         * @return this builder
         */
        public Builder homepageURL(String value) {
            this.homepageURL = value;
            return this;
        }

        /**
         * Sets downloadURL.
         *
         * @param value where a distribution can be downloaded
         * @return this builder
         */
        public Builder downloadURL(String value) {
            this.downloadURL = value;
            return this;
        }

        /**
         * Sets disclaimerURL.
         *
         * @param value where disclaimer language can be found
         * @return this builder
         */
        public Builder disclaimerURL(String value) {
            this.disclaimerURL = value;
            return this;
        }

        /**
         * Sets disclaimerText.
         *
         * @param value short disclaimer language
         * @return this builder
         */
        public Builder disclaimerText(String value) {
            this.disclaimerText = value;
            return this;
        }

        /**
         * Sets vcs.
         *
         * @param value the version control system, overriding the SCM provider
         * @return this builder
         */
        public Builder vcs(String value) {
            this.vcs = value;
            return this;
        }

        /**
         * Sets usageType.
         *
         * @param value the usage type, such as {@code openSource} or {@code exemptByLaw}
         * @return this builder
         */
        public Builder usageType(String value) {
            this.usageType = value;
            return this;
        }

        /**
         * Sets exemptionText.
         *
         * @param value the justification of an exemption
         * @return this builder
         */
        public Builder exemptionText(String value) {
            this.exemptionText = value;
            return this;
        }

        /**
         * Sets tags.
         *
         * @param value keywords for discovery
         * @return this builder
         */
        public Builder tags(List<String> value) {
            this.tags = value;
            return this;
        }

        /**
         * Sets contactEmail.
         *
         * @param value the contact e-mail, overriding developers and mailing lists
         * @return this builder
         */
        public Builder contactEmail(String value) {
            this.contactEmail = value;
            return this;
        }

        /**
         * Sets contactName.
         *
         * @param value the contact name
         * @return this builder
         */
        public Builder contactName(String value) {
            this.contactName = value;
            return this;
        }

        /**
         * Sets contactUrl.
         *
         * @param value the contact web page, overriding the issue tracker
         * @return this builder
         */
        public Builder contactUrl(String value) {
            this.contactUrl = value;
            return this;
        }

        /**
         * Sets contactPhone.
         *
         * @param value the contact phone number
         * @return this builder
         */
        public Builder contactPhone(String value) {
            this.contactPhone = value;
            return this;
        }

        /**
         * Sets status.
         *
         * @param value the development status, such as {@code Production}
         * @return this builder
         */
        public Builder status(String value) {
            this.status = value;
            return this;
        }

        /**
         * Sets laborHours.
         *
         * @param value the labor hours, overriding the estimate
         * @return this builder
         */
        public Builder laborHours(BigDecimal value) {
            this.laborHours = value;
            return this;
        }

        /**
         * Sets created.
         *
         * @param value the creation date {@code YYYY-MM-DD}, used when there is no version control history
         * @return this builder
         */
        public Builder created(String value) {
            this.created = value;
            return this;
        }

        /**
         * Sets lastModified.
         *
         * @param value the last modification date {@code YYYY-MM-DD}, used when there is no version control history
         * @return this builder
         */
        public Builder lastModified(String value) {
            this.lastModified = value;
            return this;
        }

        /**
         * Sets reusedCodeGroupIds.
         *
         * @param value groupId patterns of government code, such as {@code gov.*}; a dependency matching one is listed in {@code reusedCode}
         * @return this builder
         */
        public Builder reusedCodeGroupIds(List<String> value) {
            this.reusedCodeGroupIds = value;
            return this;
        }

        /**
         * Sets repositoryVisibility.
         *
         * @param value SHARE IT {@code repositoryVisibility}: {@code public} or {@code private}
         * @return this builder
         */
        public Builder repositoryVisibility(String value) {
            this.repositoryVisibility = value;
            return this;
        }

        /**
         * Sets reuseForks.
         *
         * @param value SHARE IT {@code reuseFrequency.forks}, at least 0
         * @return this builder
         */
        public Builder reuseForks(Long value) {
            this.reuseForks = value;
            return this;
        }

        /**
         * Sets reuseClones.
         *
         * @param value SHARE IT {@code reuseFrequency.clones}, at least 0
         * @return this builder
         */
        public Builder reuseClones(Long value) {
            this.reuseClones = value;
            return this;
        }

        /**
         * Sets maintenance.
         *
         * @param value SHARE IT {@code maintenance}: {@code internal}, {@code contract}, {@code community} or {@code none}
         * @return this builder
         */
        public Builder maintenance(String value) {
            this.maintenance = value;
            return this;
        }

        /**
         * Sets contractNumbers.
         *
         * @param value SHARE IT {@code contractNumber}; the single value {@code none} stands for an empty list
         * @return this builder
         */
        public Builder contractNumbers(List<String> value) {
            this.contractNumbers = value;
            return this;
        }

        /**
         * Sets sbom.
         *
         * @param value SHARE IT {@code SBOM}: a link to the software bill of materials, or {@code None}
         * @return this builder
         */
        public Builder sbom(String value) {
            this.sbom = value;
            return this;
        }

        /**
         * Sets feedbackMechanism.
         *
         * @param value SHARE IT {@code feedbackMechanism}, overriding the POM's issue tracker
         * @return this builder
         */
        public Builder feedbackMechanism(String value) {
            this.feedbackMechanism = value;
            return this;
        }

        /**
         * Sets aiUseCaseId.
         *
         * @param value SHARE IT {@code AIUseCaseID}, {@code 0} when the software is not in the AI Use Case Inventory
         * @return this builder
         */
        public Builder aiUseCaseId(String value) {
            this.aiUseCaseId = value;
            return this;
        }

        /**
         * Sets overlay.
         *
         * @param value the hand-kept overlay, or null
         * @return this builder
         */
        public Builder overlay(Overlay value) {
            this.overlay = value;
            return this;
        }

        /** {@return the settings} */
        public GenerationSettings build() {
            return new GenerationSettings(family, profile, agency, measurementMethod, measurementIfOther, name, organization, description, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, usageType, exemptionText, tags, contactEmail, contactName, contactUrl, contactPhone, status, laborHours, created, lastModified, reusedCodeGroupIds, repositoryVisibility, reuseForks, reuseClones, maintenance, contractNumbers, sbom, feedbackMechanism, aiUseCaseId, overlay);
        }
    }
}
