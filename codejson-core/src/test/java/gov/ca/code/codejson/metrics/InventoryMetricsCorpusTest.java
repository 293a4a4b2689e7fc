package gov.ca.code.codejson.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Conformance;
import gov.ca.code.codejson.codegov.Inventory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metrics of real agency inventories kept by the code.gov harvester, checked against
 * counts computed here by another route: a generic JSON tree of the raw file, no codejson model.
 */
class InventoryMetricsCorpusTest {

    private static final List<String> USAGE_TYPES = List.of("openSource", "governmentWideReuse", "exemptByLaw",
            "exemptByNationalSecurity", "exemptByAgencySystem", "exemptByAgencyMission", "exemptByCIO", "exemptByPolicyDate");
    private static final List<String> STATUSES = List.of("Ideation", "Development", "Alpha", "Beta", "Release Candidate",
            "Production", "Archival");
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @ParameterizedTest
    @ValueSource(strings = {"GSA__code-gov-harvester__data_fallback_DOL.json", "GSA__code-gov-harvester__data_fallback_GSA.json",
        "GSA__code-gov-harvester__data_fallback_EPA.json", "GSA__code-gov-harvester__data_fallback_NSF.json"})
    void countsMatchAnIndependentComputationOverTheRawFile(String name) throws Exception {
        Path file = Conformance.resolve("corpus/real/" + name);
        InventoryMetrics metrics = InventoryMetrics.of(new CodeJson().read(file).root(Inventory.class));
        List<JsonNode> releases = rawReleases(file);

        assertThat(metrics.releases()).isEqualTo(releases.size()).isPositive();

        Map<String, Long> usage = new HashMap<>();
        Map<String, Long> status = new HashMap<>();
        Map<String, Long> organizations = new HashMap<>();
        Map<String, Long> languages = new HashMap<>();
        List<BigDecimal> hours = new ArrayList<>();
        long withTags = 0;
        long exempt = 0;
        long exemptWithText = 0;
        for (JsonNode r : releases) {
            usage.merge(enumKey(r.path("permissions").path("usageType"), USAGE_TYPES), 1L, Long::sum);
            status.merge(enumKey(r.path("status"), STATUSES), 1L, Long::sum);
            JsonNode org = r.path("organization");
            organizations.merge(org.isString() && !org.stringValue().isBlank() ? org.stringValue().strip() : "(none)", 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            for (JsonNode l : r.path("languages").values()) {
                if (l.isString() && !l.stringValue().isBlank() && seen.add(l.stringValue().strip().toLowerCase(Locale.ROOT))) {
                    languages.merge(l.stringValue().strip().toLowerCase(Locale.ROOT), 1L, Long::sum);
                }
            }
            JsonNode h = r.path("laborHours");
            if (h.isNumber() && h.decimalValue().signum() >= 0) {
                hours.add(h.decimalValue());
            }
            long tags = 0;
            for (JsonNode t : r.path("tags").values()) {
                if (t.isString() && !t.stringValue().isBlank()) {
                    tags++;
                }
            }
            if (tags > 0) {
                withTags++;
            }
            String u = r.path("permissions").path("usageType").asString("");
            if (u.startsWith("exempt") && USAGE_TYPES.contains(u)) {
                exempt++;
                JsonNode text = r.path("permissions").path("exemptionText");
                if (text.isString() && !text.stringValue().isBlank()) {
                    exemptWithText++;
                }
            }
        }

        assertThat(asMap(metrics.usageTypes())).isEqualTo(withZeros(usage, USAGE_TYPES));
        assertThat(asMap(metrics.statuses())).isEqualTo(withZeros(status, STATUSES));
        assertThat(asMap(metrics.organizations())).isEqualTo(organizations);
        assertThat(metrics.languages().stream().collect(Collectors.toMap(c -> c.key().toLowerCase(Locale.ROOT), Count::count)))
                .isEqualTo(languages);
        assertThat(metrics.openSource()).isEqualTo(usage.getOrDefault("openSource", 0L));
        assertThat(metrics.openSourceShare()).isEqualByComparingTo(BigDecimal.valueOf(usage.getOrDefault("openSource", 0L))
                .divide(BigDecimal.valueOf(releases.size()), 4, RoundingMode.HALF_UP));

        BigDecimal total = hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        hours.sort(null);
        BigDecimal median = hours.isEmpty() ? BigDecimal.ZERO : hours.size() % 2 == 1 ? hours.get(hours.size() / 2)
                : hours.get(hours.size() / 2 - 1).add(hours.get(hours.size() / 2)).divide(BigDecimal.valueOf(2));
        assertThat(metrics.laborHours().total()).isEqualByComparingTo(total);
        assertThat(metrics.laborHours().median()).isEqualByComparingTo(median);
        assertThat(metrics.laborHours().reported()).isEqualTo(hours.size());

        assertThat(completeness(metrics, "tags").filled()).isEqualTo(withTags);
        assertThat(completeness(metrics, "permissions.exemptionText").applicable()).isEqualTo(exempt);
        assertThat(completeness(metrics, "permissions.exemptionText").filled()).isEqualTo(exemptWithText);

        long total10 = metrics.scoreSummary().histogram().stream().mapToLong(Count::count).sum();
        assertThat(total10).isEqualTo(releases.size());
        assertThat(metrics.scoreSummary().bands().stream().mapToLong(Count::count).sum()).isEqualTo(releases.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GSA__code-gov-harvester__data_fallback_DOL.json", "GSA__code-gov-harvester__data_fallback_EPA.json"})
    void scoresTagsAndLanguagesOfEveryRealReleaseAsTheRulesSay(String name) throws Exception {
        Path file = Conformance.resolve("corpus/real/" + name);
        InventoryMetrics metrics = InventoryMetrics.of(new CodeJson().read(file).root(Inventory.class));
        List<JsonNode> releases = rawReleases(file);
        long languagePointsAwarded = 0;
        for (int i = 0; i < releases.size(); i++) {
            JsonNode r = releases.get(i);
            long tags = 0;
            for (JsonNode t : r.path("tags").values()) {
                tags += t.isString() && !t.stringValue().isBlank() ? 1 : 0;
            }
            boolean language = false;
            for (JsonNode l : r.path("languages").values()) {
                language |= l.isString() && !l.stringValue().isBlank();
            }
            String expectedTags = tags >= 3 ? "10" : tags == 2 ? "6" : tags == 1 ? "4" : "0";
            ReleaseScore score = metrics.scores().get(i).score();
            assertThat(points(score, "tags")).as("tags of release %d", i).isEqualByComparingTo(expectedTags);
            assertThat(points(score, "languages")).as("languages of release %d", i).isEqualByComparingTo(language ? "10" : "0");
            languagePointsAwarded += language ? 1 : 0;
        }
        assertThat(languagePointsAwarded).as("the fixed rule fires on real data").isPositive();
    }

    /** The release objects of the raw file, read as a generic JSON tree. */
    private static List<JsonNode> rawReleases(Path file) {
        List<JsonNode> releases = new ArrayList<>();
        for (JsonNode n : MAPPER.readTree(Conformance.text(file)).path("releases").values()) {
            if (n.isObject()) {
                releases.add(n);
            }
        }
        return releases;
    }

    private static BigDecimal points(ReleaseScore score, String field) {
        return score.fields().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow().points();
    }

    private static FieldCompleteness completeness(InventoryMetrics metrics, String field) {
        return metrics.completeness().stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
    }

    private static String enumKey(JsonNode node, List<String> allowed) {
        if (node.isMissingNode() || node.isNull()) {
            return "(missing)";
        }
        return node.isString() && allowed.contains(node.stringValue()) ? node.stringValue() : "(invalid)";
    }

    private static Map<String, Long> withZeros(Map<String, Long> counts, List<String> keys) {
        Map<String, Long> all = new HashMap<>(counts);
        keys.forEach(k -> all.putIfAbsent(k, 0L));
        return all;
    }

    private static Map<String, Long> asMap(List<Count> counts) {
        return counts.stream().collect(Collectors.toMap(Count::key, Count::count));
    }
}
