package gov.ca.code.codejson.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.internal.ModelBinder;
import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.migrate.Migration;
import gov.ca.code.codejson.migrate.Migrator;
import gov.ca.code.codejson.diagnostic.Diagnostic;

/**
 * The SHARE IT per-repository object: the release fields mapped at the root, converted to SHARE IT
 * terms, then the members only SHARE IT has, then the overlay, which is written in SHARE IT terms.
 * What the conversion could not derive becomes an error naming the input to set.
 */
final class ShareItAssembler {

    /** Where the conversion puts the one release; its findings are moved to the root. */
    private static final String CONVERTED = "/releases/0";

    private ShareItAssembler() {
    }

    static Mapped<Built> assemble(ProjectFacts facts, GenerationSettings settings) {
        Trace t = new Trace();
        ReleaseAssembler.Assembled release = t.absorb(ReleaseAssembler.assemble(facts, settings, "", true));
        List<String> usage = release.usage().shareIt();
        ShareItMapping.Own own = t.absorb(ShareItMapping.map(facts, settings, usage));
        Migration migration = migration(withUsageType((JsonValue.JsonObject) CodeJson.toJson(release.release()), usage));
        JsonValue.JsonObject migrated = (JsonValue.JsonObject) CodeJson.toJson(migration.outputs().get(1).document().root());
        Mapped<JsonValue.JsonObject> overlaid = OverlayPass.apply(settings.overlay(), JsonMerge.overwrite(migrated, own.values()), "");
        JsonValue.JsonObject repository = t.absorb(overlaid);
        repository = t.absorb(OverlayPass.credentialFree(repository, "", t.provenance(), t.findings()));
        Set<String> settled = new HashSet<>(own.settled());
        settled.addAll(overlaid.provenance().keySet());
        for (Diagnostic v : migration.log().toFill()) {
            toFill(t, v, settled, migrated, repository);
        }
        return t.done(new Built(repository, repository, release.laborReport()));
    }

    private static Migration migration(JsonValue.JsonObject release) {
        JsonValue.JsonObject inventory = JsonBuilder.object().put("version", "2.0.0")
                .put("releases", JsonBuilder.array(List.of(release))).build();
        return new Migrator().migrate(Document.of("code.json", Family.CODEGOV_2_0_0,
                ModelBinder.bind(Inventory.class, inventory)), Family.SHAREIT_2_0_0);
    }

    /**
     * The conversion decides from a 2.0.0 usage type whether licenses may be empty, so it gets one:
     * {@code openSource} when listed, else the first.
     */
    private static JsonValue.JsonObject withUsageType(JsonValue.JsonObject release, List<String> usage) {
        if (usage.isEmpty()) {
            return release;
        }
        String open = gov.ca.code.codejson.shareit.UsageType.OPEN_SOURCE.json();
        String one = usage.contains(open) ? open : usage.get(0);
        return JsonMerge.overwrite(release, JsonBuilder.object().put("permissions", JsonBuilder.object().put("usageType", one)).build());
    }

    /** A value the conversion could not derive, unless a setting or the overlay has given it since. */
    private static void toFill(Trace t, Diagnostic v, Set<String> settled, JsonValue.JsonObject migrated,
            JsonValue.JsonObject repository) {
        if (!v.pointer().startsWith(CONVERTED + "/")) {
            return;
        }
        String pointer = v.pointer().substring(CONVERTED.length());
        boolean given = settled.stream().anyMatch(s -> pointer.equals(s) || pointer.startsWith(s + "/"))
                || !OverlayPass.present(migrated, pointer) && OverlayPass.present(repository, pointer);
        boolean reported = t.findings().stream().anyMatch(f -> f.isError() && f.field().equals(pointer));
        if (given || reported) {
            return;
        }
        Source source = sourceOf(t, pointer);
        String message = source.kind() == Source.Kind.DERIVED
                ? v.message() + "; it cannot be derived from " + source.name() + ", so give it in the overlay file"
                : v.message();
        t.report(v.severity(), v.severity() == Severity.ERROR ? "generate.shareit-unmapped" : "generate.shareit-review",
                pointer, source, message);
    }

    private static Source sourceOf(Trace t, String pointer) {
        List<String> tokens = JsonPointer.tokens(pointer);
        for (int n = tokens.size(); n > 0; n--) {
            String prefix = "";
            for (int i = 0; i < n; i++) {
                prefix = JsonPointer.append(prefix, tokens.get(i));
            }
            Source s = t.provenance().get(prefix);
            if (s != null) {
                return s;
            }
        }
        return Source.derived("the conversion of the code.gov 2.0.0 release");
    }
}
