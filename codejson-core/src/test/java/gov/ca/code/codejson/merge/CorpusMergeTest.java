package gov.ca.code.codejson.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Conformance;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.shareit.AgencyIndex;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.diagnostic.Severity;

/** The coordinator's run: every readable file of the real corpus, of every family, merged at once. */
class CorpusMergeTest {

    private static final CodeJson CODEJSON = new CodeJson();

    @ParameterizedTest
    @EnumSource(value = Family.class, names = {"CODEGOV_2_0_0", "SHAREIT_INDEX_2_0_0"})
    void mergesTheWholeRealCorpusIntoAnOutputValidUnderStrictWithEveryEntryAccountedFor(Family target) throws Exception {
        List<MergeInput> inputs = corpus();
        assertThat(inputs.stream().map(i -> i.document().family()).collect(Collectors.toSet()))
                .as("the corpus holds every family it has per-repository and inventory files of")
                .containsAll(Set.of(Family.CODEGOV_1_0_1, Family.CODEGOV_2_0_0, Family.SHAREIT_2_0_0, Family.CMS_2_1_0));

        MergeResult result = merge(inputs, target);

        assertThat(result.target()).isEqualTo(target);
        assertThat(result.summary()).contains(result.releasesWritten() + " releases written");
        String text = CODEJSON.write(result.output());
        Document written = CODEJSON.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "merged.json", target);
        assertThat(written.family()).isEqualTo(target);
        assertThat(CODEJSON.validate(written, Profile.STRICT).violations())
                .filteredOn(v -> v.severity() == Severity.ERROR).isEmpty();
        Files.writeString(Path.of("target", "corpus-merge-" + target.id() + ".json"), text);
        Files.writeString(Path.of("target", "corpus-merge-" + target.id() + "-report.json"), new JsonWriter().write(result.report()));
        if (target == Family.CODEGOV_2_0_0) {
            // No SHARE IT entry of the corpus has every value strict requires; the code.gov side has thousands.
            assertThat(result.releasesWritten()).isPositive();
        }
        assertThat(result.quarantined()).isNotEmpty().allSatisfy(q -> assertThat(q.errors()).isNotEmpty());
        assertThat(result.releasesWritten() + result.duplicatesDropped() + result.quarantinedOmitted())
                .isEqualTo(result.entriesRead())
                .isEqualTo(inputs.stream().mapToInt(i -> InventoryConversion.of(i.document()).inventory()
                        .releases().orElse(List.of()).size()).sum());
        assertThat(result.inputs()).filteredOn(InputSummary::converted).isNotEmpty()
                .allSatisfy(s -> assertThat(s.family()).isNotEqualTo(Family.CODEGOV_2_0_0));
        assertThat(result.quarantined()).flatExtracting(Quarantined::errors).extracting(v -> v.rule())
                .as("values the migration could not derive are named, not guessed").contains("migrate.fill");

        MergeResult again = merge(corpus(), target);
        assertThat(CODEJSON.write(again.output())).isEqualTo(CODEJSON.write(result.output()));
        assertThat(new JsonWriter().write(again.report())).isEqualTo(new JsonWriter().write(result.report()));
    }

    @org.junit.jupiter.api.Test
    void writesShareItFilesIntoTheShareItIndexAsTheyAreAndQuarantinesCodeGovReleasesNamingTheValuesShareItNeeds()
            throws Exception {
        List<MergeInput> inputs = new ArrayList<>();
        for (String name : List.of("shareit-cms-example-gov-codejson.json", "shareit-cms-example-metrics.json",
                "codegov-2.0.0-sample.json")) {
            inputs.add(new MergeInput(name, CODEJSON.read(Conformance.resolve("schemas/examples/" + name))));
        }
        MergeResult result = new InventoryMerger(CODEJSON).merge(inputs, MergeOptions.defaults()
                .withTarget(Family.SHAREIT_INDEX_2_0_0).withAgency("CMS").withRedaction(RedactionPolicy.NONE));

        assertThat(result.output()).isInstanceOf(AgencyIndex.class);
        String text = CODEJSON.write(result.output());
        assertThat(result.releasesWritten()).isPositive();
        assertThat(text).contains("\"repositoryVisibility\"", "\"AIUseCaseID\"");
        assertThat(result.quarantined()).filteredOn(q -> q.origin().input().equals("codegov-2.0.0-sample.json"))
                .isNotEmpty()
                .allSatisfy(q -> assertThat(q.errors()).anySatisfy(v -> {
                    assertThat(v.rule()).isEqualTo("migrate.fill");
                    assertThat(v.pointer()).endsWith("/repositoryVisibility");
                }));
        assertThat(result.inputs()).extracting(InputSummary::family).containsExactly(Family.CMS_2_1_0, Family.CMS_2_1_0,
                Family.CODEGOV_2_0_0);
    }

    @org.junit.jupiter.api.Test
    void takesAShareItAgencyIndexEntryByEntry() throws Exception {
        Document inventory = CODEJSON.read(Conformance.resolve("schemas/examples/codegov-2.0.0-sample.json"));
        Document index = new gov.ca.code.codejson.migrate.Migrator().migrate(inventory, Family.SHAREIT_INDEX_2_0_0).document();
        int releases = index.root(AgencyIndex.class).releases().orElse(List.of()).size();

        MergeResult result = new InventoryMerger(CODEJSON).merge(List.of(new MergeInput("agency-index.json", index)),
                MergeOptions.defaults().withRedaction(RedactionPolicy.NONE));

        assertThat(result.inputs()).singleElement().satisfies(s -> {
            assertThat(s.family()).isEqualTo(Family.SHAREIT_INDEX_2_0_0);
            assertThat(s.entries()).isEqualTo(releases).isPositive();
        });
        assertThat(result.releasesWritten() + result.duplicatesDropped() + result.quarantinedOmitted()).isEqualTo(releases);
        assertThat(result.quarantined()).extracting(q -> q.origin().pointer()).allMatch(p -> p.startsWith("/releases/"));
    }

    private static MergeResult merge(List<MergeInput> inputs, Family target) throws MergeException {
        MergeOptions options = MergeOptions.defaults().withTarget(target).withProfile(Profile.STRICT).withAgency("CORPUS")
                .withMeasurementType(new MeasurementType(Property.of(MeasurementMethod.PROJECTS), Property.absent(), Unknown.NONE));
        return new InventoryMerger(CODEJSON).merge(inputs, options);
    }

    /** Every file of the real corpus that reads; the others are the reading tests' business. */
    private static List<MergeInput> corpus() {
        List<MergeInput> inputs = new ArrayList<>();
        for (Path file : Conformance.jsonFiles("corpus/real")) {
            try {
                inputs.add(new MergeInput(file.getFileName().toString(), CODEJSON.read(file)));
            } catch (JsonReadException e) {
                // Not readable today: reading decides, merge takes what it returns.
            }
        }
        return inputs;
    }
}
