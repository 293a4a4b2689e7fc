package gov.ca.code.codejson.merge;

import java.util.List;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.DiagnosticException;

/**
 * An aggregate cannot be built: a setting names nothing, or inputs cannot be read or contradict
 * each other. Nothing has been written. The diagnostics name every setting and input at fault and
 * what to do.
 */
public final class MergeException extends DiagnosticException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param diagnostics one error per problem, each naming the input
     */
    public MergeException(List<Diagnostic> diagnostics) {
        super(diagnostics);
    }
}
