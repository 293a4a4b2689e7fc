package gov.ca.code.codejson.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import gov.ca.code.codejson.git.GitHistory;

/**
 * What a git checkout says about itself, read with JGit (no {@code git} executable, no network):
 * the dates of its first and last commit reachable from {@code HEAD}, in UTC (read by
 * {@link GitHistory}, as the Maven plugin reads them), the {@code origin} remote and the files in
 * its index.
 *
 * @param created the date of the first commit, or null when there is no commit
 * @param lastModified the date of the last commit, or null when there is no commit
 * @param commits how many commits were read
 * @param originUrl the {@code remote.origin.url} exactly as configured, or null; it may hold
 *     credentials and is never written anywhere as it is
 * @param trackedFiles the files in the index, relative to the work tree with {@code /} separators
 * @param reason why there are no dates, or null when there are
 */
record GitFacts(LocalDate created, LocalDate lastModified, int commits, String originUrl, List<String> trackedFiles,
        String reason) {

    GitFacts {
        trackedFiles = List.copyOf(trackedFiles);
    }

    /** {@return whether the path is the work tree of a git repository: it holds {@code .git}} */
    static boolean isCheckout(Path folder) {
        return java.nio.file.Files.exists(folder.resolve(".git"));
    }

    /**
     * Reads a checkout.
     *
     * @param workTree the folder holding {@code .git}
     * @return the facts; a damaged repository gives no dates and a reason
     */
    static GitFacts read(Path workTree) {
        // The work tree alone lets JGit follow a .git file (a linked worktree or a submodule) too.
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setWorkTree(workTree.toFile()).setMustExist(true);
        try (Repository repository = builder.build()) {
            String origin = repository.getConfig().getString("remote", "origin", "url");
            List<String> tracked = new ArrayList<>();
            DirCache index = repository.readDirCache();
            for (int i = 0; i < index.getEntryCount(); i++) {
                tracked.add(index.getEntry(i).getPathString());
            }
            GitHistory history = GitHistory.of(repository, "");
            return new GitFacts(history.created(), history.lastModified(), history.commits(), origin, tracked, history.reason());
        } catch (IOException | RuntimeException e) {
            // A damaged repository still gets an entry from its files; only the dates are lost.
            return new GitFacts(null, null, 0, null, List.of(), "the git repository could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

}
