package gov.ca.code.codejson.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The dates of a project's git history: the first and the last commit reachable from {@code HEAD}
 * that touch the project's folder, in UTC, read with JGit (no {@code git} executable, no network).
 * Only commits count, never the working tree, so every build or scan of one commit gets the same
 * dates. The Maven plugin reads a module's folder with {@link #read(Path)}; the repository scanner,
 * which opens each checkout itself, reads the whole repository with {@link #of(Repository, String)}.
 *
 * @param created the day of the first commit, or null when there are no dates
 * @param lastModified the day of the last commit, or null when there are no dates
 * @param commits how many commits were counted
 * @param scope what the dates are of: {@code the repository}, or the folder's path in the work tree
 * @param reason why there are no dates, or null when there are
 */
public record GitHistory(LocalDate created, LocalDate lastModified, int commits, String scope, String reason) {

    /** {@return whether the history gave dates} */
    public boolean found() {
        return reason == null;
    }

    /** {@return where the dates come from, such as {@code the git history of the repository}} */
    public String description() {
        return "the git history of " + scope;
    }

    /**
     * Reads the history of a folder: the repository is found as git finds it ({@code GIT_DIR},
     * else the nearest {@code .git} folder or file at or above the folder), and only the commits
     * that touch the folder count.
     *
     * @param folder the project's folder
     * @return the dates, or no dates and the reason; a damaged repository gives a reason, never an exception
     */
    public static GitHistory read(Path folder) {
        File dir = folder.toFile();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(dir);
        if (builder.getGitDir() == null) {
            return none("no git repository contains " + folder);
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            return of(repository, relativePath(repository.getWorkTree(), dir));
        } catch (IOException | RuntimeException e) {
            // A damaged or unsupported repository must not break a build: the dates are left to the user.
            return none("the git history could not be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Names the commit a folder's work tree is at, to tell whether anything was committed since a
     * build, with the repository found as {@link #read(Path)} finds it. A build asks this on every
     * run, most often with nothing changed, so the common layouts (a {@code .git} folder or a
     * worktree's {@code .git} file, loose or packed refs) are read from their files directly, which
     * costs a few small reads where opening the repository costs loading JGit; anything else
     * ({@code GIT_DIR}, a bare repository, reftable) is left to JGit.
     *
     * @param folder the project's folder
     * @return the object id of {@code HEAD}; {@code none} when there is no repository or no commit,
     *     {@code unreadable} when it cannot be read (the dates say why), never an exception
     */
    public static String head(Path folder) {
        Optional<String> read = GitHead.read(folder, System.getenv("GIT_DIR"), System.getenv("GIT_CEILING_DIRECTORIES"));
        if (read.isPresent()) {
            return read.get();
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            return "none";
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId head = repository.resolve("HEAD");
            return head == null ? "none" : head.name();
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    /**
     * Reads the history of an open repository.
     *
     * @param repository the repository
     * @param path the folder whose commits count, relative to the work tree with {@code /}
     *     separators, or {@code ""} for every commit
     * @return the dates, or no dates and the reason
     * @throws IOException when the repository cannot be read
     */
    public static GitHistory of(Repository repository, String path) throws IOException {
        ObjectId head = repository.resolve("HEAD");
        if (head == null) {
            return none("the repository has no commit yet");
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int count = 0;
        try (RevWalk walk = new RevWalk(repository)) {
            // Only the commit times are read: the messages and authors are not kept in memory.
            walk.setRetainBody(false);
            walk.markStart(walk.parseCommit(head));
            if (!path.isEmpty()) {
                walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
            }
            for (RevCommit commit : walk) {
                first = Math.min(first, commit.getCommitTime());
                last = Math.max(last, commit.getCommitTime());
                count++;
            }
        }
        if (count == 0) {
            return none("no commit touches " + path + " yet");
        }
        return new GitHistory(date(first), date(last), count, path.isEmpty() ? "the repository" : path, null);
    }

    private static GitHistory none(String reason) {
        return new GitHistory(null, null, 0, "", reason);
    }

    private static String relativePath(File workTree, File folder) throws IOException {
        Path root = workTree.toPath().toRealPath();
        Path project = folder.toPath().toRealPath();
        if (!project.startsWith(root)) {
            throw new IOException(folder + " is not inside the work tree " + workTree);
        }
        return root.relativize(project).toString().replace(File.separatorChar, '/');
    }

    private static LocalDate date(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
