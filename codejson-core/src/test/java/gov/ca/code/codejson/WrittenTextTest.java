package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.shareit.cms.CmsRepository;
import gov.ca.code.codejson.shareit.cms.MaturityModelTier;

/** What is written back is what was read: numbers keep their text, and every output form gives the same bytes. */
class WrittenTextTest {

    private static final String FILE = "{\n  \"version\": \"2.0.0\",\n  \"agency\": \"GSA\",\n"
            + "  \"measurementType\": {\n    \"method\": \"projects\"\n  },\n  \"releases\": [\n    {\n"
            + "      \"name\": \"x\\ud800\",\n      \"laborHours\": 1e3\n    },\n    {\n      \"name\": \"y\",\n"
            + "      \"laborHours\": 1000.50\n    }\n  ]\n}\n";

    private final CodeJson codejson = new CodeJson();

    @Test
    void writesKnownNumbersWithTheTextTheyWereReadWith() throws Exception {
        Document document = codejson.read(FILE, "numbers.json");

        String written = codejson.write(document);

        assertThat(written).contains("\"laborHours\": 1e3", "\"laborHours\": 1000.50", "\"x\\ud800\"")
                .doesNotContain("1E+3");
        assertThat(document.root(Inventory.class).releases().value().orElseThrow().get(0).value().orElseThrow()
                .laborHours().value().orElseThrow()).isEqualByComparingTo(new BigDecimal("1000"));
    }

    @Test
    void writesTheSameBytesToAStringAStreamAndAWriter() throws Exception {
        Document document = codejson.read(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)),
                "numbers.json", null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter chars = new StringWriter();

        codejson.write(document, bytes);
        codejson.write(document, chars);

        String text = codejson.write(document);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text).contains("\"laborHours\": 1e3");
        assertThat(chars.toString()).isEqualTo(text);
    }

    @Test
    void writesIntegersWithTheTextTheyWereReadWith() throws Exception {
        String file = Files.readString(Fixtures.root().resolve("cms-2.1.0/valid-minimal.json"))
                .replace("\"forks\": 3", "\"forks\": 3.0")
                .replace("\"clones\": 41", "\"clones\": 41e0")
                .replace("\"maturityModelTier\": 2", "\"maturityModelTier\": 2.00");
        Document document = codejson.read(file.replace("\"laborHours\": 2400", "\"laborHours\": -0"), "cms.json");

        String written = codejson.write(document);

        assertThat(written).contains("\"forks\": 3.0", "\"clones\": 41e0", "\"maturityModelTier\": 2.00",
                "\"laborHours\": -0");
        CmsRepository repository = document.root(CmsRepository.class);
        assertThat(repository.reuseFrequency().value().orElseThrow().forks().value()).contains(3L);
        assertThat(repository.reuseFrequency().value().orElseThrow().clones().value()).contains(41L);
        assertThat(repository.maturityModelTier().value()).contains(MaturityModelTier.TIER_2);
        assertThat(codejson.validate(document).valid()).isTrue();
    }

    @Test
    void writesAMinusZeroAndAnExponentInAnIntegerFieldAsWritten() throws Exception {
        String file = Files.readString(Fixtures.root().resolve("cms-2.1.0/valid-minimal.json"))
                .replace("\"forks\": 3", "\"forks\": -0")
                .replace("\"clones\": 41", "\"clones\": 1e2");
        Document document = codejson.read(file, "cms.json");

        String written = codejson.write(document);

        assertThat(written).contains("\"forks\": -0", "\"clones\": 1e2").isEqualTo(codejson.write(
                codejson.read(written, "again.json")));
        assertThat(document.root(CmsRepository.class).reuseFrequency().value().orElseThrow().clones().value())
                .contains(100L);
    }
}
