package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Location;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

    private final JsonWriter writer = new JsonWriter();

    @Test
    void writesTwoSpaceIndentColonSpaceAndAFinalNewline() {
        JsonValue value = JsonBuilder.object().put("a", "x").put("b", JsonBuilder.array(List.of(
                JsonBuilder.object().put("c", 1).build()))).build();

        assertThat(writer.write(value)).isEqualTo("{\n  \"a\": \"x\",\n  \"b\": [\n    {\n      \"c\": 1\n    }\n  ]\n}\n");
    }

    @Test
    void writesEmptyContainersOnOneLine() {
        JsonValue value = JsonBuilder.object().put("a", JsonBuilder.array(List.of()))
                .put("o", JsonBuilder.object()).build();

        assertThat(writer.write(value)).isEqualTo("{\n  \"a\": [],\n  \"o\": {}\n}\n");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersButNotSlashesOrNonAscii() {
        JsonValue value = JsonBuilder.object().put("s", "a\"b\\c\td\u0001e/é—").build();

        assertThat(writer.write(value)).isEqualTo("{\n  \"s\": \"a\\\"b\\\\c\\td\\u0001e/é—\"\n}\n");
    }

    @Test
    void writesNumbersAsTheyWereRead() {
        JsonValue value = new JsonValue.JsonObject(List.of(
                new JsonValue.Member("n", new JsonValue.JsonNumber("1000.50", Location.UNKNOWN), Location.UNKNOWN)),
                Location.UNKNOWN);

        assertThat(writer.write(value)).contains("\"n\": 1000.50");
    }

    @Test
    void aNumberBuiltInAnotherSpellingIsWrittenSoThatItReadsBack() throws Exception {
        for (String text : List.of("+1", ".5", "1.", "01", "-.25")) {
            JsonValue value = new JsonValue.JsonArray(List.of(new JsonValue.JsonNumber(text, Location.UNKNOWN)), Location.UNKNOWN);

            String written = writer.write(value);

            JsonValue read = new JsonReader().read(written, "n.json").root();
            assertThat(((JsonValue.JsonNumber) ((JsonValue.JsonArray) read).elements().get(0)).decimal()).as(text)
                    .isEqualByComparingTo(new java.math.BigDecimal(text));
        }
        assertThat(writer.write(new JsonValue.JsonNumber("1e3", Location.UNKNOWN))).isEqualTo("1e3\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.writeBytes(s -> s.number("abc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("\"abc\" is not a number");
    }

    @Test
    void writesTheSameBytesEveryTime() {
        JsonValue value = JsonBuilder.object().put("a", "é").put("n", 2).build();

        assertThat(writer.writeBytes(value)).isEqualTo(writer.writeBytes(value));
        assertThat(writer.writeBytes(value)[0]).isEqualTo((byte) '{');
    }

    @Test
    void writesALoneSurrogateEscapedSoThatItReadsBackAsTheSameTree() throws Exception {
        JsonValue value = JsonBuilder.object().put("s", "a\ud800\"b\uD83D\uDE00\ud800").build();

        String text = writer.write(value);
        JsonValue back = new JsonReader().read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "x.json").root();

        assertThat(text).isEqualTo("{\n  \"s\": \"a\\ud800\\\"b\uD83D\uDE00\\ud800\"\n}\n");
        assertThat(writer.write(back)).isEqualTo(text);
        assertThat(((JsonValue.JsonObject) back).get("s").map(v -> ((JsonValue.JsonString) v).value()))
                .contains("a\ud800\"b\uD83D\uDE00\ud800");
    }

    @Test
    void writesAMemberNameWithALoneSurrogateEscaped() {
        JsonValue value = JsonBuilder.object().put("s\udc01", 1).build();

        assertThat(writer.write(value)).isEqualTo("{\n  \"s\\udc01\": 1\n}\n");
    }
}
