package gov.ca.code.codejson.diagnostic;

/**
 * Something a user sets or a build provides, named without the words of any one tool: a setting,
 * a fact of the project model, a value of the overlay file. Each adapter spells it in its own
 * words (a POM element, a plugin parameter, a command-line option).
 */
public interface Input {

    /** {@return a stable key, the same in every adapter, such as {@code usageType} or {@code scm/url}} */
    String key();

    /** {@return the input with this key, for a use case of the library that names what the user set} */
    static Input named(String key) {
        return new Named(key);
    }

    /**
     * An input known by its key alone.
     *
     * @param key the stable key
     */
    record Named(String key) implements Input {
        /** Creates the input; the key must not be null. */
        public Named {
            java.util.Objects.requireNonNull(key, "key");
        }
    }
}
