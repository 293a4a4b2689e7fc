package gov.ca.code.codejson.bench;

import java.io.IOException;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The document every benchmark of a run measures, loaded once per trial so that reading the file
 * is never part of a measurement.
 */
@State(Scope.Benchmark)
public class Input {

    /**
     * What to measure: {@code synthetic:N} for a synthetic inventory of N releases built in code,
     * or the path of an inventory file, such as one written by {@code make-inventory.py}.
     */
    @Param({"synthetic:1000"})
    public String input;

    /** The bytes of the document, as a reader would get them from a file. */
    public byte[] bytes;

    /**
     * Loads the document.
     *
     * @throws IOException when the file cannot be read
     */
    @Setup(Level.Trial)
    public void load() throws IOException {
        bytes = Inventories.load(input);
    }
}
