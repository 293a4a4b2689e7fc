package gov.ca.code.codejson.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.codegov.Inventory;

import org.jspecify.annotations.Nullable;

/**
 * The metrics of one inventory, compared with a previous quarter's when there is one: the
 * input of every renderer ({@link MetricsJson}, {@link MetricsCsv}, {@link MetricsMarkdown},
 * {@link MetricsHtml}).
 */
public final class MetricsReport {

    private final InventoryMetrics current;
    private final @Nullable InventoryMetrics previous;
    private final @Nullable InventoryDiff diff;

    private MetricsReport(InventoryMetrics current, @Nullable InventoryMetrics previous, @Nullable InventoryDiff diff) {
        this.current = Objects.requireNonNull(current, "current");
        this.previous = previous;
        this.diff = diff;
    }

    /**
     * Computes the report of one inventory.
     *
     * @param inventory the inventory
     * @return the report, without a comparison
     */
    public static MetricsReport of(Inventory inventory) {
        return new MetricsReport(InventoryMetrics.of(inventory), null, null);
    }

    /**
     * Computes the report of an inventory compared with the previous quarter's.
     *
     * @param inventory the inventory
     * @param previous the previous quarter's inventory
     * @return the report with deltas and the release-level differences
     */
    public static MetricsReport of(Inventory inventory, Inventory previous) {
        Objects.requireNonNull(previous, "previous");
        return new MetricsReport(InventoryMetrics.of(inventory), InventoryMetrics.of(previous),
                InventoryDiff.of(previous, inventory));
    }

    /** {@return the metrics of the inventory} */
    public InventoryMetrics current() {
        return current;
    }

    /** {@return the metrics of the previous inventory, when one was given} */
    public Optional<InventoryMetrics> previous() {
        return Optional.ofNullable(previous);
    }

    /** {@return the release-level differences from the previous inventory, when one was given} */
    public Optional<InventoryDiff> diff() {
        return Optional.ofNullable(diff);
    }

    /**
     * Returns the count tables in their fixed order: usage types, statuses, organizations,
     * licenses, unresolved license names, languages, score bands, score histogram.
     *
     * @return the tables, with previous counts when there is a previous inventory
     */
    public List<CountTable> tables() {
        List<CountTable> tables = new ArrayList<>();
        tables.add(table("usageTypes", "Releases by usage type", InventoryMetrics::usageTypes));
        tables.add(table("statuses", "Releases by status", InventoryMetrics::statuses));
        tables.add(table("organizations", "Releases by organization", InventoryMetrics::organizations));
        tables.add(table("licenses", "Releases by license (SPDX)", InventoryMetrics::licenses));
        tables.add(table("unresolvedLicenses", "License names that name no SPDX license", InventoryMetrics::unresolvedLicenses));
        tables.add(table("languages", "Releases by language", InventoryMetrics::languages));
        tables.add(table("scoreBands", "Releases by data-quality band", m -> m.scoreSummary().bands()));
        tables.add(table("scoreHistogram", "Releases by data-quality score", m -> m.scoreSummary().histogram()));
        return tables;
    }

    private CountTable table(String id, String title, java.util.function.Function<InventoryMetrics, List<Count>> counts) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (Count c : counts.apply(current)) {
            rows.put(c.key(), new long[] {c.count(), 0});
        }
        if (previous != null) {
            for (Count c : counts.apply(previous)) {
                rows.computeIfAbsent(c.key(), k -> new long[] {0, 0})[1] = c.count();
            }
        }
        List<CountRow> list = new ArrayList<>();
        rows.forEach((key, v) -> list.add(new CountRow(key, v[0], v[1])));
        return new CountTable(id, title, list);
    }
}
