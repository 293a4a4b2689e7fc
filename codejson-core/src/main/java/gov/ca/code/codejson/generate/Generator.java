package gov.ca.code.codejson.generate;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;

/**
 * Builds the code.json entry of a project from its {@link ProjectFacts}, the user's
 * {@link GenerationSettings} and an optional {@link Overlay}, and validates it.
 *
 * <p>Each field of the entry has its own mapping, a pure function of the facts and settings that
 * returns the value, its provenance and its diagnostics; an assembler combines them into the
 * code.gov 2.0.0 inventory or the SHARE IT object. The one trip through bytes is the read-back that
 * gives every value of the written file its line and column. Generation reads no clock, no network
 * and no environment, so the same inputs give byte-identical text. Instances are immutable and
 * thread-safe.
 */
public final class Generator {

    /** The pointer of the one release of a generated code.gov inventory. */
    public static final String RELEASE = "/releases/0";

    private final CodeJson codejson = new CodeJson();
    private final JsonWriter writer = new JsonWriter();

    /** Creates a generator. */
    public Generator() {
    }

    /**
     * Generates and validates the document.
     *
     * @param facts what the build knows about the project
     * @param settings the user's choices, already parsed: a family and profile it can use
     * @return the outcome, with every problem found
     */
    public Generation generate(ProjectFacts facts, GenerationSettings settings) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(settings, "settings");
        boolean shareIt = settings.target().family() == Family.SHAREIT_2_0_0;
        Mapped<Built> built = shareIt ? ShareItAssembler.assemble(facts, settings) : codeGov(facts, settings);
        List<Finding> found = built.findings();
        Document document = readBack(built.value().document(), shareIt ? Family.SHAREIT_2_0_0 : null);
        JsonValue.JsonObject release = shareIt ? (JsonValue.JsonObject) document.source().root() : built.value().release();
        ValidationReport report = codejson.validate(document, settings.target().validationProfile());
        // A field generation already reported as an error is not reported again by validation.
        ValidationReport rest = new ValidationReport(report.name(), report.family(), report.profile(), report.violations()
                .stream().filter(v -> found.stream().noneMatch(f -> f.isError() && f.field().equals(v.pointer()))).toList());
        String laborReport = built.value().laborReport();
        return new Generation(document, codejson.write(document), release, found, rest, built.provenance(),
                laborReport == null ? "" : laborReport);
    }

    /** {@return the families this generator can write, by identifier} */
    public static List<String> supportedFamilies() {
        return List.of(Family.CODEGOV_2_0_0.id(), Family.SHAREIT_2_0_0.id());
    }

    /** The code.gov 2.0.0 inventory: the release with the overlay, inside the inventory mapping. */
    private static Mapped<Built> codeGov(ProjectFacts facts, GenerationSettings settings) {
        Trace t = new Trace();
        ReleaseAssembler.Fields fields = t.absorb(ReleaseAssembler.fields(facts, settings, RELEASE, false));
        JsonValue.JsonObject release = t.absorb(OverlayPass.apply(settings.overlay(),
                (JsonValue.JsonObject) CodeJson.toJson(ReleaseAssembler.release(fields)), RELEASE));
        release = t.absorb(OverlayPass.credentialFree(release, RELEASE, t.provenance(), t.findings()));
        JsonValue.JsonObject inventory = (JsonValue.JsonObject) CodeJson.toJson(t.absorb(InventoryMapping.map(settings)));
        List<JsonValue.Member> members = new ArrayList<>();
        for (JsonValue.Member m : inventory.members()) {
            members.add(m.name().equals("releases")
                    ? new JsonValue.Member("releases", new JsonValue.JsonArray(List.of(release), m.value().location()), m.location())
                    : m);
        }
        return t.done(new Built(new JsonValue.JsonObject(members, inventory.location()), release, fields.labor().report()));
    }

    /** Reads a generated tree back from its text, which gives every value a line and column for messages. */
    private Document readBack(JsonValue.JsonObject tree, Family family) {
        try {
            return codejson.read(new ByteArrayInputStream(writer.writeBytes(tree)), "code.json", family);
        } catch (JsonReadException e) {
            throw new IllegalStateException("the generator wrote text it cannot read back: " + e.getMessage(), e);
        }
    }
}
