package gov.ca.code.codejson.diagnostic;

/**
 * Something a user sets or a build provides, named without the words of any one tool: a setting,
 * a fact of the project model, a value of the overlay file. Each adapter spells it in its own
 * words (a POM element, a plugin parameter, a command-line option).
 */
public interface Input {

    /** {@return a stable key, the same in every adapter, such as {@code usageType} or {@code scm/url}} */
    String key();
}
