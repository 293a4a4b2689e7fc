package gov.ca.code.codejson.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Credentials;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.ReleaseDate;
import gov.ca.code.codejson.codegov.UsageType;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.internal.ModelBinder;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.migrate.Migration;
import gov.ca.code.codejson.migrate.Migrator;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.shareit.AgencyIndex;
import gov.ca.code.codejson.shareit.Repository;
import gov.ca.code.codejson.validation.Profile;
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

    private static final Pattern RELEASE_POINTER = Pattern.compile("^/releases/(\\d+)(?:/.*)?$");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}).*");

    private static final Migrator MIGRATOR = new Migrator();

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
        for (MergeInput input : inputs) {
            try {
                conversions.add(InventoryConversion.of(input.document()));
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
        List<Entry> entries = new ArrayList<>();
        List<Quarantined> quarantined = new ArrayList<>();
        int read = 0;
        for (int k = 0; k < inputs.size(); k++) {
            MergeInput input = inputs.get(k);
            InventoryConversion conversion = conversions.get(k);
            Inventory inventory = conversion.inventory();
            Map<Integer, List<Diagnostic>> errorsByEntry = new HashMap<>();
            List<Diagnostic> documentErrors = new ArrayList<>();
            Forms forms = shareIt ? shareItForms(input, conversion, shell, options.profile(), errorsByEntry, documentErrors)
                    : codeGovForms(input, conversion, options, errorsByEntry, documentErrors);
            List<Property<Release>> list = inventory.releases().orElse(List.of());
            summaries.add(new InputSummary(input.origin(), conversion.from(), inventory.agency().orElse(""), list.size(),
                    forms.changes(), forms.notDerived(), documentErrors));
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
                    quarantined.add(new Quarantined(origin, release.name().orElse("").strip(), contactOf(release), keep, errors));
                    if (!keep) {
                        continue;
                    }
                }
                entries.add(new Entry(release, origin, entries.size(), errors.isEmpty(), forms.objects().get(i)));
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

        List<Diagnostic> warnings = new ArrayList<>();
        RedactionPolicy redaction = options.redaction();
        survivors.sort(OUTPUT_ORDER);
        List<Property<Release>> releases = new ArrayList<>();
        List<Redaction> redactions = new ArrayList<>();
        List<List<String>> redactedFields = new ArrayList<>();
        int contactsKept = 0;
        for (Entry entry : survivors) {
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
            warnings.add(new Diagnostic("", Location.UNKNOWN, Subject.FILE, "merge.contact-kept", Severity.WARNING,
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
        Record output = checkOutput(inventory, survivors, redactedFields, shell, options, quarantined, warnings);
        return new MergeResult(inventory, output, summaries, read, duplicates, quarantined, redactions, warnings);
    }

    /**
     * Checks what is written, release by release, and leaves out (or keeps, as configured) the
     * releases that fail the profile, which catches what redaction removed and the profile requires
     * (such as {@code repositoryURL} under {@code strict}). The SHARE IT agency index is built from
     * the SHARE IT form of each surviving release, redacted like its code.gov form.
     */
    private Record checkOutput(Inventory inventory, List<Entry> survivors, List<List<String>> redactedFields,
            JsonValue.JsonObject shell, MergeOptions options, List<Quarantined> quarantined, List<Diagnostic> warnings) {
        boolean shareIt = options.target() == Family.SHAREIT_INDEX_2_0_0;
        List<Property<Release>> releases = inventory.releases().orElse(List.of());
        Document document;
        if (shareIt) {
            List<JsonValue> forms = new ArrayList<>();
            for (int i = 0; i < survivors.size(); i++) {
                // The code.gov form was filtered and its warning given already; the SHARE IT form is filtered the same way.
                forms.add(Credentials.filter(redacted(survivors.get(i).shareIt(), redactedFields.get(i), options.redaction()),
                        "", pointer -> { }));
            }
            document = index(shell, forms);
        } else {
            document = Document.of(Migrator.CODE_JSON, Family.CODEGOV_2_0_0, inventory);
        }
        Map<Integer, List<Diagnostic>> errorsByEntry = new HashMap<>();
        List<Diagnostic> documentErrors = new ArrayList<>();
        byEntry(errors(codejson.validate(document, options.profile()).violations(), Set.of()), errorsByEntry, documentErrors);
        String what = shareIt ? "the SHARE IT agency index" : "the inventory";
        for (Diagnostic v : documentErrors) {
            warnings.add(new Diagnostic("", Location.UNKNOWN, v.subject(), v.rule(), Severity.WARNING, what + ": " + v.message()));
        }
        boolean keep = options.quarantine() == QuarantinePolicy.KEEP;
        List<Integer> written = new ArrayList<>();
        for (int i = 0; i < releases.size(); i++) {
            List<Diagnostic> errors = errorsByEntry.getOrDefault(i, List.of());
            // An entry kept although it failed is listed already; it is written as the policy says.
            if (!errors.isEmpty() && survivors.get(i).valid()) {
                Release release = releases.get(i).value().orElseThrow();
                quarantined.add(new Quarantined(survivors.get(i).origin(), release.name().orElse("").strip(),
                        contactOf(release), keep, errors));
                if (!keep) {
                    continue;
                }
            }
            written.add(i);
        }
        if (shareIt) {
            AgencyIndex index = document.root(AgencyIndex.class);
            List<Property<Repository>> all = index.releases().orElse(List.of());
            return new AgencyIndex(index.version(), index.measurementType(), index.agency(),
                    Property.of(written.stream().map(all::get).toList()), index.unknown());
        }
        return new Inventory(inventory.version(), inventory.measurementType(), inventory.agency(),
                Property.of(written.stream().map(releases::get).toList()), inventory.unknown());
    }

    /** The entries of an input for a code.gov 2.0.0 aggregate: the converted inventory, validated with the profile. */
    private Forms codeGovForms(MergeInput input, InventoryConversion conversion, MergeOptions options,
            Map<Integer, List<Diagnostic>> errorsByEntry, List<Diagnostic> documentErrors) {
        // What the conversion could not derive comes first: it is why the entry cannot be used as it is.
        byEntry(conversion.notDerived(), errorsByEntry, new ArrayList<>());
        // The caller's report of the very document under the same profile is what validating again would give.
        ValidationReport given = input.report();
        ValidationReport report = given != null && conversion.document() == input.document() && given.profile() == options.profile()
                && given.family() == input.document().family() ? given : codejson.validate(conversion.document(), options.profile());
        List<Diagnostic> found = report.violations().stream()
                .map(v -> inModel(v, conversion.document())).toList();
        byEntry(errors(found, pointers(conversion.notDerived())), errorsByEntry, documentErrors);
        return new Forms(Map.of(), conversion.notDerived(), conversion.log().changes().size());
    }

    /**
     * The entries of an input for a SHARE IT agency index, in their SHARE IT form: a SHARE IT or CMS
     * input as it is (draft spellings made current), a code.gov input converted with the migration;
     * what a conversion could not derive comes first, then what the profile finds in that form.
     */
    private Forms shareItForms(MergeInput input, InventoryConversion conversion, JsonValue.JsonObject shell, Profile profile,
            Map<Integer, List<Diagnostic>> errorsByEntry, List<Diagnostic> documentErrors) {
        Family from = conversion.from();
        Map<Integer, JsonValue.JsonObject> objects = new HashMap<>();
        List<Diagnostic> notDerived = new ArrayList<>();
        int changes;
        if (from == Family.SHAREIT_2_0_0 || from == Family.CMS_2_1_0) {
            Migration m = MIGRATOR.migrate(input.document(), from);
            objects.put(0, (JsonValue.JsonObject) CodeJson.toJson(m.document().root()));
            m.log().toFill().forEach(v -> notDerived.add(Diagnostic.at("/releases/0" + v.pointer(), v.rule(), v.severity(),
                    v.message(), v.location())));
            changes = m.log().changes().size();
        } else {
            Migration m = MIGRATOR.migrate(from == Family.SHAREIT_INDEX_2_0_0 ? input.document() : conversion.document(),
                    Family.SHAREIT_INDEX_2_0_0);
            if (from == Family.CODEGOV_1_0_1) {
                notDerived.addAll(conversion.notDerived());
            }
            Set<String> seen = pointers(notDerived);
            m.log().toFill().stream().filter(v -> !seen.contains(v.pointer())).forEach(notDerived::add);
            changes = m.log().changes().size() + (from == Family.CODEGOV_1_0_1 ? conversion.log().changes().size() : 0);
            JsonValue index = CodeJson.toJson(m.document().root());
            if (index instanceof JsonValue.JsonObject o && o.get("releases").orElse(null) instanceof JsonValue.JsonArray a) {
                for (int i = 0; i < a.elements().size(); i++) {
                    if (a.elements().get(i) instanceof JsonValue.JsonObject repo) {
                        objects.put(i, repo);
                    }
                }
            }
        }
        byEntry(notDerived, errorsByEntry, new ArrayList<>());
        List<Integer> order = objects.keySet().stream().sorted().toList();
        Document index = index(shell, order.stream().<JsonValue>map(objects::get).toList());
        List<Diagnostic> found = errors(codejson.validate(index, profile).violations(), Set.of());
        List<Diagnostic> renumbered = new ArrayList<>();
        for (Diagnostic v : found) {
            Matcher m = RELEASE_POINTER.matcher(v.pointer());
            if (m.matches()) {
                String rest = v.pointer().substring(("/releases/" + m.group(1)).length());
                renumbered.add(Diagnostic.at("/releases/" + order.get(Integer.parseInt(m.group(1))) + rest, v.rule(),
                        v.severity(), v.message(), v.location()));
            } else {
                documentErrors.add(v);
            }
        }
        byEntry(errors(renumbered, pointers(notDerived)), errorsByEntry, new ArrayList<>());
        return new Forms(objects, notDerived, changes);
    }

    /** A SHARE IT agency index with the aggregate's wrapper and these releases. */
    private static Document index(JsonValue.JsonObject shell, List<JsonValue> releases) {
        List<JsonValue.Member> members = new ArrayList<>(shell.members());
        members.add(new JsonValue.Member("releases", new JsonValue.JsonArray(releases, Location.UNKNOWN), Location.UNKNOWN));
        AgencyIndex root = ModelBinder.bind(AgencyIndex.class, new JsonValue.JsonObject(members, Location.UNKNOWN));
        return Document.of(Migrator.AGENCY_INDEX, Family.SHAREIT_INDEX_2_0_0, root);
    }

    /** The SHARE IT form with the fields redaction took from its code.gov form taken the same way. */
    private static JsonValue redacted(JsonValue.JsonObject form, List<String> fields, RedactionPolicy redaction) {
        if (fields.isEmpty()) {
            return form;
        }
        List<JsonValue.Member> members = new ArrayList<>();
        for (JsonValue.Member member : form.members()) {
            if (fields.contains(member.name()) && member.name().equals("contact")) {
                members.add(new JsonValue.Member("contact", CodeJson.toJson(redaction.agencyContact()), member.location()));
            } else if (!fields.contains(member.name())) {
                members.add(member);
            }
        }
        return new JsonValue.JsonObject(members, form.location());
    }

    private static List<Diagnostic> errors(List<Diagnostic> violations, Set<String> alreadyNamed) {
        // A value a conversion could not derive is also missing to validation: name it once.
        return violations.stream().filter(v -> v.severity() == Severity.ERROR)
                .filter(v -> !alreadyNamed.contains(v.pointer())).toList();
    }

    private static Set<String> pointers(List<Diagnostic> violations) {
        Set<String> set = new HashSet<>();
        violations.forEach(v -> set.add(v.pointer()));
        return set;
    }

    /**
     * The entries of one input in the form the target is written in.
     *
     * @param objects the SHARE IT form of each release by its index; empty for a code.gov aggregate
     * @param notDerived what the conversions could not derive
     * @param changes how many changes the conversions made
     */
    private record Forms(Map<Integer, JsonValue.JsonObject> objects, List<Diagnostic> notDerived, int changes) {
    }

    /**
     * The violation with its pointer in the model: validation names a member the file spells
     * differently (such as {@code projects} read as {@code releases}) as the file does.
     */
    private static Diagnostic inModel(Diagnostic v, Document document) {
        for (Document.Renamed renamed : document.renamed()) {
            String file = renamed.filePointer();
            if (v.pointer().equals(file) || v.pointer().startsWith(file + "/")) {
                return Diagnostic.at(renamed.pointer() + v.pointer().substring(file.length()), v.rule(), v.severity(),
                        v.message(), v.location());
            }
        }
        return v;
    }

    /** Sorts violations into those of one release ({@code /releases/N...}) and the others. */
    private static void byEntry(List<Diagnostic> violations, Map<Integer, List<Diagnostic>> errorsByEntry,
            List<Diagnostic> others) {
        for (Diagnostic v : violations) {
            Matcher m = RELEASE_POINTER.matcher(v.pointer());
            if (m.matches()) {
                errorsByEntry.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(v);
            } else {
                others.add(v);
            }
        }
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
        Location location = input.document().source() == null ? Location.UNKNOWN
                : JsonPointer.locate(input.document().source().root(), pointer);
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

    private static String agency(List<MergeInput> inputs, List<InventoryConversion> conversions, MergeOptions options,
            List<Diagnostic> problems) {
        if (options.agency() != null && !options.agency().isBlank()) {
            return options.agency().strip();
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
            problems.add(new Diagnostic("", Location.UNKNOWN, Subject.FILE, "merge.agency-missing", Severity.ERROR,
                    "no input names its agency; set the agency of the aggregate"));
        } else {
            problems.add(new Diagnostic("", Location.UNKNOWN, Subject.FILE, "merge.agency-conflict", Severity.ERROR,
                    "the inputs name different agencies (" + describe(byAgency) + "); set the agency of the aggregate"));
        }
        return "";
    }

    private static MeasurementType measurementType(List<MergeInput> inputs, List<InventoryConversion> conversions,
            MergeOptions options, List<Diagnostic> problems) {
        if (options.measurementType() != null) {
            return options.measurementType();
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
            problems.add(new Diagnostic("", Location.UNKNOWN, Subject.FILE, "merge.measurement-type-conflict",
                    Severity.ERROR, "the inputs state different measurement types (" + describe(byText)
                    + "); set the measurement type of the aggregate"));
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
     * @param shareIt the release in SHARE IT form, for a SHARE IT agency index; null otherwise
     * @param urlKey the normalised repository address, computed once; {@code ""} when there is none
     * @param nameKey the normalised name, computed once; {@code ""} when there is none
     * @param organizationKey the normalised organization; {@code ""} when there is none
     */
    private record Entry(Release release, EntryOrigin origin, int order, boolean valid, JsonValue.JsonObject shareIt,
            String urlKey, String nameKey, String organizationKey) {

        Entry(Release release, EntryOrigin origin, int order, boolean valid, JsonValue.JsonObject shareIt) {
            this(release, origin, order, valid, shareIt, RepositoryUrls.key(release.repositoryURL().orElse(null)).orElse(""),
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
