package gov.ca.code.codejson.generate;

import java.util.List;
import java.util.Map;

import gov.ca.code.codejson.Credentials;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;

/**
 * The two passes over the generated tree: the overlay, applied as a JSON Merge Patch with the
 * provenance of every value it writes, then the credential filter over every string of the
 * output, whichever input it came from.
 */
final class OverlayPass {

    private OverlayPass() {
    }

    /** {@return the object at {@code base} of the output with the overlay applied, if there is one} */
    static Mapped<JsonValue.JsonObject> apply(Overlay overlay, JsonValue.JsonObject target, String base) {
        Trace t = new Trace();
        if (overlay == null) {
            return t.done(target);
        }
        record(t, overlay, overlay.patch(), "", base);
        return t.done((JsonValue.JsonObject) JsonMerge.mergePatch(target, overlay.patch()));
    }

    private static void record(Trace t, Overlay overlay, JsonValue value, String overlayPointer, String pointer) {
        // The root of a SHARE IT object is the whole document: the overlay does not own all of it.
        if (!pointer.isEmpty()) {
            t.from(pointer, Source.overlay(overlayPointer, overlay.name(), value.location()));
        }
        if (value instanceof JsonValue.JsonObject object) {
            for (JsonValue.Member m : object.members()) {
                record(t, overlay, m.value(), JsonPointer.append(overlayPointer, m.name()), JsonPointer.append(pointer, m.name()));
            }
        } else if (value instanceof JsonValue.JsonArray array) {
            for (int i = 0; i < array.elements().size(); i++) {
                record(t, overlay, array.elements().get(i), JsonPointer.append(overlayPointer, i), JsonPointer.append(pointer, i));
            }
        }
    }

    /**
     * Passes every string of the output through the credential filter, warning once for each value
     * that lost a credential and was not warned about already.
     */
    static Mapped<JsonValue.JsonObject> credentialFree(JsonValue.JsonObject value, String pointer,
            Map<String, Source> provenance, List<Finding> found) {
        Trace t = new Trace();
        java.util.Set<String> warned = new java.util.HashSet<>();
        found.stream().filter(f -> f.rule().equals(Trace.CREDENTIALS_REMOVED)).forEach(f -> warned.add(f.field()));
        JsonValue filtered = Credentials.filter(value, pointer, at -> {
            if (warned.add(at)) {
                t.report(Severity.WARNING, Trace.CREDENTIALS_REMOVED, at,
                        provenance.getOrDefault(at, Source.derived("the settings")), Trace.CREDENTIALS_MESSAGE);
            }
        });
        return t.done((JsonValue.JsonObject) filtered);
    }

    /** {@return whether a value other than null is at the pointer} */
    static boolean present(JsonValue root, String pointer) {
        return root != null && JsonPointer.resolve(root, pointer).filter(v -> !(v instanceof JsonValue.JsonNull)).isPresent();
    }
}
