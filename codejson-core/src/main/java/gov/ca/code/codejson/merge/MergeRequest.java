package gov.ca.code.codejson.merge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Input;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.model.JsonEnum;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.constraints.Findings;

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
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
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
     * The settings of a request that name a value, such as a profile, and can name one that does not
     * exist, and the files the aggregate is written to. A diagnostic about one names it as its
     * subject; each adapter spells it in its own words ({@code --measurement-method},
     * {@code <measurementMethod>}).
     */
    public enum Setting implements Input {
        /** The agency of the aggregate. */
        AGENCY("agency"),
        /** The e-mail of the contact that replaces the contact of releases that are not open source. */
        AGENCY_CONTACT_EMAIL("agencyContactEmail"),
        /** {@code measurementType.method} of the aggregate. */
        MEASUREMENT_METHOD("measurementMethod"),
        /** The validation profile. */
        PROFILE("profile"),
        /** The family written. */
        TARGET("outputFamily"),
        /** Where the aggregate is written (see {@link MergeOutputs}). */
        OUTPUT_FILE("outputFile"),
        /** Where the merge report is written (see {@link MergeOutputs}). */
        REPORT_FILE("reportFile");

        private final String key;

        Setting(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    /**
     * Turns the settings into options.
     *
     * @return the options
     * @throws MergeException when the measurement method, profile or family written does not exist, or
     *     the profile does not apply to the family written: one error per such setting, each naming it
     */
    public MergeOptions options() throws MergeException {
        List<Diagnostic> problems = new ArrayList<>();
        Family family = Family.CODEGOV_2_0_0;
        if (!target.isBlank()) {
            Optional<Family> named = Family.byId(target.strip()).filter(MergeOptions.TARGETS::contains);
            if (named.isPresent()) {
                family = named.get();
            } else {
                problems.add(problem(Setting.TARGET, "merge.family-unsupported", Findings.quote(target.strip())
                        + " is not a family an aggregate is written in; use one of "
                        + MergeOptions.TARGETS.stream().map(Family::id).toList()));
            }
        }
        MergeOptions options = MergeOptions.defaults().withTarget(family).withAgency(agency.strip())
                .withQuarantine(keepInvalid ? QuarantinePolicy.KEEP : QuarantinePolicy.OMIT);
        // A profile is judged against the family written, so not when that names nothing.
        Family.ProfileChoice choice = family.profile(profile, Setting.PROFILE);
        if (choice instanceof Family.ProfileChoice.Chosen chosen) {
            options = options.withProfile(chosen.profile());
        } else if (problems.isEmpty()) {
            problems.add(((Family.ProfileChoice.Refused) choice).diagnostic());
        }
        if (!measurementMethod.isBlank()) {
            String written = measurementMethod.strip();
            List<String> allowed = Arrays.stream(MeasurementMethod.values()).filter(m -> m != MeasurementMethod.OTHER)
                    .map(MeasurementMethod::json).toList();
            Optional<MeasurementMethod> method = JsonEnum.byJson(MeasurementMethod.class, written).filter(m -> m != MeasurementMethod.OTHER);
            if (method.isPresent()) {
                options = options.withMeasurementType(new MeasurementType(Property.of(method.get()), Property.absent(), Unknown.NONE));
            } else if (JsonEnum.byJson(MeasurementMethod.class, written).isPresent()) {
                // "other" is a method of the schema, but it needs ifOther to say what is counted, which no setting gives.
                problems.add(problem(Setting.MEASUREMENT_METHOD, "merge.value-not-allowed", Findings.quote(written)
                        + " needs measurementType.ifOther to say what is counted, which an aggregate cannot be given; use one of "
                        + allowed + ", or leave the setting out to keep the inputs' own measurement type"));
            } else {
                problems.add(problem(Setting.MEASUREMENT_METHOD, "merge.value-not-allowed", Findings.quote(written)
                        + " is not an allowed value; use " + Findings.quote(Findings.closest(written, allowed))
                        + " or one of " + allowed));
            }
        }
        if (!problems.isEmpty()) {
            throw new MergeException(problems);
        }
        if (!redact) {
            return options.withRedaction(RedactionPolicy.NONE);
        }
        RedactionPolicy redaction = InternalReleases.agencyContact(agencyContactEmail, agencyContactName, agencyContactUrl)
                .map(RedactionPolicy.DEFAULT::withAgencyContact).orElse(RedactionPolicy.DEFAULT);
        return options.withRedaction(redaction);
    }

    private static Diagnostic problem(Setting setting, String rule, String message) {
        return new Diagnostic("", Location.UNKNOWN, Subject.input(setting), rule, Severity.ERROR, message);
    }

    /**
     * Reads every input and builds the aggregate. Nothing is written: the adapters write
     * {@link MergeResult#output()} and {@link MergeResult#report()} where their users said.
     *
     * @param codejson the reader and validator
     * @return the aggregate
     * @throws MergeException when a setting names nothing, an input cannot be read or converted, or
     *     the inputs contradict each other
     */
    public MergeResult run(CodeJson codejson) throws MergeException {
        MergeOptions options = options();
        List<Diagnostic> skipped = new ArrayList<>();
        List<MergeInput> read = MergeInputs.read(codejson, inputs, naming, skipped::add);
        return new InventoryMerger(codejson).merge(read, options).withWarningsFirst(skipped);
    }
}
