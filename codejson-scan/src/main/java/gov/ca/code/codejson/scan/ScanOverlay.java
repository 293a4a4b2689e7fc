package gov.ca.code.codejson.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import gov.ca.code.codejson.json.JsonDocument;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.json.ReadLimits;

/**
 * The hand-kept choices a repository cannot tell about itself, such as its usage type, for every
 * scanned repository at once:
 *
 * <pre>{@code
 * {
 *   "defaults": {"agency": "CDT", "usageType": "openSource", "repositoryVisibility": "public"},
 *   "repositories": {
 *     "billing": {"usageType": "exemptByAgencySystem", "exemptionText": "...",
 *                 "release": {"relatedCode": [...]}}
 *   }
 * }
 * }</pre>
 *
 * <p>A repository's own values win over the defaults. The keys are the generation settings in
 * {@link #KEYS}, each a string ({@code reuseForks} and {@code reuseClones} hold a count,
 * {@code contractNumbers} numbers separated by commas or {@code none}); {@code release} is a JSON Merge Patch of entry fields applied last, over what was
 * derived and over a committed {@code code.json}. Repositories are named by their folder name.
 *
 * @param name how messages name the file
 * @param defaults the settings for every repository
 * @param repositories the settings of each repository, by folder name
 */
public record ScanOverlay(String name, JsonValue.JsonObject defaults, Map<String, JsonValue.JsonObject> repositories) {

    /** The settings an overlay may hold, besides {@code release}. */
    public static final Set<String> KEYS = Set.of("agency", "organization", "usageType", "exemptionText", "status",
            "contactEmail", "contactName", "contactUrl", "homepageURL", "disclaimerURL", "repositoryVisibility", "maintenance",
            "reuseForks", "reuseClones", "contractNumbers", "sbom", "feedbackMechanism", "aiUseCaseId");

    /** An overlay that sets nothing. */
    public static final ScanOverlay NONE = new ScanOverlay("(no overlay)",
            new JsonValue.JsonObject(List.of(), Location.UNKNOWN), Map.of());

    /** Creates an overlay; the map is copied, in its order. */
    public ScanOverlay {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaults, "defaults");
        // In the overlay's order, not Map.copyOf's, whose order changes from one run to the next:
        // what is said of the keys comes out the same every time.
        repositories = Collections.unmodifiableMap(new LinkedHashMap<>(repositories));
    }

    /**
     * Reads an overlay file.
     *
     * @param file the file
     * @param name how messages name it
     * @return the overlay
     * @throws JsonReadException when the file is not JSON or not of the shape above, with the location
     */
    public static ScanOverlay read(Path file, String name) throws JsonReadException {
        JsonDocument document;
        try {
            document = new JsonReader(ReadLimits.DEFAULT).read(file);
        } catch (JsonReadException e) {
            throw new JsonReadException(name, e.location(), e.reason());
        }
        if (!document.duplicates().isEmpty()) {
            // Every JSON reader keeps one of the values without a word; which one was meant only its author knows.
            JsonDocument.DuplicateMember d = document.duplicates().get(0);
            throw new JsonReadException(name, d.location(), d.pointer() + " is given twice (first at " + d.firstLocation()
                    + "); remove or rename one (" + document.duplicates().size() + " repeated in all)");
        }
        JsonValue root = document.root();
        if (!(root instanceof JsonValue.JsonObject top)) {
            throw new JsonReadException(name, root.location(), "a scan overlay is an object with \"defaults\" and \"repositories\"");
        }
        JsonValue.JsonObject defaults = new JsonValue.JsonObject(List.of(), top.location());
        Map<String, JsonValue.JsonObject> repositories = new LinkedHashMap<>();
        for (JsonValue.Member m : top.members()) {
            switch (m.name()) {
                case "defaults" -> defaults = settings(name, "/defaults", m.value());
                case "repositories" -> {
                    if (!(m.value() instanceof JsonValue.JsonObject each)) {
                        throw new JsonReadException(name, m.value().location(),
                                "\"repositories\" is an object of settings by repository folder name");
                    }
                    for (JsonValue.Member r : each.members()) {
                        repositories.put(r.name(), settings(name, JsonPointer.append("/repositories", r.name()), r.value()));
                    }
                }
                default -> throw new JsonReadException(name, m.location(),
                        "unknown member \"" + m.name() + "\"; a scan overlay has only \"defaults\" and \"repositories\"");
            }
        }
        return new ScanOverlay(name, defaults, repositories);
    }

    private static JsonValue.JsonObject settings(String name, String pointer, JsonValue value) throws JsonReadException {
        if (!(value instanceof JsonValue.JsonObject object)) {
            throw new JsonReadException(name, value.location(), pointer + " must be an object of settings, not " + kind(value));
        }
        for (JsonValue.Member m : object.members()) {
            if (m.name().equals("release")) {
                if (!(m.value() instanceof JsonValue.JsonObject)) {
                    throw new JsonReadException(name, m.value().location(), pointer + "/release must be an object of entry fields, not "
                            + kind(m.value()));
                }
            } else if (!KEYS.contains(m.name())) {
                throw new JsonReadException(name, m.location(), "unknown setting \"" + m.name() + "\" at " + pointer
                        + "; use one of " + new java.util.TreeSet<>(KEYS) + " or release");
            } else if (!(m.value() instanceof JsonValue.JsonString)) {
                throw new JsonReadException(name, m.value().location(), JsonPointer.append(pointer, m.name()) + " must be a string,"
                        + " not " + kind(m.value()) + "; write it in quotes");
            }
        }
        return object;
    }

    /** {@return what a value is, for a message: {@code an integer}, {@code an array}, {@code null}} */
    private static String kind(JsonValue value) {
        String type = value.typeName();
        return type.equals("null") ? type : ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    /**
     * A setting for one repository.
     *
     * @param value the value
     * @param pointer where the overlay holds it
     */
    record Setting(String value, String pointer) {
    }

    /**
     * Checks the overlay's {@code repositories} against the repositories scanned. A key that names
     * none of them is a warning ({@code scan.overlay-unmatched}): one overlay may serve several
     * scans of a few repositories each. A key that names none of them but differs only in case or
     * by at most two letters from one that has no settings of its own is an error
     * ({@code scan.overlay-misspelled}): that repository would be published without the settings
     * meant for it, such as an exemption.
     *
     * @param scanned the folder names of the repositories scanned
     * @return the warnings and errors, in the overlay's order, each at the key's settings
     */
    public List<Diagnostic> unmatched(Collection<String> scanned) {
        Set<String> names = new TreeSet<>(scanned);
        List<Diagnostic> found = new ArrayList<>();
        for (Map.Entry<String, JsonValue.JsonObject> r : repositories.entrySet()) {
            String key = r.getKey();
            if (names.contains(key)) {
                continue;
            }
            String pointer = JsonPointer.append("/repositories", key);
            String meant = names.stream().filter(n -> !repositories.containsKey(n) && near(key, n)).findFirst().orElse(null);
            if (meant == null) {
                found.add(new Diagnostic(name, r.getValue().location(), Subject.pointer(pointer), "scan.overlay-unmatched",
                        Severity.WARNING, "no repository scanned is called \"" + key + "\", so these settings are not used"));
            } else {
                found.add(new Diagnostic(name, r.getValue().location(), Subject.pointer(pointer), "scan.overlay-misspelled",
                        Severity.ERROR, "no repository scanned is called \"" + key + "\", but \"" + meant + "\" is and has no"
                                + " settings of its own; write its folder name exactly, \"" + meant + "\""));
            }
        }
        return found;
    }

    /** {@return whether two names differ only in case, or by at most two letters inserted, removed or changed} */
    private static boolean near(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        if (Math.abs(x.length() - y.length()) > 2 || Math.min(x.length(), y.length()) < 4) {
            return false;
        }
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int change = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()] <= 2;
    }

    /** {@return a setting of a repository, else of the defaults, or null} */
    Setting setting(String repository, String key) {
        JsonValue.JsonObject own = repositories.get(repository);
        if (own != null && own.get(key).orElse(null) instanceof JsonValue.JsonString s) {
            return new Setting(s.value(), JsonPointer.append(JsonPointer.append("/repositories", repository), key));
        }
        if (defaults.get(key).orElse(null) instanceof JsonValue.JsonString s) {
            return new Setting(s.value(), JsonPointer.append("/defaults", key));
        }
        return null;
    }

    /** {@return the release patches for a repository, defaults first, with the pointer of each} */
    List<Map.Entry<String, JsonValue.JsonObject>> releasePatches(String repository) {
        List<Map.Entry<String, JsonValue.JsonObject>> patches = new ArrayList<>();
        if (defaults.get("release").orElse(null) instanceof JsonValue.JsonObject d) {
            patches.add(Map.entry("/defaults/release", d));
        }
        JsonValue.JsonObject own = repositories.get(repository);
        if (own != null && own.get("release").orElse(null) instanceof JsonValue.JsonObject r) {
            patches.add(Map.entry(JsonPointer.append(JsonPointer.append("/repositories", repository), "release"), r));
        }
        return patches;
    }
}
