package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class QuietValidationTest {

    /** Validates one document in a fresh JVM: the first validation is the one that used to talk. */
    public static void main(String[] args) throws Exception {
        CodeJson codejson = new CodeJson();
        ValidationReport report = codejson.validate(codejson.read(
                "{\"version\": \"2.0.0\", \"measurementType\": {\"method\": \"projects\"}, \"agency\": \"CDT\", \"releases\": []}",
                "code.json"));
        System.out.println("violations " + report.violations().size());
    }

    @Test
    void theFirstValidationOfAProgramPrintsNothingOnStandardError() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                QuietValidationTest.class.getName())).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).startsWith("violations ");
        assertThat(err).isEmpty();
        assertThat(process.exitValue()).isZero();
    }
}
