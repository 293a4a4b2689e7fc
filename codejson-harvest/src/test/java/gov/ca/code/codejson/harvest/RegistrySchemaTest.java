package gov.ca.code.codejson.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The documented schema and the reader agree on what a registry is. */
class RegistrySchemaTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Schema SCHEMA = schema();

    private static Schema schema() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(ROOT.resolve("docs/registry.schema.json")), InputFormat.JSON);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theExampleRegistryIsValidUnderTheSchemaAndReads() throws Exception {
        Path example = ROOT.resolve("codejson-cli/examples/state/registry.yaml");
        JsonNode node = YAMLMapper.builder().build().readTree(Files.readString(example));

        assertThat(SCHEMA.validate(node)).isEmpty();
        assertThat(Registry.read(example).agencies()).hasSize(4);
    }

    @Test
    void aRegistryTheReaderRefusesTheSchemaRefusesToo() throws Exception {
        String bad = "{\"name\": \"S\", \"agencies\": [{\"id\": \"CDT!\", \"name\": \"C\", \"urls\": [\"file:///etc/passwd\"], \"url\": 1}]}";

        assertThat(SCHEMA.validate(bad, InputFormat.JSON)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(RegistryException.class,
                () -> Registry.parse(bad, "r.json", false)).problems()).hasSize(3);
    }
}
