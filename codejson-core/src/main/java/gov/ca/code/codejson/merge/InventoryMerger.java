package gov.ca.code.codejson.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Credentials;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.UsageType;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.json.ReadLimits;
import gov.ca.code.codejson.internal.ModelBinder;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Subject;

/**
 * Builds one agency inventory from many inputs.
 *
 * <p>The steps, in order:
 * <ol>
 *   <li><b>Convert.</b> An input of another family is converted to code.gov 2.0.0 with the
 *       migration ({@link InventoryConversion}); for a SHARE IT agency index each entry is also
 *       taken in its SHARE IT form (a SHARE IT or CMS input as it is, a code.gov entry converted). An
 *       entry with a value a conversion could not derive is quarantined with those values named.</li>
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
 *   <li><b>Check what is written</b> with the profile, release by release: a release that fails
 *       (such as one whose {@code repositoryURL} redaction removed, under {@code strict}) is
 *       quarantined.</li>
 * </ol>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class InventoryMerger {



    private final CodeJson codejson;
    private final MergeForms forms;

    /**
     * Creates a merger.
     *
     * @param codejson the validator
     */
    public InventoryMerger(CodeJson codejson) {
        this.codejson = Objects.requireNonNull(codejson, "codejson");
        this.forms = new MergeForms(codejson);
    }

    /**
     * Builds the aggregate. Inputs of any family are first converted to code.gov 2.0.0 with the
     * migration ({@link InventoryConversion}); an entry with a value the migration could not derive is
     * quarantined with those values named, never filled.
     *
     * @param inputs the inputs, in the order that decides ties
     * @param options how to build it
     * @return the inventory and the report
     * @throws MergeException when an input cannot be converted to a code.gov 2.0.0 inventory, or the inputs name
     *     different agencies or measurement types and the options do not set one
     */
    public MergeResult merge(List<MergeInput> inputs, MergeOptions options) throws MergeException {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(options, "options");
        List<Diagnostic> problems = new ArrayList<>();
        List<InventoryConversion> conversions = new ArrayList<>();
        int maxDepth = codejson.reader().limits().maxNestingDepth();
        for (MergeInput input : inputs) {
            try {
                InventoryConversion conversion = InventoryConversion.of(input.document());
                if (conversion.from() != Family.CODEGOV_2_0_0) {
                    // A converted input nests as deep as its releases will in the aggregate: wrapping a
                    // repository object in an inventory adds two levels.
                    int depth = JsonValue.depth(CodeJson.toJson(conversion.document().root()));
                    if (depth > maxDepth) {
                        problems.add(new Diagnostic(input.origin(), Location.UNKNOWN, Subject.FILE, "merge.too-deep",
                                Severity.ERROR, "converted to code.gov 2.0.0 this " + input.document().family().id()
                                + " document nests " + depth + " arrays and objects deep, over the read limit "
                                + ReadLimits.Limit.MAX_DEPTH.id() + " of " + maxDepth + ", so codejson could not read the"
                                + " aggregate back; raise the limit to at least " + depth + " for the merge and for every"
                                + " later read of its output"));
                    }
                }
                conversions.add(conversion);
            } catch (IllegalArgumentException e) {
                problems.add(new Diagnostic(input.origin(), Location.UNKNOWN, Subject.FILE, "merge.not-convertible",
                        Severity.ERROR, "this " + input.document().family().id() + " document cannot enter an aggregate: "
                        + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new MergeException(problems);
        }
        String agency = agency(inputs, conversions, options, problems);
        MeasurementType measurementType = measurementType(inputs, conversions, options, problems);
        if (!problems.isEmpty()) {
            throw new MergeException(problems);
        }

        boolean shareIt = options.target() == Family.SHAREIT_INDEX_2_0_0;
        JsonValue.JsonObject shell = (JsonValue.JsonObject) CodeJson.toJson(new Inventory(Property.of("2.0.0"),
                Property.of(measurementType), Property.of(agency), Property.absent(), Unknown.NONE));
        List<InputSummary> summaries = new ArrayList<>();
        List<MergeEntry> entries = new ArrayList<>();
        List<Quarantined> quarantined = new ArrayList<>();
        int read = 0;
        for (int k = 0; k < inputs.size(); k++) {
            MergeInput input = inputs.get(k);
            InventoryConversion conversion = conversions.get(k);
            Inventory inventory = conversion.inventory();
            Map<Integer, List<Diagnostic>> errorsByEntry = new HashMap<>();
            List<Diagnostic> documentErrors = new ArrayList<>();
            MergeForms.Forms entryForms = shareIt ? forms.shareItForms(input, conversion, shell, options.profile(), errorsByEntry, documentErrors)
                    : forms.codeGovForms(input, conversion, options, errorsByEntry, documentErrors);
            List<Property<Release>> list = inventory.releases().orElse(List.of());
            summaries.add(new InputSummary(input.origin(), conversion.from(), inventory.agency().orElse(""), list.size(),
                    entryForms.changes(), entryForms.notDerived(), documentErrors));
            for (int i = 0; i < list.size(); i++) {
                read++;
                Property<Release> element = list.get(i);
                EntryOrigin origin = origin(input, conversion, i, element);
                List<Diagnostic> errors = errorsByEntry.getOrDefault(i, List.of());
                if (!(element instanceof Property.Present<Release> present)) {
                    // Not an object: nothing to name, deduplicate or keep.
                    quarantined.add(new Quarantined(origin, "", "", false, errors.isEmpty()
                            ? List.of(Diagnostic.at(origin.pointer(), "merge.not-a-release", Severity.ERROR,
                                    "this entry is not a release object; remove it or replace it with one", element.location()))
                            : errors));
                    continue;
                }
                Release release = present.get();
                if (!errors.isEmpty()) {
                    boolean keep = options.quarantine() == QuarantinePolicy.KEEP;
                    quarantined.add(new Quarantined(origin, release.name().orElse("").strip(), MergeEntry.contactOf(release), keep, errors));
                    if (!keep) {
                        continue;
                    }
                }
                entries.add(new MergeEntry(release, origin, entries.size(), errors.isEmpty(), entryForms.objects().get(i)));
            }
        }

        List<List<MergeEntry>> groups = MergeEntry.group(entries);
        List<Duplicate> duplicates = new ArrayList<>();
        List<MergeEntry> survivors = new ArrayList<>();
        for (List<MergeEntry> group : groups) {
            MergeEntry survivor = group.stream().min(MergeEntry.SURVIVOR_ORDER).orElseThrow();
            survivors.add(survivor);
            if (group.size() > 1) {
                List<EntryOrigin> dropped = group.stream().filter(e -> e != survivor).map(MergeEntry::origin).toList();
                String urlKey = survivor.urlKey();
                DuplicateKind kind = !urlKey.isEmpty() && group.stream().allMatch(e -> e.urlKey().equals(urlKey))
                        ? DuplicateKind.REPOSITORY_URL : DuplicateKind.NAME;
                String key = kind == DuplicateKind.REPOSITORY_URL ? urlKey : survivor.nameKey();
                duplicates.add(new Duplicate(kind, key, survivor.name(), survivor.origin(), dropped, MergeEntry.reason(survivor, group)));
            }
        }

        List<Diagnostic> warnings = new ArrayList<>();
        RedactionPolicy redaction = options.redaction();
        survivors.sort(MergeEntry.OUTPUT_ORDER);
        List<Property<Release>> releases = new ArrayList<>();
        List<Redaction> redactions = new ArrayList<>();
        List<List<String>> redactedFields = new ArrayList<>();
        int contactsKept = 0;
        for (MergeEntry entry : survivors) {
            Release release = entry.release();
            List<String> fields = new ArrayList<>();
            if (redaction.enabled() && !release.usageType().map(u -> u == UsageType.OPEN_SOURCE).orElse(false)) {
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
            redactedFields.add(List.copyOf(fields));
        }
        if (contactsKept > 0) {
            warnings.add(new Diagnostic("", Location.UNKNOWN, Subject.input(MergeRequest.Setting.AGENCY_CONTACT_EMAIL),
                    "merge.contact-kept", Severity.WARNING,
                    contactsKept + " release(s) that are not open source keep their own contact because no agency"
                    + " contact is configured; set one to replace them, or turn contact replacement off to silence this"));
        }
        Inventory inventory = new Inventory(Property.of("2.0.0"), Property.of(measurementType), Property.of(agency),
                Property.of(List.copyOf(releases)), Unknown.NONE);
        Map<EntryOrigin, Integer> position = new HashMap<>();
        for (int i = 0; i < survivors.size(); i++) {
            position.put(survivors.get(i).origin(), i);
        }
        duplicates.sort(Comparator.comparingInt(d -> position.get(d.survivor())));
        Record output = forms.checkOutput(inventory, survivors, redactedFields, shell, options, quarantined, warnings);
        return new MergeResult(inventory, output, summaries, read, duplicates, quarantined, redactions, warnings);
    }

    /**
     * Where release {@code i} of the (converted) inventory is in the input as read: its
     * {@code /releases/N} or, after a conversion, the 1.0.1 project {@code /projects/N} or the whole
     * per-repository file.
     */
    private static EntryOrigin origin(MergeInput input, InventoryConversion conversion, int i, Property<Release> element) {
        if (!conversion.converted()) {
            return new EntryOrigin(input.origin(), "/releases/" + i, element.location());
        }
        String pointer = switch (conversion.from()) {
            case CODEGOV_1_0_1 -> "/projects/" + i;
            case SHAREIT_2_0_0, CMS_2_1_0 -> "";
            default -> "/releases/" + i;
        };
        Location location = JsonPointer.locate(input.document().source().root(), pointer);
        return new EntryOrigin(input.origin(), pointer, location);
    }

    /** An input's URLs pass the same credential filter as generated ones: a merged file publishes nothing secret. */
    private static Release withoutCredentials(Release release, EntryOrigin origin, List<Diagnostic> warnings) {
        JsonValue.JsonObject json = (JsonValue.JsonObject) CodeJson.toJson(release);
        List<String> filtered = new ArrayList<>();
        JsonValue.JsonObject clean = (JsonValue.JsonObject) Credentials.filter(json, origin.pointer(), filtered::add);
        for (String pointer : filtered) {
            warnings.add(new Diagnostic(origin.input(), Location.UNKNOWN, Subject.pointer(pointer), "merge.credentials",
                    Severity.WARNING, "the URL carries a user name, password or token; it was left out of the merged"
                    + " inventory, but remove it from the input too, and change the password if it was real"));
        }
        return filtered.isEmpty() ? release : ModelBinder.bind(Release.class, clean);
    }

    private static String agency(List<MergeInput> inputs, List<InventoryConversion> conversions, MergeOptions options,
            List<Diagnostic> problems) {
        if (options.givenAgency().isPresent()) {
            return options.givenAgency().get();
        }
        Map<String, List<String>> byAgency = new TreeMap<>();
        for (int k = 0; k < inputs.size(); k++) {
            String origin = inputs.get(k).origin();
            conversions.get(k).inventory().agency().value().map(String::strip).filter(a -> !a.isEmpty())
                    .ifPresent(a -> byAgency.computeIfAbsent(a, key -> new ArrayList<>()).add(origin));
        }
        if (byAgency.size() == 1) {
            return byAgency.keySet().iterator().next();
        }
        if (byAgency.isEmpty()) {
            problems.add(new Diagnostic("", Location.UNKNOWN, Subject.input(MergeRequest.Setting.AGENCY), "merge.agency-missing",
                    Severity.ERROR,
                    "no input names its agency; set the agency of the aggregate"));
        } else {
            problems.add(new Diagnostic("", Location.UNKNOWN, Subject.input(MergeRequest.Setting.AGENCY), "merge.agency-conflict",
                    Severity.ERROR,
                    "the inputs name different agencies (" + describe(byAgency) + "); set the agency of the aggregate"));
        }
        return "";
    }

    private static MeasurementType measurementType(List<MergeInput> inputs, List<InventoryConversion> conversions,
            MergeOptions options, List<Diagnostic> problems) {
        if (options.givenMeasurementType().isPresent()) {
            return options.givenMeasurementType().get();
        }
        JsonWriter writer = new JsonWriter();
        Map<String, List<String>> byText = new TreeMap<>();
        Map<String, MeasurementType> values = new HashMap<>();
        for (int k = 0; k < inputs.size(); k++) {
            Optional<MeasurementType> m = conversions.get(k).inventory().measurementType().value();
            if (m.isPresent()) {
                String text = writer.write(CodeJson.toJson(m.get())).replaceAll("\\s+", "");
                byText.computeIfAbsent(text, key -> new ArrayList<>()).add(inputs.get(k).origin());
                values.putIfAbsent(text, m.get());
            }
        }
        if (byText.isEmpty()) {
            return new MeasurementType(Property.of(MeasurementMethod.PROJECTS), Property.absent(), Unknown.NONE);
        }
        if (byText.size() > 1) {
            // The subject is the setting that settles it, so that each adapter names its own option or parameter.
            problems.add(new Diagnostic("", Location.UNKNOWN, Subject.input(MergeRequest.Setting.MEASUREMENT_METHOD),
                    "merge.measurement-type-conflict", Severity.ERROR, "the inputs state different measurement types ("
                    + describe(byText) + "); set the measurement method of the aggregate"));
        }
        return values.get(byText.keySet().iterator().next());
    }

    private static String describe(Map<String, List<String>> valuesToOrigins) {
        List<String> parts = new ArrayList<>();
        valuesToOrigins.forEach((value, origins) -> parts.add(value + " in " + String.join(", ", origins)));
        return String.join("; ", parts);
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

}
