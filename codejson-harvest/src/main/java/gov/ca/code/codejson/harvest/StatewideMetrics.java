package gov.ca.code.codejson.harvest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.UsageType;
import gov.ca.code.codejson.merge.Duplicate;
import gov.ca.code.codejson.merge.InventoryMerger;
import gov.ca.code.codejson.merge.MergeException;
import gov.ca.code.codejson.merge.MergeInput;
import gov.ca.code.codejson.merge.MergeOptions;
import gov.ca.code.codejson.merge.QuarantinePolicy;
import gov.ca.code.codejson.metrics.Count;
import gov.ca.code.codejson.metrics.InventoryMetrics;
import gov.ca.code.codejson.metrics.ScoredRelease;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;

/**
 * The working group's table: one row per agency (releases, open-source share, exempt share by
 * reason, median data-quality score, labor hours, change since last quarter) and the statewide
 * totals, from the agencies' inventories of this quarter and, when given, the last. A release that
 * several agencies list counts once in the statewide row, as the statewide inventory holds it once,
 * and in the row of each agency that lists it.
 *
 * @param period the label of the quarter ("2026-Q3" or a date), or "" for none
 * @param agencies one row per agency, in the order of the inputs
 * @param total the statewide row
 * @param compared whether last quarter's inventories were given
 */
public record StatewideMetrics(String period, List<Row> agencies, Row total, boolean compared) {

    /** A quarter ({@code 2026-Q3}) or a date ({@code 2026-09-30}). */
    public static final Pattern PERIOD = Pattern.compile("\\d{4}-Q[1-4]|\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

    /** The exemption reasons, in schema order. */
    public static final List<String> EXEMPTIONS = java.util.Arrays.stream(UsageType.values()).map(UsageType::json)
            .filter(u -> u.startsWith("exempt")).toList();

    /** Checks the values; the list is copied. */
    public StatewideMetrics {
        Objects.requireNonNull(period, "period");
        agencies = List.copyOf(agencies);
        Objects.requireNonNull(total, "total");
    }

    /**
     * One agency, or the state.
     *
     * @param agency the agency's name
     * @param releases how many releases
     * @param openSource how many are open source
     * @param exempt how many releases per exemption reason, in {@link #EXEMPTIONS} order
     * @param medianScore the median data-quality score (0 to 10)
     * @param laborHours the total labor hours
     * @param previous the same figures last quarter, or null when there is none to compare with
     */
    public record Row(String agency, long releases, long openSource, List<Long> exempt, BigDecimal medianScore, BigDecimal laborHours,
            Row previous) {

        /** Checks the values; the list is copied. */
        public Row {
            Objects.requireNonNull(agency, "agency");
            exempt = List.copyOf(exempt);
            Objects.requireNonNull(medianScore, "medianScore");
            Objects.requireNonNull(laborHours, "laborHours");
        }

        /** {@return the open-source share, four decimals} */
        public BigDecimal openSourceShare() {
            return share(openSource, releases);
        }

        /** {@return the share of releases exempt for each reason, four decimals, in {@link #EXEMPTIONS} order} */
        public List<BigDecimal> exemptShares() {
            return exempt.stream().map(n -> share(n, releases)).toList();
        }

        /** {@return last quarter's figures, when there are some} */
        public Optional<Row> before() {
            return Optional.ofNullable(previous);
        }
    }

    /**
     * Computes the table.
     *
     * @param period the label, or "" for none
     * @param current this quarter's inventories, one per agency
     * @param previous last quarter's, matched to this quarter's by agency name; empty for none
     * @return the table
     */
    public static StatewideMetrics of(String period, List<Inventory> current, List<Inventory> previous) {
        Map<String, Figures> before = new TreeMap<>();
        for (Inventory inventory : previous) {
            before.computeIfAbsent(name(inventory), k -> new Figures()).add(InventoryMetrics.of(inventory));
        }
        Figures stateNow = new Figures();
        Figures stateBefore = new Figures();
        stateBefore.add(InventoryMetrics.of(once(previous)));
        stateNow.add(InventoryMetrics.of(once(current)));
        Map<String, Figures> now = new java.util.LinkedHashMap<>();
        for (Inventory inventory : current) {
            now.computeIfAbsent(name(inventory), k -> new Figures()).add(InventoryMetrics.of(inventory));
        }
        boolean compared = !previous.isEmpty();
        List<Row> rows = new ArrayList<>();
        now.forEach((agency, figures) -> {
            Figures b = before.get(agency);
            rows.add(figures.row(agency, compared ? (b == null ? new Figures() : b).row(agency, null) : null));
        });
        Row total = stateNow.row("Statewide", compared ? stateBefore.row("Statewide", null) : null);
        return new StatewideMetrics(period, rows, total, compared);
    }

    /**
     * {@return the releases of all the inventories in one, each release that several of them list
     * only once}: the duplicates the statewide inventory drops, found with the same merge rules, so
     * that the statewide row counts what the statewide inventory holds. The merge only finds them:
     * the releases counted are the agencies' own, unredacted, invalid ones included.
     */
    static Inventory once(List<Inventory> inventories) {
        List<MergeInput> inputs = new ArrayList<>();
        for (int i = 0; i < inventories.size(); i++) {
            inputs.add(new MergeInput(Integer.toString(i), Document.of("inventory " + i, Family.CODEGOV_2_0_0, inventories.get(i))));
        }
        Set<String> dropped = new HashSet<>();
        if (!inputs.isEmpty()) {
            MergeOptions options = MergeOptions.defaults().withAgency("Statewide").withQuarantine(QuarantinePolicy.KEEP)
                    .withMeasurementType(new MeasurementType(Property.of(MeasurementMethod.PROJECTS), Property.absent(), Unknown.NONE));
            try {
                for (Duplicate d : new InventoryMerger(new CodeJson()).merge(inputs, options).duplicates()) {
                    d.dropped().forEach(o -> dropped.add(o.input() + o.pointer()));
                }
            } catch (MergeException e) {
                // With the agency and measurement type given, code.gov 2.0.0 inventories always merge.
                throw new IllegalStateException("the statewide merge refused its inputs: " + e.getMessage(), e);
            }
        }
        List<Property<Release>> releases = new ArrayList<>();
        for (int i = 0; i < inventories.size(); i++) {
            List<Property<Release>> entries = inventories.get(i).releases().value().orElse(List.of());
            for (int r = 0; r < entries.size(); r++) {
                if (!dropped.contains(i + "/releases/" + r)) {
                    releases.add(entries.get(r));
                }
            }
        }
        return new Inventory(Property.of("2.0.0"), Property.absent(), Property.of("Statewide"), Property.of(releases), Unknown.NONE);
    }

    private static String name(Inventory inventory) {
        return inventory.agency().value().map(String::strip).filter(a -> !a.isEmpty()).orElse("(no agency)");
    }

    /** The figures of one or more inventories added up. */
    private static final class Figures {
        private long releases;
        private long openSource;
        private final long[] exempt = new long[EXEMPTIONS.size()];
        private BigDecimal hours = BigDecimal.ZERO;
        private final List<BigDecimal> scores = new ArrayList<>();

        void add(InventoryMetrics m) {
            releases += m.releases();
            openSource += m.openSource();
            for (Count c : m.usageTypes()) {
                int i = EXEMPTIONS.indexOf(c.key());
                if (i >= 0) {
                    exempt[i] += c.count();
                }
            }
            hours = hours.add(m.laborHours().total());
            for (ScoredRelease s : m.scores()) {
                scores.add(s.score().score());
            }
        }

        Row row(String agency, Row previous) {
            List<Long> ex = new ArrayList<>();
            for (long e : exempt) {
                ex.add(e);
            }
            return new Row(agency, releases, openSource, ex, median(scores), hours, previous);
        }
    }

    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO;
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        BigDecimal m = n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return m.setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** {@return a share as a percentage with one decimal} */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
