package gov.ca.code.codejson.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed {@code codejson:update} command works when pasted where the build was started. */
class UpdateCommandTest {

    @Test
    void aBuildStartedInItsRootGetsTheCommandForTheModuleWithoutChangingFolder(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("mvnw"), "");

        assertThat(UpdateMojo.command(root, root, root.resolve("pom.xml"), new Properties())).isEqualTo("./mvnw codejson:update");
        assertThat(UpdateMojo.command(root, root, root.resolve("alpha/pom.xml"), new Properties()))
                .isEqualTo("./mvnw -f alpha/pom.xml codejson:update");
    }

    @Test
    void aBuildStartedElsewhereWithFGoesToTheBuildsRootFirst(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("agency/services"));
        Properties given = new Properties();
        given.setProperty("codejson.status", "Beta");

        assertThat(UpdateMojo.command(dir, root, root.resolve("alpha/pom.xml"), given))
                .isEqualTo("cd agency/services && mvn -f alpha/pom.xml codejson:update -Dcodejson.status=Beta");
        assertThat(UpdateMojo.command(root.resolve("alpha"), root, root.resolve("alpha/pom.xml"), given))
                .isEqualTo("cd .. && mvn -f alpha/pom.xml codejson:update -Dcodejson.status=Beta");
    }

    @Test
    void leavesOutWhatMavenSetsItselfAndNamesWhatMayHoldACredentialWithoutItsValue(@TempDir Path root) {
        Properties given = new Properties();
        given.setProperty("session.rootDirectory", root.toString());
        given.setProperty("session.topDirectory", root.toString());
        given.setProperty("sonar.token", "SECRET123");
        given.setProperty("codejson.disclaimerText", "Use at your own risk.");

        assertThat(UpdateMojo.command(root, root, root.resolve("pom.xml"), given)).isEqualTo("mvn codejson:update"
                + " '-Dcodejson.disclaimerText=Use at your own risk.'   (left out, as they may hold credentials: -Dsonar.token;"
                + " add them again if the entry depends on them)");
    }

    @Test
    void aControlCharacterInAPropertyCannotActOnTheTerminalThatShowsTheLog(@TempDir Path root) {
        Properties given = new Properties();
        given.setProperty("codejson.name", "a\u001b[2Jb");

        assertThat(UpdateMojo.command(root, root, root.resolve("pom.xml"), given)).doesNotContain("\u001b").contains("codejson.name=a");
    }
}
