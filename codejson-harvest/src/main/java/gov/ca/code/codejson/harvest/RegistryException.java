package gov.ca.code.codejson.harvest;

import java.util.List;

/** A registry file that cannot be read or is not a registry: every problem, each with where it is. */
public final class RegistryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param source the file
     * @param problems the problems, each starting with its JSON pointer or line and column
     */
    public RegistryException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** {@return the file} */
    public String source() {
        return source;
    }

    /** {@return the problems, each starting with its JSON pointer or line and column} */
    public List<String> problems() {
        return problems;
    }
}
