package gov.ca.code.codejson.migrate;

import java.util.ArrayList;
import java.util.List;

import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.conversion.ShareItTerms;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;

/**
 * The spellings of the 2025 SHARE IT drafts that real files still carry, renamed or reshaped into
 * the current SHARE IT 2.0.0 ones.
 */
final class ShareItLegacy {

    private ShareItLegacy() {
    }

    static JsonValue.JsonObject index(JsonValue.JsonObject index, Recorder r) {
        Tree in = Tree.of(index);
        if (in.get("releases") instanceof JsonValue.JsonArray array) {
            List<JsonValue> repos = new ArrayList<>();
            for (int i = 0; i < array.elements().size(); i++) {
                JsonValue e = array.elements().get(i);
                repos.add(e instanceof JsonValue.JsonObject o ? repository(o, JsonPointer.append("/releases", i), r) : e);
            }
            in.put("releases", Tree.array(repos));
        }
        return in.build();
    }

    static JsonValue.JsonObject repository(JsonValue.JsonObject repository, String at, Recorder r) {
        Tree repo = Tree.of(repository);
        rename(repo, "feedbackMechanisms", "feedbackMechanism", at, r);
        rename(repo, "upstream", "SBOM", at, r);
        if (repo.get("date") instanceof JsonValue.JsonObject date) {
            Tree d = Tree.of(date);
            rename(d, "metaDataLastUpdated", "metadataLastUpdated", at + "/date", r);
            repo.put("date", d.build());
        }
        JsonValue feedback = repo.get("feedbackMechanism");
        if (feedback instanceof JsonValue.JsonArray a && a.elements().size() == 1
                && a.elements().get(0) instanceof JsonValue.JsonString s) {
            repo.put("feedbackMechanism", s);
            r.change(at + "/feedbackMechanism", feedback, s, "SHARE IT 2.0.0 gives one feedback URL, not an array");
        }
        JsonValue contract = repo.get("contractNumber");
        if (contract instanceof JsonValue.JsonString s) {
            JsonValue array = Tree.array(s.value().isBlank() ? List.of() : List.of(Tree.string(s.value().strip())));
            repo.put("contractNumber", array);
            r.change(at + "/contractNumber", contract, array, "SHARE IT 2.0.0 lists contract numbers in an array");
        }
        JsonValue aiInventory = repo.get("AIUseCaseInventory");
        if (aiInventory instanceof JsonValue.JsonBoolean b && !repo.has("AIUseCaseID")) {
            repo.remove("AIUseCaseInventory");
            if (!b.value()) {
                repo.put("AIUseCaseID", Tree.string("0"));
                r.movedAndChanged(at + "/AIUseCaseID", at + "/AIUseCaseInventory", b, repo.get("AIUseCaseID"),
                        "SHARE IT 2.0.0 asks for the AI Use Case Inventory ID, \"0\" for software not in it");
            } else {
                r.dropped(at + "/AIUseCaseID", at + "/AIUseCaseInventory", b,
                        "SHARE IT 2.0.0 asks for the AI Use Case Inventory ID instead of a yes or no");
                r.fill(at + "/AIUseCaseID", "the software is in the AI Use Case Inventory: give its ID there");
            }
        }
        status(repo, at, r);
        if (repo.get("permissions") instanceof JsonValue.JsonObject p) {
            repo.put("permissions", usageType(Tree.of(p), at + "/permissions", r));
        }
        return repo.build();
    }

    /** A status spelled in another case, such as {@code production}, is the schema's value. */
    private static void status(Tree repo, String at, Recorder r) {
        String s = Tree.text(repo.get("status"));
        if (s == null) {
            return;
        }
        for (Status status : Status.values()) {
            if (!status.json().equals(s) && status.json().equalsIgnoreCase(s.strip())) {
                JsonValue old = repo.get("status");
                repo.put("status", Tree.string(status.json()));
                r.change(at + "/status", old, repo.get("status"), "the schema spells the status " + status.json());
            }
        }
    }

    private static JsonValue.JsonObject usageType(Tree p, String at, Recorder r) {
        JsonValue usage = p.get("usageType");
        if (usage instanceof JsonValue.JsonString s) {
            JsonValue array = Tree.array(List.of(s));
            p.put("usageType", array);
            r.change(at + "/usageType", usage, array, ShareItTerms.USAGE_TYPES_LISTED);
            ShareItTerms.removedUsageType(s.value()).ifPresent(instead -> r.replace(at + "/usageType/0", instead));
        } else if (usage instanceof JsonValue.JsonArray a) {
            List<JsonValue> list = new ArrayList<>();
            boolean changed = false;
            for (JsonValue e : a.elements()) {
                if ("exemptByIntelligence".equals(Tree.text(e))) {
                    list.add(Tree.string("exemptByNationalIntelligence"));
                    changed = true;
                } else {
                    list.add(e);
                }
            }
            if (changed) {
                p.put("usageType", Tree.array(list));
                r.change(at + "/usageType", usage, p.get("usageType"),
                        "the first SHARE IT draft spelled exemptByNationalIntelligence exemptByIntelligence");
            }
        }
        return p.build();
    }

    private static void rename(Tree t, String legacy, String current, String at, Recorder r) {
        if (!t.has(legacy)) {
            return;
        }
        JsonValue v = t.remove(legacy);
        if (t.has(current)) {
            r.dropped(at + "/" + current, at + "/" + legacy, v, "the current name " + current + " is also present and wins");
        } else {
            t.put(current, v);
            r.moved(at + "/" + current, at + "/" + legacy, "the SHARE IT drafts named it " + legacy);
        }
    }
}
