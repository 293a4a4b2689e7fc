package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import gov.ca.code.codejson.generate.Setting;
import gov.ca.code.codejson.scan.ScanOverlay;

/**
 * {@code codejson scan} is the command that generates. Every generation {@link Setting} has its
 * row here saying how the scan gives it: a command-line option, a key of the scan overlay (named
 * as the setting), a fact of the repository, a field of the overlay's {@code release}, or not at
 * all and why. A new setting fails this test until it has its row, and each row is checked against
 * the command and the overlay.
 */
class ScanSettingsTest {

    /** How the scan gives a setting. */
    private sealed interface Given {
    }

    private record Option(String name) implements Given {
    }

    private record OverlayKey() implements Given {
    }

    private record FromRepository(String what) implements Given {
    }

    private record ReleaseField(String field) implements Given {
    }

    private record NotOffered(String why) implements Given {
    }

    private static final Map<Setting, Given> TABLE = new EnumMap<>(Setting.class);

    static {
        TABLE.put(Setting.FAMILY, new Option("--family"));
        TABLE.put(Setting.OVERLAY_FILE, new Option("--overlay"));
        for (Setting s : EnumSet.of(Setting.AGENCY, Setting.ORGANIZATION, Setting.USAGE_TYPE, Setting.EXEMPTION_TEXT,
                Setting.STATUS, Setting.CONTACT_EMAIL, Setting.CONTACT_NAME, Setting.CONTACT_URL, Setting.HOMEPAGE_URL,
                Setting.DISCLAIMER_URL, Setting.REPOSITORY_VISIBILITY, Setting.MAINTENANCE, Setting.REUSE_FORKS,
                Setting.REUSE_CLONES, Setting.CONTRACT_NUMBERS, Setting.SBOM, Setting.FEEDBACK_MECHANISM,
                Setting.AI_USE_CASE_ID)) {
            TABLE.put(s, new OverlayKey());
        }
        TABLE.put(Setting.VCS, new FromRepository("a git checkout"));
        TABLE.put(Setting.TAGS, new FromRepository("the keywords of the manifests"));
        TABLE.put(Setting.CREATED, new FromRepository("the first commit"));
        TABLE.put(Setting.LAST_MODIFIED, new FromRepository("the last commit"));
        TABLE.put(Setting.NAME, new ReleaseField("name"));
        TABLE.put(Setting.DESCRIPTION, new ReleaseField("description"));
        TABLE.put(Setting.REPOSITORY_URL, new ReleaseField("repositoryURL"));
        TABLE.put(Setting.DOWNLOAD_URL, new ReleaseField("downloadURL"));
        TABLE.put(Setting.DISCLAIMER_TEXT, new ReleaseField("disclaimerText"));
        TABLE.put(Setting.LABOR_HOURS, new ReleaseField("laborHours"));
        TABLE.put(Setting.CONTACT_PHONE, new ReleaseField("contact"));
        TABLE.put(Setting.PROFILE, new NotOffered("the scan validates with the family's default profile"));
        TABLE.put(Setting.MEASUREMENT_METHOD, new NotOffered("one inventory of scanned projects is measured in projects"));
        TABLE.put(Setting.MEASUREMENT_IF_OTHER, new NotOffered("the measurement method is never other"));
        TABLE.put(Setting.REUSED_CODE_GROUP_IDS, new NotOffered("a scan resolves no dependencies to match"));
    }

    @Test
    void everySettingSaysHowTheScanGivesIt() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrder(Setting.values());
    }

    @Test
    void everyOptionOfTheTableIsAnOptionOfTheScanCommand() {
        CommandLine.Model.CommandSpec scan = new CommandLine(new ScanCommand()).getCommandSpec();
        TABLE.forEach((setting, given) -> {
            if (given instanceof Option o) {
                assertThat(scan.findOption(o.name())).as(setting.key()).isNotNull();
            }
        });
    }

    @Test
    void aReleaseFieldOfTheTableIsAFieldOfTheCodeGovRelease() {
        TreeSet<String> fields = new TreeSet<>();
        for (java.lang.reflect.RecordComponent c : gov.ca.code.codejson.codegov.Release.class.getRecordComponents()) {
            fields.add(c.getName());
        }
        TABLE.forEach((setting, given) -> {
            if (given instanceof ReleaseField f) {
                assertThat(fields).as(setting.key()).contains(f.field());
            }
        });
    }

    @Test
    void theOverlayKeysAreExactlyTheSettingsTheTableGivesThere() {
        TreeSet<String> keys = new TreeSet<>();
        TABLE.forEach((setting, given) -> {
            if (given instanceof OverlayKey) {
                keys.add(setting.key());
            }
        });
        assertThat(keys).containsExactlyInAnyOrderElementsOf(ScanOverlay.KEYS);
    }
}
