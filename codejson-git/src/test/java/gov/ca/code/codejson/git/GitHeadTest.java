package gov.ca.code.codejson.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every answer of the file reader is checked against JGit's own resolution of {@code HEAD} on the
 * same real repository, found the same way.
 */
class GitHeadTest {

    @TempDir
    Path tmp;

    private static String commit(Git git, Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("T", "t@example.gov", Instant.parse("2024-01-17T05:00:00Z"), java.time.ZoneOffset.UTC);
        return git.commit().setMessage(text).setAuthor(who).setCommitter(who).setSign(false).call().name();
    }

    /** {@code HEAD} as JGit resolves it for a folder, with the same ceiling. */
    private static String jgit(Path folder, Path ceiling) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder();
        if (ceiling != null) {
            builder.addCeilingDirectory(ceiling.toFile());
        }
        builder.findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            return "none";
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId head = repository.resolve("HEAD");
            return head == null ? "none" : head.name();
        }
    }

    private static void assertSameAsJGit(Path folder, Path ceiling, String expected) throws IOException {
        Optional<String> read = GitHead.read(folder, null, ceiling == null ? null : ceiling.toString());
        assertThat(read).contains(expected);
        assertThat(jgit(folder, ceiling)).isEqualTo(expected);
    }

    @Test
    void aBranchHeadIsReadFromItsLooseReferenceInAnySubFolder() throws Exception {
        Path repo = tmp.resolve("repo");
        String second;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, repo.resolve("module/a.txt"), "a");
            second = commit(git, repo.resolve("module/a.txt"), "b");
        }

        assertSameAsJGit(repo, null, second);
        assertSameAsJGit(repo.resolve("module"), null, second);
    }

    @Test
    void aBranchHeadIsReadFromPackedReferences() throws Exception {
        Path repo = tmp.resolve("packed");
        String id;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            id = commit(git, repo.resolve("a.txt"), "a");
            git.tag().setName("v1").call();
            git.packRefs().setAll(true).call();
        }

        assertThat(repo.resolve(".git/refs/heads/main")).doesNotExist();
        assertThat(Files.readString(repo.resolve(".git/packed-refs"))).contains(id + " refs/heads/main");
        assertSameAsJGit(repo, null, id);
    }

    @Test
    void aDetachedHeadIsTheCommitItNames() throws Exception {
        Path repo = tmp.resolve("detached");
        String first;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            first = commit(git, repo.resolve("a.txt"), "a");
            commit(git, repo.resolve("a.txt"), "b");
            git.checkout().setName(first).call();
        }

        assertThat(Files.readString(repo.resolve(".git/HEAD")).strip()).isEqualTo(first);
        assertSameAsJGit(repo, null, first);
    }

    @Test
    void aRepositoryWithoutCommitsAndAFolderOutsideAnyHaveNoHead() throws Exception {
        Path repo = tmp.resolve("fresh");
        Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call().close();
        Path plain = Files.createDirectories(tmp.resolve("plain"));

        assertSameAsJGit(repo, null, "none");
        assertSameAsJGit(plain, null, "none");
    }

    @Test
    void theSearchStopsBeforeACeilingFolder() throws Exception {
        Path repo = tmp.resolve("outer");
        String id;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            id = commit(git, repo.resolve("a.txt"), "a");
        }
        Path inner = Files.createDirectories(repo.resolve("target/it/project"));

        assertSameAsJGit(inner, null, id);
        assertSameAsJGit(inner, repo.resolve("target"), "none");
        assertSameAsJGit(inner, repo.resolve("target/it/project"), id);
    }

    @Test
    void aWorktreeMadeByGitReadsItsOwnHeadAndTheSharedBranches() throws Exception {
        Path repo = tmp.resolve("main-tree");
        String first;
        String second;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            first = commit(git, repo.resolve("a.txt"), "a");
            second = commit(git, repo.resolve("a.txt"), "b");
            git.branchCreate().setName("older").setStartPoint(first).call();
        }
        Path worktree = tmp.resolve("linked");
        Process p = new ProcessBuilder("git", "worktree", "add", "-q", worktree.toString(), "older")
                .directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();

        assertThat(Files.isRegularFile(worktree.resolve(".git"))).isTrue();
        assertSameAsJGit(worktree, null, first);
        assertSameAsJGit(repo, null, second);
    }

    @Test
    void whatItDoesNotReadIsLeftToJGit() throws Exception {
        Path repo = tmp.resolve("bare.git");
        Git.init().setDirectory(repo.toFile()).setBare(true).call().close();
        Path odd = tmp.resolve("odd");
        Files.createDirectories(odd.resolve(".git"));
        Files.writeString(odd.resolve(".git/HEAD"), "not a reference\n");
        Files.createDirectories(odd.resolve(".git/objects"));
        Files.createDirectories(odd.resolve(".git/refs"));

        assertThat(GitHead.read(repo, null, null)).isEmpty();
        assertThat(GitHead.read(odd, null, null)).isEmpty();
        assertThat(GitHead.read(tmp, tmp.resolve("elsewhere.git").toString(), null)).isEmpty();
        // The public method gives JGit's answer for the same folders.
        assertThat(GitHistory.head(repo)).isEqualTo(jgit(repo, null)).isEqualTo("none");
        assertThat(GitHistory.head(odd)).isEqualTo(jgit(odd, null));
    }
}
