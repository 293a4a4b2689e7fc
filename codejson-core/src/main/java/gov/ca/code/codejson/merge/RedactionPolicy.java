package gov.ca.code.codejson.merge;

import java.util.Objects;

import gov.ca.code.codejson.codegov.Contact;

import org.jspecify.annotations.Nullable;

/**
 * What an aggregate hides in releases whose {@code usageType} is not {@code openSource}
 * (including releases without a valid usage type): their repository address, which usually
 * points to an internal host, and their contact, usually a person, replaced by the agency's.
 *
 * @param omitRepositoryUrl whether {@code repositoryURL} is removed
 * @param replaceContact whether {@code contact} is replaced by {@code agencyContact}
 * @param agencyContact the contact that replaces a release's; null when none is configured, in
 *     which case contacts are kept and the aggregate reports that they could not be replaced
 */
public record RedactionPolicy(boolean omitRepositoryUrl, boolean replaceContact, @Nullable Contact agencyContact) {

    /** No redaction. */
    public static final RedactionPolicy NONE = new RedactionPolicy(false, false, null);

    /** The default: remove the repository address, replace the contact once one is configured. */
    public static final RedactionPolicy DEFAULT = new RedactionPolicy(true, true, null);

    /** {@return whether the policy changes anything} */
    public boolean enabled() {
        return omitRepositoryUrl || replaceContact;
    }

    /** {@return this policy with the agency contact that replaces release contacts} */
    public RedactionPolicy withAgencyContact(Contact contact) {
        return new RedactionPolicy(omitRepositoryUrl, replaceContact, Objects.requireNonNull(contact, "contact"));
    }
}
