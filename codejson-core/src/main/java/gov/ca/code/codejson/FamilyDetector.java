package gov.ca.code.codejson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import gov.ca.code.codejson.json.JsonDocument;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.text.Counts;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Diagnostic;

import org.jspecify.annotations.Nullable;

/**
 * Tells the family of a document from its {@code version}, its shape and the members of its
 * entries, and notices the variant spellings found in real files, which are read with a warning
 * rather than rejected. Every object and array of objects is read: what had to be assumed (an
 * unpublished version, an array root, a lone release, an object of no family) is one warning. The
 * decision table is in docs/families.md.
 *
 * <p>The order of the tests matters: a SHARE IT per-repository object may carry its own software
 * version {@code "2.0.0"} and a CMS field named {@code projects}, so the shape of a repository
 * object is recognised before the version and the {@code projects} array of an inventory.
 */
final class FamilyDetector {

    private FamilyDetector() {
    }

    /**
     * The family found and what was noticed on the way.
     *
     * @param family the family
     * @param notices warnings about variant spellings and about what was assumed, reported with
     *        validation, at pointers into the file
     * @param bound the model object to bind to the family's model, with renamed members under their schema names
     * @param renamed the members read under another name
     * @param shape how the file's top-level value maps onto the model object
     */
    record Detection(Family family, List<Diagnostic> notices, JsonValue.JsonObject bound,
            List<Document.Renamed> renamed, RootShape shape) {
    }

    /** A family and why the content calls for it. */
    private record Verdict(Family family, String because) {
    }

    /**
     * What the member names the reader met say about the entries: whether one can have a member
     * only SHARE IT defines, or at least an array usageType, or neither. Looking in every entry
     * is a walk over the whole tree, so it looks only for what can be there.
     */
    private enum Signs {
        /** No entry can have a SHARE IT member. */
        NONE,
        /** No SHARE IT marker name occurs, but a usageType holds an array somewhere. */
        ARRAY_USAGE_TYPE,
        /** A SHARE IT marker name occurs somewhere. */
        MARKERS
    }

    static Detection detect(JsonDocument json, String name, @Nullable Family requested) throws JsonReadException {
        JsonValue root = json.root();
        Signs markers = json.memberNames().stream().anyMatch(FamilyMarkers.SHAREIT_MARKERS::contains) ? Signs.MARKERS
                : json.arrayMemberNames().contains("usageType") ? Signs.ARRAY_USAGE_TYPE : Signs.NONE;
        List<Diagnostic> notices = new ArrayList<>();
        JsonValue.JsonObject object;
        RootShape shape;
        Family family;
        if (root instanceof JsonValue.JsonArray array) {
            List<JsonValue.JsonObject> elements = objects(array, name);
            Optional<JsonValue.JsonObject> inventory = elements.stream().filter(FamilyDetector::holdsEntries).findFirst();
            if (inventory.isPresent()) {
                String member = inventory.get().get("releases").isPresent() ? "releases" : "projects";
                shape = RootShape.inventories(elements, member);
                object = RootShape.inventoriesObject(elements, member);
                Verdict verdict = requested != null ? new Verdict(requested, "it was asked for")
                        : inventoryVerdict(object, member, name, markers, new ArrayList<>());
                family = verdict.family();
                int entries = ((JsonValue.JsonArray) object.get(member).orElseThrow()).elements().size();
                notices.add(Diagnostic.at("", "variant.root-shape", Severity.WARNING, "the file is a top-level array of "
                        + Counts.of(elements.size(), "inventory", "inventories") + ", not one code.json object; read as one "
                        + family.id() + " inventory, the first of them, holding the " + entries + " " + member
                        + " of all of them,"
                        + " because " + verdict.because(), root.location()));
            } else {
                Verdict verdict = requested != null ? new Verdict(requested, "it was asked for")
                        : entriesVerdict(elements, "elements", Family.CODEGOV_2_0_0, markers);
                family = verdict.family();
                String member = entriesMember(family, name, root.location());
                shape = new RootShape(RootShape.Kind.ARRAY, member, List.of());
                object = (JsonValue.JsonObject) shape.modelObject(array);
                notices.add(Diagnostic.at("", "variant.root-shape", Severity.WARNING, "the file is a top-level array of "
                        + Counts.of(elements.size(), "object") + ", not one code.json object; read as the " + member + " of a "
                        + family.id() + " inventory because " + verdict.because(), root.location()));
            }
        } else if (root instanceof JsonValue.JsonObject o) {
            Verdict entry = requested == null ? entryVerdict(o, name) : askedEntry(o, name, requested);
            if (entry != null) {
                family = entry.family();
                String member = entriesMember(family, name, o.location());
                shape = new RootShape(RootShape.Kind.ENTRY, member, List.of());
                object = (JsonValue.JsonObject) shape.modelObject(o);
                notices.add(Diagnostic.at("", "variant.root-shape", Severity.WARNING, "the file is a single "
                        + (member.equals("releases") ? "release" : "project") + ", not a whole inventory; read as the only "
                        + member.substring(0, member.length() - 1) + " of a " + family.id() + " inventory because "
                        + entry.because(), o.location()));
            } else {
                family = requested != null ? FamilyMarkers.asked(o, requested, notices) : guess(o, name, markers, notices);
                shape = RootShape.OBJECT;
                object = o;
            }
        } else {
            throw new JsonReadException(name, root.location(), "a code.json document is a JSON object or an array of"
                    + " objects, but this is of type " + root.typeName());
        }
        JsonValue.JsonObject bound = object;
        List<Document.Renamed> renamed = new ArrayList<>();
        if ((family == Family.CODEGOV_2_0_0 || family == Family.SHAREIT_INDEX_2_0_0)
                && object.get("releases").isEmpty() && object.get("projects").isPresent()) {
            bound = rename(object, "projects", "releases");
            renamed.add(new Document.Renamed("/releases", "projects"));
            notices.add(Diagnostic.at("/projects", "variant.projects", Severity.WARNING,
                    "the releases of this " + family.id() + " file are named \"projects\", the 1.0.1 name; they are read as "
                            + "\"releases\", which is the name to write",
                    object.member("projects").orElseThrow().location()));
        }
        if (family == Family.SHAREIT_2_0_0 || family == Family.CMS_2_1_0) {
            LegacySpellings.notice(object, "", notices);
        } else if (family == Family.SHAREIT_INDEX_2_0_0
                && bound.get("releases").orElse(null) instanceof JsonValue.JsonArray releases) {
            String base = renamed.isEmpty() ? "/releases" : "/projects";
            for (int i = 0; i < releases.elements().size(); i++) {
                if (releases.elements().get(i) instanceof JsonValue.JsonObject release) {
                    LegacySpellings.notice(release, JsonPointer.append(base, i), notices);
                }
            }
        }
        List<Diagnostic> located = new ArrayList<>(notices.size());
        for (Diagnostic v : notices) {
            located.add(Diagnostic.at(shape.filePointer(v.pointer()).orElse(""), v.rule(), v.severity(), v.message(),
                    v.location()));
        }
        return new Detection(family, located, bound, renamed, shape);
    }

    /** {@return the elements of a top-level array, each an object} */
    private static List<JsonValue.JsonObject> objects(JsonValue.JsonArray array, String name) throws JsonReadException {
        List<JsonValue.JsonObject> out = new ArrayList<>(array.elements().size());
        for (int i = 0; i < array.elements().size(); i++) {
            if (!(array.elements().get(i) instanceof JsonValue.JsonObject o)) {
                JsonValue e = array.elements().get(i);
                throw new JsonReadException(name, e.location(), "a code.json document is a JSON object or an array of"
                        + " objects, but element " + i + " of this array is of type " + e.typeName());
            }
            out.add(o);
        }
        return out;
    }

    private static boolean holdsEntries(JsonValue.JsonObject o) {
        return o.get("releases").orElse(null) instanceof JsonValue.JsonArray
                || o.get("projects").orElse(null) instanceof JsonValue.JsonArray && !isRepository(o);
    }

    /** {@return the name of the entries array of the family's inventory} */
    private static String entriesMember(Family family, String name, Location at) throws JsonReadException {
        if (family == Family.CODEGOV_1_0_1) {
            return "projects";
        }
        if (family == Family.CODEGOV_2_0_0 || family == Family.SHAREIT_INDEX_2_0_0) {
            return "releases";
        }
        throw new JsonReadException(name, at, "a " + family.id() + " document is one object, and this file lists"
                + " several; read it as codegov-2.0.0 or shareit-index-2.0.0, or split it into one file per object");
    }

    /** An object with a member of a release and no releases array (a string {@code releases} is a member of its own). */
    private static boolean isRepository(JsonValue.JsonObject object) {
        return isRepository(object, "");
    }

    /**
     * An object with a member of a release and no releases array, or any object under the name
     * codejson gives a repository file: what such a file holds is a repository object, whatever
     * members (a {@code releases} array among them) it kept from the file it was migrated from.
     */
    private static boolean isRepository(JsonValue.JsonObject object, String name) {
        return FamilyMarkers.isRepositoryFileName(name)
                || !(object.get("releases").orElse(null) instanceof JsonValue.JsonArray)
                && FamilyMarkers.firstMember(object, FamilyMarkers.REPOSITORY_MEMBERS) != null;
    }

    /**
     * A per-repository object that is one entry of an inventory rather than a SHARE IT object: a
     * code.gov 2.0.0 release (a string {@code usageType}, no SHARE IT member) or a 1.0.1 project.
     *
     * <p>A repository object under the name codejson gives the files of a SHARE IT migration is
     * only read as a code.gov entry on the one sure sign, a string {@code usageType}: members of
     * 1.0.1 kept from the file it was migrated from do not make it a 1.0.1 project again.
     *
     * @return the verdict, or null when the object is not such an entry
     */
    private static @Nullable Verdict entryVerdict(JsonValue.JsonObject object, String name) {
        if (!isRepository(object, name) || isSchema(object) || FamilyMarkers.firstMember(object, FamilyMarkers.CMS_MARKERS) != null
                || FamilyMarkers.shareItMember(object) != null || FamilyMarkers.firstMember(object, FamilyMarkers.LEGACY_SHAREIT_KEYS) != null) {
            return null;
        }
        if (object.get("permissions").orElse(null) instanceof JsonValue.JsonObject p
                && p.get("usageType").orElse(null) instanceof JsonValue.JsonString) {
            return new Verdict(Family.CODEGOV_2_0_0, "its permissions.usageType is a string, as in code.gov 2.0.0"
                    + " (SHARE IT wants an array), and it has no member only SHARE IT defines");
        }
        if (FamilyMarkers.isRepositoryFileName(name)) {
            return null;
        }
        Optional<String> old = Optional.ofNullable(FamilyMarkers.firstMember(object, FamilyMarkers.CODEGOV_101_MEMBERS));
        return old.map(m -> new Verdict(Family.CODEGOV_1_0_1, "it carries " + m + ", a code.gov 1.0.1 member"))
                .orElse(null);
    }

    /**
     * A lone release or project read as the inventory family that was asked for: the family is
     * given, but the file still holds one entry, not the inventory around it. A member only an
     * inventory has keeps the object an inventory, however broken.
     */
    private static @Nullable Verdict askedEntry(JsonValue.JsonObject object, String name, Family requested) {
        boolean inventory = requested == Family.CODEGOV_2_0_0 || requested == Family.CODEGOV_1_0_1
                || requested == Family.SHAREIT_INDEX_2_0_0;
        boolean whole = Stream.of("agency", "releases", "projects", "measurementType").anyMatch(m -> object.get(m).isPresent());
        return inventory && !whole && isRepository(object, name) && !isSchema(object)
                ? new Verdict(requested, requested.id() + " was asked for") : null;
    }

    private static boolean isSchema(JsonValue.JsonObject object) {
        return object.get("$schema").isPresent()
                && (object.get("properties").isPresent() || object.get("type").isPresent());
    }

    private static Family guess(JsonValue.JsonObject object, String name, Signs markers, List<Diagnostic> notices) {
        if (isSchema(object)) {
            notices.add(Diagnostic.at("", "variant.no-family", Severity.WARNING, "this looks like a JSON Schema, not a"
                    + " code.json document; read as codegov-2.0.0, the code.gov inventory, so that validation lists"
                    + " what it lacks; validate a code.json file against the schema instead", object.location()));
            return Family.CODEGOV_2_0_0;
        }
        if (isRepository(object, name)) {
            return FamilyMarkers.firstMember(object, FamilyMarkers.CMS_MARKERS) != null ? Family.CMS_2_1_0 : Family.SHAREIT_2_0_0;
        }
        if (object.get("releases").isPresent() || object.get("projects").isPresent()) {
            return inventoryVerdict(object, object.get("releases").isPresent() ? "releases" : "projects", name, markers,
                    notices)
                    .family();
        }
        String what = object.members().isEmpty() ? "the document is an empty object"
                : "the document has no releases, no projects and none of the members of a repository object ("
                + String.join(", ", FamilyMarkers.REPOSITORY_MEMBERS.stream().sorted().toList()) + ")";
        notices.add(Diagnostic.at("", "variant.no-family", Severity.WARNING, what + "; read as codegov-2.0.0, the"
                + " code.gov inventory, so that validation lists what it lacks (name another family"
                + " to read it as that one)", object.location()));
        return Family.CODEGOV_2_0_0;
    }

    /**
     * The family of an object holding {@code releases} or {@code projects}: a published version
     * decides it, any other declaration (none, {@code "2.0"}, {@code "0.0.1"}, a number) is read as
     * the family the entries follow, with one warning saying so.
     */
    private static Verdict inventoryVerdict(JsonValue.JsonObject object, String member, String name, Signs markers,
            List<Diagnostic> notices) {
        Optional<JsonValue> version = object.get("version");
        String v = version.filter(JsonValue.JsonString.class::isInstance)
                .map(x -> ((JsonValue.JsonString) x).value()).orElse(null);
        List<JsonValue.JsonObject> entries = object.get(member).orElse(null) instanceof JsonValue.JsonArray a
                ? a.elements().stream().filter(JsonValue.JsonObject.class::isInstance)
                        .map(JsonValue.JsonObject.class::cast).toList()
                : List.of();
        // Without evidence in the entries, the major version declared, else the array's name, tells the family.
        Family byName = v != null && v.startsWith("2") ? Family.CODEGOV_2_0_0
                : v != null && v.startsWith("1") ? Family.CODEGOV_1_0_1
                : member.equals("releases") ? Family.CODEGOV_2_0_0 : Family.CODEGOV_1_0_1;
        Verdict content = entriesVerdict(entries, member, byName, markers);
        if ("2.0.0".equals(v)) {
            boolean index = content.family() == Family.SHAREIT_INDEX_2_0_0;
            if (!index && member.equals("releases") && FamilyMarkers.isIndexName(name) && !stringUsageType(entries)) {
                // An index and an inventory whose releases carry no string usageType (the one member
                // code.gov spells differently; the others both families share) are the same text: the
                // name codejson writes an index under decides, so that what it writes reads back.
                return new Verdict(Family.SHAREIT_INDEX_2_0_0, "it declares version \"2.0.0\", is named "
                        + FamilyMarkers.AGENCY_INDEX + " and no release has a string usageType, as code.gov 2.0.0 would");
            }
            return new Verdict(index ? Family.SHAREIT_INDEX_2_0_0 : Family.CODEGOV_2_0_0,
                    "it declares version \"2.0.0\"" + (index ? " and " + content.because() : ""));
        }
        if ("1.0.1".equals(v) && member.equals("projects")) {
            return new Verdict(Family.CODEGOV_1_0_1, "it declares version \"1.0.1\"");
        }
        if (version.isEmpty() && member.equals("projects")) {
            // As the code.gov validator did, whatever the projects carry.
            notices.add(Diagnostic.at("", "variant.no-version", Severity.INFO,
                    "the file has no version and a projects array, so it is read as code.gov 1.0.1; write"
                            + " \"version\": \"1.0.1\", or migrate it to 2.0.0", object.location()));
            return new Verdict(Family.CODEGOV_1_0_1, "it has no version and names its entries projects");
        }
        String declared = version.isEmpty() ? "the file has no version"
                : v == null ? "the version is " + version.get().typeName() + ", not a string"
                : "version \"" + v + "\" is not a published version";
        String published = FamilyMarkers.publishedVersion(content.family());
        String hint = "1.0.0".equals(v) && content.family() == Family.SHAREIT_INDEX_2_0_0
                ? " (codejson-index-generator writes its default \"1.0.0\")" : "";
        notices.add(Diagnostic.at(version.isPresent() ? "/version" : "", "variant.version", Severity.WARNING,
                declared + "; read as " + content.family().id() + " because " + content.because() + hint
                        + "; write \"version\": \"" + published + "\" to declare it",
                version.map(JsonValue::location).orElse(object.location())));
        return content;
    }

    /** {@return whether an entry's permissions.usageType is a string, as only code.gov spells it} */
    private static boolean stringUsageType(List<JsonValue.JsonObject> entries) {
        for (JsonValue.JsonObject e : entries) {
            if (e.get("permissions").orElse(null) instanceof JsonValue.JsonObject p
                    && p.get("usageType").orElse(null) instanceof JsonValue.JsonString) {
                return true;
            }
        }
        return false;
    }

    /**
     * The family the entries of an inventory follow, from the members only one family defines: a
     * SHARE IT member first, then a member of the family the array's name belongs to, then of the other.
     */
    private static Verdict entriesVerdict(List<JsonValue.JsonObject> entries, String noun, Family named,
            Signs markers) {
        if (markers != Signs.NONE) {
            for (JsonValue.JsonObject e : entries) {
                String m = markers == Signs.MARKERS ? FamilyMarkers.shareItMember(e) : FamilyMarkers.arrayUsageType(e);
                if (m != null) {
                    return new Verdict(Family.SHAREIT_INDEX_2_0_0, "its " + noun + " carry " + m + ", which only SHARE IT defines");
                }
            }
        }
        Family other = named == Family.CODEGOV_1_0_1 ? Family.CODEGOV_2_0_0 : Family.CODEGOV_1_0_1;
        for (Family f : List.of(named, other)) {
            Set<String> members = f == Family.CODEGOV_1_0_1 ? FamilyMarkers.CODEGOV_101_MEMBERS
                    : FamilyMarkers.CODEGOV_200_MEMBERS;
            for (JsonValue.JsonObject e : entries) {
                Optional<String> m = Optional.ofNullable(FamilyMarkers.firstMember(e, members));
                if (m.isPresent()) {
                    return new Verdict(f, "its " + noun + " carry " + m.get() + ", a code.gov "
                            + FamilyMarkers.publishedVersion(f) + " member");
                }
            }
        }
        return new Verdict(named, entries.isEmpty() ? "it has no entries to tell otherwise"
                : "its " + noun + " carry no member only one family defines");
    }

    /** {@return the object with one member renamed, in place, everything else unchanged} */
    static JsonValue.JsonObject rename(JsonValue.JsonObject object, String from, String to) {
        List<JsonValue.Member> members = new ArrayList<>(object.members().size());
        for (JsonValue.Member m : object.members()) {
            members.add(m.name().equals(from) ? new JsonValue.Member(to, m.value(), m.location()) : m);
        }
        return new JsonValue.JsonObject(members, object.location());
    }

    /**
     * Applies renamings to a tree whose renamed members are all at the top level.
     *
     * @param root the tree
     * @param renamed the renamings
     * @param toFile true to put back the file's names, false to use the schema's names
     * @return the renamed tree
     */
    static JsonValue applyRenames(JsonValue root, List<Document.Renamed> renamed, boolean toFile) {
        JsonValue out = root;
        for (Document.Renamed r : renamed) {
            List<String> tokens = JsonPointer.tokens(r.pointer());
            if (tokens.size() == 1 && out instanceof JsonValue.JsonObject o) {
                out = toFile ? rename(o, tokens.get(0), r.writtenAs()) : rename(o, r.writtenAs(), tokens.get(0));
            }
        }
        return out;
    }
}
