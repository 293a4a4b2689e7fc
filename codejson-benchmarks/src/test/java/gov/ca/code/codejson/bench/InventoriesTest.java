package gov.ca.code.codejson.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.diagnostic.Diagnostic;

class InventoriesTest {

    private final CodeJson codejson = new CodeJson();

    @Test
    void syntheticInventoryIsTheSameBytesEveryTime() throws Exception {
        assertThat(Arrays.equals(Inventories.load("synthetic:300"), Inventories.synthetic(300))).isTrue();
        assertThat(Inventories.synthetic(300)).isEqualTo(Inventories.synthetic(300));
    }

    @Test
    void syntheticInventoryReadsAsCodeGovWithTheRequestedNumberOfReleases() throws Exception {
        Document doc = read(Inventories.synthetic(250));

        assertThat(doc.family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(doc.root(Inventory.class).releases().value().orElseThrow()).hasSize(250);
    }

    @Test
    void syntheticInventoryIsCanonicalSoWritingItGivesTheSameText() throws Exception {
        byte[] bytes = Inventories.synthetic(50);

        assertThat(codejson.write(read(bytes))).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void syntheticInventoryMakesTheValidatorsReportAFewProblemsLikeRealFiles() throws Exception {
        Document doc = read(Inventories.synthetic(100));

        ValidationReport strict = codejson.validate(doc, Profile.STRICT);
        ValidationReport codegov = codejson.validate(doc, Profile.CODEGOV);

        // Releases 11, 34, 57 and 80 lack laborHours; 7, 26, 45, 64, 83 have a relative repository URL;
        // 5, 22, 39, 56, 73, 90 have a malformed e-mail address, which only the codegov profile checks.
        assertThat(strict.violations()).extracting(Diagnostic::pointer)
                .contains("/releases/11/laborHours", "/releases/7/repositoryURL")
                .doesNotContain("/releases/5/contact/email");
        assertThat(strict.valid()).isFalse();
        assertThat(codegov.violations()).extracting(Diagnostic::pointer)
                .contains("/releases/5/contact/email", "/releases/13/tagline");
        // Most releases are clean, so validation mostly measures the passing path: only the nine above fail strict.
        long releasesWithErrors = strict.violations().stream().filter(Diagnostic::isError)
                .map(v -> v.pointer().split("/")[2]).distinct().count();
        assertThat(releasesWithErrors).isEqualTo(9);
    }

    @Test
    void rejectsASyntheticInputWithoutACount() {
        assertThatThrownBy(() -> Inventories.load("synthetic:many"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("synthetic:1000");
        assertThatThrownBy(() -> Inventories.synthetic(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private Document read(byte[] bytes) throws Exception {
        return codejson.read(new ByteArrayInputStream(bytes), "synthetic", null);
    }
}
