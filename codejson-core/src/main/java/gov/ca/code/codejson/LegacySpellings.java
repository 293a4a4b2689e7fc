package gov.ca.code.codejson;

import java.util.List;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;

/** The warnings {@link FamilyDetector} gives about the spellings of the SHARE IT drafts that real files carry. */
final class LegacySpellings {

    private LegacySpellings() {
    }

    /** Notices the spellings of the SHARE IT drafts of 2025 that real files still carry. */
    static void notice(JsonValue.JsonObject repo, String base, List<Diagnostic> notices) {
        legacyKey(repo, base, "feedbackMechanisms", "feedbackMechanism", notices);
        legacyKey(repo, base, "upstream", "SBOM", notices);
        legacyKey(repo, base, "AIUseCaseInventory", "AIUseCaseID", notices);
        if (repo.get("date").orElse(null) instanceof JsonValue.JsonObject date) {
            legacyKey(date, JsonPointer.append(base, "date"), "metaDataLastUpdated", "metadataLastUpdated", notices);
        }
        if (repo.get("contractNumber").orElse(null) instanceof JsonValue.JsonString s) {
            notices.add(Diagnostic.at(JsonPointer.append(base, "contractNumber"), "variant.contract-number-string",
                    Severity.WARNING, "contractNumber is a string, as in the SHARE IT drafts; SHARE IT 2.0.0 wants an"
                    + " array of contract numbers (codejson migrate writes [" + quoted(s.value()) + "])", s.location()));
        }
        if (repo.get("permissions").orElse(null) instanceof JsonValue.JsonObject p
                && p.get("usageType").orElse(null) instanceof JsonValue.JsonString s) {
            notices.add(Diagnostic.at(JsonPointer.append(JsonPointer.append(base, "permissions"), "usageType"),
                    "variant.usage-type-string", Severity.WARNING, "usageType is a single string, as in code.gov 2.0.0;"
                    + " SHARE IT wants an array such as [" + quoted(s.value()) + "]", s.location()));
        }
    }

    private static void legacyKey(JsonValue.JsonObject object, String base, String legacy, String current,
            List<Diagnostic> notices) {
        object.member(legacy).ifPresent(m -> notices.add(Diagnostic.at(JsonPointer.append(base, legacy),
                "variant.legacy-key", Severity.WARNING, "\"" + legacy + "\" is the name used by the SHARE IT drafts;"
                + " the current name is \"" + current + "\" (migrating to shareit-2.0.0 renames it)",
                m.location())));
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

}
