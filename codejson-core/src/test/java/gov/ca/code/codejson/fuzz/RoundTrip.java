package gov.ca.code.codejson.fuzz;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.merge.InventoryConversion;
import gov.ca.code.codejson.merge.InventoryMerger;
import gov.ca.code.codejson.merge.MergeException;
import gov.ca.code.codejson.merge.MergeInput;
import gov.ca.code.codejson.merge.MergeOptions;
import gov.ca.code.codejson.merge.MergeResult;
import gov.ca.code.codejson.metrics.InventoryDiff;
import gov.ca.code.codejson.metrics.InventoryMetrics;
import gov.ca.code.codejson.migrate.Migration;
import gov.ca.code.codejson.migrate.Migrator;
import gov.ca.code.codejson.validation.Profile;

/**
 * The round-trip properties the fuzz tests and the read-back tests check on one input: reading
 * fails only with the documented {@link JsonReadException}; validation with every profile of the
 * family, metrics, diff, migration and merge throw nothing; writing is idempotent; a second read
 * keeps every member of the first; and every file that migration and merge write reads back, with
 * family detection, as the family it was written as.
 */
final class RoundTrip {

    private static final CodeJson CODEJSON = new CodeJson();
    private static final Migrator MIGRATOR = new Migrator();

    private RoundTrip() {
    }

    /**
     * Checks every property on one input read as a family.
     *
     * @param data the bytes of the input
     * @param family the family to read it as, or null to detect it
     * @throws AssertionError when a property does not hold
     */
    static void check(byte[] data, Family family) {
        Document first;
        try {
            first = CODEJSON.read(new ByteArrayInputStream(data), "fuzz.json", family);
        } catch (JsonReadException e) {
            return;
        }
        for (Profile profile : first.family().profiles()) {
            CODEJSON.validate(first, profile);
        }
        String written = CODEJSON.write(first);
        Document second = readBack(written, "fuzz.json", "the canonical text", first.family());
        String rewritten = CODEJSON.write(second);
        if (!written.equals(rewritten)) {
            throw new AssertionError("writing is not idempotent:\n" + written + "\n---\n" + rewritten);
        }
        keepsEveryMember(first, second);
        if (first.root() instanceof Inventory inventory) {
            InventoryMetrics.of(inventory);
            InventoryDiff.of(inventory, second.root(Inventory.class));
        }
        if (family != null && detected(data) != family) {
            // Read as a family its content does not follow: what migrate and merge write of it is
            // rightly detected as the family the content follows.
            return;
        }
        for (Family to : Family.values()) {
            migrated(first, to);
        }
        merged(first);
    }

    private static Family detected(byte[] data) {
        try {
            return CODEJSON.read(new ByteArrayInputStream(data), "fuzz.json", null).family();
        } catch (JsonReadException e) {
            return null;
        }
    }

    /** Migrates a document to a family when a conversion leads there, and reads every output back. */
    static void migrated(Document document, Family to) {
        Migration migration;
        try {
            migration = MIGRATOR.migrate(document, to);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("cannot migrate ")) {
                return;
            }
            throw e;
        }
        for (Migration.Output output : migration.outputs()) {
            writtenReadsBack(output.document(), output.path(), "migrated to " + to.id() + ": " + output.path());
        }
    }

    /** Merges a document into each merge target and reads the merged inventory back. */
    static void merged(Document document) {
        try {
            InventoryConversion.of(document, "fuzz.json");
        } catch (gov.ca.code.codejson.diagnostic.DiagnosticException e) {
            return;
        }
        for (Family target : MergeOptions.TARGETS) {
            MergeResult result;
            try {
                result = new InventoryMerger(CODEJSON).merge(List.of(new MergeInput("fuzz.json", document)),
                        MergeOptions.defaults().withTarget(target).withAgency("FUZZ"));
            } catch (MergeException e) {
                continue;
            }
            // Named as codejson names an index, which is how an index whose entries do not tell reads back.
            String name = target == Family.SHAREIT_INDEX_2_0_0 ? Migrator.AGENCY_INDEX : Migrator.CODE_JSON;
            writtenReadsBack(Document.of(name, result.target(), result.output()), name, "merged to " + target.id());
        }
    }

    /** Writes a document as codejson writes a file, and reads it back under its file name with family detection. */
    static void writtenReadsBack(Document document, String name, String what) {
        String text = new String(CODEJSON.writeBytes(document), StandardCharsets.UTF_8);
        Document back = readBack(text, name, what, null);
        if (back.family() != document.family()) {
            throw new AssertionError(what + " was written as " + document.family().id() + " and reads back as "
                    + back.family().id() + ":\n" + text);
        }
    }

    private static Document readBack(String text, String name, String what, Family family) {
        try {
            return CODEJSON.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, family);
        } catch (JsonReadException e) {
            throw new AssertionError(what + " does not read back: " + e.getMessage() + "\n" + text, e);
        }
    }

    /** Every leaf of the first read, unknown members included, is in the second read with the same value. */
    private static void keepsEveryMember(Document first, Document second) {
        Map<String, String> before = leaves(first.source().root());
        Map<String, String> after = leaves(second.source().root());
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String> leaf : before.entrySet()) {
            if (!leaf.getValue().equals(after.get(leaf.getKey()))) {
                lost.add(leaf.getKey() + " = " + leaf.getValue() + " became " + after.get(leaf.getKey()));
            }
        }
        if (!lost.isEmpty()) {
            throw new AssertionError("the second read lost or changed members: " + lost);
        }
    }

    /** The leaves of a tree by pointer, the last of repeated names winning as on writing. */
    private static Map<String, String> leaves(JsonValue root) {
        Map<String, String> out = new LinkedHashMap<>();
        collect(root, "", out);
        return out;
    }

    private static void collect(JsonValue value, String pointer, Map<String, String> out) {
        if (value instanceof JsonValue.JsonObject o) {
            Map<String, JsonValue> last = new LinkedHashMap<>();
            o.members().forEach(m -> last.put(m.name(), m.value()));
            if (last.isEmpty()) {
                out.put(pointer, "{}");
            }
            last.forEach((name, v) -> collect(v, JsonPointer.append(pointer, name), out));
        } else if (value instanceof JsonValue.JsonArray a) {
            if (a.elements().isEmpty()) {
                out.put(pointer, "[]");
            }
            for (int i = 0; i < a.elements().size(); i++) {
                collect(a.elements().get(i), JsonPointer.append(pointer, i), out);
            }
        } else {
            out.put(pointer, value instanceof JsonValue.JsonString s ? "string " + s.value()
                    : value instanceof JsonValue.JsonNumber n ? "number " + n.text()
                    : value instanceof JsonValue.JsonBoolean b ? "boolean " + b.value() : "null");
        }
    }
}
