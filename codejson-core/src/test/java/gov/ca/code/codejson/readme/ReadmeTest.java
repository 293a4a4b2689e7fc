package gov.ca.code.codejson.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The README shows what the project builds: its version, its compiled library example and the
 * plugin snippets of the example project that pastes them.
 */
class ReadmeTest {

    private static final Path ROOT = Path.of(System.getProperty("codejson.conformance.dir")).getParent().getParent()
            .getParent().getParent();

    @Test
    void everyPluginVersionTheReadmeNamesIsTheProjectVersion() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String version = System.getProperty("codejson.project.version");
        List<String> named = new ArrayList<>();
        Matcher snippet = Pattern.compile("<artifactId>codejson-maven-plugin</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(readme);
        while (snippet.find()) {
            named.add(snippet.group(1));
        }
        Matcher command = Pattern.compile("codejson-maven-plugin:([^:\\s`]+):").matcher(readme);
        while (command.find()) {
            named.add(command.group(1));
        }

        assertThat(version).isNotBlank();
        assertThat(named).hasSizeGreaterThanOrEqualTo(2).containsOnly(version);
    }

    @Test
    void theLibraryExampleIsTheCompiledOneWithItsImports() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("a java block in README.md").isTrue();

        assertThat(block.group(1)).isEqualTo(quote(Files.readAllLines(
                ROOT.resolve("codejson-core/src/test/java/gov/ca/code/codejson/readme/LibraryExample.java"))));
    }

    @Test
    void thePluginSnippetsAreTheOnesTheQuickstartExampleBuilds() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> pom = Files.readAllLines(ROOT.resolve("codejson-examples/readme-quickstart/pom.xml"));
        List<String> snippets = new ArrayList<>();
        Matcher block = Pattern.compile("```xml\n(<plugin>|<reporting>)(.*?)```", Pattern.DOTALL).matcher(readme);
        while (block.find()) {
            snippets.add(block.group(1) + block.group(2));
        }

        assertThat(snippets).hasSize(2);
        for (String snippet : snippets) {
            assertThat(containsIndented(pom, snippet.lines().toList())).as("README snippet in the example POM:%n%s", snippet)
                    .isTrue();
        }
    }

    /** {@return whether the lines hold the snippet as it is, all of it indented by the same prefix} */
    private static boolean containsIndented(List<String> lines, List<String> snippet) {
        for (int i = 0; i + snippet.size() <= lines.size(); i++) {
            String line = lines.get(i);
            if (!line.strip().equals(snippet.get(0))) {
                continue;
            }
            String indent = line.substring(0, line.indexOf(snippet.get(0)));
            boolean all = indent.isBlank();
            for (int j = 0; all && j < snippet.size(); j++) {
                all = lines.get(i + j).equals(snippet.get(j).isEmpty() ? "" : indent + snippet.get(j));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The example's imports as written, a blank line and the lines between the markers, without their indentation. */
    private static String quote(List<String> source) {
        StringBuilder out = new StringBuilder();
        int first = -1;
        int last = -1;
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).startsWith("import ")) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        source.subList(first, last + 1).forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        boolean inside = false;
        for (String line : source) {
            if (line.strip().equals("// README end")) {
                inside = false;
            }
            if (inside) {
                out.append(line.substring(Math.min(8, line.length()))).append('\n');
            }
            if (line.strip().equals("// README begin")) {
                inside = true;
            }
        }
        return out.toString();
    }
}
