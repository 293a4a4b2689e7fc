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
    void writesDelC1LineSeparatorsAndBidirectionalControlsEscapedSoThatPrintedJsonShowsThem() throws Exception {
        JsonValue value = JsonBuilder.object().put("s\u202e", "a\u007fb\u0085c\u2028d\u2029e\u202ef\u2066g\u200fh\u00e9").build();

        String text = writer.write(value);
        JsonValue back = new JsonReader().read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "x.json").root();

        assertThat(text).isEqualTo("{\n  \"s\\u202e\": \"a\\u007fb\\u0085c\\u2028d\\u2029e\\u202ef\\u2066g\\u200fh\u00e9\"\n}\n");
        assertThat(writer.write(back)).isEqualTo(text);
    }

    @Test
    void writesAMemberNameWithALoneSurrogateEscaped() {
        JsonValue value = JsonBuilder.object().put("s\udc01", 1).build();

        assertThat(writer.write(value)).isEqualTo("{\n  \"s\\udc01\": 1\n}\n");
    }

    @Test
    void aSinkCalledOutOfOrderSaysWhichCallWasWrongAndWritesNothingInvalid() {
        List<java.util.function.Consumer<JsonWriter.Sink>> misuses = List.of(
                s -> { s.string("a"); s.string("b"); },
                s -> { s.startObject(); s.name("a"); s.endObject(); },
                s -> s.endObject(),
                s -> { s.startArray(); s.endObject(); },
                s -> { s.startObject(); s.string("v"); },
                s -> { s.startArray(); s.name("a"); },
                s -> { s.startObject(); s.name("a"); s.name("b"); },
                s -> s.startObject(),
                s -> { });
        List<String> said = List.of(
                "a second value at the top level; a JSON document holds exactly one",
                "endObject() right after a member name; write the member's value first",
                "endObject() with no object open at this point",
                "endObject() with no object open at this point",
                "a value inside an object without its member name; call name(...) before it",
                "name(\"a\") outside an object; a member name belongs between startObject() and endObject()",
                "name(\"b\") right after another name; the member before it has no value yet",
                "the content ended with 1 object or array left open; close each one it starts",
                "the content wrote no value; it must write exactly one");
        for (int i = 0; i < misuses.size(); i++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.util.function.Consumer<JsonWriter.Sink> misuse = misuses.get(i);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write(misuse, out)).as(said.get(i))
                    .isInstanceOf(IllegalStateException.class).hasMessage("JsonWriter.Sink: " + said.get(i));
            assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).as(said.get(i)).doesNotContain("\"b\"").doesNotEndWith("\n");
        }
        assertThat(new String(writer.writeBytes(s -> {
            s.startObject();
            s.name("a");
            s.startArray();
            s.value(JsonBuilder.object().put("b", 1).build());
            s.nul();
            s.endArray();
            s.endObject();
        }), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\n  \"a\": [\n    {\n      \"b\": 1\n    },\n    null\n  ]\n}\n");
    }

    @Test
    void aNullArgumentIsRefusedByItsName() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write((JsonValue) null, out))
                .isInstanceOf(NullPointerException.class).hasMessage("value");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write(JsonBuilder.object().build(), (java.io.OutputStream) null))
                .isInstanceOf(NullPointerException.class).hasMessage("out");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.writeBytes(s -> s.string(null)))
                .isInstanceOf(NullPointerException.class).hasMessage("value");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.writeBytes(s -> { s.startObject(); s.name(null); }))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new JsonReader().read((String) null, "x.json"))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new JsonReader().read((java.nio.file.Path) null))
                .isInstanceOf(NullPointerException.class).hasMessage("file");
    }
}
