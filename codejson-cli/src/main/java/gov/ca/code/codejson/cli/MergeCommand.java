package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.merge.InventoryMerger;
import gov.ca.code.codejson.merge.MergeException;
import gov.ca.code.codejson.merge.MergeInput;
import gov.ca.code.codejson.merge.MergeInputs;
import gov.ca.code.codejson.merge.MergeMessage;
import gov.ca.code.codejson.merge.MergeOptions;
import gov.ca.code.codejson.merge.MergeResult;
import gov.ca.code.codejson.merge.QuarantinePolicy;
import gov.ca.code.codejson.merge.RedactionPolicy;
import gov.ca.code.codejson.model.JsonEnum;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Profile;

/** {@code codejson merge}: one agency inventory from many code.json files. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge code.json inventories into one agency inventory.",
            "Duplicates (same repository address, then same name) are reduced to one; entries that fail validation are"
                    + " left out (or kept with --keep-invalid); releases that are not open source lose their repositoryURL"
                    + " and, with --agency-contact-email, their contact. Problems are listed on standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged, every entry valid", "1:merged, but some entries failed validation (listed)",
            "2:an input could not be read, or bad usage; nothing is written"})
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the inventory to FILE (atomically) instead of standard output.")
    private Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the merge report as JSON to FILE.")
    private Path report;

    @Option(names = "--agency", paramLabel = "NAME", description = "The agency of the inventory; default: the one all inputs name.")
    private String agency;

    @Option(names = "--measurement-method", paramLabel = "METHOD",
            description = "measurementType.method of the inventory (linesOfCode, modules, cost, projects, systems);"
                    + " default: the one all inputs state, else projects.")
    private String measurementMethod;

    @Option(names = "--profile", paramLabel = "NAME", converter = Converters.ProfileConverter.class,
            description = "The profile every entry must pass (default codegov).")
    private Profile profile = Profile.CODEGOV;

    @Option(names = "--keep-invalid", description = "Keep entries that fail validation, with a warning, instead of leaving them out.")
    private boolean keepInvalid;

    @Option(names = "--no-redact", description = "Keep repositoryURL and contact of releases that are not open source.")
    private boolean noRedact;

    @Option(names = "--agency-contact-email", paramLabel = "EMAIL",
            description = "Replace the contact of releases that are not open source with this address.")
    private String contactEmail;

    @Option(names = "--agency-contact-name", paramLabel = "NAME", description = "The name that goes with --agency-contact-email.")
    private String contactName;

    @Option(names = "--agency-contact-url", paramLabel = "URL", description = "The URL that goes with --agency-contact-email.")
    private String contactUrl;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "code.json files, or folders whose *.json files (searched recursively) are inventories.")
    private List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if ((contactName != null || contactUrl != null) && contactEmail == null) {
            err.println("codejson: --agency-contact-name and --agency-contact-url need --agency-contact-email");
            return Main.UNUSABLE;
        }
        MergeOptions options = MergeOptions.defaults()
                .withAgency(agency)
                .withProfile(profile)
                .withQuarantine(keepInvalid ? QuarantinePolicy.KEEP : QuarantinePolicy.OMIT);
        if (measurementMethod != null) {
            MeasurementMethod method = JsonEnum.byJson(MeasurementMethod.class, measurementMethod).orElse(null);
            if (method == null || method == MeasurementMethod.OTHER) {
                err.println("codejson: unknown measurement method '" + measurementMethod + "'; use one of "
                        + Arrays.stream(MeasurementMethod.values()).filter(m -> m != MeasurementMethod.OTHER)
                                .map(MeasurementMethod::json).collect(Collectors.joining(", ")));
                return Main.UNUSABLE;
            }
            options = options.withMeasurementType(new MeasurementType(Property.of(method), Property.absent(), Unknown.NONE));
        }
        RedactionPolicy redaction = noRedact ? RedactionPolicy.NONE : RedactionPolicy.DEFAULT;
        if (!noRedact && contactEmail != null) {
            redaction = redaction.withAgencyContact(new Contact(Property.of(contactEmail), Property.of(contactName),
                    Property.of(contactUrl), Property.absent(), Unknown.NONE));
        }
        options = options.withRedaction(redaction);

        CodeJson codejson = new CodeJson();
        MergeResult result;
        try {
            List<MergeInput> read = MergeInputs.read(codejson, inputs);
            result = new InventoryMerger(codejson).merge(read, options);
        } catch (MergeException e) {
            e.problems().forEach(p -> err.println(p.startsWith("error:") ? "codejson: " + p : p));
            err.println("codejson: nothing was written");
            return Main.UNUSABLE;
        }

        byte[] inventory = codejson.write(result.inventory()).getBytes(StandardCharsets.UTF_8);
        byte[] reportBytes = new JsonWriter().writeBytes(result.report());
        if (out != null) {
            CodeJson.writeAtomically(out, inventory);
        } else {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(new String(inventory, StandardCharsets.UTF_8));
            stdout.flush();
        }
        if (report != null) {
            CodeJson.writeAtomically(report, reportBytes);
        }

        for (MergeMessage message : result.messages()) {
            err.println(message.text().startsWith("warning: ") ? "codejson: " + message.text() : message.text());
        }
        err.println("codejson: " + result.summary() + (out != null ? "; wrote " + out : ""));
        return result.quarantined().isEmpty() ? Main.VALID : Main.INVALID;
    }
}
