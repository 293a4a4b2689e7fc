package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HugeNumbersTest {

    @TempDir
    Path dir;

    private Path inventory(String hours) throws Exception {
        String release = "{\"name\": \"%s\", \"organization\": \"ODI\", \"description\": \"Helps.\", \"permissions\":"
                + " {\"licenses\": [{\"name\": \"MIT\"}], \"usageType\": \"openSource\"}, \"tags\": [\"a\"],"
                + " \"contact\": {\"email\": \"dev@example.gov\"}, \"repositoryURL\": \"https://github.com/ca/%s\","
                + " \"laborHours\": %s}";
        return Files.writeString(dir.resolve("code.json"), "{\"version\": \"2.0.0\", \"agency\": \"CDT\", \"measurementType\":"
                + " {\"method\": \"projects\"}, \"releases\": [" + release.formatted("A", "a", hours) + ", "
                + release.formatted("B", "b", "12") + "]}");
    }

    @Test
    void metricsLeaveAHugeLaborHoursValueOutOfTheSumsInEveryFormat() throws Exception {
        Path file = inventory("1e999999999");
        Path out = dir.resolve("metrics");

        Cli result = Cli.run("metrics", "--out", out.toString(), file.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(out.resolve("metrics.csv")).content().contains("summary,laborHoursTotal,12,");
        assertThat(out.resolve("metrics.html")).content().contains("12");
        assertThat(out.resolve("metrics.json")).content().contains("\"total\": 12", "\"invalid\": 1");
    }

    @Test
    void metricsPrintJsonForHugeAndTinyNumbers() throws Exception {
        for (String hours : new String[] {"1e999999999", "-1e999999999", "1e-999999999", "99999999999999999999"}) {
            Cli result = Cli.run("metrics", "--format", "json", inventory(hours).toString());

            assertThat(result.exit).as(hours + ": " + result.err).isZero();
            assertThat(result.out).as(hours).contains("\"format\": \"codejson-metrics/1\"", "\"total\": 12");
        }
    }

    @Test
    void validateReportsAnOutOfRangeNumberAsALocatedWarning() throws Exception {
        Path file = inventory("1e999999999");

        Cli text = Cli.run("validate", file.toString());
        Cli json = Cli.run("validate", "--format", "json", file.toString());

        assertThat(text.err + text.out).contains("/releases/0/laborHours", "1E+999999999", "number.out-of-range");
        assertThat(json.out).contains("\"number.out-of-range\"", "/releases/0/laborHours");
        assertThat(json.out.length()).isLessThan(100_000);
    }

    @Test
    void validateNamesANegativeHugeNumberInItsShortForm() throws Exception {
        Cli result = Cli.run("validate", "--profile", "strict", inventory("-1e999999999").toString());

        assertThat(result.err + result.out).contains("-1E+999999999").hasSizeLessThan(100_000);
    }
}
