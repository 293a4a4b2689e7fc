package gov.ca.code.codejson.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A use case cannot go on: an input cannot be read or a setting names nothing that exists. Nothing
 * has been written. The diagnostics name every input at fault and what to do; the message is their
 * messages, one a line, for logs that show only it.
 */
public class DiagnosticException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /**
     * Creates the exception.
     *
     * @param diagnostics one error per problem, at least one
     */
    public DiagnosticException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(d -> (d.file().isEmpty() ? "" : d.file() + ": ") + d.message())
                .collect(Collectors.joining(System.lineSeparator())));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** {@return one error per problem, each naming the input} */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
