package gov.ca.code.codejson.scan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
