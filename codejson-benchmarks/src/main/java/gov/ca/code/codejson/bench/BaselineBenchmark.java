package gov.ca.code.codejson.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the same work costs with general-purpose tools, measured in the same run as
 * {@link CodeJsonBenchmark}: Jackson's tree model for parsing and writing, and the networknt JSON
 * Schema validator with format assertions on for validating against the published code.gov 2.0.0
 * schema.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class BaselineBenchmark {

    /** The system property naming the conformance folder that holds {@code schemas/}. */
    public static final String CONFORMANCE_DIR = "codejson.conformance.dir";

    private static final String SCHEMA = "schemas/codegov-schema-2.0.0.json";

    /**
     * {@return the code.gov 2.0.0 schema the networknt baselines validate with: in the core module's
     * conformance data, found from the repository folder unless {@value #CONFORMANCE_DIR} names it}
     */
    public static Path schemaFile() {
        return Path.of(System.getProperty(CONFORMANCE_DIR, "codejson-core/src/test/conformance")).resolve(SCHEMA);
    }

    /** {@return why the validation baselines cannot run: the schema file is missing} */
    public static String missingSchema() {
        return "the schema " + schemaFile().toAbsolutePath() + " does not exist; run from the repository folder,"
                + " or pass -D" + CONFORMANCE_DIR + "=<folder holding schemas/>";
    }

    private final ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private JsonNode tree;
    private Schema schema;

    /**
     * Parses the document once and loads the schema, when it is available.
     *
     * @param in the input
     * @throws IOException when the schema exists but cannot be read
     */
    @Setup(Level.Trial)
    public void setUp(Input in) throws IOException {
        tree = mapper.readTree(in.bytes);
        Path file = schemaFile();
        if (Files.isRegularFile(file)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(Files.readString(file), com.networknt.schema.InputFormat.JSON);
        }
    }

    /**
     * The parse baseline: Jackson's tree of the same bytes.
     *
     * @param in the input
     * @return the tree
     */
    @Benchmark
    public JsonNode jacksonReadTree(Input in) {
        return mapper.readTree(in.bytes);
    }

    /** {@return the write baseline: Jackson's indented text of a tree already parsed} */
    @Benchmark
    public String jacksonWrite() {
        return mapper.writeValueAsString(tree);
    }

    /**
     * The round-trip baseline: bytes to tree to indented text.
     *
     * @param in the input
     * @return the text
     */
    @Benchmark
    public String jacksonRoundTrip(Input in) {
        return mapper.writeValueAsString(mapper.readTree(in.bytes));
    }

    /** {@return the validation baseline: the schema's errors for a tree already parsed} */
    @Benchmark
    public List<Error> networkntValidate() {
        return requireSchema().validate(tree, BaselineBenchmark::assertFormats);
    }

    /**
     * Bytes to schema errors: the baseline of {@code readValidateStrict}.
     *
     * @param in the input
     * @return the errors
     */
    @Benchmark
    public List<Error> networkntReadValidate(Input in) {
        return requireSchema().validate(mapper.readTree(in.bytes), BaselineBenchmark::assertFormats);
    }

    private static void assertFormats(ExecutionContext context) {
        context.executionConfig(c -> c.formatAssertionsEnabled(true));
    }

    private Schema requireSchema() {
        if (schema == null) {
            throw new IllegalStateException("the networknt baseline is skipped: " + missingSchema());
        }
        return schema;
    }
}
