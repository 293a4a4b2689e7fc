package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;

class ValidateCommandTest {

    private static final String VALID = """
            {"version": "2.0.0", "measurementType": {"method": "projects"}, "agency": "CDT",
             "releases": [{"name": "permits", "description": "Tracks building permits for county offices.",
               "permissions": {"licenses": [{"name": "MIT", "URL": "https://spdx.org/licenses/MIT.html"}],
                               "usageType": "openSource"},
               "tags": ["permits", "buildings", "inspections"], "contact": {"email": "team@cdt.ca.gov"},
               "repositoryURL": "https://github.com/ca/permits", "laborHours": 10}]}
            """;

    @Test
    void aFileNameThatStartsWithADashGetsTheTwoWaysToNameIt(@TempDir Path dir) throws Exception {
        Cli dashed = Cli.run("validate", "-team.json");
        Path file = Files.writeString(dir.resolve("-team.json"), VALID);
        Cli named = Cli.run("validate", "--", file.toString());

        assertThat(dashed.exit).isEqualTo(2);
        assertThat(dashed.err.lines()).contains(
                "codejson: '-team.json' is read as an option; to name that file, write ./-team.json or put -- before it");
        assertThat(named.exit).as(named.err).isZero();
        assertThat(Cli.run("validate", "-x", file.toString()).err).doesNotContain("is read as an option");
    }

    @Test
    void exitsZeroAndPrintsNothingForAValidFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), VALID);

        Cli result = Cli.run("validate", file.toString());

        assertThat(result.exit).isZero();
        assertThat(result.out).isEmpty();
    }

    @Test
    void printsOneCompilerStyleLinePerViolationAndExitsOne(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), VALID.replace("\"laborHours\": 10", "\"laborHours\": \"10\"")
                .replace("\"usageType\": \"openSource\"", "\"usageType\": \"OpenSource\""));

        Cli result = Cli.run("validate", file.toString());

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.out.lines()).containsExactly(
                file + ":4:33: error: /releases/0/permissions/usageType: usageType is \"OpenSource\", which is not an "
                        + "allowed value; use \"openSource\" (allowed: openSource, governmentWideReuse, exemptByLaw, "
                        + "exemptByNationalSecurity, exemptByAgencySystem, exemptByAgencyMission, exemptByCIO, "
                        + "exemptByPolicyDate) [schema.enum]",
                file + ":6:68: error: /releases/0/laborHours: laborHours must be a number, not string \"10\"; "
                        + "write it without quotes [schema.type]");
    }

    @Test
    void appliesTheNamedProfile() {
        Cli codegov = Cli.run("validate", Cli.example("codegov-2.0.0-sample.json").toString());
        Cli california = Cli.run("validate", "--profile", "california", Cli.example("codegov-2.0.0-sample.json").toString());

        assertThat(codegov.out).doesNotContain("[california.");
        assertThat(california.out).contains("[california.copyleft]");
    }

    @Test
    void printsTheDocumentedJsonReport(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), VALID.replace("\"agency\": \"CDT\",", ""));

        Cli result = Cli.run("validate", "--format", "json", file.toString());

        assertThat(result.exit).isEqualTo(1);
        JsonValue.JsonObject root = (JsonValue.JsonObject) new JsonReader().read(result.out, "out").root();
        assertThat(root.names()).containsExactly("tool", "valid", "errors", "warnings", "infos", "problems");
        assertThat(root.get("valid").orElseThrow()).isInstanceOf(JsonValue.JsonBoolean.class)
                .extracting(v -> ((JsonValue.JsonBoolean) v).value()).isEqualTo(false);
        List<JsonValue> problems = ((JsonValue.JsonArray) root.get("problems").orElseThrow()).elements();
        JsonValue.JsonObject problem = (JsonValue.JsonObject) problems.get(0);
        assertThat(problem.names()).containsExactly("file", "line", "column", "subject", "rule", "severity", "message");
        assertThat(text(problem, "file")).isEqualTo(file.toString());
        assertThat(text(problem, "subject")).isEqualTo("/agency");
        assertThat(text(problem, "rule")).isEqualTo("schema.required");
        assertThat(((JsonValue.JsonNumber) problem.get("line").orElseThrow()).text()).isEqualTo("1");
    }

    @Test
    void printsASarifLogOfEveryProblem(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), VALID.replace("\"agency\": \"CDT\",", ""));

        Cli result = Cli.run("validate", "--format", "sarif", file.toString());

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.out).contains("\"version\": \"2.1.0\"", "\"ruleId\": \"schema.required\"",
                "\"uri\": \"" + file + "\"", "\"fullyQualifiedName\": \"/agency\"");
    }

    @Test
    void reportsAnUnreadableFileOnOneLineAndExitsTwo(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"version\": \"2.0.0\",\n");
        Path valid = Files.writeString(dir.resolve("valid.json"), VALID);

        Cli result = Cli.run("validate", broken.toString(), valid.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.out.lines()).singleElement().asString()
                .startsWith(broken + ":3:").contains("error: malformed JSON");
        assertThat(result.err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void reportsAnUnreadableFileInTheJsonReportWithoutALocation(@TempDir Path dir) {
        Cli result = Cli.run("validate", "--format", "json", dir.resolve("missing.json").toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.out).contains("\"valid\": false").contains("\"rule\": \"json.unreadable\"")
                .doesNotContain("\"line\"");
    }

    @Test
    void rejectsAnUnknownProfileWithTheAllowedNames() {
        Cli result = Cli.run("validate", "--profile", "federal", "code.json");

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("unknown profile 'federal'").contains("strict, codegov, california");
    }

    @Test
    void rejectsAnUnknownFamilyWithTheFamiliesItCouldBe() {
        Cli result = Cli.run("validate", "--family", "codegov-3", "code.json");

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("\"codegov-3\" is not a family; use one of codegov-2.0.0, codegov-1.0.1, shareit-2.0.0,"
                + " shareit-index-2.0.0, cms-2.1.0");
    }

    @Test
    void aProfileOfAnotherFamilyIsAProblemOfThatFileAndTheOtherFilesAreStillValidated() {
        String codegov = Cli.example("codegov-2.0.0-sample.json").toString();
        String shareit = Cli.example("shareit-cms-example-gov-codejson.json").toString();

        Cli result = Cli.run("validate", "--profile", "california", shareit, codegov);

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.out).contains(shareit + ": error: --profile: the profile \"california\" does not apply to cms-2.1.0;"
                + " use one of [strict, cms] [profile.not-applicable]");
        assertThat(result.err).contains(codegov + ": ").contains("profile california)");
    }

    @Test
    void namesAFolderAndALoopOfSymbolicLinksInWords(@TempDir Path dir) throws Exception {
        Path loop = Files.createSymbolicLink(dir.resolve("a.json"), Path.of("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), Path.of("a.json"));

        Cli result = Cli.run("validate", dir.toString(), loop.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.out).isEqualTo(dir + ": error: cannot read the input: it is a folder; name a code.json file"
                + " [json.unreadable]\n" + loop + ": error: cannot read the file: it is a loop of symbolic links; name the"
                + " file itself [json.unreadable]\n");
    }

    @Test
    void namesStandardInputTheSameWayInEveryLine() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream("{\"version\": \"2.0.0\", \"agency\": \"\", \"releases\": []}"
                    .getBytes(StandardCharsets.UTF_8)));
            Cli result = Cli.run("validate", "-");

            assertThat(result.out).isNotEmpty();
            assertThat(result.out.lines()).allMatch(line -> line.startsWith("<stdin>:"));
            assertThat(result.err).startsWith("<stdin>: invalid (");
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void needsAtLeastOneFile() {
        Cli result = Cli.run("validate");

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("Missing required parameter");
    }

    @Test
    void explainsEveryCommandWithHelp() {
        for (String command : List.of("validate", "format")) {
            Cli result = Cli.run(command, "--help");

            assertThat(result.exit).isZero();
            assertThat(result.out).contains("Usage: codejson " + command).contains("Exit codes:");
        }
        assertThat(Cli.run("--help").out).contains("validate").contains("format");
    }

    private static String text(JsonValue.JsonObject object, String name) {
        return ((JsonValue.JsonString) object.get(name).orElseThrow()).value();
    }
}
