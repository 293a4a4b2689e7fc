package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import gov.ca.code.codejson.generate.ProjectFacts;

/**
 * Reads the dates of a project folder from its git history, without the network and without a
 * {@code git} executable: the first and the last commit that touched the folder, in UTC. Only
 * commits count, never the working tree, so the dates are the same for every build of a commit.
 */
final class GitHistory {

    private GitHistory() {
    }

    /** The outcome: the history, or why there is none. */
    record Outcome(ProjectFacts.History history, String reason) {
    }

    /**
     * Reads the history of a folder.
     *
     * @param folder the project's base directory
     * @return the dates, or the reason there are none
     */
    static Outcome read(File folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder);
        if (builder.getGitDir() == null) {
            return new Outcome(null, "no git repository contains " + folder);
        }
        try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve("HEAD");
            if (head == null) {
                return new Outcome(null, "the git repository " + repository.getDirectory() + " has no commit yet");
            }
            String path = relativePath(repository.getWorkTree(), folder);
            walk.markStart(walk.parseCommit(head));
            if (!path.isEmpty()) {
                walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
            }
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (RevCommit commit : walk) {
                first = Math.min(first, commit.getCommitTime());
                last = Math.max(last, commit.getCommitTime());
            }
            if (first == Long.MAX_VALUE) {
                return new Outcome(null, "no commit of " + repository.getWorkTree() + " touches " + path + " yet");
            }
            return new Outcome(new ProjectFacts.History(date(first), date(last),
                    "the git history of " + (path.isEmpty() ? "the repository" : path)), null);
        } catch (IOException | RuntimeException e) {
            // A damaged or unsupported repository must not break the build: the dates fall back.
            return new Outcome(null, "the git history could not be read (" + e.getMessage() + ")");
        }
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
