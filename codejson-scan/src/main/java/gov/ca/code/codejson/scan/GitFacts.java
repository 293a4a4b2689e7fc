package gov.ca.code.codejson.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import gov.ca.code.codejson.files.FileNames;
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
 * @param damaged why the repository could not be read, in words, or null when it could: then
 *     {@code reason} says so too, and it is not that there is no commit
 * @param shallow whether the clone is shallow ({@code .git/shallow}): its oldest commit is not the first
 */
record GitFacts(LocalDate created, LocalDate lastModified, int commits, String originUrl, List<String> trackedFiles,
        String reason, String damaged, boolean shallow) {

    GitFacts {
        trackedFiles = List.copyOf(trackedFiles);
    }

    /** {@return whether the path is the work tree of a git repository: it holds {@code .git}} */
    static boolean isCheckout(Path folder) {
        return java.nio.file.Files.exists(folder.resolve(".git"));
    }

    /**
     * Reads a checkout. The remote, the index and the history are read each on its own, so that a
     * repository whose objects are damaged still gives its remote and its files.
     *
     * @param workTree the folder holding {@code .git}
     * @return the facts; a damaged repository gives no dates, a reason and what it could still read
     */
    static GitFacts read(Path workTree) {
        // The work tree alone lets JGit follow a .git file (a linked worktree or a submodule) too.
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setWorkTree(workTree.toFile()).setMustExist(true);
        try (Repository repository = builder.build()) {
            String origin = repository.getConfig().getString("remote", "origin", "url");
            boolean shallow = java.nio.file.Files.isRegularFile(repository.getDirectory().toPath().resolve("shallow"));
            List<String> tracked = new ArrayList<>();
            String damaged = null;
            try {
                DirCache index = repository.readDirCache();
                for (int i = 0; i < index.getEntryCount(); i++) {
                    tracked.add(index.getEntry(i).getPathString());
                }
            } catch (IOException | RuntimeException e) {
                tracked.clear();
                damaged = "its index cannot be read (" + words(e) + ")";
            }
            try {
                GitHistory history = GitHistory.of(repository, "");
                return new GitFacts(history.created(), history.lastModified(), history.commits(), origin, tracked,
                        history.reason(), damaged, shallow);
            } catch (IOException | RuntimeException e) {
                String why = "its history cannot be read (" + words(e) + ")";
                damaged = damaged == null ? why : damaged + " and " + why;
                return new GitFacts(null, null, 0, origin, tracked, "the git repository is damaged: " + damaged, damaged, shallow);
            }
        } catch (IOException | RuntimeException e) {
            String damaged = "it cannot be opened (" + words(e) + ")";
            return new GitFacts(null, null, 0, null, List.of(), "the git repository is damaged: " + damaged, damaged, false);
        }
    }

    /** {@return what JGit reported, in words, without the name of a Java class} */
    private static String words(Exception e) {
        if (e instanceof MissingObjectException m) {
            return "the object " + m.getObjectId().name() + " is missing";
        }
        if (e instanceof CorruptObjectException) {
            return "an object is corrupt";
        }
        if (e instanceof IOException io) {
            return FileNames.reason(io);
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "the files of .git are not a repository JGit can read"
                : e.getMessage();
    }
}
