package gov.ca.code.codejson.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryTest {

    @Test
    void aRegistryThatIsNotUtf8IsRefusedAtTheLineAndColumnOfTheFirstByteThatIsNot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("registry.yaml");
        byte[] latin1 = "name: State\nagencies:\n  - id: cdt\n    name: Caf\u00e9 \u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);

        RegistryException e = catchThrowableOfType(RegistryException.class, () -> Registry.read(file));

        assertThat(e.problems()).containsExactly("4:14: not UTF-8 text (the byte 0xE9); save the registry as UTF-8");
    }

    @Test
    void aMissingRegistrySaysSoInWords(@TempDir Path dir) {
        Path file = dir.resolve("absent.yaml");

        RegistryException e = catchThrowableOfType(RegistryException.class, () -> Registry.read(file));

        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.problems()).containsExactly("cannot be read: it does not exist");
    }

    @Test
    void aYamlRegistryReadsLikeItsJsonForm(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("registry.yaml"), """
                name: State of California
                agencies:
                  - id: cdt
                    name: California Department of Technology
                    urls: https://cdt.ca.gov/code.json
                    contact: coordinator@cdt.ca.gov
                  - id: dmv
                    name: Department of Motor Vehicles
                    urls:
                      - https://dmv.ca.gov/code.json
                      - https://github.com/ca-dmv/app/raw/main/code.json
                """);
        Path json = Files.writeString(dir.resolve("registry.json"), "{\"name\": \"State of California\", \"agencies\": ["
                + "{\"id\": \"cdt\", \"name\": \"California Department of Technology\", \"urls\": [\"https://cdt.ca.gov/code.json\"],"
                + " \"contact\": \"coordinator@cdt.ca.gov\"}, {\"id\": \"dmv\", \"name\": \"Department of Motor Vehicles\", \"urls\":"
                + " [\"https://dmv.ca.gov/code.json\", \"https://github.com/ca-dmv/app/raw/main/code.json\"]}]}");

        Registry fromYaml = Registry.read(yaml);

        assertThat(fromYaml).isEqualTo(Registry.read(json));
        assertThat(fromYaml.measurementMethod()).isEqualTo("projects");
        assertThat(fromYaml.agencies().get(1).urls()).containsExactly(URI.create("https://dmv.ca.gov/code.json"),
                URI.create("https://github.com/ca-dmv/app/raw/main/code.json"));
        assertThat(fromYaml.agencies().get(1).contact()).isEmpty();
    }

    @Test
    void everyProblemOfARegistryIsReportedWithItsPointer() {
        RegistryException e = catchThrowableOfType(RegistryException.class, () -> Registry.parse("{\"name\": \"S\", \"measurementMethod\": \"lines\", \"agencies\": ["
                + "{\"id\": \"CDT!\", \"name\": \"C\", \"urls\": [\"file:///etc/passwd\"]},"
                + "{\"id\": \"a\", \"name\": \"A\", \"urls\": \"https://a.gov/code.json\", \"url\": \"x\"},"
                + "{\"id\": \"a\", \"name\": \"B\", \"urls\": []}]}", "r.json", false));

        assertThat(e.problems()).containsExactly(
                "/measurementMethod: \"lines\" is not a measurement method; write linesOfCode, modules, cost, projects or systems",
                "/agencies/0/id: \"CDT!\" is not an identifier; use lower-case letters, digits and hyphens (up to 64)",
                "/agencies/0/urls/0: \"file:///etc/passwd\" is not an http or https address",
                "/agencies/1/url: not a registry field; the fields are contact, id, name, urls",
                "/agencies/2/urls: give the address of the agency's code.json (one, or a list)");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorRatherThanAListThatReplacesTheFirst() {
        String yaml = "name: State\nagencies:\n  - id: cdt\n    name: CDT\n    urls: https://cdt.example.gov/code.json\n"
                + "# added this quarter\nagencies:\n  - id: calfire\n    name: CAL FIRE\n    urls: https://fire.example.gov/code.json\n";
        String json = "{\"name\": \"State\", \"agencies\": [], \"agencies\": []}";

        RegistryException fromYaml = catchThrowableOfType(RegistryException.class, () -> Registry.parse(yaml, "r.yaml", true));
        RegistryException fromJson = catchThrowableOfType(RegistryException.class, () -> Registry.parse(json, "r.json", false));

        assertThat(fromYaml.problems()).singleElement().asString().startsWith("7:").contains("not YAML: ").contains("agencies");
        assertThat(fromJson.problems()).singleElement().asString().contains("not JSON: ").contains("agencies");
    }

    @Test
    void aRegistryThatIsNotYamlSaysWhere() {
        RegistryException e = catchThrowableOfType(RegistryException.class,
                () -> Registry.parse("name: [unclosed\nagencies: 1\n", "r.yaml", true));

        assertThat(e.problems()).singleElement().asString().startsWith("2:9: not YAML: ").contains("expected ',' or ']'");
        assertThat(e.getMessage()).startsWith("r.yaml: ");
        assertThat(List.of(e.source())).containsExactly("r.yaml");
    }
}
