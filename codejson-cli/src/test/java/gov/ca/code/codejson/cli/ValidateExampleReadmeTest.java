package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The README's first example of the command line is {@code validate} on the bundled example
 * inventory, with the lines it prints; this runs the same command and compares them, so that a
 * changed message or location changes the README too.
 */
class ValidateExampleReadmeTest {

    private static final Path ROOT = Cli.repositoryRoot();

    @Test
    void theReadmeQuotesWhatValidatePrintsOnTheExampleLineForLine() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher example = Pattern.compile("```sh\njava -jar codejson-cli/target/codejson.jar validate (\\S+)\n```\n\n"
                + "prints one line per problem[^\n]*\n\n```\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(example.find()).as("the validate example in README.md").isTrue();
        String file = example.group(1);

        Cli result = Cli.run("validate", ROOT.resolve(file).toString());

        String printed = (result.out + result.err).replace(ROOT.resolve(file).toString(), file);
        assertThat(result.exit).isZero();
        assertThat(printed.lines()).containsExactlyElementsOf(example.group(2).lines().toList());
    }
}
