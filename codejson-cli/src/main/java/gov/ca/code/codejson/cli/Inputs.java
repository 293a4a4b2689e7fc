package gov.ca.code.codejson.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.json.JsonReadException;

/** Reads the files named on the command line; {@code -} is standard input. */
final class Inputs {

    /** The name standard input has on the command line. */
    static final String STDIN = "-";

    private Inputs() {
    }

    static Document read(CodeJson codejson, String input, Family family) throws JsonReadException {
        if (STDIN.equals(input)) {
            return codejson.read(System.in, "<stdin>", family);
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
}
