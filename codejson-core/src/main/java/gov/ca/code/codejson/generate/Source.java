package gov.ca.code.codejson.generate;

import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Location;

/**
 * Where a generated value comes from, or where the user sets it: what a message names so that the
 * user knows what to fix. A build tool translates it into its own words, such as a POM element or
 * a plugin parameter.
 *
 * @param kind the kind of input
 * @param name for {@link Kind#POM}, the element path without brackets ({@code scm/url}); for
 *     {@link Kind#SETTING}, the setting name ({@code usageType}); for {@link Kind#OVERLAY}, the
 *     JSON pointer in the overlay file; otherwise a short description
 * @param file the file concerned, or null
 * @param location where in the file, or {@link Location#UNKNOWN}
 */
public record Source(Kind kind, String name, String file, Location location) {

    /** Creates a source; kind, name and location must not be null. */
    public Source {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
    }

    /** {@return an element of the project model, such as {@code description} or {@code scm/url}} */
    public static Source pom(String element) {
        return new Source(Kind.POM, element, null, Location.UNKNOWN);
    }

    /** {@return a generation setting, such as {@code usageType}} */
    public static Source setting(String name) {
        return new Source(Kind.SETTING, name, null, Location.UNKNOWN);
    }

    /** {@return a value of the overlay file} */
    public static Source overlay(String pointer, String file, Location location) {
        return new Source(Kind.OVERLAY, pointer, file, location);
    }

    /** {@return a value derived from the build itself, such as the source files or the history} */
    public static Source derived(String what) {
        return new Source(Kind.DERIVED, what, null, Location.UNKNOWN);
    }

    /** {@return the POM element spelled as in XML, such as {@code <scm><url>}} */
    public String pomElement() {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("/")) {
            b.append('<').append(part).append('>');
        }
        return b.toString();
    }

    /** The kinds of input. */
    public enum Kind {
        /** The project model (the POM). */
        POM,
        /** A generation setting (a plugin parameter or command option). */
        SETTING,
        /** The hand-kept overlay file. */
        OVERLAY,
        /** Derived from the build: source files, version control history, timestamps. */
        DERIVED
    }
}
