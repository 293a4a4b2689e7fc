package gov.ca.code.codejson.merge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.model.JsonEnum;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Profile;

/**
 * One aggregate run as the command line and the Maven goal describe it: the files and folders to
 * read and the settings as the user wrote them. Both adapters fill it and call {@link #run}, so that
 * the settings mean the same everywhere.
 *
 * @param inputs files and folders, in the order that decides ties
 * @param naming how reports name a file, such as relative to a build's root folder
 * @param agency the agency of the aggregate; blank to take the one all inputs agree on
 * @param measurementMethod {@code measurementType.method}; blank to take the inputs'
 * @param profile the profile id; blank for the default of the family written
 * @param target the family written ({@code codegov-2.0.0} or {@code shareit-index-2.0.0}); blank for code.gov 2.0.0
 * @param keepInvalid whether entries that fail are kept with a warning instead of left out
 * @param redact whether releases that are not open source are redacted
 * @param agencyContactEmail the e-mail of the contact that replaces theirs; blank to keep theirs
 * @param agencyContactName the name that goes with it, or blank
 * @param agencyContactUrl the web page that goes with it, or blank
 */
public record MergeRequest(List<Path> inputs, Function<Path, String> naming, String agency,
        String measurementMethod, String profile, String target, boolean keepInvalid, boolean redact,
        String agencyContactEmail, String agencyContactName, String agencyContactUrl) {

    /** Creates the request; the list is copied, no component may be null: a setting not given is blank. */
    public MergeRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(measurementMethod, "measurementMethod");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(agencyContactEmail, "agencyContactEmail");
        Objects.requireNonNull(agencyContactName, "agencyContactName");
        Objects.requireNonNull(agencyContactUrl, "agencyContactUrl");
    }

    /**
     * Turns the settings into options.
     *
     * @return the options
     * @throws InvalidMergeSetting when the measurement method, profile or family written does not exist,
     *     or the profile does not apply to the family written
     */
    public MergeOptions options() throws InvalidMergeSetting {
        Family family = Family.CODEGOV_2_0_0;
        if (!blank(target)) {
            family = Family.byId(target.strip()).filter(MergeOptions.TARGETS::contains).orElseThrow(() -> new InvalidMergeSetting(
                    InvalidMergeSetting.Setting.TARGET, target, MergeOptions.TARGETS.stream().map(Family::id).toList()));
        }
        MergeOptions options = MergeOptions.defaults().withTarget(family).withAgency(agency.strip())
                .withQuarantine(keepInvalid ? QuarantinePolicy.KEEP : QuarantinePolicy.OMIT);
        if (!blank(profile)) {
            Family written = family;
            Profile p = Profile.byId(profile.strip()).filter(written.profiles()::contains).orElseThrow(() -> new InvalidMergeSetting(
                    InvalidMergeSetting.Setting.PROFILE, profile, written.profiles().stream().map(Profile::id).toList()));
            options = options.withProfile(p);
        }
        if (!blank(measurementMethod)) {
            MeasurementMethod method = JsonEnum.byJson(MeasurementMethod.class, measurementMethod.strip())
                    .filter(m -> m != MeasurementMethod.OTHER)
                    .orElseThrow(() -> new InvalidMergeSetting(InvalidMergeSetting.Setting.MEASUREMENT_METHOD, measurementMethod,
                            Arrays.stream(MeasurementMethod.values()).filter(m -> m != MeasurementMethod.OTHER)
                                    .map(MeasurementMethod::json).toList()));
            options = options.withMeasurementType(new MeasurementType(Property.of(method), Property.absent(), Unknown.NONE));
        }
        RedactionPolicy redaction = redact ? RedactionPolicy.DEFAULT : RedactionPolicy.NONE;
        if (redact && !blank(agencyContactEmail)) {
            redaction = redaction.withAgencyContact(new Contact(Property.of(agencyContactEmail.strip()),
                    stripped(agencyContactName), stripped(agencyContactUrl), Property.absent(), Unknown.NONE));
        }
        return options.withRedaction(redaction);
    }

    /**
     * Reads every input and builds the aggregate. Nothing is written: the adapters write
     * {@link MergeResult#output()} and {@link MergeResult#report()} where their users said.
     *
     * @param codejson the reader and validator
     * @return the aggregate
     * @throws InvalidMergeSetting when a setting does not exist
     * @throws MergeException when an input cannot be read or converted, or the inputs contradict each other
     */
    public MergeResult run(CodeJson codejson) throws InvalidMergeSetting, MergeException {
        MergeOptions options = options();
        List<Diagnostic> skipped = new ArrayList<>();
        List<MergeInput> read = MergeInputs.read(codejson, inputs, naming, skipped::add);
        return new InventoryMerger(codejson).merge(read, options).withWarningsFirst(skipped);
    }

    private static boolean blank(String value) {
        return value.isBlank();
    }

    private static Property<String> stripped(String value) {
        return value.isBlank() ? Property.absent() : Property.of(value.strip());
    }
}
