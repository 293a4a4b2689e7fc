package gov.ca.code.codejson.codegov;

import java.util.List;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;

/**
 * The copies of a {@link Release} with one member replaced by another property, kept apart from the record so that
 * its declaration reads as the schema; the record inherits them.
 */
sealed interface ReleaseCopies permits ReleaseValueCopies {

    /**
     * {@return a copy with {@code name} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withName(Property<String> value) {
        Release self = (Release) this;
        return new Release(value, self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code version} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withVersion(Property<String> value) {
        Release self = (Release) this;
        return new Release(self.name(), value, self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code organization} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withOrganization(Property<String> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), value, self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code description} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withDescription(Property<String> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), value, self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code permissions} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withPermissions(Property<Permissions> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), value, self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code tags} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withTags(Property<List<Property<String>>> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), value, self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code contact} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withContact(Property<Contact> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), value, self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code status} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withStatus(Property<Status> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), value, self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code vcs} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withVcs(Property<String> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), value, self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code repositoryURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withRepositoryURL(Property<String> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), value, self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code homepageURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withHomepageURL(Property<String> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), value, self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code downloadURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withDownloadURL(Property<String> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), value, self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code disclaimerURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withDisclaimerURL(Property<String> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), value, self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code disclaimerText} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withDisclaimerText(Property<String> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), value, self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code languages} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withLanguages(Property<List<Property<String>>> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), value, self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code laborHours} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withLaborHours(Property<java.math.BigDecimal> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), value, self.relatedCode(), self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code relatedCode} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withRelatedCode(Property<List<Property<RelatedCode>>> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), value, self.reusedCode(), self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code reusedCode} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withReusedCode(Property<List<Property<ReusedCode>>> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), value, self.partners(), self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code partners} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withPartners(Property<List<Property<Partner>>> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), value, self.date(), self.unknown());
    }

    /**
     * {@return a copy with {@code date} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    default Release withDate(Property<ReleaseDate> value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), value, self.unknown());
    }

    /**
     * {@return a copy with the members the schema does not define replaced}
     *
     * @param value the new unknown members
     */
    default Release withUnknown(Unknown value) {
        Release self = (Release) this;
        return new Release(self.name(), self.version(), self.organization(), self.description(), self.permissions(), self.tags(), self.contact(), self.status(), self.vcs(), self.repositoryURL(), self.homepageURL(), self.downloadURL(), self.disclaimerURL(), self.disclaimerText(), self.languages(), self.laborHours(), self.relatedCode(), self.reusedCode(), self.partners(), self.date(), value);
    }
}
