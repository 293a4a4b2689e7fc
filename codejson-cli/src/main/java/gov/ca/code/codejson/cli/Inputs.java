package gov.ca.code.codejson.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.json.JsonDocument;
import gov.ca.code.codejson.json.JsonReadException;

/** Reads the files named on the command line; {@code -} is standard input. */
final class Inputs {

    /** The name standard input has on the command line. */
    static final String STDIN = "-";

    /** The name standard input has in messages and reports, the same in every one. */
    static final String STDIN_NAME = "<stdin>";

    private Inputs() {
    }

    /** {@return how messages name an input: as the command line does, standard input as {@value #STDIN_NAME}} */
    static String name(String input) {
        return STDIN.equals(input) ? STDIN_NAME : input;
    }

    static Document read(CodeJson codejson, String input, Family family) throws JsonReadException {
        if (STDIN.equals(input)) {
            return codejson.read(System.in, STDIN_NAME, family);
        }
        return codejson.read(Path.of(input), family);
    }

    /**
     * Reads an input, or prints why it cannot be read.
     *
     * @return the document, or null after printing the located error to {@code err}
     */
    static Document readOrReport(CodeJson codejson, String input, Family family, PrintWriter err) {
        try {
            return read(codejson, input, family);
        } catch (JsonReadException e) {
            err.println(describe(e));
            return null;
        }
    }

    /** {@return a one-line, located description of a read failure} */
    static String describe(JsonReadException e) {
        return Main.FORMAT.line(e.diagnostic());
    }

    /**
     * {@return whether a document repeats no member name in one object; else says so on {@code err}:
     * the model keeps the last value of a repeated name, so rewriting the file would drop the others}
     *
     * @param document the document read
     * @param input how the input is named
     * @param rewriting what the command does, such as {@code formatting}
     * @param err where the error goes
     */
    static boolean repeatsNoName(Document document, String input, String rewriting, PrintWriter err) {
        JsonDocument source = document.source();
        if (source.duplicates().isEmpty()) {
            return true;
        }
        JsonDocument.DuplicateMember d = source.duplicates().get(0);
        err.println(Main.FORMAT.line(new Diagnostic(input, d.location(), Subject.pointer(d.pointer()), "json.duplicate-key",
                Severity.ERROR, "the member name appears twice in one object; " + rewriting + " would drop one of the values,"
                + " so remove or rename the duplicate first (" + source.duplicates().size() + " in all)")));
        return false;
    }
}
