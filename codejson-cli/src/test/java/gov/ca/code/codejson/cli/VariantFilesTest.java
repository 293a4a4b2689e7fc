package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Real files that are not the object of a published family are formatted and validated, never refused. */
class VariantFilesTest {

    private static Path real(String name) {
        String configured = System.getProperty("codejson.conformance.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "codejson-core", "src", "test", "conformance");
        Path file = dir.resolve("corpus/real").resolve(name);
        assertThat(file).exists();
        return file;
    }

    @Test
    void formatsAUsgsArrayOfReleasesAsAnArrayAndSaysWhatWasAssumed() throws Exception {
        Path file = real("AHeadman-USGS__waterpy__code.json");

        Cli result = Cli.run("format", file.toString());

        assertThat(result.exit).isZero();
        assertThat(result.out).startsWith("[").endsWith("]\n");
        assertThat(result.err).contains("warning: (document): the file is a top-level array of 1 object,",
                "[variant.root-shape]");
    }

    @Test
    void validatesAUsgsArrayOfReleasesWithPointersIntoTheArray() {
        Cli result = Cli.run("validate", real("AHeadman-USGS__waterpy__code.json").toString());

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.out + result.err).contains("[variant.root-shape]", "/0/status").doesNotContain("/releases/");
    }

    @Test
    void validatesAnUnpublishedVersionWithTheWarningThatNamesTheFamilyRead() {
        Cli result = Cli.run("validate", real("cdt-bpa__code.ca.gov-remote-files__code.61c2f04.json").toString());

        assertThat(result.exit).isIn(0, 1);
        assertThat(result.out + result.err).contains("version \"0.0.1\" is not a published version; read as");
    }

    @Test
    void formatsAnEmptyObjectInPlaceAndKeepsIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = Files.copy(real("GSA__code-gov-harvester__data_fallback_FEMA.json"), dir.resolve("code.json"));

        Cli result = Cli.run("format", "--in-place", file.toString());

        assertThat(result.exit).isZero();
        assertThat(file).hasContent("{}");
        assertThat(result.err).contains("[variant.no-family]");
    }
}
