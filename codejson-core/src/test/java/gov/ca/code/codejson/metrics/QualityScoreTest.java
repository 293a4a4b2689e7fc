package gov.ca.code.codejson.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.Release;

class QualityScoreTest {

    private static final String THIRTY_WORDS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
            + " fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive"
            + " twentysix twentyseven twentyeight twentynine thirty";

    private static final String COMPLETE = "{"
            + "\"name\": \"Permit Portal\", \"version\": \"2.1.0\", \"organization\": \"Office of Digital Innovation\","
            + "\"description\": \"" + THIRTY_WORDS + "\","
            + "\"permissions\": {\"licenses\": [{\"URL\": \"https://spdx.org/licenses/MIT.html\", \"name\": \"MIT\"}], \"usageType\": \"openSource\"},"
            + "\"tags\": [\"permits\", \"licensing\", \"portal\"],"
            + "\"contact\": {\"email\": \"team@example.gov\", \"name\": \"Team\", \"URL\": \"https://example.gov/team\", \"phone\": \"555-0100\"},"
            + "\"status\": \"Production\", \"vcs\": \"git\", \"repositoryURL\": \"https://github.com/ca/permits\","
            + "\"homepageURL\": \"https://permits.example.gov\", \"downloadURL\": \"https://github.com/ca/permits/releases\","
            + "\"disclaimerURL\": \"https://example.gov/disclaimer\", \"disclaimerText\": \"Provided as is.\","
            + "\"languages\": [\"Java\"], \"laborHours\": 1200,"
            + "\"relatedCode\": [{\"name\": \"Forms\", \"URL\": \"https://github.com/ca/forms\", \"isGovernmentRepo\": true}],"
            + "\"reusedCode\": [{\"name\": \"Login\", \"URL\": \"https://github.com/ca/login\"}],"
            + "\"partners\": [{\"name\": \"CDPH\", \"email\": \"partner@example.gov\"}],"
            + "\"date\": {\"created\": \"2020-01-01\", \"lastModified\": \"2026-01-01\", \"metadataLastUpdated\": \"2026-02-01\"}"
            + "}";

    @Test
    void weighsTheFieldsAsCodeGovDidFor159Points() {
        assertThat(QualityScore.MAX_POINTS).isEqualTo(159);
        assertThat(QualityScore.WEIGHTS).hasSize(32).containsEntry("contact.email", 10).containsEntry("date.metadataLastUpdated", 2);
    }

    @Test
    void givesTenToAReleaseThatFillsEveryFieldWell() {
        ReleaseScore score = QualityScore.of(release(COMPLETE));

        assertThat(score.points()).isEqualByComparingTo("159");
        assertThat(score.score()).isEqualByComparingTo("10.0");
        assertThat(score.lostFields()).isEmpty();
    }

    @Test
    void awardsThePointsForTagsLanguagesRelatedReusedAndPartnersThatFlatteningLost() {
        String bare = COMPLETE.replace("\"tags\": [\"permits\", \"licensing\", \"portal\"],", "\"tags\": [],")
                .replace("\"languages\": [\"Java\"],", "")
                .replaceAll("\"relatedCode\": \\[[^\\]]*\\],", "")
                .replaceAll("\"reusedCode\": \\[[^\\]]*\\],", "")
                .replaceAll("\"partners\": \\[[^\\]]*\\],", "");

        ReleaseScore score = QualityScore.of(release(bare));

        assertThat(score.points()).isEqualByComparingTo("132");
        assertThat(score.lostFields()).containsExactly("tags", "languages", "relatedCode.name", "relatedCode.URL",
                "relatedCode.isGovernmentRepo", "reusedCode.name", "reusedCode.URL", "partners.name", "partners.email");
    }

    @Test
    void scalesTagPointsByHowManyTagsThereAre() {
        assertThat(points(COMPLETE.replace("[\"permits\", \"licensing\", \"portal\"]", "[\"permits\", \"licensing\"]"), "tags")).isEqualByComparingTo("6");
        assertThat(points(COMPLETE.replace("[\"permits\", \"licensing\", \"portal\"]", "[\"permits\", \" \"]"), "tags")).isEqualByComparingTo("4");
    }

    @Test
    void scalesDescriptionPointsByWordCountAndGivesNoneWhenItRepeatsTheName() {
        assertThat(points(COMPLETE.replace(THIRTY_WORDS, "issues building permits online fast"), "description")).isEqualByComparingTo("3");
        assertThat(points(COMPLETE.replace(THIRTY_WORDS, "one two three four five six seven eight nine ten"), "description")).isEqualByComparingTo("5");
        assertThat(points(COMPLETE.replace(THIRTY_WORDS, "Permit Portal"), "description")).isEqualByComparingTo("0");
        assertThat(points(COMPLETE.replace(THIRTY_WORDS, "Permits"), "description")).isEqualByComparingTo("0");
    }

    @Test
    void scalesUsageTypePointsAndExemptionTextByTheirRules() {
        String reuse = COMPLETE.replace("\"openSource\"", "\"governmentWideReuse\"");
        assertThat(points(reuse, "permissions.usageType")).isEqualByComparingTo("5");
        assertThat(points(reuse, "permissions.exemptionText")).isEqualByComparingTo("5");
        String exempt = COMPLETE.replace("\"openSource\"", "\"exemptByLaw\"");
        assertThat(points(exempt, "permissions.usageType")).isEqualByComparingTo("1");
        assertThat(points(exempt, "permissions.exemptionText")).isEqualByComparingTo("0");
        String justified = COMPLETE.replace("\"openSource\"}", "\"exemptByLaw\", \"exemptionText\": \"Export controlled.\"}");
        assertThat(points(justified, "permissions.exemptionText")).isEqualByComparingTo("5");
    }

    @Test
    void givesNoPointsForZeroLaborHoursOrAnAddressThatIsNotAWebAddress() {
        assertThat(points(COMPLETE.replace("\"laborHours\": 1200", "\"laborHours\": 0"), "laborHours")).isEqualByComparingTo("0");
        assertThat(points(COMPLETE.replace("\"https://github.com/ca/permits\"", "\"git@github.com:ca/permits.git\""), "repositoryURL"))
                .isEqualByComparingTo("0");
        assertThat(points(COMPLETE.replace("team@example.gov", "not an address"), "contact.email")).isEqualByComparingTo("0");
    }

    @Test
    void roundsTheScoreToOneDecimalOfPointsTimesTenOver159() {
        ReleaseScore score = QualityScore.of(release("{\"name\": \"Only a name\"}"));

        assertThat(score.points()).isEqualByComparingTo("10");
        // 10 × 10 / 159 = 0.6289...
        assertThat(score.score()).isEqualByComparingTo(new BigDecimal("0.6"));
    }

    private static BigDecimal points(String json, String field) {
        return QualityScore.of(release(json)).fields().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow().points();
    }

    static Release release(String json) {
        try {
            String inventory = "{\"version\": \"2.0.0\", \"agency\": \"CDT\", \"measurementType\": {\"method\": \"projects\"}, \"releases\": ["
                    + json + "]}";
            return new CodeJson().read(inventory, "test.json").root(Inventory.class).releaseList().get(0);
        } catch (gov.ca.code.codejson.json.JsonReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
