package gov.ca.code.codejson.merge;

import java.util.Objects;

import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.validation.Profile;

/**
 * How an aggregate is built. Start from {@link #defaults()} and change what you need.
 *
 * @param agency the agency of the aggregate; null to take the one all inputs agree on
 * @param measurementType the measurement type of the aggregate; null to take the one all inputs
 *     that state one agree on, or {@code {"method": "projects"}} when none states one
 * @param profile the validation profile every entry must pass
 * @param quarantine what happens to entries that fail validation
 * @param redaction what is hidden in releases that are not open source
 */
public record MergeOptions(String agency, MeasurementType measurementType, Profile profile,
        QuarantinePolicy quarantine, RedactionPolicy redaction) {

    /** Creates the options. */
    public MergeOptions {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(quarantine, "quarantine");
        Objects.requireNonNull(redaction, "redaction");
    }

    /** {@return the defaults: agency from the inputs, profile {@code codegov}, invalid entries omitted, redaction on} */
    public static MergeOptions defaults() {
        return new MergeOptions(null, null, Profile.CODEGOV, QuarantinePolicy.OMIT, RedactionPolicy.DEFAULT);
    }

    /** {@return these options with the agency set} */
    public MergeOptions withAgency(String value) {
        return new MergeOptions(value, measurementType, profile, quarantine, redaction);
    }

    /** {@return these options with the measurement type set} */
    public MergeOptions withMeasurementType(MeasurementType value) {
        return new MergeOptions(agency, value, profile, quarantine, redaction);
    }

    /** {@return these options with the validation profile set} */
    public MergeOptions withProfile(Profile value) {
        return new MergeOptions(agency, measurementType, value, quarantine, redaction);
    }

    /** {@return these options with the quarantine policy set} */
    public MergeOptions withQuarantine(QuarantinePolicy value) {
        return new MergeOptions(agency, measurementType, profile, value, redaction);
    }

    /** {@return these options with the redaction policy set} */
    public MergeOptions withRedaction(RedactionPolicy value) {
        return new MergeOptions(agency, measurementType, profile, quarantine, value);
    }
}
