package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;

/**
 * {@code validate} on NASA's inventory, the largest of the corpus with thousands of problems, shows
 * only what {@code --severity} and {@code --max-per-rule} ask for, and says how much it held back.
 */
class ValidateOutputTest {

    private static final Pattern RULE = Pattern.compile("\\[([^\\]]+)\\]$");
    private static final Pattern HELD_BACK = Pattern.compile(
            ": (\\d+) more problems? of rule \\[([^\\]]+)\\] not shown \\(--max-per-rule 2\\)$");

    private static final String NASA = nasa().toString();

    @Test
    void aMinimumSeverityOfErrorShowsTheErrorsOnlyAndTheSummaryStillCountsEverything() {
        Cli all = Cli.run("validate", NASA);
        Cli errors = Cli.run("validate", "--severity", "error", NASA);

        assertThat(all.out.lines().filter(l -> l.contains(": warning: ")).count()).isGreaterThan(1000);
        assertThat(errors.out.lines().toList()).isNotEmpty().allMatch(l -> l.contains(": error: "))
                .isEqualTo(all.out.lines().filter(l -> l.contains(": error: ")).toList());
        assertThat(errors.err).isEqualTo(all.err);
        assertThat(errors.exit).isEqualTo(all.exit).isEqualTo(1);
    }

    @Test
    void aMinimumSeverityOfWarningLeavesTheHintsOut() {
        Cli warnings = Cli.run("validate", "--severity", "WARNING", NASA);

        assertThat(warnings.out.lines().toList()).isNotEmpty()
                .allMatch(l -> l.contains(": error: ") || l.contains(": warning: "));
    }

    @Test
    void aLimitPerRuleShowsTheFirstProblemsOfEachRuleAndCountsTheRest() {
        Map<String, Integer> total = perRule(Cli.run("validate", NASA).out.lines().toList());
        Cli limited = Cli.run("validate", "--max-per-rule", "2", NASA);

        List<String> lines = limited.out.lines().toList();
        List<String> shown = lines.stream().filter(l -> !HELD_BACK.matcher(l).find()).toList();
        Map<String, Integer> heldBack = new TreeMap<>();
        lines.stream().map(HELD_BACK::matcher).filter(Matcher::find)
                .forEach(m -> heldBack.put(m.group(2), Integer.parseInt(m.group(1))));
        Map<String, Integer> shownPerRule = perRule(shown);

        assertThat(shownPerRule.keySet()).isEqualTo(total.keySet());
        assertThat(shownPerRule.values()).allMatch(n -> n <= 2);
        assertThat(heldBack).isNotEmpty();
        total.forEach((rule, n) -> assertThat(shownPerRule.get(rule) + heldBack.getOrDefault(rule, 0))
                .as(rule).isEqualTo(n));
    }

    @Test
    void theJsonReportListsTheLimitedProblemsAndCountsTheRestPerRuleOnStandardError() throws Exception {
        Cli limited = Cli.run("validate", "--format", "json", "--max-per-rule", "1", "--severity", "warning", NASA);

        List<JsonValue> problems = ((JsonValue.JsonArray) ((JsonValue.JsonObject)
                new JsonReader().read(limited.out, "out.json").root()).get("problems").orElseThrow()).elements();

        assertThat(problems).extracting(v -> text(v, "rule")).isNotEmpty().doesNotHaveDuplicates();
        assertThat(problems).extracting(v -> text(v, "severity")).doesNotContain("info");
        assertThat(limited.err).containsPattern("more problems? of rule \\[[^\\]]+\\] not shown \\(--max-per-rule 1\\)");
    }

    @Test
    void theJsonReportCountsEveryProblemAndSaysInvalidWhateverTheLimitsLeaveOut() throws Exception {
        JsonValue.JsonObject every = (JsonValue.JsonObject) new JsonReader()
                .read(Cli.run("validate", "--format", "json", NASA).out, "all.json").root();
        JsonValue.JsonObject none = (JsonValue.JsonObject) new JsonReader()
                .read(Cli.run("validate", "--format", "json", "--max-per-rule", "0", NASA).out, "none.json").root();
        long total = number(every, "errors") + number(every, "warnings") + number(every, "infos");

        for (String count : List.of("valid", "errors", "warnings", "infos")) {
            assertThat(none.get(count)).as(count).map(Object::toString).isEqualTo(every.get(count).map(Object::toString));
        }
        assertThat(every.get("notShown")).isEmpty();
        assertThat(number(none, "notShown")).isEqualTo(total).isPositive();
        assertThat(((JsonValue.JsonArray) none.get("problems").orElseThrow()).elements()).isEmpty();
    }

    @Test
    void aNegativeLimitIsBadUsage() {
        Cli result = Cli.run("validate", "--max-per-rule", "-1", NASA);

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("--max-per-rule is -1; give 0 or more");
        assertThat(result.out).isEmpty();
    }

    private static long number(JsonValue.JsonObject object, String member) {
        return Long.parseLong(((JsonValue.JsonNumber) object.get(member).orElseThrow()).text());
    }

    private static String text(JsonValue object, String member) {
        return ((JsonValue.JsonString) ((JsonValue.JsonObject) object).get(member).orElseThrow()).value();
    }

    private static Map<String, Integer> perRule(List<String> lines) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : lines) {
            Matcher m = RULE.matcher(line);
            if (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Path nasa() {
        String configured = System.getProperty("codejson.conformance.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "codejson-core", "src", "test", "conformance");
        Path file = dir.resolve("corpus/real/nasa__Open-Source-Catalog__code.json");
        if (!Files.exists(file)) {
            throw new IllegalStateException("missing corpus file " + file.toAbsolutePath());
        }
        return file;
    }
}
