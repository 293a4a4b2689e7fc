package gov.ca.code.codejson.generate;

import static gov.ca.code.codejson.generate.Trace.blank;
import static gov.ca.code.codejson.generate.Trace.collapse;

import gov.ca.code.codejson.diagnostic.Severity;

/** {@code description}: the setting, else the project's description, whitespace collapsed; required. */
final class DescriptionMapping {

    private DescriptionMapping() {
    }

    static Mapped<String> map(ProjectFacts facts, GenerationSettings settings, String base) {
        Trace t = new Trace();
        String field = base + "/description";
        if (settings.release().description() != null) {
            t.from(field, Source.setting(Setting.DESCRIPTION));
            return t.done(collapse(settings.release().description()));
        }
        t.from(field, Source.fact(ProjectFact.DESCRIPTION));
        if (blank(facts.description())) {
            t.report(Severity.ERROR, "generate.description-missing", field, Source.fact(ProjectFact.DESCRIPTION),
                    "the project has no description; write one or two sentences saying what the software does for the public");
            return t.done(null);
        }
        return t.done(collapse(facts.description()));
    }
}
