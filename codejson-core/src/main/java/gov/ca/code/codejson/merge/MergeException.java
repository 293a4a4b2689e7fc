package gov.ca.code.codejson.merge;

import java.util.List;

/**
 * An aggregate cannot be built: inputs cannot be read or contradict each other. Nothing has been
 * written. The message names every input at fault and what to do.
 */
public final class MergeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems one line per problem, each naming the input
     */
    public MergeException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** {@return one line per problem, each naming the input} */
    public List<String> problems() {
        return problems;
    }
}
