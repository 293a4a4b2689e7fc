package gov.ca.code.codejson.generate;

import static gov.ca.code.codejson.generate.Trace.quote;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import gov.ca.code.codejson.codegov.ReleaseDate;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;

import org.jspecify.annotations.Nullable;

/**
 * {@code date}: {@code created} and {@code lastModified} from the version control history, else
 * the settings; {@code metadataLastUpdated} from the reproducible-build timestamp.
 */
final class DatesMapping {

    private DatesMapping() {
    }

    /** {@return the dates, or null when none is known} */
    static Mapped<@Nullable ReleaseDate> map(ProjectFacts facts, GenerationSettings settings, String base) {
        Trace t = new Trace();
        String field = base + "/date";
        String created = null;
        String lastModified = null;
        if (facts.history() != null) {
            created = facts.history().created().toString();
            lastModified = facts.history().lastModified().toString();
            t.from(field + "/created", Source.derived(facts.history().description()));
            t.from(field + "/lastModified", Source.derived(facts.history().description()));
        }
        if (created == null && settings.release().created() != null) {
            created = settings.release().created().toString();
            t.from(field + "/created", Source.setting(Setting.CREATED));
        }
        if (lastModified == null && settings.release().lastModified() != null) {
            lastModified = settings.release().lastModified().toString();
            t.from(field + "/lastModified", Source.setting(Setting.LAST_MODIFIED));
        }
        if (created == null || lastModified == null) {
            t.fromIfAbsent(field + "/created", Source.setting(Setting.CREATED));
            t.fromIfAbsent(field + "/lastModified", Source.setting(Setting.LAST_MODIFIED));
            t.report(Severity.INFO, "generate.dates-unknown", field, Source.setting(Setting.CREATED),
                    "no version control history was found, so "
                            + (created == null && lastModified == null ? "date.created and date.lastModified are"
                                    : created == null ? "date.created is" : "date.lastModified is")
                            + " left out; set created and lastModified (YYYY-MM-DD) to write them");
        }
        if (created != null && lastModified != null && created.compareTo(lastModified) > 0) {
            // Only settings can disagree so: a history's first commit is never after its last.
            t.report(Severity.WARNING, "generate.dates-order", field + "/created", Source.setting(Setting.CREATED),
                    "date.created (" + created + ") is after date.lastModified (" + lastModified + "); set created to the"
                            + " day the project began and lastModified to the day it last changed");
        }
        String metadata = metadataLastUpdated(t, facts, field + "/metadataLastUpdated");
        if (created == null && lastModified == null && metadata == null) {
            return t.done(null);
        }
        return t.done(new ReleaseDate(Property.of(created), Property.of(lastModified), Property.of(metadata), Unknown.NONE));
    }

    private static @Nullable String metadataLastUpdated(Trace t, ProjectFacts facts, String field) {
        Source source = Source.fact(ProjectFact.OUTPUT_TIMESTAMP);
        t.from(field, source);
        String raw = facts.outputTimestamp();
        // Maven treats a one-character value as "not set", a convention kept here.
        if (raw == null || raw.strip().length() <= 1) {
            t.report(Severity.INFO, "generate.metadata-date-unknown", field, source,
                    "date.metadataLastUpdated is left out because the build has no reproducible timestamp; set the"
                            + " property project.build.outputTimestamp (ISO 8601 or epoch seconds) to write it");
            return null;
        }
        Optional<LocalDate> date = parseTimestamp(raw.strip());
        if (date.isEmpty()) {
            t.report(Severity.WARNING, "generate.metadata-date-invalid", field, source,
                    "the timestamp " + quote(raw.strip()) + " is neither ISO 8601 (2026-01-31T00:00:00Z) nor epoch seconds,"
                            + " so date.metadataLastUpdated is left out");
            return null;
        }
        return date.get().toString();
    }

    /**
     * Parses a reproducible-build timestamp the way Maven does: all digits are epoch seconds,
     * anything else ISO 8601 with an offset.
     */
    static Optional<LocalDate> parseTimestamp(String timestamp) {
        try {
            if (timestamp.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(timestamp)).atOffset(ZoneOffset.UTC).toLocalDate());
            }
            return Optional.of(OffsetDateTime.parse(timestamp).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
