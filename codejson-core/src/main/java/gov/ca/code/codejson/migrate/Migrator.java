package gov.ca.code.codejson.migrate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.FamilyMarkers;
import gov.ca.code.codejson.internal.ModelBinder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.ReadLimits;

/**
 * Converts documents between families. Every change goes into the {@link ChangeLog}; every value
 * the target requires and the source cannot give is left out of the output and listed as an
 * {@code error} to fill, at the pointer where validation of the output will report it.
 *
 * <p>Supported conversions:
 * <ul>
 *   <li>{@code codegov-1.0.1} to {@code codegov-2.0.0};</li>
 *   <li>{@code codegov-2.0.0} to SHARE IT ({@code shareit-2.0.0} or {@code shareit-index-2.0.0}): an
 *       agency index plus one per-repository object per release;</li>
 *   <li>{@code shareit-index-2.0.0}, {@code shareit-2.0.0} and {@code cms-2.1.0} to {@code codegov-2.0.0};</li>
 *   <li>a SHARE IT family to itself: the spellings of the SHARE IT drafts to the current ones.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Migrator {

    /** The name of the main output of a conversion to a single document. */
    public static final String CODE_JSON = "code.json";

    /** The name of the agency index written by a conversion to SHARE IT. */
    public static final String AGENCY_INDEX = FamilyMarkers.AGENCY_INDEX;

    /** The longest file name a release name becomes, before {@code -N} and {@code .json}. */
    private static final int MAX_SLUG = 120;

    private final ReadLimits limits;

    /** Creates a migrator whose outputs read back under the default read limits. */
    public Migrator() {
        this(ReadLimits.DEFAULT);
    }

    /**
     * Creates a migrator whose outputs read back under the given read limits: a migration that
     * would nest deeper than they allow (wrapping a repository object in an inventory adds two
     * levels) is refused rather than written as a file codejson could not read.
     *
     * @param limits the limits the outputs are read back under, normally those the input was read with
     */
    public Migrator(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Migrates a document.
     *
     * @param document the document to migrate
     * @param to the family to migrate to
     * @return the migrated documents and the change log
     * @throws IllegalArgumentException when no conversion leads from the document's family to {@code to}, or
     *     the output would nest deeper than the read limits allow; the message starts with {@code "cannot migrate "}
     */
    public Migration migrate(Document document, Family to) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(to, "to");
        Family from = document.family();
        JsonValue.JsonObject source = (JsonValue.JsonObject) CodeJson.toJson(document.root());
        Recorder r = new Recorder();
        if (from == Family.CODEGOV_1_0_1 && to == Family.CODEGOV_2_0_0) {
            return single(from, to, entriesArray(FromShareIt.withoutShareItSigns(FromCodeGov101.inventory(source, r),
                    "/projects", r), "/projects", r), r);
        }
        if (from == Family.CODEGOV_2_0_0 && (to == Family.SHAREIT_2_0_0 || to == Family.SHAREIT_INDEX_2_0_0)) {
            return split(from, to, entriesArray(ToShareIt.index(source, r), "/releases", r), r);
        }
        if (from == Family.SHAREIT_INDEX_2_0_0 && to == Family.CODEGOV_2_0_0) {
            return single(from, to, entriesArray(FromShareIt.fromIndex(ShareItLegacy.index(source, r), r), "/releases", r), r);
        }
        if ((from == Family.SHAREIT_2_0_0 || from == Family.CMS_2_1_0) && to == Family.CODEGOV_2_0_0) {
            return single(from, to, FromShareIt.fromRepository(ShareItLegacy.repository(source, "", r), r), r);
        }
        if (from == Family.SHAREIT_INDEX_2_0_0 && (to == Family.SHAREIT_INDEX_2_0_0 || to == Family.SHAREIT_2_0_0)) {
            return split(from, to, entriesArray(ShareItLegacy.index(source, r), "/releases", r), r);
        }
        if ((from == Family.SHAREIT_2_0_0 || from == Family.CMS_2_1_0) && to == from) {
            return single(from, to, ShareItLegacy.repository(source, "", r), r);
        }
        throw new IllegalArgumentException("cannot migrate " + from.id() + " to " + to.id() + "; supported: "
                + String.join(", ", supported()) + (from == Family.CODEGOV_1_0_1
                ? " (migrate to codegov-2.0.0 first, then to SHARE IT)" : ""));
    }

    /** {@return the supported conversions, as {@code from -> to}} */
    public static List<String> supported() {
        return List.of("codegov-1.0.1 -> codegov-2.0.0", "codegov-2.0.0 -> shareit-2.0.0 (index and repositories)",
                "shareit-index-2.0.0 -> codegov-2.0.0", "shareit-2.0.0 -> codegov-2.0.0", "cms-2.1.0 -> codegov-2.0.0",
                "shareit-2.0.0, shareit-index-2.0.0 or cms-2.1.0 -> itself (draft spellings)");
    }

    private Migration single(Family from, Family to, JsonValue.JsonObject json, Recorder r) {
        readsBack(from, to, json);
        Record root = ModelBinder.bind(to.rootType(), json);
        return new Migration(from, to, List.of(new Migration.Output(CODE_JSON, Document.of(CODE_JSON, to, root))),
                r.log(json));
    }

    /** The agency index first, then each release as the per-repository file of its repository. */
    private Migration split(Family from, Family to, JsonValue.JsonObject index, Recorder r) {
        readsBack(from, to, index);
        List<Migration.Output> outputs = new ArrayList<>();
        Record root = ModelBinder.bind(Family.SHAREIT_INDEX_2_0_0.rootType(), index);
        outputs.add(new Migration.Output(AGENCY_INDEX, Document.of(AGENCY_INDEX, Family.SHAREIT_INDEX_2_0_0, root)));
        Set<String> used = new HashSet<>();
        if (index.get("releases").orElse(null) instanceof JsonValue.JsonArray releases) {
            for (int i = 0; i < releases.elements().size(); i++) {
                if (releases.elements().get(i) instanceof JsonValue.JsonObject repo) {
                    String path = "repositories/" + fileName(repo, i, used) + ".json";
                    // A repository that keeps members only CMS defines is a CMS object, and reads back as one.
                    Family family = FamilyMarkers.isCms(repo) ? Family.CMS_2_1_0 : Family.SHAREIT_2_0_0;
                    outputs.add(new Migration.Output(path, Document.of(path, family,
                            ModelBinder.bind(family.rootType(), repo))));
                }
            }
        }
        return new Migration(from, to, outputs, r.log(index));
    }

    /**
     * An inventory or index whose entries are not an array (an object, a string) gets an empty
     * array, the value logged as removed: written back as it was, the file would read as a
     * repository object rather than as the inventory it was migrated to.
     */
    private static JsonValue.JsonObject entriesArray(JsonValue.JsonObject inventory, String from, Recorder r) {
        JsonValue entries = inventory.get("releases").orElse(null);
        if (entries == null || entries instanceof JsonValue.JsonArray) {
            return inventory;
        }
        Tree out = Tree.of(inventory);
        out.put("releases", Tree.array(List.of()));
        r.dropped("/releases", from, entries, "the entries are " + entries.typeName() + ", not an array: the value"
                + " cannot survive; list the releases in an array");
        return out.build();
    }

    /** Refuses an output nested deeper than the read limits: it would be a file codejson cannot read back. */
    private void readsBack(Family from, Family to, JsonValue output) {
        int depth = JsonValue.depth(output);
        if (depth > limits.maxNestingDepth()) {
            throw new IllegalArgumentException("cannot migrate " + from.id() + " to " + to.id() + ": the output would nest "
                    + depth + " arrays and objects deep, over the read limit " + ReadLimits.Limit.MAX_DEPTH.id() + " of "
                    + limits.maxNestingDepth() + ", so codejson could not read it back; raise the limit to at least "
                    + depth + " for this migration and for every later read of its output");
        }
    }

    /** A file name from the repository name: lower case letters and digits joined by hyphens, unique. */
    private static String fileName(JsonValue.JsonObject repo, int index, Set<String> used) {
        String name = Tree.text(repo.get("name").orElse(null));
        String slug = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "release-" + (index + 1);
        }
        // File systems allow 255 bytes a name; a long release name still makes a file.
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        String unique = slug;
        for (int n = 2; !used.add(unique); n++) {
            unique = slug + "-" + n;
        }
        return unique;
    }
}
