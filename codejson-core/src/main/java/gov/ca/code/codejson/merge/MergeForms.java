package gov.ca.code.codejson.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Credentials;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.internal.ModelBinder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.migrate.Migration;
import gov.ca.code.codejson.migrate.Migrator;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.shareit.AgencyIndex;
import gov.ca.code.codejson.shareit.Repository;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.json.ReadLimits;

/**
 * The validation steps of a merge: each input's entries in the form the target is written in,
 * validated with the profile, and the check of what is written. Violations are sorted by the
 * release they belong to in one pass.
 */
final class MergeForms {

    // Unbounded depth: the merger checks once, against its reader's limits, that the aggregate reads back.
    private static final Migrator MIGRATOR = new Migrator(ReadLimits.DEFAULT.withMaxNestingDepth(ReadLimits.MAX_NESTING_DEPTH));

    private final CodeJson codejson;

    MergeForms(CodeJson codejson) {
        this.codejson = Objects.requireNonNull(codejson, "codejson");
    }

    /**
     * Checks what is written, release by release, and leaves out (or keeps, as configured) the
     * releases that fail the profile, which catches what redaction removed and the profile requires
     * (such as {@code repositoryURL} under {@code strict}). The SHARE IT agency index is built from
     * the SHARE IT form of each surviving release, redacted like its code.gov form.
     */
    Record checkOutput(Inventory inventory, List<MergeEntry> survivors, List<List<String>> redactedFields,
            JsonValue.JsonObject shell, MergeOptions options, List<Quarantined> quarantined, List<Diagnostic> warnings) {
        boolean shareIt = options.target() == Family.SHAREIT_INDEX_2_0_0;
        List<Property<Release>> releases = inventory.releases().orElse(List.of());
        Document document;
        if (shareIt) {
            List<JsonValue> forms = new ArrayList<>();
            for (int i = 0; i < survivors.size(); i++) {
                // The code.gov form was filtered and its warning given already; the SHARE IT form is filtered the same way.
                // Every entry of a SHARE IT aggregate has its SHARE IT form.
                JsonValue.JsonObject form = Objects.requireNonNull(survivors.get(i).shareIt(), "shareIt");
                forms.add(Credentials.filter(redacted(form, redactedFields.get(i), options.redaction()),
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
                        MergeEntry.contactOf(release), keep, errors));
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
    Forms codeGovForms(MergeInput input, InventoryConversion conversion, MergeOptions options,
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
    Forms shareItForms(MergeInput input, InventoryConversion conversion, JsonValue.JsonObject shell, Profile profile,
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
            int entry = releaseIndex(v.pointer());
            if (entry >= 0) {
                String rest = v.pointer().substring(("/releases/" + entry).length());
                renumbered.add(Diagnostic.at("/releases/" + order.get(entry) + rest, v.rule(),
                        v.severity(), v.message(), v.location()));
            } else {
                documentErrors.add(v);
            }
        }
        byEntry(errors(renumbered, pointers(notDerived)), errorsByEntry, new ArrayList<>());
        return new Forms(objects, notDerived, changes);
    }

    /** A SHARE IT agency index with the aggregate's wrapper and these releases. */
    static Document index(JsonValue.JsonObject shell, List<JsonValue> releases) {
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
    record Forms(Map<Integer, JsonValue.JsonObject> objects, List<Diagnostic> notDerived, int changes) {
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
            int entry = releaseIndex(v.pointer());
            if (entry >= 0) {
                errorsByEntry.computeIfAbsent(entry, k -> new ArrayList<>()).add(v);
            } else {
                others.add(v);
            }
        }
    }

    /**
     * The N of a pointer {@code /releases/N} or {@code /releases/N/...}, or -1: read character by
     * character, as the regular expression it replaces matched (a line break inside the rest of
     * the pointer makes it no release's).
     */
    static int releaseIndex(String pointer) {
        String prefix = "/releases/";
        if (!pointer.startsWith(prefix)) {
            return -1;
        }
        int end = prefix.length();
        while (end < pointer.length() && pointer.charAt(end) >= '0' && pointer.charAt(end) <= '9') {
            end++;
        }
        if (end == prefix.length() || end - prefix.length() > 9) {
            return -1;
        }
        if (end < pointer.length()) {
            if (pointer.charAt(end) != '/') {
                return -1;
            }
            for (int i = end; i < pointer.length(); i++) {
                char c = pointer.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return -1;
                }
            }
        }
        return Integer.parseInt(pointer, prefix.length(), end, 10);
    }
}
