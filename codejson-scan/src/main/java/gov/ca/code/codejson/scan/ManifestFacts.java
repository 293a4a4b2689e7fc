package gov.ca.code.codejson.scan;

import java.util.List;
import java.util.Objects;

/**
 * What one manifest of a repository says about it. Every value may be null when the manifest does
 * not say; the lists are never null and hold no null.
 *
 * @param file the manifest, relative to the repository, such as {@code package.json}
 * @param name the project name
 * @param version the version
 * @param description the description
 * @param license the declared license, usually an SPDX expression or name
 * @param homepage the home page
 * @param tags the keywords
 * @param contacts the people or lists to contact, first the most relevant
 */
public record ManifestFacts(
        String file,
        Found name,
        Found version,
        Found description,
        Found license,
        Found homepage,
        List<Found> tags,
        List<Person> contacts) {

    /** Creates the facts; lists are copied. */
    public ManifestFacts {
        Objects.requireNonNull(file, "file");
        tags = List.copyOf(tags);
        contacts = List.copyOf(contacts);
    }

    /**
     * A value and the key it was read from.
     *
     * @param value the value, stripped, never blank
     * @param origin where it was read
     */
    public record Found(String value, Origin origin) {
        /** Creates a found value; no component may be null. */
        public Found {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * A contact: an author, maintainer or mailing list.
     *
     * @param name the name, or null
     * @param email the e-mail address, or null
     * @param origin where it was read
     */
    public record Person(String name, String email, Origin origin) {
        /** Creates a person; the origin must not be null. */
        public Person {
            Objects.requireNonNull(origin, "origin");
        }
    }
}
