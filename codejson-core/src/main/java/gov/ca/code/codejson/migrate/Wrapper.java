package gov.ca.code.codejson.migrate;

import java.util.ArrayList;
import java.util.List;

import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;

/**
 * The agency wrapper {@code {version, measurementType, agency, releases}} that code.gov 2.0.0 and
 * the SHARE IT index share: the migration keeps it and converts each release.
 */
final class Wrapper {

    /** Converts one release object, given the pointer it has in the output. */
    interface ReleaseConversion {
        JsonValue.JsonObject convert(JsonValue.JsonObject release, String at, Recorder r);
    }

    private Wrapper() {
    }

    /**
     * Converts a wrapper.
     *
     * @param source the inventory or index
     * @param target how messages name the target, such as {@code the agency index}
     * @param release the conversion of each release
     * @param r the recorder
     * @return the converted wrapper
     */
    static JsonValue.JsonObject convert(JsonValue.JsonObject source, String target, ReleaseConversion release,
            Recorder r) {
        Tree in = Tree.of(source);
        Tree out = new Tree();
        JsonValue version = in.remove("version");
        out.put("version", Tree.string("2.0.0"));
        if (!"2.0.0".equals(Tree.text(version))) {
            r.change("/version", version, out.get("version"), "the schema version of " + target);
        }
        for (String name : List.of("measurementType", "agency")) {
            JsonValue v = in.remove(name);
            if (v != null) {
                out.put(name, v);
            } else {
                r.fill("/" + name, "the file has no " + name + "; " + target + " requires it");
            }
        }
        JsonValue releases = in.remove("releases");
        if (releases instanceof JsonValue.JsonArray array) {
            List<JsonValue> list = new ArrayList<>();
            for (int i = 0; i < array.elements().size(); i++) {
                JsonValue e = array.elements().get(i);
                list.add(e instanceof JsonValue.JsonObject o
                        ? release.convert(o, JsonPointer.append("/releases", i), r) : e);
            }
            out.put("releases", Tree.array(list));
        } else {
            out.put("releases", releases == null ? Tree.array(List.of()) : releases);
        }
        FromCodeGov101.carry(in, out, "", r);
        return out.build();
    }
}
