package gov.ca.code.codejson.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Writes several files that may lie in different folders, such as an inventory and its report,
 * all or none. {@link AtomicFiles#writeAll} does this for the files of one folder; here each file
 * is first written in full, and flushed to the disk, to a temporary beside its own target, so that
 * a folder that cannot be written, or a disk that is full, is found before any target changes.
 * Only then are the temporaries renamed into place; should a rename fail, the targets already
 * replaced get their earlier content back and the ones created are removed.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Writes the files, all or none. A target that is a symbolic link is written through, as
     * {@link AtomicFiles#write(Path, byte[])} does; one that is a named pipe or a device, such as
     * {@code /dev/null}, is written to as it is, after every file.
     *
     * @param files the content of each file, in writing order
     * @return the files written, as given
     * @throws IOException when a target is a folder, two targets are one file, or a file cannot be
     *     written; then every target is as it was and no temporary is left
     */
    public static List<Path> writeAll(Map<Path, byte[]> files) throws IOException {
        Map<Path, Path> given = new LinkedHashMap<>();
        List<Path> targets = new ArrayList<>();
        for (Path target : files.keySet()) {
            Path file = AtomicFiles.checkTarget(target);
            for (Map.Entry<Path, Path> other : given.entrySet()) {
                if (FilePlaces.realPath(other.getValue()).equals(FilePlaces.realPath(file))) {
                    throw new IOException(other.getKey() + " and " + target + " are the same file; give each output a file of its own");
                }
            }
            given.put(target, file);
            targets.add(file);
        }
        List<@Nullable Path> staged = new ArrayList<>();
        List<@Nullable Path> backups = new ArrayList<>();
        List<Path> devices = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> entry : given.entrySet()) {
                Path file = entry.getValue();
                byte[] bytes = files.get(entry.getKey());
                if (Files.exists(file) && !Files.isRegularFile(file)) {
                    devices.add(entry.getKey());
                    staged.add(null);
                } else {
                    Path stage = reserve(entry.getKey(), file);
                    staged.add(stage);
                    try {
                        AtomicFiles.write(stage, bytes);
                    } catch (FileSystemException e) {
                        throw failed(entry.getKey(), e);
                    }
                }
            }
            moveAll(List.copyOf(given.keySet()), targets, staged, backups);
        } finally {
            for (Path p : staged) {
                if (p != null) {
                    Files.deleteIfExists(p);
                }
            }
            for (Path p : backups) {
                if (p != null) {
                    Files.deleteIfExists(p);
                }
            }
        }
        for (Path device : devices) {
            AtomicFiles.write(device, files.get(device));
        }
        return List.copyOf(files.keySet());
    }

    /** Renames each staged file into place; a failed rename puts back what the others replaced. */
    private static void moveAll(List<Path> named, List<Path> targets, List<@Nullable Path> staged, List<@Nullable Path> backups)
            throws IOException {
        List<Integer> done = new ArrayList<>();
        try {
            for (int i = 0; i < targets.size(); i++) {
                Path stage = staged.get(i);
                if (stage == null) {
                    backups.add(null);
                    continue;
                }
                Path target = targets.get(i);
                Path backup = null;
                if (Files.isRegularFile(target) && Files.mismatch(stage, target) == -1) {
                    // The same bytes: the file stays as it is, hard links, time and all.
                    backups.add(null);
                    continue;
                }
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    FileOwnership.keep(target, stage);
                    backup = reserve(target, target);
                    Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
                backups.add(backup);
                try {
                    AtomicFiles.move(stage, target);
                } catch (FileSystemException e) {
                    throw failed(named.get(i), e);
                }
                done.add(i);
            }
        } catch (IOException | RuntimeException e) {
            for (int k = done.size() - 1; k >= 0; k--) {
                int i = done.get(k);
                try {
                    Path backup = backups.get(i);
                    if (backup == null) {
                        Files.deleteIfExists(targets.get(i));
                    } else {
                        AtomicFiles.move(backup, targets.get(i));
                    }
                } catch (IOException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e;
        }
    }

    /**
     * Creates an empty temporary beside a file, named as {@link AtomicFiles} names its own, and
     * says in words when the folder does not let it.
     */
    private static Path reserve(Path target, Path file) throws IOException {
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + target + ": no permission to create the folder " + dir, e);
        } catch (FileSystemException e) {
            throw failed(target, e);
        }
        try {
            return AtomicFiles.createTemporary(file, false);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + target + ": no permission to create files in " + dir, e);
        } catch (FileSystemException e) {
            throw failed(target, e);
        }
    }

    /** Names the file asked for, not the temporary the file system refused, and says why in words. */
    private static IOException failed(Path target, FileSystemException e) {
        return new IOException("cannot write " + target + ": " + FileNames.reason(e), e);
    }
}
