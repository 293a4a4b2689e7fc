package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", classPath(),
                QuietValidationTest.class.getName())).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).startsWith("violations ");
        assertThat(err).isEmpty();
        assertThat(process.exitValue()).isZero();
    }

    /**
     * The class path of a program that uses the library: these tests, the library and its
     * dependencies, wherever this run keeps them (the tests run on the module path, as the module).
     */
    private static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        entries.add(Path.of(QuietValidationTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        entries.add(Path.of(CodeJson.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            if (!value.isEmpty()) {
                entries.add(value);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
