package gov.ca.code.codejson.generate;

import java.math.BigDecimal;
import java.util.List;

/**
 * The choices of the user that generation needs beyond the project model, such as a Maven
 * plugin's configuration. Every value may be null (not set); lists are never null.
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
 * @param usageType the usage type, such as {@code openSource} or {@code exemptByLaw}
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
            return new GenerationSettings(family, profile, agency, measurementMethod, measurementIfOther, name, organization, description, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, usageType, exemptionText, tags, contactEmail, contactName, contactUrl, contactPhone, status, laborHours, created, lastModified, reusedCodeGroupIds, overlay);
        }
    }
}
