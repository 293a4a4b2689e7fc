package gov.ca.code.codejson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.Location;
import gov.ca.code.codejson.validation.Severity;
import gov.ca.code.codejson.validation.Violation;

/** Tells the family of a document from its {@code version} and its shape. */
final class FamilyDetector {

    private FamilyDetector() {
    }

    /**
     * The family found and what was noticed on the way.
     *
     * @param family the family
     * @param notices warnings about variant spellings, reported with validation
     */
    record Detection(Family family, List<Violation> notices) {
    }

    static Detection detect(JsonValue root, String name, Family requested) throws JsonReadException {
        if (!(root instanceof JsonValue.JsonObject object)) {
            String shape = root instanceof JsonValue.JsonArray a
                    ? "an array of " + a.elements().size() + " values"
                    : "a " + root.typeName();
            throw new JsonReadException(name, root.location(), "a code.json document is a JSON object, but this is "
                    + shape + (root instanceof JsonValue.JsonArray
                    ? "; wrap the releases as {\"version\": \"2.0.0\", \"measurementType\": {...}, \"agency\": \"...\", \"releases\": [...]}"
                    : ""));
        }
        List<Violation> notices = new ArrayList<>();
        if (requested != null) {
            return new Detection(requested, notices);
        }
        Optional<JsonValue> version = object.get("version");
        String v = version.filter(JsonValue.JsonString.class::isInstance)
                .map(x -> ((JsonValue.JsonString) x).value()).orElse(null);
        boolean hasReleases = object.get("releases").isPresent();
        if ("2.0.0".equals(v) || (v == null && hasReleases)) {
            return new Detection(Family.CODEGOV_2_0_0, notices);
        }
        if ("2.0".equals(v)) {
            notices.add(new Violation("/version", "variant.version", Severity.WARNING,
                    "version \"2.0\" is read as \"2.0.0\"; write \"2.0.0\", the only spelling data.gov accepts",
                    version.get().location()));
            return new Detection(Family.CODEGOV_2_0_0, notices);
        }
        Location at = version.map(JsonValue::location).orElse(object.location());
        String what = v == null ? "has no version and no releases" : "declares version \"" + v + "\"";
        throw new JsonReadException(name, at, "cannot tell the code.json family: the document " + what
                + "; supported families: " + Family.supported() + " (name one explicitly to read it as that family)");
    }
}
