package gov.ca.code.codejson.bench;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.validation.Profile;

/**
 * The time codejson takes per document: reading, validating with two profiles, writing the
 * canonical form, and the whole read-validate and read-write paths. {@link BaselineBenchmark}
 * measures Jackson and a JSON Schema validator on the same document in the same run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class CodeJsonBenchmark {

    private final CodeJson codejson = new CodeJson();
    private Document document;

    /**
     * Reads the document once for the benchmarks that start from a model.
     *
     * @param in the input
     * @throws JsonReadException when the input is not a readable inventory
     */
    @Setup(Level.Trial)
    public void setUp(Input in) throws JsonReadException {
        document = read(in);
    }

    /**
     * Bytes to model: located JSON tree, family detection, binding to records.
     *
     * @param in the input
     * @return the document
     * @throws JsonReadException never for the benchmark inputs
     */
    @Benchmark
    public Document read(Input in) throws JsonReadException {
        return codejson.read(new ByteArrayInputStream(in.bytes), in.input, null);
    }

    /** {@return the report of the codegov profile, the family default, on a model already read} */
    @Benchmark
    public ValidationReport validateCodegov() {
        return codejson.validate(document, Profile.CODEGOV);
    }

    /** {@return the report of the strict profile, the reference schema, on a model already read} */
    @Benchmark
    public ValidationReport validateStrict() {
        return codejson.validate(document, Profile.STRICT);
    }

    /** {@return the canonical text of a model already read} */
    @Benchmark
    public String write() {
        return codejson.write(document);
    }

    /**
     * Bytes to canonical text, as {@code codejson format} does.
     *
     * @param in the input
     * @return the canonical text
     * @throws JsonReadException never for the benchmark inputs
     */
    @Benchmark
    public String roundTrip(Input in) throws JsonReadException {
        return codejson.write(read(in));
    }

    /**
     * Bytes to strict report, as {@code codejson validate --profile strict} does.
     *
     * @param in the input
     * @return the report
     * @throws JsonReadException never for the benchmark inputs
     */
    @Benchmark
    public ValidationReport readValidateStrict(Input in) throws JsonReadException {
        return codejson.validate(read(in), Profile.STRICT);
    }
}
