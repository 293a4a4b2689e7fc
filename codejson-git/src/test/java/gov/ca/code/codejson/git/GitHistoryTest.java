package gov.ca.code.codejson.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryTest {

    @TempDir
    Path tmp;

    private static void commit(Git git, Path file, String text, String instant) throws Exception {
        commit(git, file, text, instant, ZoneOffset.UTC);
    }

    private static void commit(Git git, Path file, String text, String instant, ZoneOffset zone) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("T", "t@example.gov", Instant.parse(instant), zone);
        git.commit().setMessage(instant).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    @Test
    void theDatesAreTheFirstAndLastCommitInUtc() throws Exception {
        Path repo = tmp.resolve("repo");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            // 21:00 on the 16th in California is the 17th in UTC.
            commit(git, repo.resolve("a.txt"), "a", "2024-01-17T05:00:00Z", ZoneOffset.ofHours(-8));
            commit(git, repo.resolve("b.txt"), "b", "2025-06-30T23:59:59Z");
        }

        GitHistory history = GitHistory.read(repo);

        assertThat(history.found()).isTrue();
        assertThat(history.created()).isEqualTo(LocalDate.of(2024, 1, 17));
        assertThat(history.lastModified()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(history.commits()).isEqualTo(2);
        assertThat(history.description()).isEqualTo("the git history of the repository");
    }

    @Test
    void aSubFolderCountsOnlyTheCommitsThatTouchIt() throws Exception {
        Path repo = tmp.resolve("repo");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, repo.resolve("module/a.txt"), "a", "2023-03-01T10:00:00Z");
            commit(git, repo.resolve("other/b.txt"), "b", "2024-04-01T10:00:00Z");
            commit(git, repo.resolve("module/a.txt"), "a2", "2024-05-01T10:00:00Z");
            commit(git, repo.resolve("other/b.txt"), "b2", "2025-06-01T10:00:00Z");
        }

        GitHistory history = GitHistory.read(repo.resolve("module"));

        assertThat(history.created()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(history.lastModified()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(history.commits()).isEqualTo(2);
        assertThat(history.description()).isEqualTo("the git history of module");
    }

    @Test
    void aRepositoryWithoutCommitsHasNoDatesAndSaysWhy() throws Exception {
        Path repo = tmp.resolve("fresh");
        Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call().close();

        GitHistory history = GitHistory.read(repo);

        assertThat(history.found()).isFalse();
        assertThat(history.created()).isNull();
        assertThat(history.reason()).isEqualTo("the repository has no commit yet");
    }

    @Test
    void aFolderOutsideAnyRepositoryHasNoDatesAndIsNamed() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("plain"));

        GitHistory history = GitHistory.read(folder);

        assertThat(history.found()).isFalse();
        assertThat(history.reason()).isEqualTo("no git repository contains " + folder);
    }

    @Test
    void theHeadIsTheCommitTheRepositoryOfAFolderIsAt() throws Exception {
        Path repo = tmp.resolve("headed");
        String head;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, repo.resolve("module/a.txt"), "a", "2024-01-17T05:00:00Z");
            head = git.getRepository().resolve("HEAD").name();
        }

        assertThat(GitHistory.head(repo.resolve("module"))).isEqualTo(head).hasSize(40);
    }

    @Test
    void aFolderWithoutCommitsOrRepositoryHasNoHead() throws Exception {
        Path repo = tmp.resolve("empty");
        Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call().close();

        assertThat(GitHistory.head(repo)).isEqualTo("none");
        assertThat(GitHistory.head(Files.createDirectories(tmp.resolve("plain-folder")))).isEqualTo("none");
    }
}
