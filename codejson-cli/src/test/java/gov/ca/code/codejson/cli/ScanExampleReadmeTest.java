package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The README shows the inventory {@code codejson scan} writes for the example folder of
 * repositories; the example's build compares what the command writes with the same file, so the
 * README shows what the command writes.
 */
class ScanExampleReadmeTest {

    private static final Path ROOT = Cli.repositoryRoot();
    private static final String EXPECTED = "codejson-examples/scan-repositories/expected/code.json";

    @Test
    void theReadmeQuotesTheExampleInventoryWhole() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher quote = Pattern.compile("<!-- " + Pattern.quote(EXPECTED) + " -->\n```json\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(quote.find()).as("a json block after <!-- %s --> in README.md", EXPECTED).isTrue();

        assertThat(quote.group(1).stripTrailing()).isEqualTo(Files.readString(ROOT.resolve(EXPECTED)).stripTrailing());
    }
}
