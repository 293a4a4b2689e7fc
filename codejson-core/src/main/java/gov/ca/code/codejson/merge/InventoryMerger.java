package gov.ca.code.codejson.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Credentials;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.ReleaseDate;
import gov.ca.code.codejson.codegov.UsageType;
import gov.ca.code.codejson.internal.ModelBinder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Severity;
import gov.ca.code.codejson.validation.Violation;

/**
 * Builds one agency inventory from many inputs.
 *
 * <p>The steps, in order:
 * <ol>
 *   <li><b>Validate.</b> Each input is validated with the configured profile; an entry of its
 *       {@code releases} with an error is quarantined: left out or kept, as configured, and
 *       listed with its origin and contact. An entry that is not an object is always left out.</li>
 *   <li><b>Find duplicates.</b> Entries with the same {@link RepositoryUrls#key normalised
 *       repositoryURL} are duplicates. An entry without a repository address is then a
 *       duplicate of the first group (in input order) whose entries have the same
 *       {@link RepositoryUrls#nameKey normalised name}; two entries with different repository
 *       addresses are never duplicates, whatever their names.</li>
 *   <li><b>Choose the survivor</b> of each group: an entry without errors over one with
 *       errors; then the newest {@code date.metadataLastUpdated}; then the newest
 *       {@code date.lastModified} (dates compared as {@code YYYY-MM-DD}, an entry with a
 *       date over one without); then the first in input order. Survivors are not combined
 *       with the entries they replace: the survivor is written as it is.</li>
 *   <li><b>Redact</b> releases whose {@code usageType} is not {@code openSource}, as the
 *       {@link RedactionPolicy} says.</li>
 *   <li><b>Order</b> releases by organization, then name (both ignoring case), then
 *       normalised repository address, then version, then input order.</li>
 * </ol>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class InventoryMerger {

    private static final Pattern RELEASE_POINTER = Pattern.compile("^/releases/(\\d+)(?:/.*)?$");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}).*");

    private final CodeJson codejson;

    /**
     * Creates a merger.
     *
     * @param codejson the validator
     */
    public InventoryMerger(CodeJson codejson) {
        this.codejson = Objects.requireNonNull(codejson, "codejson");
    }

    /**
     * Builds the aggregate.
     *
     * @param inputs the inputs, in the order that decides ties
     * @param options how to build it
     * @return the inventory and the report
     * @throws MergeException when an input is not a code.gov 2.0.0 inventory, or the inputs name
     *     different agencies or measurement types and the options do not set one
     */
    public MergeResult merge(List<MergeInput> inputs, MergeOptions options) throws MergeException {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(options, "options");
        List<String> problems = new ArrayList<>();
        for (MergeInput input : inputs) {
            if (!(input.document().root() instanceof Inventory)) {
                problems.add(input.origin() + ": error: this is a " + input.document().family().id()
                        + " document; an aggregate is built from code.gov 2.0.0 inventories: convert it first with"
                        + " codejson migrate --to codegov-2.0.0");
            }
        }
        if (!problems.isEmpty()) {
            throw new MergeException(problems);
        }
        String agency = agency(inputs, options, problems);
        MeasurementType measurementType = measurementType(inputs, options, problems);
        if (!problems.isEmpty()) {
            throw new MergeException(problems);
        }

        List<InputSummary> summaries = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<Quarantined> quarantined = new ArrayList<>();
        int read = 0;
        for (MergeInput input : inputs) {
            Inventory inventory = input.document().root(Inventory.class);
            ValidationReport report = codejson.validate(input.document(), options.profile());
            Map<Integer, List<Violation>> errorsByEntry = new HashMap<>();
            List<Violation> documentErrors = new ArrayList<>();
            for (Violation v : report.violations()) {
                if (v.severity() != Severity.ERROR) {
                    continue;
                }
                Matcher m = RELEASE_POINTER.matcher(v.pointer());
                if (m.matches()) {
                    errorsByEntry.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(v);
                } else {
                    documentErrors.add(v);
                }
            }
            List<Property<Release>> list = inventory.releases().orElse(List.of());
            summaries.add(new InputSummary(input.origin(), inventory.agency().orElse(""), list.size(), documentErrors));
            for (int i = 0; i < list.size(); i++) {
                read++;
                Property<Release> element = list.get(i);
                EntryOrigin origin = new EntryOrigin(input.origin(), "/releases/" + i, element.location());
                List<Violation> errors = errorsByEntry.getOrDefault(i, List.of());
                if (!(element instanceof Property.Present<Release> present)) {
                    // Not an object: nothing to name, deduplicate or keep.
                    quarantined.add(new Quarantined(origin, "", "", false, errors.isEmpty()
                            ? List.of(new Violation(origin.pointer(), "merge.not-a-release", Severity.ERROR,
                                    "this entry is not a release object; remove it or replace it with one", element.location()))
                            : errors));
                    continue;
                }
                Release release = present.get();
                if (!errors.isEmpty()) {
                    boolean keep = options.quarantine() == QuarantinePolicy.KEEP;
                    quarantined.add(new Quarantined(origin, release.name().orElse("").strip(), contactOf(release), keep, errors));
                    if (!keep) {
                        continue;
                    }
                }
                entries.add(new Entry(release, origin, entries.size(), errors.isEmpty()));
            }
        }

        List<List<Entry>> groups = group(entries);
        List<Duplicate> duplicates = new ArrayList<>();
        List<Entry> survivors = new ArrayList<>();
        for (List<Entry> group : groups) {
            Entry survivor = group.stream().min(SURVIVOR_ORDER).orElseThrow();
            survivors.add(survivor);
            if (group.size() > 1) {
                List<EntryOrigin> dropped = group.stream().filter(e -> e != survivor).map(Entry::origin).toList();
                String urlKey = survivor.urlKey();
                DuplicateKind kind = !urlKey.isEmpty() && group.stream().allMatch(e -> e.urlKey().equals(urlKey))
                        ? DuplicateKind.REPOSITORY_URL : DuplicateKind.NAME;
                String key = kind == DuplicateKind.REPOSITORY_URL ? urlKey : survivor.nameKey();
                duplicates.add(new Duplicate(kind, key, survivor.name(), survivor.origin(), dropped, reason(survivor, group)));
            }
        }

        List<String> warnings = new ArrayList<>();
        RedactionPolicy redaction = options.redaction();
        survivors.sort(OUTPUT_ORDER);
        List<Property<Release>> releases = new ArrayList<>();
        List<Redaction> redactions = new ArrayList<>();
        int contactsKept = 0;
        for (Entry entry : survivors) {
            Release release = entry.release();
            if (redaction.enabled() && !release.usageType().map(u -> u == UsageType.OPEN_SOURCE).orElse(false)) {
                List<String> fields = new ArrayList<>();
                Property<String> repositoryURL = release.repositoryURL();
                Property<Contact> contact = release.contact();
                if (redaction.omitRepositoryUrl() && repositoryURL.isDefined()) {
                    repositoryURL = Property.absent();
                    fields.add("repositoryURL");
                }
                if (redaction.replaceContact()) {
                    if (redaction.agencyContact() != null) {
                        contact = Property.of(redaction.agencyContact());
                        fields.add("contact");
                    } else if (contact.isDefined()) {
                        contactsKept++;
                    }
                }
                if (!fields.isEmpty()) {
                    release = with(release, repositoryURL, contact);
                    redactions.add(new Redaction(entry.origin(), entry.name(), usageTypeText(entry.release()), fields));
                }
            }
            releases.add(Property.of(withoutCredentials(release, entry.origin(), warnings)));
        }
        if (contactsKept > 0) {
            warnings.add(contactsKept + " release(s) that are not open source keep their own contact because no agency"
                    + " contact is configured; set one to replace them, or turn contact replacement off to silence this");
        }
        Inventory inventory = new Inventory(Property.of("2.0.0"), Property.of(measurementType), Property.of(agency),
                Property.of(List.copyOf(releases)), Unknown.NONE);
        Map<EntryOrigin, Integer> position = new HashMap<>();
        for (int i = 0; i < survivors.size(); i++) {
            position.put(survivors.get(i).origin(), i);
        }
        duplicates.sort(Comparator.comparingInt(d -> position.get(d.survivor())));
        return new MergeResult(inventory, summaries, read, duplicates, quarantined, redactions, warnings);
    }

    /** An input's URLs pass the same credential filter as generated ones: a merged file publishes nothing secret. */
    private static Release withoutCredentials(Release release, EntryOrigin origin, List<String> warnings) {
        JsonValue.JsonObject json = (JsonValue.JsonObject) CodeJson.toJson(release);
        List<String> filtered = new ArrayList<>();
        JsonValue.JsonObject clean = (JsonValue.JsonObject) Credentials.filter(json, origin.pointer(), filtered::add);
        for (String pointer : filtered) {
            warnings.add(origin.input() + ": " + pointer + ": the URL carries a user name, password or token; it was left"
                    + " out of the merged inventory, but remove it from the input too, and change the password if it was real");
        }
        return filtered.isEmpty() ? release : ModelBinder.bind(Release.class, clean);
    }

    /** Groups entries by repository address, then attaches address-less entries by name. */
    private static List<List<Entry>> group(List<Entry> entries) {
        Map<String, List<Entry>> byUrl = new LinkedHashMap<>();
        List<List<Entry>> groups = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.urlKey().isEmpty()) {
                byUrl.computeIfAbsent(e.urlKey(), k -> {
                    List<Entry> group = new ArrayList<>();
                    groups.add(group);
                    return group;
                }).add(e);
            }
        }
        // Groups were created in input order of their first entry, so the first group holding a
        // name is the first one put in this map for it.
        Map<String, List<Entry>> byName = new HashMap<>();
        for (List<Entry> group : groups) {
            for (Entry e : group) {
                if (!e.nameKey().isEmpty()) {
                    byName.putIfAbsent(e.nameKey(), group);
                }
            }
        }
        for (Entry e : entries) {
            if (!e.urlKey().isEmpty()) {
                continue;
            }
            List<Entry> target = e.nameKey().isEmpty() ? null : byName.get(e.nameKey());
            if (target == null) {
                target = new ArrayList<>();
                groups.add(target);
                if (!e.nameKey().isEmpty()) {
                    byName.put(e.nameKey(), target);
                }
            }
            target.add(e);
        }
        return groups;
    }

    private static final Comparator<Entry> SURVIVOR_ORDER = Comparator
            .comparing((Entry e) -> !e.valid())
            .thenComparing(e -> e.date(ReleaseDate::metadataLastUpdated), Comparator.reverseOrder())
            .thenComparing(e -> e.date(ReleaseDate::lastModified), Comparator.reverseOrder())
            .thenComparingInt(Entry::order);

    private static final Comparator<Entry> OUTPUT_ORDER = Comparator
            .comparing(Entry::organizationKey)
            .thenComparing(Entry::nameKey)
            .thenComparing(Entry::urlKey)
            .thenComparing(e -> e.release().version().orElse(""))
            .thenComparingInt(Entry::order);

    private static String reason(Entry survivor, List<Entry> group) {
        List<Entry> rest = group.stream().filter(e -> e != survivor).toList();
        if (survivor.valid() && rest.stream().anyMatch(e -> !e.valid())) {
            if (rest.stream().allMatch(e -> !e.valid())) {
                return "the only entry without validation errors";
            }
        }
        List<Entry> peers = rest.stream().filter(e -> e.valid() == survivor.valid()).toList();
        String meta = survivor.date(ReleaseDate::metadataLastUpdated);
        if (!meta.isEmpty() && peers.stream().allMatch(e -> e.date(ReleaseDate::metadataLastUpdated).compareTo(meta) < 0)) {
            return "the newest date.metadataLastUpdated (" + meta + ")";
        }
        String modified = survivor.date(ReleaseDate::lastModified);
        if (!modified.isEmpty() && peers.stream()
                .filter(e -> e.date(ReleaseDate::metadataLastUpdated).equals(meta))
                .allMatch(e -> e.date(ReleaseDate::lastModified).compareTo(modified) < 0)) {
            return "the newest date.lastModified (" + modified + ")";
        }
        return "the first in input order among equally recent entries";
    }

    private static String agency(List<MergeInput> inputs, MergeOptions options, List<String> problems) {
        if (options.agency() != null && !options.agency().isBlank()) {
            return options.agency().strip();
        }
        Map<String, List<String>> byAgency = new TreeMap<>();
        for (MergeInput input : inputs) {
            input.document().root(Inventory.class).agency().value().map(String::strip).filter(a -> !a.isEmpty())
                    .ifPresent(a -> byAgency.computeIfAbsent(a, k -> new ArrayList<>()).add(input.origin()));
        }
        if (byAgency.size() == 1) {
            return byAgency.keySet().iterator().next();
        }
        if (byAgency.isEmpty()) {
            problems.add("error: no input names its agency; set the agency of the aggregate");
        } else {
            problems.add("error: the inputs name different agencies (" + describe(byAgency)
                    + "); set the agency of the aggregate");
        }
        return "";
    }

    private static MeasurementType measurementType(List<MergeInput> inputs, MergeOptions options, List<String> problems) {
        if (options.measurementType() != null) {
            return options.measurementType();
        }
        JsonWriter writer = new JsonWriter();
        Map<String, List<String>> byText = new TreeMap<>();
        Map<String, MeasurementType> values = new HashMap<>();
        for (MergeInput input : inputs) {
            Optional<MeasurementType> m = input.document().root(Inventory.class).measurementType().value();
            if (m.isPresent()) {
                String text = writer.write(CodeJson.toJson(m.get())).replaceAll("\\s+", "");
                byText.computeIfAbsent(text, k -> new ArrayList<>()).add(input.origin());
                values.putIfAbsent(text, m.get());
            }
        }
        if (byText.isEmpty()) {
            return new MeasurementType(Property.of(MeasurementMethod.PROJECTS), Property.absent(), Unknown.NONE);
        }
        if (byText.size() > 1) {
            problems.add("error: the inputs state different measurement types (" + describe(byText)
                    + "); set the measurement type of the aggregate");
        }
        return values.get(byText.keySet().iterator().next());
    }

    private static String describe(Map<String, List<String>> valuesToOrigins) {
        List<String> parts = new ArrayList<>();
        valuesToOrigins.forEach((value, origins) -> parts.add(value + " in " + String.join(", ", origins)));
        return String.join("; ", parts);
    }

    private static String contactOf(Release release) {
        Optional<Contact> contact = release.contact().value();
        String email = contact.flatMap(c -> c.email().value()).map(String::strip).orElse("");
        if (!email.isEmpty()) {
            return email;
        }
        return contact.flatMap(c -> c.name().value()).map(String::strip).orElse("");
    }

    private static String usageTypeText(Release release) {
        Optional<UsageType> usage = release.usageType();
        if (usage.isPresent()) {
            return usage.get().json();
        }
        Property<UsageType> raw = release.permissions().value().map(p -> p.usageType()).orElse(Property.absent());
        if (raw instanceof Property.Invalid<UsageType> invalid && invalid.raw() instanceof JsonValue.JsonString s) {
            return s.value();
        }
        return "";
    }

    private static Release with(Release r, Property<String> repositoryURL, Property<Contact> contact) {
        return new Release(r.name(), r.version(), r.organization(), r.description(), r.permissions(), r.tags(), contact,
                r.status(), r.vcs(), repositoryURL, r.homepageURL(), r.downloadURL(), r.disclaimerURL(),
                r.disclaimerText(), r.languages(), r.laborHours(), r.relatedCode(), r.reusedCode(), r.partners(),
                r.date(), r.unknown());
    }

    /**
     * One release read from an input, with what the steps need to know about it.
     *
     * @param urlKey the normalised repository address, computed once; {@code ""} when there is none
     * @param nameKey the normalised name, computed once; {@code ""} when there is none
     * @param organizationKey the normalised organization; {@code ""} when there is none
     */
    private record Entry(Release release, EntryOrigin origin, int order, boolean valid, String urlKey,
            String nameKey, String organizationKey) {

        Entry(Release release, EntryOrigin origin, int order, boolean valid) {
            this(release, origin, order, valid, RepositoryUrls.key(release.repositoryURL().orElse(null)).orElse(""),
                    RepositoryUrls.nameKey(release.name().orElse(null)).orElse(""),
                    RepositoryUrls.nameKey(release.organization().orElse(null)).orElse(""));
        }

        String name() {
            return release.name().orElse("").strip();
        }

        /** The date as {@code YYYY-MM-DD}, or {@code ""} when absent or not a date. */
        String date(java.util.function.Function<ReleaseDate, Property<String>> field) {
            return release.date().value().flatMap(d -> field.apply(d).value())
                    .map(s -> ISO_DATE.matcher(s.strip()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .orElse("");
        }
    }
}
