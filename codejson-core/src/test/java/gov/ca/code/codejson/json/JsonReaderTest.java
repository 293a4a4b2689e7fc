package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReaderTest {

    private final JsonReader reader = new JsonReader();

    @Test
    void recordsTheLineAndColumnOfEveryValue() throws Exception {
        JsonDocument doc = reader.read("{\n  \"a\": [1,\n    \"x\"]\n}", "t.json");
        JsonValue.JsonObject root = (JsonValue.JsonObject) doc.root();
        JsonValue.JsonArray a = (JsonValue.JsonArray) root.get("a").orElseThrow();

        assertThat(root.location()).isEqualTo(new Location(1, 1));
        assertThat(root.member("a").orElseThrow().location()).isEqualTo(new Location(2, 3));
        assertThat(a.location()).isEqualTo(new Location(2, 8));
        assertThat(a.elements().get(1).location()).isEqualTo(new Location(3, 5));
    }

    @Test
    void locatesValuesOfEveryKindAlikeFromBytesAndFromText() throws Exception {
        String text = "{\n  \"\u00e9\": \"\u00f1\", \"b\": [true,\n null, 1.5e3, {\"c\": \"\uD83D\uDE00\"}, -2]\n}";
        List<Location> expected = List.of(new Location(1, 1), new Location(2, 8), new Location(2, 18),
                new Location(2, 19), new Location(3, 2), new Location(3, 8), new Location(3, 15), new Location(3, 21),
                new Location(3, 28));

        assertThat(locationsInOrder(reader.read(text, "t.json").root())).isEqualTo(expected);
        assertThat(locationsInOrder(reader.read(text.getBytes(StandardCharsets.UTF_8), "t.json").root()))
                .isEqualTo(expected);
    }

    @Test
    void locatesMemberNamesAlikeFromBytesWithOrWithoutAByteOrderMarkAndFromText() throws Exception {
        String text = "{\n  \"\u00e9\": \"\u00f1\", \"b\": [true,\n null, 1.5e3, {\"c\": \"\uD83D\uDE00\"}, -2]\n}";
        List<Location> expected = List.of(new Location(2, 3), new Location(2, 13), new Location(3, 16));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);

        assertThat(nameLocationsInOrder(reader.read(text, "t.json").root())).isEqualTo(expected);
        assertThat(nameLocationsInOrder(reader.read(bytes, "t.json").root())).isEqualTo(expected);
        assertThat(nameLocationsInOrder(reader.read(withBom, "t.json").root())).isEqualTo(expected);
    }

    @Test
    void locatesMemberNamesPastTheParsersBufferAlikeFromBytesAndFromText() throws Exception {
        // Far more than one buffer of the byte parser, with characters of two, three and four bytes
        // before the names, so that a name's offset and column depend on the buffers already read.
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < 3000; i++) {
            b.append(i == 0 ? "" : ",").append(i % 7 == 0 ? "\n" : " ").append("\"k").append(i).append("\u00e9\": \"\u20ac\uD83D\uDE00\"");
        }
        String text = b.append("}").toString();

        List<Location> fromText = nameLocationsInOrder(reader.read(text, "t.json").root());
        assertThat(fromText).hasSize(3000).doesNotContain(Location.UNKNOWN);
        assertThat(nameLocationsInOrder(reader.read(text.getBytes(StandardCharsets.UTF_8), "t.json").root())).isEqualTo(fromText);
    }

    @Test
    void locatesValuesAfterAsciiRunsOfEveryLengthAlikeFromBytesAndFromText() throws Exception {
        // One long line: each multi-byte character follows a run of 0 to 40 ASCII bytes, so that the
        // character columns after it are checked wherever it falls among the bytes read.
        StringBuilder b = new StringBuilder("[");
        for (int run = 0; run <= 40; run++) {
            b.append(run == 0 ? "" : ",").append("{\"p\": \"").append("x".repeat(run))
                    .append(run % 3 == 0 ? "\u00e9" : run % 3 == 1 ? "\u20ac" : "\uD83D\uDE00").append("\", \"v\": ").append(run).append('}');
        }
        String text = b.append("]").toString();

        List<Location> fromText = locationsInOrder(reader.read(text, "t.json").root());
        assertThat(fromText).hasSize(1 + 41 * 3).doesNotContain(Location.UNKNOWN);
        assertThat(locationsInOrder(reader.read(text.getBytes(StandardCharsets.UTF_8), "t.json").root())).isEqualTo(fromText);
    }

    private static List<Location> nameLocationsInOrder(JsonValue value) {
        List<Location> out = new ArrayList<>();
        if (value instanceof JsonValue.JsonObject o) {
            o.members().forEach(m -> {
                out.add(m.location());
                out.addAll(nameLocationsInOrder(m.value()));
            });
        } else if (value instanceof JsonValue.JsonArray a) {
            a.elements().forEach(e -> out.addAll(nameLocationsInOrder(e)));
        }
        return out;
    }

    private static List<Location> locationsInOrder(JsonValue value) {
        List<Location> out = new ArrayList<>();
        out.add(value.location());
        if (value instanceof JsonValue.JsonObject o) {
            o.members().forEach(m -> out.addAll(locationsInOrder(m.value())));
        } else if (value instanceof JsonValue.JsonArray a) {
            a.elements().forEach(e -> out.addAll(locationsInOrder(e)));
        }
        return out;
    }

    @Test
    void keepsNumbersAsWritten() throws Exception {
        JsonValue.JsonObject root = (JsonValue.JsonObject) reader.read("{\"n\": 1000.50, \"e\": 1e3}", "t").root();

        assertThat(((JsonValue.JsonNumber) root.get("n").orElseThrow()).text()).isEqualTo("1000.50");
        assertThat(((JsonValue.JsonNumber) root.get("e").orElseThrow()).text()).isEqualTo("1e3");
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() throws Exception {
        byte[] plain = "{\"name\": \"Señal\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);

        JsonDocument withBom = reader.read(bom, "bom.json");

        assertThat(reader.read(plain, "plain.json").root()).isEqualTo(withBom.root());
        assertThat(withBom.byteOrderMark()).isTrue();
        assertThat(((JsonValue.JsonObject) withBom.root()).get("name").orElseThrow())
                .isEqualTo(new JsonValue.JsonString("Señal", new Location(1, 10)));
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMarkKeepingNonAsciiText() throws Exception {
        byte[] text = "{\"name\": \"Señal — ñ\"}".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);

        JsonDocument doc = reader.read(bytes, "utf16.json");

        assertThat(doc.encoding()).isEqualTo("UTF-16LE");
        assertThat(((JsonValue.JsonString) ((JsonValue.JsonObject) doc.root()).get("name").orElseThrow()).value())
                .isEqualTo("Señal — ñ");
    }

    @Test
    void rejectsUtf16WithoutByteOrderMarkWithAnInstruction() {
        byte[] bytes = "{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> reader.read(bytes, "x.json"))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("save it as UTF-8");
    }

    @Test
    void rejectsBytesThatAreNotUtf8() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertThatThrownBy(() -> reader.read(bytes, "latin.json"))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void reportsTruncatedInputWithItsLocation() {
        assertThatThrownBy(() -> reader.read("{\n  \"a\": [1, 2", "cut.json"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.source()).isEqualTo("cut.json");
                    assertThat(e.location().line()).isEqualTo(2);
                    assertThat(e.reason()).startsWith("malformed JSON").doesNotContain("Source:");
                });
    }

    @Test
    void rejectsNotANumberLiterals() {
        assertThatThrownBy(() -> reader.read("{\"laborHours\": NaN}", "nan.json"))
                .isInstanceOfSatisfying(JsonReadException.class,
                        e -> assertThat(e.location().line()).isEqualTo(1));
    }

    @Test
    void rejectsContentAfterTheDocument() {
        assertThatThrownBy(() -> reader.read("{} {}", "two.json"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.location()).isEqualTo(new Location(1, 4));
                    assertThat(e.reason()).contains("after the end");
                });
    }

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> reader.read(" \n", "empty.json"))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void stopsAtTheNestingLimit() {
        String deep = "[".repeat(200) + "]".repeat(200);

        assertThatThrownBy(() -> reader.read(deep, "deep.json"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.reason()).contains("safety limit");
                    assertThat(e.location().isKnown()).isTrue();
                });
    }

    @Test
    void stopsAtTheStringLengthLimit() {
        JsonReader small = new JsonReader(new ReadLimits(1_000_000, 64, 100));

        assertThatThrownBy(() -> small.read("{\"a\": \"" + "x".repeat(500) + "\"}", "long.json"))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("safety limit");
    }

    @Test
    void stopsAtTheDocumentSizeLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        Files.writeString(file, "{\"a\": \"" + "x".repeat(2000) + "\"}");
        JsonReader small = new JsonReader(new ReadLimits(1000, 64, 10_000));

        assertThatThrownBy(() -> small.read(file))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("the input has 2009 bytes, over the read limit max-bytes")
                .hasMessageContaining("raise it with --max-bytes");
    }

    @Test
    void recordsRepeatedMemberNamesWithBothLocations() throws Exception {
        JsonDocument doc = reader.read("{\"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2},\n \"a\": 3}", "dup.json");

        assertThat(doc.duplicates()).containsExactly(
                new JsonDocument.DuplicateMember("/b/c", new Location(2, 16), new Location(2, 8)),
                new JsonDocument.DuplicateMember("/a", new Location(3, 2), new Location(1, 2)));
        assertThat(((JsonValue.JsonObject) doc.root()).get("a").orElseThrow())
                .isEqualTo(new JsonValue.JsonNumber("3", new Location(3, 7)));
    }

    @Test
    void listsEveryMemberNameAtAnyDepthOnce() throws Exception {
        String text = "{\"a\": [{\"b\": 1}, {\"b\": {\"c\": [[{\"d\": null}]]}}], \"a\": {\"e\": true}}";

        assertThat(reader.read(text.getBytes(StandardCharsets.UTF_8), "t.json").memberNames())
                .containsExactlyInAnyOrder("a", "b", "c", "d", "e");
        assertThat(reader.read(text, "t.json").memberNames()).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
    }

    @Test
    void listsTheNamesOfMembersThatHoldAnArrayInSomeObjectOnce() throws Exception {
        String text = "{\"a\": [{\"b\": 1}, {\"b\": {\"c\": [[{\"d\": null}]]}}], \"a\": {\"e\": true}, \"f\": {\"c\": []}}";

        assertThat(reader.read(text.getBytes(StandardCharsets.UTF_8), "t.json").arrayMemberNames()).containsExactlyInAnyOrder("a", "c");
        assertThat(reader.read(text, "t.json").arrayMemberNames()).containsExactlyInAnyOrder("a", "c");
        assertThat(new JsonDocument(reader.read(text, "t.json").root(), "UTF-8", false, List.of()).arrayMemberNames())
                .containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void aDocumentBuiltFromATreeListsTheNamesOfTheTree() throws Exception {
        JsonValue root = reader.read("[{\"x\": {\"y\": [{\"z\": 1}]}}, 2]", "t.json").root();

        assertThat(new JsonDocument(root, "UTF-8", false, List.of()).memberNames())
                .containsExactlyInAnyOrder("x", "y", "z");
    }

    @Test
    void readingAStreamLeavesItOpenForTheCallerWhateverItsEncoding() throws Exception {
        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16)) {
            boolean[] closed = {false};
            java.io.InputStream in = new java.io.FilterInputStream(new java.io.ByteArrayInputStream("{\"a\": 1}".getBytes(charset))) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };

            reader.read(in, "t.json");

            assertThat(closed[0]).as(charset.name()).isFalse();
        }
    }

    @Test
    void theNestingLimitIsReportedAtTheBracketThatGoesOverIt() {
        String text = "{\"x\":\n" + "[".repeat(70) + "]".repeat(70) + "\n}";

        // The object is level 1, so the 64th bracket of the second line is level 65.
        assertThatThrownBy(() -> reader.read(text, "t.json")).isInstanceOf(JsonReadException.class)
                .hasMessageStartingWith("t.json:2:64: the input nests deeper than 64 levels");
        assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json"))
                .hasMessageStartingWith("t.json:2:64: the input nests deeper than 64 levels");
    }

    @Test
    void saysWhatNonStandardJsonToChangeWithoutNamingParserSwitches() {
        for (String text : List.of("{\"a\": NaN}", "{\"a\": -Infinity}", "{\"a\": 1} // c", "{'a': 1}", "{\"a\": 01}",
                "{\"a\": \"x\ty\"}", "{\"a\": 1,}")) {
            assertThatThrownBy(() -> reader.read(text, "t.json")).as(text).isInstanceOf(JsonReadException.class)
                    .hasMessageNotContaining("JsonReadFeature").hasMessageNotContaining("Feature '")
                    .hasMessageNotContaining("enable");
        }
        assertThatThrownBy(() -> reader.read("{\"a\": NaN}", "t.json")).hasMessageEndingWith(
                "JSON numbers have no NaN or Infinity, so write a number or null");
        assertThatThrownBy(() -> reader.read("{\"a\": 1} // c", "t.json")).hasMessageEndingWith(
                "JSON has no comments, so remove it");
    }

    @Test
    void reportsAMissingFileAsUnreadable(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.json")))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("cannot read the file: there is no such file; check the path")
                .hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("cannot read the input: it is a folder; name a code.json file").hasMessageNotContaining("Exception");
    }

    @Test
    void stopsReadingAnEndlessStreamAtTheLimitWithOneLine() {
        long[] served = {0};
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                served[0] += len;
                return len;
            }
        };

        assertThatThrownBy(() -> new JsonReader(new ReadLimits(1000, 64, 1000)).read(endless, "<stdin>"))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("the input has more than 1000 bytes, over the read limit max-bytes").hasMessageNotContaining("\n");
        assertThat(served[0]).isLessThanOrEqualTo(1001 + 8192);
    }

    @Test
    void countsColumnsInCharactersNotBytes() throws Exception {
        byte[] bytes = "\uFEFF{\"n\": [\"ñé\", \"b\", \"😀\", 1]}".getBytes(StandardCharsets.UTF_8);

        JsonValue.JsonArray n = (JsonValue.JsonArray) ((JsonValue.JsonObject) reader.read(bytes, "wide.json").root())
                .get("n").orElseThrow();

        assertThat(n.elements()).extracting(JsonValue::location)
                .containsExactly(new Location(1, 8), new Location(1, 14), new Location(1, 19), new Location(1, 25));
    }

    @Test
    void locatesInvalidUtf8ByLineColumnAndByteOffset() {
        byte[] bytes = {'{', '\n', ' ', '"', 'a', '"', ':', ' ', '"', 'x', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertThatThrownBy(() -> reader.read(bytes, "latin.json"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(2);
                    assertThat(e.location().column()).isBetween(8, 10);
                    assertThat(e.reason()).startsWith("the input is not valid UTF-8 text at byte offset ")
                            .contains("save it as UTF-8");
                });
    }

    @Test
    void namesEachLimitAndTheOptionThatRaisesIt() {
        ReadLimits tight = ReadLimits.DEFAULT.withMaxMembers(3).withMaxArrayLength(3).withMaxValues(20)
                .withMaxNumberLength(5).withMaxNestingDepth(3).withMaxStringLength(5);
        JsonReader small = new JsonReader(tight);

        assertThat(reason(small, "{\"a\":1,\"b\":2,\"c\":3,\"d\":4}")).contains("max-members", "--max-members");
        assertThat(reason(small, "[1,2,3,4]")).contains("max-array-length", "--max-array-length");
        assertThat(reason(new JsonReader(ReadLimits.DEFAULT.withMaxValues(5)), "[[1,1],[1,1]]"))
                .contains("more than 5 values", "--max-values");
        assertThat(reason(small, "[1234567]")).contains("max-number-length", "--max-number-length");
        assertThat(reason(small, "[[[[1]]]]")).contains("max-depth", "--max-depth");
        assertThat(reason(small, "[\"abcdefgh\"]")).contains("max-string-length", "--max-string-length");
        assertThat(reason(small, "{\"abcdefgh\": 1}")).contains("max-string-length");
    }

    @Test
    void aNameOrNumberOverItsLimitIsLocatedAtItsOwnStartNotAtTheTokenBefore() {
        String json = "{\n  \"releases\": [\n    {\n      \"name\": \"ok\",\n      \"laborHours\": 12345,\n"
                + "      \"longer_name\": 1\n    }\n  ]\n}\n";
        JsonReader shortStrings = new JsonReader(ReadLimits.DEFAULT.withMaxStringLength(10));
        JsonReader shortNumbers = new JsonReader(ReadLimits.DEFAULT.withMaxNumberLength(3));

        for (boolean bytes : new boolean[] {true, false}) {
            // The text parser does not tell where a name starts, only where it stopped after it.
            assertThat(limitLocation(shortStrings, json, bytes)).as("bytes " + bytes).isEqualTo(new Location(6, bytes ? 7 : 20));
            assertThat(limitLocation(shortNumbers, json, bytes)).as("bytes " + bytes).isEqualTo(new Location(5, 21));
            if (bytes) {
                assertThat(limitLocation(shortStrings, "{\"a_long_first_name\": 1}", bytes)).isEqualTo(new Location(1, 2));
            }
            assertThat(limitLocation(shortStrings, "{\"a\": \"a long value\"}", bytes)).isEqualTo(new Location(1, 7));
        }
    }

    private static Location limitLocation(JsonReader reader, String json, boolean bytes) {
        try {
            if (bytes) {
                reader.read(json.getBytes(StandardCharsets.UTF_8), "limits.json");
            } else {
                reader.read(json, "limits.json");
            }
        } catch (JsonReadException e) {
            return e.location();
        }
        throw new AssertionError("no limit was reached in " + json);
    }

    @Test
    void readsADeviceLikeAStreamAndStopsAtItsFirstBytes() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");

        assertThatThrownBy(() -> new JsonReader(ReadLimits.DEFAULT.withMaxDocumentBytes(100_000)).read(zero))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("without a byte order mark; save it as UTF-8").hasMessageNotContaining("\n");
    }

    @Test
    void findsRepeatedNamesInLargeObjectsAsInSmallOnes() throws Exception {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 50; i++) {
            json.append('"').append("k").append(i).append("\": ").append(i).append(", ");
        }
        json.append("\"k3\": 0, \"k49\": 1}");

        JsonDocument doc = reader.read(json.toString(), "many.json");

        assertThat(doc.duplicates()).extracting(JsonDocument.DuplicateMember::pointer).containsExactly("/k3", "/k49");
    }

    @Test
    void aNameRepeatedOnlyInSiblingOrNestedObjectsIsNoRepeat() throws Exception {
        JsonDocument doc = reader.read("[{\"a\": 1, \"b\": {\"a\": 2}}, {\"a\": 3, \"b\": {\"a\": 4, \"a\": 5}}]",
                "siblings.json");

        assertThat(doc.duplicates()).extracting(JsonDocument.DuplicateMember::pointer).containsExactly("/1/b/a");
    }

    private static String reason(JsonReader reader, String json) {
        try {
            reader.read(json.getBytes(StandardCharsets.UTF_8), "limits.json");
        } catch (JsonReadException e) {
            return e.reason();
        }
        throw new AssertionError("read without an error: " + json);
    }
}
