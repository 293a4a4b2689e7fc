package gov.ca.code.codejson.shareit;

import java.math.BigDecimal;
import java.util.List;

import gov.ca.code.codejson.codegov.Partner;
import gov.ca.code.codejson.codegov.RelatedCode;
import gov.ca.code.codejson.codegov.ReusedCode;
import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;

/**
 * The copies of a {@link Repository} with one member replaced by another property, kept apart from the record so that
 * its declaration reads as the schema; the record inherits them.
 */
sealed interface RepositoryCopies permits RepositoryValueCopies {

    /**
     * {@return a copy with {@code name} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withName(Property<String> value) {
        Repository self = (Repository) this;
        return new Repository(value, self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code version} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withVersion(Property<String> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), value, self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code description} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withDescription(Property<String> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), value, self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code status} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withStatus(Property<Status> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), value, self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code permissions} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withPermissions(Property<Permissions> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), value, self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code organization} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withOrganization(Property<String> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), value, self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code repositoryURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withRepositoryURL(Property<String> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), value, self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code repositoryVisibility} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withRepositoryVisibility(Property<RepositoryVisibility> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), value, self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code homepageURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withHomepageURL(Property<String> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), value, self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code downloadURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withDownloadURL(Property<String> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), value, self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code disclaimerURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withDisclaimerURL(Property<String> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), value, self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code disclaimerText} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withDisclaimerText(Property<String> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), value, self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code vcs} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withVcs(Property<Vcs> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), value, self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code laborHours} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withLaborHours(Property<BigDecimal> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), value, self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code reuseFrequency} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withReuseFrequency(Property<ReuseFrequency> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), value, self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code languages} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withLanguages(Property<List<Property<String>>> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), value, self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code maintenance} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withMaintenance(Property<Maintenance> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), value, self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code contractNumber} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withContractNumber(Property<List<Property<String>>> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), value, self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code sbom} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withSbom(Property<String> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), value, self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code relatedCode} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withRelatedCode(Property<List<Property<RelatedCode>>> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), value, self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code reusedCode} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withReusedCode(Property<List<Property<ReusedCode>>> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), value, self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code partners} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withPartners(Property<List<Property<Partner>>> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), value, self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code date} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withDate(Property<RepositoryDate> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), value, self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code tags} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withTags(Property<List<Property<String>>> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), value, self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code contact} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withContact(Property<Contact> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), value, self.feedbackMechanism(), self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code feedbackMechanism} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withFeedbackMechanism(Property<String> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), value, self.aiUseCaseId(), self.unknown());
    }

    /**
     * {@return a copy with {@code aiUseCaseId} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Repository withAiUseCaseId(Property<String> value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), value, self.unknown());
    }

    /**
     * {@return a copy with the members the schema does not define replaced}
     *
     * @param value the new unknown members
     */
    default Repository withUnknown(Unknown value) {
        Repository self = (Repository) this;
        return new Repository(self.name(), self.version(), self.description(), self.status(), self.permissions(), self.organization(), self.repositoryURL(), self.repositoryVisibility(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.vcs(), self.laborHours(), self.reuseFrequency(), self.languages(), self.maintenance(), self.contractNumber(), self.sbom(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.tags(), self.contact(), self.feedbackMechanism(), self.aiUseCaseId(), value);
    }
}
