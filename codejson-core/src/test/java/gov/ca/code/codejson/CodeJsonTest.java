package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.License;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.codegov.Permissions;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.codegov.UsageType;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.diagnostic.Severity;

class CodeJsonTest {

    private final CodeJson codejson = new CodeJson();

    @Test
    void aNullArgumentIsRefusedWithTheNameOfTheParameter() throws Exception {
        Document document = codejson.read("{}", "inventory.json");
        assertThatThrownBy(() -> codejson.read((Path) null)).hasMessage("file");
        assertThatThrownBy(() -> codejson.read((Path) null, Family.CODEGOV_2_0_0)).hasMessage("file");
        assertThatThrownBy(() -> codejson.read((String) null, "x.json")).hasMessage("json");
        assertThatThrownBy(() -> codejson.read("{}", null)).hasMessage("name");
        assertThatThrownBy(() -> codejson.read((java.io.InputStream) null, "x.json", null)).hasMessage("in");
        assertThatThrownBy(() -> codejson.validate(null)).hasMessage("document");
        assertThatThrownBy(() -> codejson.validate(document, null)).hasMessage("profile");
        assertThatThrownBy(() -> codejson.write((Document) null)).hasMessage("document");
        assertThatThrownBy(() -> codejson.write(document, (java.io.OutputStream) null)).hasMessage("out");
        assertThatThrownBy(() -> codejson.write(document, (Path) null)).hasMessage("target");
        assertThatThrownBy(() -> codejson.write((Record) null)).hasMessage("root");
        assertThatThrownBy(() -> codejson.writeBytes(null)).hasMessage("document");
        assertThatThrownBy(() -> CodeJson.writeAtomically(null, new byte[0])).isInstanceOf(NullPointerException.class)
                .hasMessage("target");
    }

    @Test
    void theRootOfAnotherFamilySaysWhichFamilyTheDocumentIs() throws Exception {
        Document document = codejson.read("{\"version\": \"2.0.0\", \"agency\": \"CDT\", \"releases\": []}", "inventory.json");

        assertThatThrownBy(() -> document.root(gov.ca.code.codejson.shareit.Repository.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("inventory.json is codegov-2.0.0, whose root is gov.ca.code.codejson.codegov.Inventory, not"
                        + " gov.ca.code.codejson.shareit.Repository");
    }

    @Test
    void violationsOfADocumentBuiltInCodeAreInDocumentOrder() throws Exception {
        Inventory read = (Inventory) codejson.read("{\"version\": \"2.0.0\", \"agency\": \"CDT\", \"measurementType\":"
                + " {\"method\": \"projects\"}, \"releases\": [{\"name\": \"a\"}]}", "t.json").root();
        Release release = read.releaseList().get(0);
        List<Property<Release>> twelve = Stream.generate(() -> Property.of(release)).limit(12).toList();
        Document built = Document.of("built", Family.CODEGOV_2_0_0, read.withReleases(twelve));

        List<String> descriptions = codejson.validate(built, Profile.CODEGOV).violations().stream().map(Diagnostic::pointer)
                .filter(p -> p.endsWith("/description")).toList();

        assertThat(descriptions).hasSize(12).startsWith("/releases/0/description", "/releases/1/description",
                "/releases/2/description").endsWith("/releases/10/description", "/releases/11/description");
    }

    @Test
    void aListGivenToAModelIsCopiedSoThatChangingItLaterChangesNothing() throws Exception {
        Inventory read = (Inventory) codejson.read("{\"version\": \"2.0.0\", \"agency\": \"CDT\", \"measurementType\":"
                + " {\"method\": \"projects\"}, \"releases\": [{\"name\": \"a\"}]}", "t.json").root();
        List<Property<Release>> mine = new java.util.ArrayList<>(read.releaseList().stream().map(Property::of).toList());

        Inventory copy = read.withReleases(mine);
        Document built = Document.of("built", Family.CODEGOV_2_0_0, copy);
        mine.clear();

        assertThat(copy.releaseList()).hasSize(1);
        assertThat(codejson.write(built)).contains("\"name\": \"a\"");
    }

    @Test
    void aRepeatedMemberNameBindsItsLastValueKnownOrUnknown() throws Exception {
        Document document = codejson.read("""
                {"version": "2.0.0", "agency": "FIRST", "measurementType": {"method": "projects"},
                 "x-note": 1, "releases": [], "agency": "LAST", "x-note": 2, "x-other": 3}""", "repeated.json");

        Inventory inventory = (Inventory) document.root();
        assertThat(inventory.agency().value()).contains("LAST");
        assertThat(inventory.unknown().members()).extracting(JsonValue.Member::name).containsExactly("x-note", "x-other");
        assertThat(inventory.unknown().members()).extracting(m -> ((JsonValue.JsonNumber) m.value()).text())
                .containsExactly("2", "3");
    }

    @Test
    void writesKnownKeysInSchemaOrderAndKeepsUnknownKeysNullsAndWrongValues() throws Exception {
        String input = """
                {"releases": [{"x-owner": {"team": "permits"}, "laborHours": "about 10",
                  "name": "a", "status": "production", "permissions": {"usageType": "openSource", "licenses": null},
                  "tags": [], "contact": {"email": "a@b.gov"}, "description": "d", "repositoryURL": null}],
                 "agency": "CDT", "measurementType": {}, "version": "2.0.0", "comment": "kept"}
                """;

        String written = codejson.write(codejson.read(input, "in.json"));

        assertThat(written).isEqualTo("""
                {
                  "version": "2.0.0",
                  "measurementType": {},
                  "agency": "CDT",
                  "releases": [
                    {
                      "name": "a",
                      "description": "d",
                      "permissions": {
                        "licenses": null,
                        "usageType": "openSource"
                      },
                      "tags": [],
                      "contact": {
                        "email": "a@b.gov"
                      },
                      "status": "production",
                      "repositoryURL": null,
                      "laborHours": "about 10",
                      "x-owner": {
                        "team": "permits"
                      }
                    }
                  ],
                  "comment": "kept"
                }
                """);
    }

    @Test
    void keepsWrongValuesInTheModelAndReportsThemInsteadOfThrowing() throws Exception {
        Document doc = codejson.read("""
                {"version": "2.0.0", "measurementType": {"method": "projects"}, "agency": "CDT",
                 "releases": [{"name": "a", "description": "b", "laborHours": "10",
                   "permissions": {"licenses": null, "usageType": "openSource"},
                   "tags": ["x"], "contact": {"email": "a@b.gov"}, "repositoryURL": "https://x.gov/a"}]}
                """, "in.json");

        Release release = doc.root(Inventory.class).releaseList().get(0);

        assertThat(release.laborHours()).isInstanceOf(Property.Invalid.class);
        assertThat(codejson.validate(doc).violations())
                .anySatisfy(v -> {
                    assertThat(v.pointer()).isEqualTo("/releases/0/laborHours");
                    assertThat(v.rule()).isEqualTo("schema.type");
                    assertThat(v.severity()).isEqualTo(Severity.ERROR);
                    assertThat(v.location()).isEqualTo(new gov.ca.code.codejson.diagnostic.Location(2, 63));
                    assertThat(v.message()).contains("without quotes");
                });
    }

    @Test
    void eachDocumentValidatedIsLocatedInItsOwnTextWhateverWasValidatedBefore() throws Exception {
        String release = "{\"name\": \"a\", \"description\": \"b\", \"laborHours\": \"10\", \"tags\": [\"x\"],"
                + " \"permissions\": {\"licenses\": [], \"usageType\": \"openSource\"}, \"contact\": {\"email\": \"a@b.gov\"}}";
        String head = "{\"version\": \"2.0.0\", \"measurementType\": {\"method\": \"projects\"}, \"agency\": \"CDT\",";
        Document first = codejson.read(head + "\n\"releases\": [" + release + "]}", "first.json");
        Document second = codejson.read("\n\n\n" + head + "\n\n\"releases\": [\n" + release + ",\n  " + release + "]}", "second.json");

        codejson.validate(first);
        List<Diagnostic> hours = codejson.validate(second).violations().stream()
                .filter(v -> v.pointer().endsWith("/laborHours")).toList();

        assertThat(hours).extracting(Diagnostic::pointer).containsExactly("/releases/0/laborHours", "/releases/1/laborHours");
        assertThat(hours).extracting(v -> v.location().line()).containsExactly(7, 8);
        assertThat(hours).extracting(v -> v.location().column()).containsExactly(49, 51);
    }

    @Test
    void validatesAnInventoryBuiltInCode() {
        Release release = new Release(Property.of("permit-tracker"), Property.of("1.2.0"), Property.absent(),
                Property.of("Tracks building permits from application to final inspection."),
                Property.of(new Permissions(Property.of(List.of(Property.of(new License(
                        Property.of("https://spdx.org/licenses/MIT.html"), Property.of("MIT"), Unknown.NONE)))),
                        Property.of(UsageType.OPEN_SOURCE), Property.absent(), Unknown.NONE)),
                Property.of(List.of(Property.of("permits"), Property.of("buildings"), Property.of("inspections"))),
                Property.of(new Contact(Property.of("team@cdt.ca.gov"), Property.absent(), Property.absent(),
                        Property.absent(), Unknown.NONE)),
                Property.of(Status.PRODUCTION), Property.of("git"), Property.of("https://github.com/ca/permits"),
                Property.absent(), Property.absent(), Property.absent(), Property.absent(), Property.absent(),
                Property.of(new BigDecimal("1200")), Property.absent(), Property.absent(), Property.absent(),
                Property.absent(), Unknown.NONE);
        Inventory inventory = new Inventory(Property.of("2.0.0"),
                Property.of(new MeasurementType(Property.of(MeasurementMethod.PROJECTS), Property.absent(), Unknown.NONE)),
                Property.of("CDT"), Property.of(List.of(Property.of(release))), Unknown.NONE);
        Document doc = Document.of("generated", Family.CODEGOV_2_0_0, inventory);

        assertThat(codejson.validate(doc).violations()).isEmpty();
        assertThat(codejson.validate(doc, Profile.CALIFORNIA).violations()).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo("california.copyleft"));
        assertThat(codejson.write(inventory)).contains("\"laborHours\": 1200").contains("\"status\": \"Production\"");
    }

    @Test
    void aDocumentBuiltInCodeHasTheJsonOfItsModelAsSourceWithNoLocationOfTheFileItsValuesCameFrom() throws Exception {
        String text = Files.readString(Conformance.resolve("schemas/examples/codegov-2.0.0-sample.json"))
                .replaceFirst("\"status\": \"Alpha\"", "\"status\": \"Bogus\"");
        Document read = codejson.read(text, "read.json");
        Document built = Document.of("built.json", Family.CODEGOV_2_0_0, read.root());

        assertThat(new JsonWriter().write(built.source().root())).isEqualTo(new JsonWriter().write(CodeJson.toJson(read.root())));
        assertThat(built.source().duplicates()).isEmpty();
        assertThat(codejson.validate(read).violations()).filteredOn(v -> v.pointer().endsWith("/status")).singleElement()
                .satisfies(v -> assertThat(v.location().line()).isEqualTo(36));
        assertThat(codejson.validate(built).violations()).filteredOn(v -> v.pointer().endsWith("/status")).singleElement()
                .satisfies(v -> assertThat(v.location()).isEqualTo(Location.UNKNOWN));
    }

    @Test
    void refusesAProfileOfAnotherFamily() throws Exception {
        Document doc = codejson.read(Conformance.resolve("schemas/examples/codegov-2.0.0-sample.json"));

        assertThatThrownBy(() -> codejson.validate(doc, Profile.SHAREIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not apply to codegov-2.0.0");
    }

    @Test
    void readsAReleaseCandidateVersionAsTheInventoryWithAWarningNamingIt() throws Exception {
        Document doc = codejson.read("{\"version\": \"2.0.1\", \"releases\": []}", "rc.json");
        assertThat(doc.family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(doc.notices()).singleElement().extracting(Diagnostic::message).asString()
                .startsWith("version \"2.0.1\" is not a published version; read as codegov-2.0.0");
    }

    @Test
    void readsAnyVersionAsTheFamilyTheCallerNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("code.json");
        Files.writeString(file, "{\"version\": \"2.0.1\", \"measurementType\": {}, \"agency\": \"X\", \"releases\": []}");

        Document doc = codejson.read(file, Family.CODEGOV_2_0_0);

        assertThat(doc.family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(codejson.validate(doc, Profile.STRICT).valid()).isTrue();
    }

    @Test
    void readsAnArrayOfReleasesAsAnInventoryAndWritesItBackAsAnArray() throws Exception {
        Document doc = codejson.read("[{\"name\": \"a\"}]", "usgs.json");
        assertThat(doc.shape().kind()).isEqualTo(RootShape.Kind.ARRAY);
        assertThat(codejson.write(doc)).isEqualTo("[\n  {\n    \"name\": \"a\"\n  }\n]\n");
        assertThat(codejson.validate(doc, Profile.STRICT).violations()).extracting(Diagnostic::pointer)
                .contains("", "/0/description").noneMatch(p -> p.startsWith("/releases") || p.equals("/version"));
    }

    @Test
    void replacesAFileWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("code.json");
        Files.writeString(target, "old");
        Document doc = codejson.read(Conformance.resolve("schemas/examples/codegov-2.0.0-sample.json"));

        codejson.write(doc, target);

        assertThat(Files.readString(target)).isEqualTo(codejson.write(doc));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
