package gov.ca.code.codejson.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.License;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.ReleaseDate;
import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.codegov.UsageType;
import gov.ca.code.codejson.license.LicenseMatch;
import gov.ca.code.codejson.license.SpdxLicenses;
import gov.ca.code.codejson.model.Property;

/**
 * The participation metrics of one inventory. Counts are of releases; lists of counts are in a
 * fixed order (see each component), so two computations of the same inventory are equal.
 *
 * @param agency the agency, or {@code ""}
 * @param releases how many releases (entries that are objects) the inventory holds
 * @param usageTypes releases per usage type: every value of the schema in schema order, each
 *     exemption separately, then {@code (missing)} and {@code (invalid)} when not zero
 * @param statuses releases per status: every value of the schema in schema order, then
 *     {@code (missing)} and {@code (invalid)} when not zero
 * @param organizations releases per organization, most first, then by name; {@code (none)} for releases without one
 * @param licenses releases per SPDX license identifier, most first; a release counts once per
 *     license; {@code (none)} for releases without a license and {@code (unresolved)} for
 *     licenses that name no SPDX license
 * @param unresolvedLicenses the license names (or URLs) that name no SPDX license, with how many releases use them
 * @param languages releases per language, letter case ignored (the most frequent spelling is
 *     shown), most first
 * @param openSource how many releases have usage type {@code openSource}
 * @param laborHours total and median labor hours
 * @param completeness how complete each field is, in schema order
 * @param scores every release with its data-quality score, in inventory order
 * @param scoreSummary the distribution of the scores
 */
public record InventoryMetrics(String agency, long releases, List<Count> usageTypes, List<Count> statuses,
        List<Count> organizations, List<Count> licenses, List<Count> unresolvedLicenses, List<Count> languages,
        long openSource, LaborHours laborHours, List<FieldCompleteness> completeness, List<ScoredRelease> scores,
        ScoreSummary scoreSummary) {

    /** The key of releases without a value. */
    public static final String MISSING = "(missing)";
    /** The key of values that are not one of the schema's. */
    public static final String INVALID = "(invalid)";
    /** The key of releases without an organization or a license. */
    public static final String NONE = "(none)";
    /** The key of licenses that name no SPDX license. */
    public static final String UNRESOLVED = "(unresolved)";

    /** Creates the record; lists are copied. */
    public InventoryMetrics {
        Objects.requireNonNull(agency, "agency");
        usageTypes = List.copyOf(Objects.requireNonNull(usageTypes, "usageTypes"));
        statuses = List.copyOf(Objects.requireNonNull(statuses, "statuses"));
        organizations = List.copyOf(Objects.requireNonNull(organizations, "organizations"));
        licenses = List.copyOf(Objects.requireNonNull(licenses, "licenses"));
        unresolvedLicenses = List.copyOf(Objects.requireNonNull(unresolvedLicenses, "unresolvedLicenses"));
        languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
        Objects.requireNonNull(laborHours, "laborHours");
        completeness = List.copyOf(Objects.requireNonNull(completeness, "completeness"));
        scores = List.copyOf(Objects.requireNonNull(scores, "scores"));
        Objects.requireNonNull(scoreSummary, "scoreSummary");
    }

    /** {@return the share of open-source releases, four decimals} */
    public BigDecimal openSourceShare() {
        return MetricsMath.ratio(openSource, releases);
    }

    /**
     * Computes the metrics of an inventory. Licenses are resolved to SPDX identifiers with the
     * bundled SPDX License List, offline.
     *
     * @param inventory the inventory
     * @return its metrics
     */
    public static InventoryMetrics of(Inventory inventory) {
        List<Release> releases = inventory.releaseList();
        List<String> keys = ReleaseKeys.of(releases);

        Map<String, Long> usage = new LinkedHashMap<>();
        for (UsageType u : UsageType.values()) {
            usage.put(u.json(), 0L);
        }
        Map<String, Long> status = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            status.put(s.json(), 0L);
        }
        Map<String, Long> organizations = new HashMap<>();
        Map<String, Long> licenses = new HashMap<>();
        Map<String, Long> unresolved = new HashMap<>();
        Map<String, Long> languageCounts = new HashMap<>();
        Map<String, Map<String, Long>> languageSpellings = new HashMap<>();
        long openSource = 0;
        List<BigDecimal> hours = new ArrayList<>();
        long invalidHours = 0;
        List<ScoredRelease> scores = new ArrayList<>();
        SpdxLicenses spdx = SpdxLicenses.bundled();

        for (int i = 0; i < releases.size(); i++) {
            Release r = releases.get(i);
            Property<UsageType> usageType = r.permissions().value().map(p -> p.usageType()).orElse(Property.absent());
            String usageKey = enumKey(usageType, UsageType::json);
            usage.merge(usageKey, 1L, Long::sum);
            if (r.usageType().filter(u -> u == UsageType.OPEN_SOURCE).isPresent()) {
                openSource++;
            }
            status.merge(enumKey(r.status(), Status::json), 1L, Long::sum);
            organizations.merge(Values.filled(r.organization()).orElse(NONE), 1L, Long::sum);

            List<License> list = Values.licenses(r);
            Set<String> ids = new LinkedHashSet<>();
            for (License l : list) {
                String name = Values.filled(l.name()).orElse(null);
                String url = Values.filled(l.url()).orElse(null);
                LicenseMatch match = spdx.resolve(name, url);
                if (match.resolved()) {
                    ids.add(match.spdxId());
                } else {
                    ids.add(UNRESOLVED);
                    String written = name != null ? name : url != null ? url : "(blank)";
                    unresolved.merge(written, 1L, Long::sum);
                }
            }
            if (ids.isEmpty()) {
                ids.add(NONE);
            }
            ids.forEach(id -> licenses.merge(id, 1L, Long::sum));

            Set<String> seenLanguages = new LinkedHashSet<>();
            for (String language : Values.strings(r.languages())) {
                String key = language.toLowerCase(Locale.ROOT);
                languageSpellings.computeIfAbsent(key, k -> new HashMap<>()).merge(language, 1L, Long::sum);
                if (seenLanguages.add(key)) {
                    languageCounts.merge(key, 1L, Long::sum);
                }
            }

            Optional<BigDecimal> h = Values.laborHours(r);
            if (h.isPresent() && h.get().signum() >= 0) {
                hours.add(h.get());
            } else if (h.isPresent() || r.laborHours() instanceof Property.Invalid<?> || r.laborHours().value().isPresent()) {
                invalidHours++;
            }

            scores.add(new ScoredRelease(keys.get(i), Values.filled(r.name()).orElse(""),
                    Values.filled(r.organization()).orElse(""), Values.usageType(r).orElse(""), QualityScore.of(r)));
        }
        dropZero(usage, MISSING, INVALID);
        dropZero(status, MISSING, INVALID);

        Map<String, Long> languages = new HashMap<>();
        languageCounts.forEach((key, count) -> languages.put(spelling(languageSpellings.get(key)), count));

        hours.sort(Comparator.naturalOrder());
        BigDecimal total = MetricsMath.plain(hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        LaborHours labor = new LaborHours(total, MetricsMath.median(hours), hours.size(), invalidHours);

        return new InventoryMetrics(inventory.agency().orElse("").strip(), releases.size(), counts(usage),
                counts(status), byCount(organizations), byCount(licenses), byCount(unresolved), byCount(languages),
                openSource, labor, completeness(releases), scores, summary(scores));
    }

    private static <E> String enumKey(Property<E> property, Function<E, String> json) {
        if (property instanceof Property.Present<E> p) {
            return json.apply(p.get());
        }
        if (property instanceof Property.Invalid<E>) {
            return INVALID;
        }
        return MISSING;
    }

    private static void dropZero(Map<String, Long> counts, String... keys) {
        for (String key : keys) {
            counts.putIfAbsent(key, 0L);
            if (counts.get(key) == 0L) {
                counts.remove(key);
            }
        }
    }

    private static String spelling(Map<String, Long> spellings) {
        return spellings.entrySet().stream()
                .min(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }

    private static List<Count> counts(Map<String, Long> ordered) {
        return ordered.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    /** Most first, then by key. */
    private static List<Count> byCount(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<FieldCompleteness> completeness(List<Release> releases) {
        Map<String, Function<Release, Boolean>> fields = new LinkedHashMap<>();
        fields.put("name", r -> Values.filled(r.name()).isPresent());
        fields.put("version", r -> Values.filled(r.version()).isPresent());
        fields.put("organization", r -> Values.filled(r.organization()).isPresent());
        fields.put("description", r -> Values.filled(r.description()).isPresent());
        fields.put("permissions.licenses", r -> !Values.licenses(r).isEmpty());
        fields.put("permissions.usageType", r -> r.usageType().isPresent());
        fields.put("permissions.exemptionText", r -> r.permissions().value().flatMap(p -> Values.filled(p.exemptionText())).isPresent());
        fields.put("tags", r -> !Values.strings(r.tags()).isEmpty());
        fields.put("contact.email", r -> contact(r).flatMap(c -> Values.filled(c.email())).isPresent());
        fields.put("contact.name", r -> contact(r).flatMap(c -> Values.filled(c.name())).isPresent());
        fields.put("contact.URL", r -> contact(r).flatMap(c -> Values.filled(c.url())).isPresent());
        fields.put("contact.phone", r -> contact(r).flatMap(c -> Values.filled(c.phone())).isPresent());
        fields.put("status", r -> r.status().value().isPresent());
        fields.put("vcs", r -> Values.filled(r.vcs()).isPresent());
        fields.put("repositoryURL", r -> Values.filled(r.repositoryURL()).isPresent());
        fields.put("homepageURL", r -> Values.filled(r.homepageURL()).isPresent());
        fields.put("downloadURL", r -> Values.filled(r.downloadURL()).isPresent());
        fields.put("disclaimerURL", r -> Values.filled(r.disclaimerURL()).isPresent());
        fields.put("disclaimerText", r -> Values.filled(r.disclaimerText()).isPresent());
        fields.put("languages", r -> !Values.strings(r.languages()).isEmpty());
        fields.put("laborHours", r -> Values.laborHours(r).filter(h -> h.signum() >= 0).isPresent());
        fields.put("relatedCode", r -> !Values.objects(r.relatedCode()).isEmpty());
        fields.put("reusedCode", r -> !Values.objects(r.reusedCode()).isEmpty());
        fields.put("partners", r -> !Values.objects(r.partners()).isEmpty());
        fields.put("date.created", r -> date(r).flatMap(d -> Values.filled(d.created())).isPresent());
        fields.put("date.lastModified", r -> date(r).flatMap(d -> Values.filled(d.lastModified())).isPresent());
        fields.put("date.metadataLastUpdated", r -> date(r).flatMap(d -> Values.filled(d.metadataLastUpdated())).isPresent());

        List<FieldCompleteness> result = new ArrayList<>();
        long exempt = releases.stream().filter(r -> r.usageType().filter(UsageType::isExemption).isPresent()).count();
        fields.forEach((field, test) -> {
            boolean exemptionText = field.equals("permissions.exemptionText");
            long filled = releases.stream()
                    .filter(r -> !exemptionText || r.usageType().filter(UsageType::isExemption).isPresent())
                    .filter(test::apply)
                    .count();
            result.add(new FieldCompleteness(field, filled, exemptionText ? exempt : releases.size()));
        });
        return result;
    }

    private static Optional<Contact> contact(Release r) {
        return r.contact().value();
    }

    private static Optional<ReleaseDate> date(Release r) {
        return r.date().value();
    }

    private static ScoreSummary summary(List<ScoredRelease> scores) {
        List<BigDecimal> values = scores.stream().map(s -> s.score().score()).sorted().toList();
        BigDecimal mean = values.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
        Map<String, Long> histogram = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            histogram.put(i + "-" + (i + 1), 0L);
        }
        Map<String, Long> bands = new LinkedHashMap<>();
        bands.put("low", 0L);
        bands.put("medium", 0L);
        bands.put("high", 0L);
        for (BigDecimal v : values) {
            int bucket = Math.min(9, v.intValue());
            histogram.merge(bucket + "-" + (bucket + 1), 1L, Long::sum);
            String band = v.compareTo(BigDecimal.valueOf(4)) < 0 ? "low" : v.compareTo(BigDecimal.valueOf(6)) < 0 ? "medium" : "high";
            bands.merge(band, 1L, Long::sum);
        }
        return new ScoreSummary(mean, MetricsMath.median(values), counts(histogram), counts(bands));
    }

}
