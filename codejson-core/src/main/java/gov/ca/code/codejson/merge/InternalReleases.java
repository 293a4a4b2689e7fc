package gov.ca.code.codejson.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.UsageType;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.shareit.Repository;

import org.jspecify.annotations.Nullable;

/**
 * Releases whose code is not open source, in one generated document: their {@code repositoryURL}
 * usually names a host inside the agency and their contact a person. The generate goal and command
 * warn about them, and on request redact them the way an aggregate publishes them: without the
 * {@code repositoryURL}, with the agency contact instead of the release's.
 */
public final class InternalReleases {

    private InternalReleases() {
    }

    /**
     * One release that is not open source and names internal places.
     *
     * @param name the release's name, or {@code ""} when it has none
     * @param fields the internal fields it has, in order: {@code repositoryURL}, {@code contact}
     */
    public record Internal(String name, List<String> fields) {

        /** Creates the record; the list is copied. */
        public Internal {
            Objects.requireNonNull(name, "name");
            fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
        }
    }

    /**
     * Finds the releases of a code.gov inventory or SHARE IT entry that are not open source and
     * have a {@code repositoryURL} or a contact.
     *
     * @param document the generated document
     * @return the releases, in document order; empty for other families
     */
    public static List<Internal> find(Document document) {
        List<Internal> found = new ArrayList<>();
        if (document.root() instanceof Inventory inventory) {
            for (Release release : inventory.releaseList()) {
                if (!openSource(release)) {
                    add(found, release.name().orElse(""), release.repositoryURL().isDefined(), release.contact().isDefined());
                }
            }
        } else if (document.root() instanceof Repository repository) {
            List<gov.ca.code.codejson.shareit.UsageType> types = repository.permissions().value()
                    .map(p -> p.usageTypeList()).orElse(List.of());
            if (!types.contains(gov.ca.code.codejson.shareit.UsageType.OPEN_SOURCE)) {
                add(found, repository.name().orElse(""), repository.repositoryURL().isDefined(),
                        repository.contact().isDefined());
            }
        }
        return List.copyOf(found);
    }

    private static void add(List<Internal> found, String name, boolean hasRepository, boolean hasContact) {
        List<String> fields = new ArrayList<>();
        if (hasRepository) {
            fields.add("repositoryURL");
        }
        if (hasContact) {
            fields.add("contact");
        }
        if (!fields.isEmpty()) {
            found.add(new Internal(name, fields));
        }
    }

    /**
     * Redacts the releases of a code.gov inventory that are not open source: each loses its
     * {@code repositoryURL} and, when an agency contact is given, has it as its contact.
     *
     * @param document the generated document
     * @param agencyContact the contact that replaces a release's, or null to keep it
     * @return the redacted document, or empty when the family has no redaction
     */
    public static Optional<Document> redact(Document document, @Nullable Contact agencyContact) {
        if (!(document.root() instanceof Inventory inventory)) {
            return Optional.empty();
        }
        List<Property<Release>> releases = new ArrayList<>();
        for (Release release : inventory.releaseList()) {
            if (openSource(release)) {
                releases.add(Property.of(release));
                continue;
            }
            Release redacted = release.withRepositoryURL(Property.absent());
            if (agencyContact != null) {
                redacted = redacted.withContact(agencyContact);
            }
            releases.add(Property.of(redacted));
        }
        return Optional.of(Document.of(document.name(), document.family(), inventory.withReleases(releases)));
    }

    /**
     * Builds the agency contact from its parts as the user wrote them; blank parts are left out.
     *
     * @param email the e-mail, or null
     * @param name the name, or null
     * @param url the web page, or null
     * @return the contact, or empty when no e-mail is given
     */
    public static Optional<Contact> agencyContact(@Nullable String email, @Nullable String name, @Nullable String url) {
        if (blank(email)) {
            return Optional.empty();
        }
        return Optional.of(new Contact(Property.of(email.strip()), blank(name) ? Property.absent() : Property.of(name.strip()),
                blank(url) ? Property.absent() : Property.of(url.strip()), Property.absent(), Unknown.NONE));
    }

    private static boolean openSource(Release release) {
        return release.usageType().map(u -> u == UsageType.OPEN_SOURCE).orElse(false);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
