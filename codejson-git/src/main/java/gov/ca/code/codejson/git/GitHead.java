package gov.ca.code.codejson.git;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the commit {@code HEAD} names from the files of a repository's git folder, without JGit:
 * an up-to-date build asks only this, and starting JGit in a fresh process costs more than half a
 * second (its classes, and the {@code git} processes it runs to find the system configuration),
 * against a few milliseconds for these files. It reads the common layout only: a {@code .git}
 * folder or a {@code .git} file that points to one (a worktree or a submodule), loose and packed
 * references. Anything else, such as {@code GIT_DIR}, a bare repository, the reftable format or a
 * file it cannot parse, it leaves to JGit by answering nothing.
 */
final class GitHead {

    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    /** How many symbolic references are followed, as git does, before the chain counts as broken. */
    private static final int MAX_SYMBOLIC = 5;

    private GitHead() {
    }

    /**
     * Reads the commit {@code HEAD} of a folder's repository names.
     *
     * @param folder the folder whose repository is found at or above it
     * @param gitDir the {@code GIT_DIR} of the environment, or null
     * @param ceilings the {@code GIT_CEILING_DIRECTORIES} of the environment, or null: the search
     *     stops before it would enter one of them
     * @return the object id; {@code none} when there is no repository or no commit; empty when the
     *     layout is not the common one and JGit must answer
     */
    static Optional<String> read(Path folder, String gitDir, String ceilings) {
        if (gitDir != null && !gitDir.isEmpty()) {
            return Optional.empty();
        }
        List<Path> stops = new ArrayList<>();
        if (ceilings != null) {
            for (String ceiling : ceilings.split(Pattern.quote(File.pathSeparator))) {
                if (!ceiling.isBlank()) {
                    stops.add(Path.of(ceiling).toAbsolutePath().normalize());
                }
            }
        }
        try {
            Path current = folder.toAbsolutePath().normalize();
            while (current != null) {
                Path dotGit = current.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    return repository(dotGit) ? head(dotGit) : Optional.empty();
                }
                if (Files.isRegularFile(dotGit)) {
                    return linked(current, dotGit);
                }
                if (repository(current)) {
                    return Optional.empty();
                }
                current = current.getParent();
                if (current != null && stops.contains(current)) {
                    break;
                }
            }
            return Optional.of("none");
        } catch (IOException | RuntimeException e) {
            // JGit reads what this cannot, or says why it is unreadable.
            return Optional.empty();
        }
    }

    private static boolean repository(Path dir) {
        return Files.isRegularFile(dir.resolve("HEAD")) && Files.isDirectory(dir.resolve("objects"))
                && Files.isDirectory(dir.resolve("refs"));
    }

    /** A {@code .git} file holds {@code gitdir: PATH}, relative to the folder that holds it. */
    private static Optional<String> linked(Path workTree, Path dotGit) throws IOException {
        String text = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
        if (!text.startsWith("gitdir: ")) {
            return Optional.empty();
        }
        Path dir = workTree.resolve(text.substring("gitdir: ".length()).strip()).normalize();
        return Files.isRegularFile(dir.resolve("HEAD")) ? head(dir) : Optional.empty();
    }

    private static Optional<String> head(Path gitDir) throws IOException {
        Path common = gitDir;
        Path commonDir = gitDir.resolve("commondir");
        if (Files.isRegularFile(commonDir)) {
            common = gitDir.resolve(Files.readString(commonDir, StandardCharsets.UTF_8).strip()).normalize();
        }
        if (Files.exists(common.resolve("reftable"))) {
            return Optional.empty();
        }
        String value = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).strip();
        for (int depth = 0; depth <= MAX_SYMBOLIC; depth++) {
            if (OBJECT_ID.matcher(value).matches()) {
                return Optional.of(value);
            }
            if (!value.startsWith("ref: ")) {
                return Optional.empty();
            }
            String name = value.substring("ref: ".length()).strip();
            // Only the branches and tags shared by every worktree live in the common folder.
            if (!(name.startsWith("refs/heads/") || name.startsWith("refs/tags/")) || name.contains("..")) {
                return Optional.empty();
            }
            Path loose = common.resolve(name);
            if (Files.isRegularFile(loose)) {
                value = Files.readString(loose, StandardCharsets.UTF_8).strip();
                continue;
            }
            return packed(common, name);
        }
        return Optional.empty();
    }

    /** A reference that is not a file is in {@code packed-refs}, or does not exist yet (a branch without commits). */
    private static Optional<String> packed(Path common, String name) throws IOException {
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (!line.startsWith("#") && !line.startsWith("^") && space > 0 && line.substring(space + 1).equals(name)) {
                    String id = line.substring(0, space);
                    return OBJECT_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
                }
            }
        }
        return Optional.of("none");
    }
}
