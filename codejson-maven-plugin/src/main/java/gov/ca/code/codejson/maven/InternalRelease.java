package gov.ca.code.codejson.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.logging.Log;

import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.UsageType;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.shareit.Repository;

/**
 * A generated entry whose code is not open source: its {@code repositoryURL} usually names a host
 * inside the agency and its contact a person. {@code generate} warns about both, and with
 * {@code redact} writes the entry the way {@code aggregate} publishes it: without the
 * {@code repositoryURL}, with the agency contact instead of the release's.
 */
final class InternalRelease {

    private InternalRelease() {
    }

    /**
     * Warns, for an entry that is not open source, that it names internal places.
     *
     * @param log where the warning goes
     * @param pom the POM as the user sees it
     * @param document the generated document
     * @param redacted whether the written entry is redacted
     */
    static void warn(Log log, String pom, Document document, boolean redacted) {
        if (redacted) {
            return;
        }
        if (document.root() instanceof Inventory inventory) {
            for (Release release : inventory.releaseList()) {
                if (!release.usageType().map(u -> u == UsageType.OPEN_SOURCE).orElse(false)) {
                    warn(log, pom, release.name().orElse(""), release.repositoryURL().isDefined(),
                            release.contact().isDefined());
                }
            }
        } else if (document.root() instanceof Repository repository) {
            List<gov.ca.code.codejson.shareit.UsageType> types = repository.permissions().value()
                    .map(p -> p.usageTypeList()).orElse(List.of());
            if (!types.contains(gov.ca.code.codejson.shareit.UsageType.OPEN_SOURCE)) {
                warn(log, pom, repository.name().orElse(""), repository.repositoryURL().isDefined(),
                        repository.contact().isDefined());
            }
        }
    }

    private static void warn(Log log, String pom, String name, boolean hasRepository, boolean hasContact) {
        List<String> fields = new ArrayList<>();
        if (hasRepository) {
            fields.add("repositoryURL");
        }
        if (hasContact) {
            fields.add("contact");
        }
        if (!fields.isEmpty()) {
            log.warn(pom + ": warning: release \"" + name + "\" is not open source, so its " + String.join(" and ", fields)
                    + " are internal: they are written as they are; set <redact>true</redact> (-Dcodejson.redact) to"
                    + " leave the repositoryURL out and write agencyContactEmail as the contact, as aggregate does"
                    + " [generate.internal-release]");
        }
    }

    /**
     * Redacts the releases of a code.gov inventory that are not open source.
     *
     * @param document the generated document
     * @param agencyContact the contact that replaces a release's, or null to keep it
     * @return the redacted document, or null when the family has no redaction
     */
    static Document redact(Document document, Contact agencyContact) {
        if (!(document.root() instanceof Inventory inventory)) {
            return null;
        }
        List<Property<Release>> releases = new ArrayList<>();
        for (Release release : inventory.releaseList()) {
            if (release.usageType().map(u -> u == UsageType.OPEN_SOURCE).orElse(false)) {
                releases.add(Property.of(release));
                continue;
            }
            Release redacted = release.withRepositoryURL(Property.absent());
            if (agencyContact != null) {
                redacted = redacted.withContact(agencyContact);
            }
            releases.add(Property.of(redacted));
        }
        return Document.of(document.name(), document.family(), inventory.withReleases(releases));
    }

    /** {@return the agency contact from its parts, or null when no e-mail is given} */
    static Contact agencyContact(String email, String name, String url) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return new Contact(Property.of(email.strip()), name == null || name.isBlank() ? Property.absent() : Property.of(name.strip()),
                url == null || url.isBlank() ? Property.absent() : Property.of(url.strip()), Property.absent(), Unknown.NONE);
    }
}
