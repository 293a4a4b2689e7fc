package gov.ca.code.codejson.generate;

import static gov.ca.code.codejson.generate.Trace.quote;

import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.diagnostic.Severity;

/**
 * {@code status}: the setting, else {@code Development} for a snapshot version and {@code Production} otherwise,
 * also when no version is known (the message then says it was assumed, not inferred from a version).
 */
final class StatusMapping {

    private StatusMapping() {
    }

    static Mapped<Status> map(ProjectFacts facts, GenerationSettings settings, String base) {
        Trace t = new Trace();
        String field = base + "/status";
        t.from(field, Source.setting(Setting.STATUS));
        if (settings.release().status() != null) {
            return t.done(settings.release().status());
        }
        boolean snapshot = facts.version() != null && facts.version().endsWith("-SNAPSHOT");
        Status inferred = snapshot ? Status.DEVELOPMENT : Status.PRODUCTION;
        // Without a version there is nothing to infer from: say that the status is the default, not what a version said.
        String because = facts.version() == null ? " assumed: no version is known to tell a snapshot from a release"
                : " inferred from the version " + quote(facts.version()) + (snapshot ? " (a snapshot)" : " (a release)");
        t.report(Severity.INFO, "generate.status-inferred", field, Source.setting(Setting.STATUS),
                "status " + inferred.json() + because + "; set status to say otherwise");
        return t.done(inferred);
    }
}
