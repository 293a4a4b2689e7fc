package gov.ca.code.codejson.merge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Profile;

/**
 * How an aggregate is built. Start from {@link #defaults()} and change what you need.
 *
 * @param agency the agency of the aggregate; blank to take the one all inputs agree on
 * @param measurementType the measurement type of the aggregate; {@link #FROM_INPUTS} (no member)
 *     to take the one all inputs that state one agree on, or {@code {"method": "projects"}}
 *     when none states one
 * @param profile the validation profile every entry must pass
 * @param quarantine what happens to entries that fail validation
 * @param redaction what is hidden in releases that are not open source
 * @param target the family written: {@link Family#CODEGOV_2_0_0} (the code.gov agency inventory) or
 *     {@link Family#SHAREIT_INDEX_2_0_0} (the SHARE IT agency index)
 */
public record MergeOptions(String agency, MeasurementType measurementType, Profile profile,
        QuarantinePolicy quarantine, RedactionPolicy redaction, Family target) {

    /** The families an aggregate can be written as. */
    public static final List<Family> TARGETS = List.of(Family.CODEGOV_2_0_0, Family.SHAREIT_INDEX_2_0_0);

    /** The measurement type that sets nothing: the aggregate takes the one of its inputs. */
    public static final MeasurementType FROM_INPUTS = new MeasurementType(Property.absent(), Property.absent(), Unknown.NONE);

    /**
     * Creates the options.
     *
     * @throws IllegalArgumentException when the target is not one of {@link #TARGETS}, or the profile
     *     does not apply to it
     */
    public MergeOptions {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(measurementType, "measurementType");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(quarantine, "quarantine");
        Objects.requireNonNull(redaction, "redaction");
        Objects.requireNonNull(target, "target");
        if (!TARGETS.contains(target)) {
            throw new IllegalArgumentException("an aggregate is written as " + TARGETS.stream().map(Family::id).toList()
                    + ", not " + target.id());
        }
        if (!target.profiles().contains(profile)) {
            throw new IllegalArgumentException(target.profileNotApplicable(profile.id()));
        }
    }

    /** {@return the defaults: agency from the inputs, profile {@code codegov}, invalid entries omitted, redaction on, a code.gov 2.0.0 inventory written} */
    public static MergeOptions defaults() {
        return new MergeOptions("", FROM_INPUTS, Profile.CODEGOV, QuarantinePolicy.OMIT, RedactionPolicy.DEFAULT,
                Family.CODEGOV_2_0_0);
    }

    /** {@return these options with the agency set; blank to take the one all inputs agree on} */
    public MergeOptions withAgency(String value) {
        return new MergeOptions(value, measurementType, profile, quarantine, redaction, target);
    }

    /** {@return these options with the measurement type set; {@link #FROM_INPUTS} to take the inputs'} */
    public MergeOptions withMeasurementType(MeasurementType value) {
        return new MergeOptions(agency, value, profile, quarantine, redaction, target);
    }

    /** {@return the agency set, stripped; empty when the aggregate takes the one of its inputs} */
    public Optional<String> givenAgency() {
        return agency.isBlank() ? Optional.empty() : Optional.of(agency.strip());
    }

    /** {@return the measurement type set; empty when the aggregate takes the one of its inputs} */
    public Optional<MeasurementType> givenMeasurementType() {
        return measurementType.equals(FROM_INPUTS) ? Optional.empty() : Optional.of(measurementType);
    }

    /** {@return these options with the validation profile set} */
    public MergeOptions withProfile(Profile value) {
        return new MergeOptions(agency, measurementType, value, quarantine, redaction, target);
    }

    /** {@return these options with the quarantine policy set} */
    public MergeOptions withQuarantine(QuarantinePolicy value) {
        return new MergeOptions(agency, measurementType, profile, value, redaction, target);
    }

    /** {@return these options with the redaction policy set} */
    public MergeOptions withRedaction(RedactionPolicy value) {
        return new MergeOptions(agency, measurementType, profile, quarantine, value, target);
    }

    /**
     * {@return these options with the family written set; a profile that does not apply to it becomes the family's default}
     *
     * @param value one of {@link #TARGETS}
     */
    public MergeOptions withTarget(Family value) {
        Profile p = value.profiles().contains(profile) ? profile : value.defaultProfile();
        return new MergeOptions(agency, measurementType, p, quarantine, redaction, value);
    }
}
