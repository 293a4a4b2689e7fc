package gov.ca.code.codejson.generate;

import static gov.ca.code.codejson.generate.Trace.quote;

import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.diagnostic.Severity;

/** {@code status}: the setting, else {@code Development} for a snapshot version and {@code Production} otherwise. */
final class StatusMapping {

    private StatusMapping() {
    }

    static Mapped<Status> map(ProjectFacts facts, GenerationSettings settings, String base) {
        Trace t = new Trace();
        String field = base + "/status";
        t.from(field, Source.setting(Setting.STATUS));
        if (settings.release().status() != null) {
            return t.done(t.parse(Status.class, settings.release().status(), Setting.STATUS, field));
        }
        boolean snapshot = facts.version() != null && facts.version().endsWith("-SNAPSHOT");
        Status inferred = snapshot ? Status.DEVELOPMENT : Status.PRODUCTION;
        t.report(Severity.INFO, "generate.status-inferred", field, Source.setting(Setting.STATUS),
                "status " + inferred.json() + " inferred from the version " + quote(String.valueOf(facts.version()))
                        + (snapshot ? " (a snapshot)" : " (a release)") + "; set status to say otherwise");
        return t.done(inferred);
    }
}
