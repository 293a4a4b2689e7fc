package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;

/** With --format json, standard output is a JSON document whatever went wrong. */
class JsonFailuresTest {

    @TempDir
    Path dir;

    private static JsonValue.JsonObject document(Cli result) throws Exception {
        assertThat(result.out).as("standard output").isNotBlank();
        return (JsonValue.JsonObject) new JsonReader().read(result.out, "stdout").root();
    }

    private static String text(JsonValue.JsonObject o, String name) {
        return o.get(name).map(v -> v instanceof JsonValue.JsonString s ? s.value() : ((JsonValue.JsonNumber) v).text()).orElse("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "metrics", "diff"})
    void reportsBadUsageAsAJsonDocumentWithTheExitCode(String command) throws Exception {
        Cli result = Cli.run(command, "--format", "json");

        JsonValue.JsonObject doc = document(result);
        assertThat(result.exit).isEqualTo(2);
        assertThat(text(doc, "format")).isEqualTo("codejson-error/1");
        assertThat(text(doc, "command")).isEqualTo(command);
        assertThat(text(doc, "exitCode")).isEqualTo("2");
        assertThat(result.out).contains("Missing required parameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "metrics", "diff"})
    void reportsAnUnreadableInputAsAJsonDocument(String command) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"releases\": [,]\n}");
        Path missing = dir.resolve("missing.json");
        String[] args = command.equals("diff")
                ? new String[] {command, "--format=json", bad.toString(), missing.toString()}
                : new String[] {command, "--format=json", bad.toString()};

        Cli result = Cli.run(args);

        document(result);
        assertThat(result.exit).isEqualTo(2);
        assertThat(result.out).contains("bad.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "metrics", "diff"})
    void reportsAnUnknownOptionOrAMissingFileAsAJsonDocument(String command) throws Exception {
        Cli result = Cli.run(command, "--format", "json", "--no-such-option", "x.json");

        assertThat(text(document(result), "exitCode")).isEqualTo("2");
        assertThat(result.err).startsWith("codejson: ");
    }

    @org.junit.jupiter.api.Test
    void reportsAFolderThatCannotBeWrittenAsAJsonDocumentAndWritesNoFile() throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), "{\"version\": \"2.0.0\", \"agency\": \"CDT\","
                + " \"measurementType\": {\"method\": \"projects\"}, \"releases\": []}");
        Path notAFolder = Files.writeString(dir.resolve("metrics"), "a file where the folder must go\n");

        Cli result = Cli.run("metrics", "--format", "json", "--out", notAFolder.toString(), file.toString());

        JsonValue.JsonObject doc = document(result);
        assertThat(result.exit).isEqualTo(2);
        assertThat(text(doc, "exitCode")).isEqualTo("2");
        assertThat(result.err).isEqualTo("codejson: cannot write " + notAFolder.resolve("metrics.json") + ": " + notAFolder
                + " is a file, not a folder; nothing was written\n");
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder must go\n");
    }
}
