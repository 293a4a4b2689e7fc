package gov.ca.code.codejson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.Location;
import gov.ca.code.codejson.text.Counts;
import gov.ca.code.codejson.validation.Severity;
import gov.ca.code.codejson.validation.Violation;

/**
 * Tells the family of a document from its {@code version} and its shape, and notices the variant
 * spellings found in real files, which are read with a warning rather than rejected.
 *
 * <p>The order of the tests matters: a SHARE IT per-repository object may carry its own software
 * version {@code "2.0.0"} and a CMS field named {@code projects}, so the shape of a repository
 * object is recognised before the version and the {@code projects} array of an inventory.
 */
final class FamilyDetector {

    /** Members only the SHARE IT per-repository object has; one in a release makes an inventory an index. */
    private static final Set<String> SHAREIT_MARKERS = Set.of("repositoryVisibility", "SBOM", "AIUseCaseID",
            "feedbackMechanism", "reuseFrequency", "maintenance");

    /** Members only the CMS extension has. */
    private static final Set<String> CMS_MARKERS = Set.of("longDescription", "repositoryHost", "platforms",
            "categories", "softwareType", "localisation", "repositoryType", "userInput", "fismaLevel",
            "subsetInHealthcare", "userType", "maturityModelTier");

    /** Members that make an object without releases a per-repository object. */
    private static final Set<String> REPOSITORY_MEMBERS = Set.of("name", "description", "permissions",
            "repositoryURL");

    private FamilyDetector() {
    }

    /**
     * The family found and what was noticed on the way.
     *
     * @param family the family
     * @param notices warnings about variant spellings, reported with validation
     * @param bound the object to bind to the family's model, with renamed members under their schema names
     * @param renamed the members read under another name
     */
    record Detection(Family family, List<Violation> notices, JsonValue.JsonObject bound,
            List<Document.Renamed> renamed) {
    }

    static Detection detect(JsonValue root, String name, Family requested) throws JsonReadException {
        if (!(root instanceof JsonValue.JsonObject object)) {
            String shape = root instanceof JsonValue.JsonArray a
                    ? "an array of " + Counts.of(a.elements().size(), "value")
                    : "a " + root.typeName();
            throw new JsonReadException(name, root.location(), "a code.json document is a JSON object, but this is "
                    + shape + (root instanceof JsonValue.JsonArray
                    ? "; wrap the releases as {\"version\": \"2.0.0\", \"measurementType\": {...}, \"agency\": \"...\", \"releases\": [...]}"
                    : ""));
        }
        List<Violation> notices = new ArrayList<>();
        Family family = requested != null ? requested : guess(object, name, notices);
        JsonValue.JsonObject bound = object;
        List<Document.Renamed> renamed = new ArrayList<>();
        if ((family == Family.CODEGOV_2_0_0 || family == Family.SHAREIT_INDEX_2_0_0)
                && object.get("releases").isEmpty() && object.get("projects").isPresent()) {
            bound = rename(object, "projects", "releases");
            renamed.add(new Document.Renamed("/releases", "projects"));
            notices.add(new Violation("/projects", "variant.projects", Severity.WARNING,
                    "the releases of this " + family.id() + " file are named \"projects\", the 1.0.1 name; they are read as "
                            + "\"releases\", which is the name to write",
                    object.member("projects").orElseThrow().location()));
        }
        if (family == Family.SHAREIT_2_0_0 || family == Family.CMS_2_1_0) {
            legacyShareIt(object, "", notices);
        } else if (family == Family.SHAREIT_INDEX_2_0_0
                && bound.get("releases").orElse(null) instanceof JsonValue.JsonArray releases) {
            String base = renamed.isEmpty() ? "/releases" : "/projects";
            for (int i = 0; i < releases.elements().size(); i++) {
                if (releases.elements().get(i) instanceof JsonValue.JsonObject release) {
                    legacyShareIt(release, JsonPointer.append(base, i), notices);
                }
            }
        }
        return new Detection(family, notices, bound, renamed);
    }

    private static Family guess(JsonValue.JsonObject object, String name, List<Violation> notices)
            throws JsonReadException {
        if (object.get("$schema").isPresent()
                && (object.get("properties").isPresent() || object.get("type").isPresent())) {
            throw new JsonReadException(name, object.location(), "this is a JSON Schema, not a code.json document;"
                    + " validate a code.json file against it instead");
        }
        Optional<JsonValue> version = object.get("version");
        String v = version.filter(JsonValue.JsonString.class::isInstance)
                .map(x -> ((JsonValue.JsonString) x).value()).orElse(null);
        boolean hasReleases = object.get("releases").isPresent();
        boolean hasProjects = object.get("projects").isPresent();
        if (!hasReleases && REPOSITORY_MEMBERS.stream().anyMatch(m -> object.get(m).isPresent())) {
            return object.names().stream().anyMatch(CMS_MARKERS::contains) ? Family.CMS_2_1_0 : Family.SHAREIT_2_0_0;
        }
        if (hasReleases || hasProjects) {
            if (v == null && version.isPresent()) {
                throw unsupported(name, version.get().location(), "a version that is " + version.get().typeName()
                        + ", not a string");
            }
            if ("2.0".equals(v)) {
                notices.add(new Violation("/version", "variant.version", Severity.WARNING,
                        "version \"2.0\" is read as \"2.0.0\"; write \"2.0.0\", the only spelling data.gov accepts",
                        version.get().location()));
            }
            if (hasReleases && (v == null || "2.0.0".equals(v) || "2.0".equals(v))) {
                // "2.0" is the CDC variant of the 2.0.0 inventory, whatever SHARE IT members its releases carry.
                return "2.0.0".equals(v) && isIndex(object.get("releases").orElseThrow())
                        ? Family.SHAREIT_INDEX_2_0_0 : Family.CODEGOV_2_0_0;
            }
            if ("2.0.0".equals(v) || "2.0".equals(v)) {
                return Family.CODEGOV_2_0_0;
            }
            if (!hasReleases && "1.0.1".equals(v)) {
                return Family.CODEGOV_1_0_1;
            }
            if (!hasReleases && v == null) {
                notices.add(new Violation("", "variant.no-version", Severity.INFO,
                        "the file has no version and a projects array, so it is read as code.gov 1.0.1; write"
                                + " \"version\": \"1.0.1\", or migrate it to 2.0.0", object.location()));
                return Family.CODEGOV_1_0_1;
            }
            String hint = hasReleases && "1.0.0".equals(v)
                    ? "; agency indexes made by codejson-index-generator carry its default \"1.0.0\": name the family"
                    + " shareit-index-2.0.0 or codegov-2.0.0 to read it"
                    : "; if the content follows one of them, name that family to read it";
            throw unsupported(name, version.get().location(), "version \"" + v + "\", which is no published schema"
                    + " version of a " + (hasReleases ? "releases" : "projects") + " inventory" + hint);
        }
        Location at = version.map(JsonValue::location).orElse(object.location());
        String what = object.members().isEmpty() ? "is an empty object"
                : "has no releases, no projects and none of the members of a repository object ("
                + String.join(", ", REPOSITORY_MEMBERS.stream().sorted().toList()) + ")";
        throw new JsonReadException(name, at, "cannot tell the code.json family: the document " + what
                + "; supported families: " + Family.supported() + " (name one explicitly to read it as that family)");
    }

    private static JsonReadException unsupported(String name, Location at, String what) {
        return new JsonReadException(name, at, "unsupported code.json version: the document declares " + what
                + "; supported families: " + Family.supported());
    }

    /** An inventory is a SHARE IT index when one of its releases has a member only SHARE IT defines. */
    private static boolean isIndex(JsonValue releases) {
        if (!(releases instanceof JsonValue.JsonArray array)) {
            return false;
        }
        for (JsonValue release : array.elements()) {
            if (release instanceof JsonValue.JsonObject o) {
                if (o.names().stream().anyMatch(SHAREIT_MARKERS::contains)
                        || o.get("permissions").orElse(null) instanceof JsonValue.JsonObject p
                        && p.get("usageType").orElse(null) instanceof JsonValue.JsonArray) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Notices the spellings of the SHARE IT drafts of 2025 that real files still carry. */
    private static void legacyShareIt(JsonValue.JsonObject repo, String base, List<Violation> notices) {
        legacyKey(repo, base, "feedbackMechanisms", "feedbackMechanism", notices);
        legacyKey(repo, base, "upstream", "SBOM", notices);
        legacyKey(repo, base, "AIUseCaseInventory", "AIUseCaseID", notices);
        if (repo.get("date").orElse(null) instanceof JsonValue.JsonObject date) {
            legacyKey(date, JsonPointer.append(base, "date"), "metaDataLastUpdated", "metadataLastUpdated", notices);
        }
        if (repo.get("contractNumber").orElse(null) instanceof JsonValue.JsonString s) {
            notices.add(new Violation(JsonPointer.append(base, "contractNumber"), "variant.contract-number-string",
                    Severity.WARNING, "contractNumber is a string, as in the SHARE IT drafts; SHARE IT 2.0.0 wants an"
                    + " array of contract numbers (codejson migrate writes [" + quoted(s.value()) + "])", s.location()));
        }
        if (repo.get("permissions").orElse(null) instanceof JsonValue.JsonObject p
                && p.get("usageType").orElse(null) instanceof JsonValue.JsonString s) {
            notices.add(new Violation(JsonPointer.append(JsonPointer.append(base, "permissions"), "usageType"),
                    "variant.usage-type-string", Severity.WARNING, "usageType is a single string, as in code.gov 2.0.0;"
                    + " SHARE IT wants an array such as [" + quoted(s.value()) + "]", s.location()));
        }
    }

    private static void legacyKey(JsonValue.JsonObject object, String base, String legacy, String current,
            List<Violation> notices) {
        object.member(legacy).ifPresent(m -> notices.add(new Violation(JsonPointer.append(base, legacy),
                "variant.legacy-key", Severity.WARNING, "\"" + legacy + "\" is the name used by the SHARE IT drafts;"
                + " the current name is \"" + current + "\" (codejson migrate --to shareit-2.0.0 renames it)",
                m.location())));
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
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
