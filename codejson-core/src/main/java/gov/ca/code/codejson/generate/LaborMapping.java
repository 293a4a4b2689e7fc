package gov.ca.code.codejson.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.source.Cocomo2;
import gov.ca.code.codejson.source.LaborEstimate;
import gov.ca.code.codejson.source.SourceMeasurement;
import gov.ca.code.codejson.text.Counts;

import org.jspecify.annotations.Nullable;

/**
 * {@code languages} and {@code laborHours}: the languages of the compile source roots, and the
 * hours set, else estimated with COCOMO II from their source lines, with a side report.
 */
final class LaborMapping {

    /**
     * What the source files tell.
     *
     * @param languages the languages found, possibly none
     * @param laborHours the hours
     * @param report the side report of the estimate as JSON text, or null when the hours were set
     */
    record Labor(List<String> languages, BigDecimal laborHours, @Nullable String report) {
        Labor {
            languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
        }
    }

    private LaborMapping() {
    }

    static Mapped<Labor> map(ProjectFacts facts, GenerationSettings settings, SourceMeasurement measurement, String base) {
        Trace t = new Trace();
        t.from(base + "/languages", Source.derived("the files in the compile source roots"));
        String field = base + "/laborHours";
        t.from(field, Source.setting(Setting.LABOR_HOURS));
        if (settings.release().laborHours() != null) {
            return t.done(new Labor(measurement.languages(), settings.release().laborHours(), null));
        }
        LaborEstimate estimate = Cocomo2.estimate(measurement);
        String report = facts.baseDirectory() == null ? estimate.toJson() : estimate.toJson(facts.baseDirectory());
        t.report(Severity.INFO, "generate.labor-hours-estimated", field, Source.setting(Setting.LABOR_HOURS),
                "laborHours " + estimate.hours() + " estimated with " + estimate.method() + " ("
                        + estimate.parameters().hoursPerPersonMonth() + " hours per person-month) from "
                        + Counts.of(estimate.sloc(), "source line") + " in " + Counts.of(estimate.filesCounted(), "file")
                        + " of the compile source roots; set laborHours to write your own figure");
        return t.done(new Labor(measurement.languages(), BigDecimal.valueOf(estimate.hours()), report));
    }
}
