package gov.ca.code.codejson.codegov;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.model.Property;

/**
 * The copies of a {@link Release} with one member set to a present value, each through the property form of
 * {@link ReleaseCopies}; the record inherits them.
 */
sealed interface ReleaseValueCopies extends ReleaseCopies permits Release {

    /**
     * {@return a copy of this release with {@code name} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withName(String value) {
        return withName(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code version} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withVersion(String value) {
        return withVersion(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code organization} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withOrganization(String value) {
        return withOrganization(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code description} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withDescription(String value) {
        return withDescription(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code permissions} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withPermissions(Permissions value) {
        return withPermissions(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code tags} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withTags(List<Property<String>> value) {
        return withTags(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code contact} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withContact(Contact value) {
        return withContact(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code status} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withStatus(Status value) {
        return withStatus(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code vcs} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withVcs(String value) {
        return withVcs(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code repositoryURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withRepositoryURL(String value) {
        return withRepositoryURL(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code homepageURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withHomepageURL(String value) {
        return withHomepageURL(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code downloadURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withDownloadURL(String value) {
        return withDownloadURL(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code disclaimerURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withDisclaimerURL(String value) {
        return withDisclaimerURL(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code disclaimerText} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withDisclaimerText(String value) {
        return withDisclaimerText(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code languages} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withLanguages(List<Property<String>> value) {
        return withLanguages(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code laborHours} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withLaborHours(java.math.BigDecimal value) {
        return withLaborHours(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code relatedCode} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withRelatedCode(List<Property<RelatedCode>> value) {
        return withRelatedCode(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code reusedCode} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withReusedCode(List<Property<ReusedCode>> value) {
        return withReusedCode(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code partners} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withPartners(List<Property<Partner>> value) {
        return withPartners(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this release with {@code date} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Release withDate(ReleaseDate value) {
        return withDate(Property.of(Objects.requireNonNull(value, "value")));
    }
}
