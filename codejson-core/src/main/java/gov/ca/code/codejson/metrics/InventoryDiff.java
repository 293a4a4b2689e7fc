package gov.ca.code.codejson.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;

/**
 * The release-level differences between two inventories: releases added, removed and
 * changed, each release identified by {@link ReleaseKeys}. Values are compared as their
 * canonical JSON, so white space, key order and where a value stood in the file do not count.
 *
 * @param added releases only in the new inventory, ordered by key
 * @param removed releases only in the old inventory, ordered by key
 * @param changed releases in both whose content differs, ordered by key
 */
public record InventoryDiff(List<ReleaseRef> added, List<ReleaseRef> removed, List<ReleaseChange> changed) {

    /** Creates the record; lists are copied. */
    public InventoryDiff {
        added = List.copyOf(Objects.requireNonNull(added, "added"));
        removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
        changed = List.copyOf(Objects.requireNonNull(changed, "changed"));
    }

    /** {@return whether the inventories hold the same releases with the same content} */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /**
     * Compares two inventories.
     *
     * @param before the old inventory
     * @param after the new inventory
     * @return the differences
     */
    public static InventoryDiff of(Inventory before, Inventory after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Map<String, Release> old = byKey(before.releaseList());
        Map<String, Release> now = byKey(after.releaseList());
        JsonWriter writer = new JsonWriter();
        List<ReleaseRef> added = new ArrayList<>();
        List<ReleaseRef> removed = new ArrayList<>();
        List<ReleaseChange> changed = new ArrayList<>();
        now.forEach((key, release) -> {
            Release previous = old.get(key);
            if (previous == null) {
                added.add(ref(key, release));
            } else {
                List<FieldChange> changes = new ArrayList<>();
                compare("", CodeJson.toJson(previous), CodeJson.toJson(release), writer, changes);
                if (!changes.isEmpty()) {
                    changed.add(new ReleaseChange(ref(key, release), changes));
                }
            }
        });
        old.forEach((key, release) -> {
            if (!now.containsKey(key)) {
                removed.add(ref(key, release));
            }
        });
        Comparator<ReleaseRef> byKey = Comparator.comparing(ReleaseRef::key);
        added.sort(byKey);
        removed.sort(byKey);
        changed.sort(Comparator.comparing(c -> c.release().key()));
        return new InventoryDiff(added, removed, changed);
    }

    private static Map<String, Release> byKey(List<Release> releases) {
        List<String> keys = ReleaseKeys.of(releases);
        Map<String, Release> map = new LinkedHashMap<>();
        for (int i = 0; i < releases.size(); i++) {
            map.put(keys.get(i), releases.get(i));
        }
        return map;
    }

    private static ReleaseRef ref(String key, Release r) {
        return new ReleaseRef(key, Values.filled(r.name()).orElse(""), Values.filled(r.organization()).orElse(""));
    }

    /** Objects are compared member by member; anything else, arrays included, as a whole. */
    private static void compare(String pointer, JsonValue before, JsonValue after, JsonWriter writer, List<FieldChange> out) {
        if (before instanceof JsonValue.JsonObject b && after instanceof JsonValue.JsonObject a) {
            for (String name : a.names()) {
                String child = JsonPointer.append(pointer, name);
                JsonValue av = a.get(name).orElseThrow();
                if (b.get(name).isPresent()) {
                    compare(child, b.get(name).get(), av, writer, out);
                } else {
                    out.add(new FieldChange.Added(child, av));
                }
            }
            for (String name : b.names()) {
                if (a.get(name).isEmpty()) {
                    out.add(new FieldChange.Removed(JsonPointer.append(pointer, name), b.get(name).get()));
                }
            }
            return;
        }
        if (!writer.write(before).equals(writer.write(after))) {
            out.add(new FieldChange.Changed(pointer, before, after));
        }
    }
}
