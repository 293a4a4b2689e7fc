package gov.ca.code.codejson.shareit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.codegov.Partner;
import gov.ca.code.codejson.codegov.RelatedCode;
import gov.ca.code.codejson.codegov.ReusedCode;
import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.model.Property;

/**
 * The copies of a {@link Repository} with one member set to a present value, each through the property form of
 * {@link RepositoryCopies}; the record inherits them.
 */
sealed interface RepositoryValueCopies extends RepositoryCopies permits Repository {

    /**
     * {@return a copy of this repository with {@code name} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withName(String value) {
        return withName(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code version} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withVersion(String value) {
        return withVersion(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code description} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withDescription(String value) {
        return withDescription(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code status} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withStatus(Status value) {
        return withStatus(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code permissions} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withPermissions(Permissions value) {
        return withPermissions(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code organization} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withOrganization(String value) {
        return withOrganization(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code repositoryURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withRepositoryURL(String value) {
        return withRepositoryURL(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code repositoryVisibility} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withRepositoryVisibility(RepositoryVisibility value) {
        return withRepositoryVisibility(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code homepageURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withHomepageURL(String value) {
        return withHomepageURL(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code downloadURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withDownloadURL(String value) {
        return withDownloadURL(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code disclaimerURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withDisclaimerURL(String value) {
        return withDisclaimerURL(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code disclaimerText} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withDisclaimerText(String value) {
        return withDisclaimerText(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code vcs} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withVcs(Vcs value) {
        return withVcs(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code laborHours} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withLaborHours(BigDecimal value) {
        return withLaborHours(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code reuseFrequency} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withReuseFrequency(ReuseFrequency value) {
        return withReuseFrequency(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code languages} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withLanguages(List<Property<String>> value) {
        return withLanguages(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code maintenance} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withMaintenance(Maintenance value) {
        return withMaintenance(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code contractNumber} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withContractNumber(List<Property<String>> value) {
        return withContractNumber(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code sbom} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withSbom(String value) {
        return withSbom(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code relatedCode} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withRelatedCode(List<Property<RelatedCode>> value) {
        return withRelatedCode(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code reusedCode} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withReusedCode(List<Property<ReusedCode>> value) {
        return withReusedCode(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code partners} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withPartners(List<Property<Partner>> value) {
        return withPartners(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code date} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withDate(RepositoryDate value) {
        return withDate(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code tags} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withTags(List<Property<String>> value) {
        return withTags(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code contact} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withContact(Contact value) {
        return withContact(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code feedbackMechanism} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withFeedbackMechanism(String value) {
        return withFeedbackMechanism(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy of this repository with {@code aiUseCaseId} present and set to this value}
     *
     * @param value the new value, not null
     */
    default Repository withAiUseCaseId(String value) {
        return withAiUseCaseId(Property.of(Objects.requireNonNull(value, "value")));
    }
}
