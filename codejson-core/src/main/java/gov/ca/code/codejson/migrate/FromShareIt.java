package gov.ca.code.codejson.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import gov.ca.code.codejson.FamilyMarkers;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.text.Counts;
import gov.ca.code.codejson.validation.constraints.FormatKind;

/**
 * SHARE IT (index, per-repository object or CMS object) to code.gov 2.0.0. Members 2.0.0 does not
 * have are dropped and listed in the change log, so that nothing disappears silently.
 */
final class FromShareIt {

    /** Members of SHARE IT and of the CMS extension that code.gov 2.0.0 has no field for. */
    private static final Set<String> NO_EQUIVALENT = Set.of("repositoryVisibility", "reuseFrequency", "maintenance",
            "contractNumber", "SBOM", "feedbackMechanism", "AIUseCaseID", "longDescription", "repositoryHost",
            "platforms", "categories", "softwareType", "localisation", "repositoryType", "userInput", "fismaLevel",
            "group", "projects", "systems", "subsetInHealthcare", "userType", "maturityModelTier");

    /** SHARE IT exemptions that 2.0.0 knows only under a broader one. */
    private static final Map<String, String> BROADER = Map.of(
            "exemptByNationalIntelligence", "exemptByNationalSecurity",
            "exemptByPrivacyRisk", "exemptByNationalSecurity",
            "exemptByFOIA", "exemptByLaw",
            "exemptByEAR", "exemptByLaw",
            "exemptByITAR", "exemptByLaw",
            "exemptByTSA", "exemptByLaw",
            "exemptByClassifiedInformation", "exemptByLaw",
            "exemptByIPRestriction", "exemptByLaw");

    private FromShareIt() {
    }

    static JsonValue.JsonObject fromIndex(JsonValue.JsonObject index, Recorder r) {
        return Wrapper.convert(index, "code.gov 2.0.0", FromShareIt::release, r);
    }

    static JsonValue.JsonObject fromRepository(JsonValue.JsonObject repository, Recorder r) {
        Tree out = new Tree();
        out.put("version", Tree.string("2.0.0"));
        r.change("/version", null, out.get("version"), "the schema version of code.gov 2.0.0");
        r.fill("/measurementType", "a repository object has no measurementType: add {\"method\": ...} with one of"
                + " linesOfCode, modules, cost, projects, systems, other");
        r.fill("/agency", "a repository object names no agency: add the agency acronym, such as \"HHS\"");
        out.put("releases", Tree.array(List.of(release(repository, "/releases/0", r))));
        r.moved("/releases/0", "", "the repository becomes the one release of a code.gov 2.0.0 inventory");
        return out.build();
    }

    /** The pointers of this method are those of the 2.0.0 release; the source object has the same members. */
    static JsonValue.JsonObject release(JsonValue.JsonObject repository, String at, Recorder r) {
        Tree in = Tree.of(repository);
        Tree out = new Tree();
        for (String name : in.names()) {
            JsonValue v = in.get(name);
            if (NO_EQUIVALENT.contains(name)) {
                r.dropped(at + "/" + name, at + "/" + name, v, "code.gov 2.0.0 has no " + name
                        + ": the value cannot survive");
            } else if (name.equals("permissions") && v instanceof JsonValue.JsonObject p) {
                out.put(name, permissions(Tree.of(p), at + "/permissions", r));
            } else if (name.equals("date") && v instanceof JsonValue.JsonObject d) {
                out.put(name, date(Tree.of(d), at + "/date", r));
            } else {
                out.put(name, v);
            }
        }
        for (String required : List.of("name", "description", "permissions", "tags", "contact", "laborHours")) {
            if (!out.has(required)) {
                r.fill(at + "/" + required, "code.gov 2.0.0 requires " + required + " and the repository has none");
            }
        }
        if (out.get("contact") instanceof JsonValue.JsonObject c && c.get("email").isEmpty()) {
            r.fill(at + "/contact/email", "code.gov 2.0.0 requires the contact's e-mail address");
        }
        return out.build();
    }

    /**
     * Removes from the releases of a code.gov 2.0.0 inventory what would make it read back as a
     * SHARE IT index: members only SHARE IT defines (kept as unknown members from the file it was
     * migrated from) and an array {@code usageType}. Each removal is logged.
     *
     * @param inventory the inventory
     * @param sourceArray the pointer of the entries in the source file, such as {@code /projects}
     * @param r the log
     * @return the inventory, with the releases changed where needed
     */
    static JsonValue.JsonObject withoutShareItSigns(JsonValue.JsonObject inventory, String sourceArray, Recorder r) {
        if (!(inventory.get("releases").orElse(null) instanceof JsonValue.JsonArray releases)) {
            return inventory;
        }
        List<JsonValue> out = new ArrayList<>(releases.elements().size());
        for (int i = 0; i < releases.elements().size(); i++) {
            if (!(releases.elements().get(i) instanceof JsonValue.JsonObject release)) {
                out.add(releases.elements().get(i));
                continue;
            }
            String at = JsonPointer.append("/releases", i);
            String from = JsonPointer.append(sourceArray, i);
            Tree t = Tree.of(release);
            for (String name : t.names()) {
                if (FamilyMarkers.isShareItOnly(name)) {
                    r.dropped(at + "/" + name, from + "/" + name, t.remove(name), "code.gov 2.0.0 has no " + name
                            + ", a member only SHARE IT defines, which would make the file read as SHARE IT: the value"
                            + " cannot survive");
                }
            }
            if (t.get("permissions") instanceof JsonValue.JsonObject p
                    && p.get("usageType").orElse(null) instanceof JsonValue.JsonArray) {
                t.put("permissions", permissions(Tree.of(p), at + "/permissions", r));
            }
            out.add(t.build());
        }
        Tree top = Tree.of(inventory);
        top.put("releases", Tree.array(out));
        return top.build();
    }

    private static JsonValue.JsonObject permissions(Tree p, String at, Recorder r) {
        JsonValue usage = p.get("usageType");
        if (usage instanceof JsonValue.JsonArray a && a.elements().size() == 1
                && a.elements().get(0) instanceof JsonValue.JsonString s) {
            String broader = BROADER.get(s.value());
            JsonValue single = broader == null ? s : Tree.string(broader);
            p.put("usageType", single);
            r.change(at + "/usageType", usage, single, broader == null
                    ? "code.gov 2.0.0 has one usage type, a string"
                    : "code.gov 2.0.0 has one usage type, and knows " + s.value() + " only as the broader " + broader
                    + ": the precise exemption cannot survive");
        } else if (usage instanceof JsonValue.JsonArray a) {
            // An array is the one sign that tells a SHARE IT file from a code.gov one: left in place it
            // would make the migrated file read back as SHARE IT. One usage type is kept, as a string.
            JsonValue.JsonString first = null;
            List<String> listed = new ArrayList<>();
            for (JsonValue e : a.elements()) {
                if (e instanceof JsonValue.JsonString s) {
                    first = first == null ? s : first;
                    listed.add(s.value());
                }
            }
            if (first == null) {
                p.remove("usageType");
                r.dropped(at + "/usageType", at + "/usageType", usage, "code.gov 2.0.0 has one usage type, a string,"
                        + " and the repository lists none");
                r.fill(at + "/usageType", "the repository lists no usage type; code.gov 2.0.0 requires one, a string such"
                        + " as \"openSource\"");
            } else {
                String broader = BROADER.get(first.value());
                JsonValue single = broader == null ? first : Tree.string(broader);
                p.put("usageType", single);
                r.change(at + "/usageType", usage, single, "code.gov 2.0.0 takes exactly one usage type, a string: the"
                        + " first of the " + Counts.of(a.elements().size(), "value") + " listed is kept");
                r.review(at + "/usageType", "the repository lists " + Counts.of(a.elements().size(), "usage type")
                        + " (" + String.join(", ", listed) + "); code.gov 2.0.0 takes exactly one and the first was"
                        + " written: check that it is the one that applies");
            }
        }
        return p.build();
    }

    /** 2.0.0 dates are YYYY-MM-DD: a date-time keeps its date as written, and its time is lost. */
    private static JsonValue.JsonObject date(Tree d, String at, Recorder r) {
        for (String name : d.names()) {
            JsonValue v = d.get(name);
            String s = Tree.text(v);
            if (s != null && s.length() > 10 && FormatKind.isDateTime(s)) {
                JsonValue date = Tree.string(s.substring(0, 10));
                d.put(name, date);
                boolean midnight = s.substring(10).matches("(?i)T00:00:00(\\.0+)?(Z|[+-]00:00)");
                r.change(at + "/" + name, v, date, "code.gov 2.0.0 dates are YYYY-MM-DD"
                        + (midnight ? "" : "; the time of day cannot survive"));
            }
        }
        return d.build();
    }
}
