package gov.ca.code.codejson.merge;

import static gov.ca.code.codejson.merge.Inventories.CODEJSON;
import static gov.ca.code.codejson.merge.Inventories.input;
import static gov.ca.code.codejson.merge.Inventories.inventory;
import static gov.ca.code.codejson.merge.Inventories.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.validation.Profile;

/** A caller that validated an input already (a harvest) hands its report to the merge, which does not validate again. */
class MergeInputReportTest {

    private final InventoryMerger merger = new InventoryMerger(CODEJSON);

    private static final String TWO = inventory("CDT", release("Alpha", "https://github.com/ca/alpha", "openSource"),
            release("Beta", "https://github.com/ca/beta", "openSource"));

    private static ValidationReport reportWithAnErrorOnTheFirstRelease(Document document, Profile profile) {
        return new ValidationReport("a.json", document.family(), profile, List.of(Diagnostic.at("/releases/0/name",
                "test.marked", Severity.ERROR, "marked by the caller's report", Location.UNKNOWN)));
    }

    @Test
    void theCallersReportOfTheMergesProfileIsTheOneTheMergeUses() throws Exception {
        Document document = input("a.json", TWO).document();
        MergeInput given = new MergeInput("a.json", document, reportWithAnErrorOnTheFirstRelease(document, Profile.CODEGOV));

        MergeResult result = merger.merge(List.of(given), MergeOptions.defaults());

        assertThat(result.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.name()).isEqualTo("Alpha");
            assertThat(q.errors()).extracting(Diagnostic::rule).containsExactly("test.marked");
        });
        assertThat(result.inventory().releaseList()).extracting(r -> r.name().orElse("")).containsExactly("Beta");
    }

    @Test
    void aReportOfAnotherProfileIsNotUsedAndTheInputIsValidatedAsWithoutOne() throws Exception {
        Document document = input("a.json", TWO).document();
        MergeInput given = new MergeInput("a.json", document, reportWithAnErrorOnTheFirstRelease(document, Profile.STRICT));

        MergeResult withOther = merger.merge(List.of(given), MergeOptions.defaults());
        MergeResult without = merger.merge(List.of(new MergeInput("a.json", document)), MergeOptions.defaults());

        assertThat(withOther.quarantined()).isEmpty();
        assertThat(withOther.inventory()).isEqualTo(without.inventory());
        assertThat(withOther.inventory().releaseList()).hasSize(2);
    }

    @Test
    void aHarvestsOwnReportGivesTheSameMergeAsValidatingAgain() throws Exception {
        String broken = inventory("CDT", release("Good", "https://github.com/ca/good", "openSource"), "{\"name\": \"Broken\"}");
        Document document = input("b.json", broken).document();

        MergeResult reused = merger.merge(List.of(new MergeInput("b.json", document, CODEJSON.validate(document))), MergeOptions.defaults());
        MergeResult validated = merger.merge(List.of(new MergeInput("b.json", document)), MergeOptions.defaults());

        assertThat(reused.inventory()).isEqualTo(validated.inventory());
        assertThat(reused.quarantined()).isEqualTo(validated.quarantined()).hasSize(1);
    }
}
