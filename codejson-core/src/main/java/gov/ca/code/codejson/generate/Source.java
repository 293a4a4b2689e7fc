package gov.ca.code.codejson.generate;

import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Input;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Subject;


/**
 * Where a generated value comes from, or where the user sets it: what a message names so that the
 * user knows what to fix. A build tool translates it into its own words, such as a POM element or
 * a plugin parameter.
 *
 * @param kind the kind of input
 * @param name for {@link Kind#FACT} and {@link Kind#SETTING}, the {@link Input#key() key} of the
 *     input ({@code scm/url}, {@code usageType}); for {@link Kind#OVERLAY}, the JSON pointer in the
 *     overlay file; otherwise a short description
 * @param file the overlay file the value came from; empty for any other source
 * @param location where in the file, or {@link Location#UNKNOWN}
 */
public record Source(Kind kind, String name, String file, Location location) {

    /** Creates a source; kind, name and location must not be null. */
    public Source {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
    }

    /** {@return a fact of the project model, such as {@link ProjectFact#SCM_URL}} */
    public static Source fact(ProjectFact fact) {
        return new Source(Kind.FACT, fact.key(), "", Location.UNKNOWN);
    }

    /** {@return a generation setting, such as {@link Setting#USAGE_TYPE}} */
    public static Source setting(Setting setting) {
        return new Source(Kind.SETTING, setting.key(), "", Location.UNKNOWN);
    }

    /** {@return a value of the overlay file} */
    public static Source overlay(String pointer, String file, Location location) {
        return new Source(Kind.OVERLAY, pointer, file, location);
    }

    /** {@return a value derived from the build itself, such as the source files or the history} */
    public static Source derived(String what) {
        return new Source(Kind.DERIVED, what, "", Location.UNKNOWN);
    }

    /** {@return the input this source names: a project fact, a setting, or none for the overlay and derived values} */
    public java.util.Optional<Input> input() {
        return switch (kind) {
            case FACT -> java.util.Arrays.stream(ProjectFact.values()).filter(f -> f.key().equals(name))
                    .map(Input.class::cast).findFirst();
            case SETTING -> Setting.byKey(name).map(Input.class::cast);
            default -> java.util.Optional.empty();
        };
    }

    /**
     * {@return what a diagnostic about the generated field at {@code field} is about: the input,
     *     the overlay value, or the field itself for a derived value}
     */
    Subject subject(String field) {
        return switch (kind) {
            case FACT, SETTING -> Subject.input(input().orElseThrow());
            case OVERLAY -> Subject.pointer(name.isEmpty() ? field : name);
            case DERIVED -> Subject.pointer(field);
        };
    }

    /** The kinds of input. */
    public enum Kind {
        /** A fact of the project model (the POM). */
        FACT,
        /** A generation setting (a plugin parameter or command option). */
        SETTING,
        /** The hand-kept overlay file. */
        OVERLAY,
        /** Derived from the build: source files, version control history, timestamps. */
        DERIVED
    }
}
