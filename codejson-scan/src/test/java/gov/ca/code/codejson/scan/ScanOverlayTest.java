package gov.ca.code.codejson.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.json.JsonReadException;

/** An overlay value of the wrong kind is named with what it must be and what it is. */
class ScanOverlayTest {

    @TempDir
    Path dir;

    private Path overlay(String text) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "overlay", ".json"), text);
    }

    @Test
    void aSettingThatIsNotAStringSaysWhatItIsAndWhatToWrite() throws Exception {
        Path number = overlay("{\"defaults\": {\"agency\": 1}}");

        assertThatThrownBy(() -> ScanOverlay.read(number, "overlay.json")).isInstanceOf(JsonReadException.class)
                .hasMessage("overlay.json:1:25: /defaults/agency must be a string, not an integer; write it in quotes");
    }

    @Test
    void settingsAndTheReleaseThatAreNotObjectsSayWhatTheyAre() throws Exception {
        Path list = overlay("{\"defaults\": []}");
        Path release = overlay("{\"defaults\": {\"release\": null}}");

        assertThatThrownBy(() -> ScanOverlay.read(list, "overlay.json")).hasMessageEndingWith(
                "/defaults must be an object of settings, not an array");
        assertThatThrownBy(() -> ScanOverlay.read(release, "overlay.json")).hasMessageEndingWith(
                "/defaults/release must be an object of entry fields, not null");
    }

    @Test
    void aKeyGivenTwiceIsRefusedWithWhereItStandsAndWhereItStoodFirst() throws Exception {
        Path twice = overlay("{\"defaults\": {\"agency\": \"EX\",\n  \"agency\": \"OTHER\"}}");

        assertThatThrownBy(() -> ScanOverlay.read(twice, "overlay.json")).isInstanceOf(JsonReadException.class)
                .hasMessage("overlay.json:2:3: /defaults/agency is given twice (first at 1:15); remove or rename one"
                        + " (1 repeated in all)");
    }

    @Test
    void aRepositoryKeyThatNamesNoScannedRepositoryIsAWarningAndANearMissAnError() throws Exception {
        ScanOverlay overlay = ScanOverlay.read(overlay("""
                {"defaults": {"agency": "EX"},
                 "repositories": {"biling": {"usageType": "exemptByAgencySystem"},
                                  "retired": {"status": "Archival"},
                                  "web": {"status": "Production"}}}
                """), "overlay.json");

        List<Diagnostic> found = overlay.unmatched(List.of("billing", "web"));

        assertThat(found).extracting(d -> d.file() + ":" + d.location() + ": " + d.severity().label() + ": " + d.pointer() + ": "
                + d.message() + " [" + d.rule() + "]").containsExactly(
                "overlay.json:2:29: error: /repositories/biling: no repository scanned is called \"biling\", but \"billing\""
                        + " is and has no settings of its own; write its folder name exactly, \"billing\" [scan.overlay-misspelled]",
                "overlay.json:3:30: warning: /repositories/retired: no repository scanned is called \"retired\", so these"
                        + " settings are not used [scan.overlay-unmatched]");
    }
}
