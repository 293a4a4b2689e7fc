package gov.ca.code.codejson.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.license.SpdxLicenses;

/**
 * The metrics as JSON: the stable, documented format ({@value #FORMAT}) that other tools read.
 * Members appear in a fixed order; members about a previous inventory appear only when one
 * was given. The format is described in {@code docs/coordinator.md}.
 */
public final class MetricsJson {

    /** The value of {@code format}; changes only when the format changes incompatibly. */
    public static final String FORMAT = "codejson-metrics/1";

    private MetricsJson() {
    }

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the JSON tree, to be written with {@link gov.ca.code.codejson.json.JsonWriter}
     */
    public static JsonValue render(MetricsReport report) {
        InventoryMetrics now = report.current();
        Optional<InventoryMetrics> before = report.previous();
        JsonBuilder root = JsonBuilder.object()
                .put("format", FORMAT)
                .put("agency", now.agency())
                .put("spdxLicenseListVersion", SpdxLicenses.bundled().listVersion())
                .put("comparedWithPrevious", before.isPresent());

        JsonBuilder releases = JsonBuilder.object().put("count", now.releases());
        before.ifPresent(p -> releases.put("previous", p.releases()).put("delta", now.releases() - p.releases()));
        root.put("releases", releases);

        JsonBuilder openSource = JsonBuilder.object().put("count", now.openSource()).put("share", now.openSourceShare());
        before.ifPresent(p -> openSource.put("previous", p.openSource()).put("previousShare", p.openSourceShare())
                .put("delta", now.openSource() - p.openSource())
                .put("deltaShare", now.openSourceShare().subtract(p.openSourceShare())));
        root.put("openSource", openSource);

        LaborHours h = now.laborHours();
        JsonBuilder labor = JsonBuilder.object().put("total", h.total()).put("median", h.median())
                .put("reported", h.reported()).put("invalid", h.invalid());
        before.ifPresent(p -> labor.put("previousTotal", p.laborHours().total())
                .put("previousMedian", p.laborHours().median())
                .put("deltaTotal", MetricsMath.plain(h.total().subtract(p.laborHours().total())))
                .put("deltaMedian", MetricsMath.plain(h.median().subtract(p.laborHours().median()))));
        root.put("laborHours", labor);

        ScoreSummary s = now.scoreSummary();
        JsonBuilder score = JsonBuilder.object().put("maxPoints", QualityScore.MAX_POINTS)
                .put("mean", s.mean()).put("median", s.median());
        before.ifPresent(p -> score.put("previousMean", p.scoreSummary().mean())
                .put("previousMedian", p.scoreSummary().median())
                .put("deltaMean", s.mean().subtract(p.scoreSummary().mean())));
        root.put("score", score);

        JsonBuilder tables = JsonBuilder.object();
        for (CountTable table : report.tables()) {
            List<JsonValue> rows = new ArrayList<>();
            for (CountRow row : table.rows()) {
                JsonBuilder r = JsonBuilder.object().put("key", row.key()).put("count", row.count());
                if (before.isPresent()) {
                    r.put("previous", row.previous()).put("delta", row.delta());
                }
                rows.add(r.build());
            }
            tables.put(table.id(), JsonBuilder.array(rows));
        }
        root.put("counts", tables);

        List<JsonValue> completeness = new ArrayList<>();
        for (int i = 0; i < now.completeness().size(); i++) {
            FieldCompleteness c = now.completeness().get(i);
            JsonBuilder b = JsonBuilder.object().put("field", c.field()).put("filled", c.filled())
                    .put("applicable", c.applicable()).put("share", c.share());
            if (before.isPresent()) {
                BigDecimal previous = before.get().completeness().get(i).share();
                b.put("previousShare", previous).put("deltaShare", c.share().subtract(previous));
            }
            completeness.add(b.build());
        }
        root.put("completeness", JsonBuilder.array(completeness));

        List<JsonValue> scores = new ArrayList<>();
        for (ScoredRelease r : now.scores()) {
            scores.add(JsonBuilder.object()
                    .put("key", r.key())
                    .put("name", r.name())
                    .put("organization", r.organization())
                    .put("usageType", r.usageType())
                    .put("score", r.score().score())
                    .put("points", r.score().points())
                    .put("lostFields", JsonBuilder.strings(r.score().lostFields()))
                    .build());
        }
        root.put("releaseScores", JsonBuilder.array(scores));
        report.diff().ifPresent(d -> root.put("changes", diff(d)));
        return root.build();
    }

    /**
     * Renders the release-level differences between two inventories.
     *
     * @param diff the differences
     * @return {@code {"added": [...], "removed": [...], "changed": [...]}}
     */
    public static JsonValue diff(InventoryDiff diff) {
        List<JsonValue> changed = new ArrayList<>();
        for (ReleaseChange c : diff.changed()) {
            List<JsonValue> fields = new ArrayList<>();
            for (FieldChange f : c.changes()) {
                JsonBuilder b = JsonBuilder.object().put("pointer", f.pointer());
                f.before().ifPresent(v -> b.put("before", v));
                f.after().ifPresent(v -> b.put("after", v));
                fields.add(b.build());
            }
            changed.add(ref(c.release()).put("fields", JsonBuilder.array(fields)).build());
        }
        return JsonBuilder.object()
                .put("added", JsonBuilder.array(diff.added().stream().map(r -> (JsonValue) ref(r).build()).toList()))
                .put("removed", JsonBuilder.array(diff.removed().stream().map(r -> (JsonValue) ref(r).build()).toList()))
                .put("changed", JsonBuilder.array(changed))
                .build();
    }

    private static JsonBuilder ref(ReleaseRef r) {
        return JsonBuilder.object().put("key", r.key()).put("name", r.name()).put("organization", r.organization());
    }
}
