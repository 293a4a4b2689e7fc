package gov.ca.code.codejson.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Writes files so that a failure leaves nothing behind: neither a half-written file nor a
 * partial set of files.
 *
 * <p>Every byte goes first to a temporary file or folder beside its target, is flushed to the
 * disk ({@code fsync}), and is then renamed into place. A temporary that a failure leaves is
 * removed at once; one that a killed process left is recognised by its name, which carries the
 * process id, and removed by the next write into the same folder once that process is gone.
 * A file that is replaced keeps its POSIX permissions; a target that is a symbolic link is
 * written through, so the link stays a link and the file it points to is replaced. A target that
 * is not a file to replace but a named pipe or a device, such as {@code /dev/null}, is written to
 * as it is: replacing it would put an ordinary file in its place.
 */
public final class AtomicFiles {

    /** Marks the names of temporaries: {@code .NAME.codejson-PID-N.tmp}. */
    private static final String MARK = ".codejson-";
    private static final String SUFFIX = ".tmp";
    /** Keeps a temporary's name within the 255 bytes file systems allow, whatever the target's length. */
    private static final int NAME_PREFIX = 64;

    private AtomicFiles() {
    }

    /**
     * Replaces one file with the given bytes atomically.
     *
     * @param target the file, or a symbolic link to the file to replace; its folder is created when missing
     * @param bytes the content
     * @throws IOException when the file cannot be written; then the target is unchanged and no temporary is left
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Replaces one file atomically with what a producer writes, as {@link #write(Path, byte[])} does,
     * while it is produced: no copy of the whole content is held in memory, so a file larger than
     * the heap can spare is written as safely as a small one.
     *
     * @param target the file, or a symbolic link to the file to replace; its folder is created when missing
     * @param content writes the content to the stream it is given (buffered; the producer need not close it)
     * @throws IOException when the file cannot be written or the producer fails; then the target is
     *     unchanged and no temporary is left
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = checkTarget(target);
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            return;
        }
        Path dir = file.getParent();
        createFolders(target, dir);
        removeStale(dir);
        Path temp;
        try {
            temp = createTemporary(file, false);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + target + ": no permission to create files in " + dir, e);
        }
        try {
            writeSynced(temp, content);
            // The same bytes: the file stays as it is, hard links, time and all.
            if (!Files.isRegularFile(file) || Files.mismatch(temp, file) != -1) {
                FileOwnership.keep(file, temp);
                move(temp, file);
                syncFolder(dir);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes a set of files into a folder, all or none. The files are written to a temporary
     * folder beside {@code folder} first; only when every one is on the disk are they moved into
     * place, and should a move fail the files already moved are put back as they were. Files of
     * the folder that are not in the set are left alone.
     *
     * @param folder the folder, created when missing
     * @param files the files, by their path relative to {@code folder} ({@code repositories/a.json}), in writing order
     * @return the files written, in the order given
     * @throws IOException when a file cannot be written; then the folder is as it was and no temporary is left
     */
    public static List<Path> writeAll(Path folder, Map<String, byte[]> files) throws IOException {
        Path target = FilePlaces.realPath(folder);
        Map<Path, byte[]> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = target.resolve(file.getKey()).normalize();
            if (!path.startsWith(target) || path.equals(target)) {
                throw new IOException("'" + file.getKey() + "' is not a file inside " + folder);
            }
            Targets.refuseReadOnly(path, Targets.writeThrough(path));
            resolved.put(path, file.getValue());
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        removeStale(parent);
        Path stage = createTemporary(target, true);
        try {
            for (Map.Entry<Path, byte[]> file : resolved.entrySet()) {
                Path staged = stage.resolve(target.relativize(file.getKey()).toString());
                Files.createDirectories(staged.getParent());
                try {
                    writeSynced(staged, file.getValue());
                } catch (IOException e) {
                    // Named as the file the user asked for: the staging folder is gone once this returns.
                    throw new IOException("cannot write " + file.getKey() + " into " + folder + ": " + FileNames.reason(e), e);
                }
            }
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                syncTree(stage);
                move(stage, target);
                syncFolder(parent);
            } else {
                moveEach(stage, target, resolved.keySet());
            }
        } finally {
            deleteTree(stage);
        }
        return List.copyOf(resolved.keySet());
    }

    /** Moves staged files into an existing folder one by one; a failed move puts back what was moved. */
    private static void moveEach(Path stage, Path target, Iterable<Path> files) throws IOException {
        Path backups = Files.createDirectory(stage.resolve(MARK + "previous"));
        List<@Nullable Path[]> done = new ArrayList<>();
        try {
            for (Path file : files) {
                String relative = target.relativize(file).toString();
                Path staged = stage.resolve(relative);
                Path backup = backups.resolve(relative);
                Path destination = Targets.writeThrough(file);
                Files.createDirectories(destination.getParent());
                boolean existed = Files.exists(destination, LinkOption.NOFOLLOW_LINKS);
                if (existed && Files.isRegularFile(destination) && Files.mismatch(staged, destination) == -1) {
                    // The same bytes: the file, its links and its time stay as they are.
                    continue;
                }
                if (existed) {
                    FileOwnership.keep(destination, staged);
                    Files.createDirectories(backup.getParent());
                    Files.copy(destination, backup, StandardCopyOption.COPY_ATTRIBUTES);
                }
                move(staged, destination);
                done.add(new @Nullable Path[] {destination, existed ? backup : null});
            }
        } catch (IOException | RuntimeException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                @Nullable Path[] moved = done.get(i);
                try {
                    if (moved[1] == null) {
                        Files.deleteIfExists(moved[0]);
                    } else {
                        move(moved[1], moved[0]);
                    }
                } catch (IOException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e;
        }
        for (Path[] moved : done) {
            syncFolder(moved[0].getParent());
        }
    }

    /**
     * Checks, without writing anything, that a file can be written where {@link #write(Path, byte[])}
     * would write it: not a folder, not below a file. A command that writes several files checks
     * them all first, so that one it cannot write does not come after others it wrote.
     *
     * @param target the file, or a symbolic link to it
     * @return the file a write would replace: the target, or the file its symbolic link leads to
     * @throws IOException when the target is a folder, a link to one or a loop, or a file stands where a folder must be
     */
    public static Path checkTarget(Path target) throws IOException {
        Path file = Targets.writeThrough(target.toAbsolutePath());
        if (Files.isDirectory(file)) {
            throw new IOException(target + " is a folder; name a file to write");
        }
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new IOException("cannot write " + target + ": " + p + " is a file, not a folder");
                }
                break;
            }
        }
        Targets.refuseReadOnly(target, file);
        return file;
    }

    /** Creates the folder a file goes into, saying in words when it cannot be made. */
    private static void createFolders(Path target, Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + target + ": no permission to create the folder " + dir, e);
        }
    }

    /**
     * Creates the temporary with the default permissions ({@link Files#createTempFile} would make
     * it owner-only, and the move would carry that mode onto the written file). Its name carries
     * the process id, for {@link #removeStale(Path)}, and a number, so that concurrent writers never collide.
     */
    static Path createTemporary(Path target, boolean folder) throws IOException {
        String name = target.getFileName().toString();
        String prefix = "." + (name.length() > NAME_PREFIX ? name.substring(0, NAME_PREFIX) : name) + MARK
                + ProcessHandle.current().pid() + "-";
        for (int n = 0; ; n++) {
            Path candidate = target.resolveSibling(prefix + n + SUFFIX);
            try {
                return folder ? Files.createDirectory(candidate) : Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (n == 1000) {
                    throw e;
                }
            }
        }
    }

    /**
     * Removes the temporaries that a process which no longer runs left in a folder (it was
     * killed between creating and renaming them).
     *
     * @param dir the folder
     * @return the temporaries removed
     * @throws IOException when the folder cannot be listed
     */
    public static List<Path> removeStale(Path dir) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*" + MARK + "*" + SUFFIX)) {
            for (Path entry : entries) {
                long pid = pid(entry.getFileName().toString());
                if (pid > 0 && ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
                    deleteTree(entry);
                    removed.add(entry);
                }
            }
        }
        return List.copyOf(removed);
    }

    /** {@return the process id in a temporary's name, or -1 when the name is not one of a temporary} */
    private static long pid(String name) {
        int mark = name.lastIndexOf(MARK);
        if (!name.startsWith(".") || mark < 0 || !name.endsWith(SUFFIX)) {
            return -1;
        }
        String[] parts = name.substring(mark + MARK.length(), name.length() - SUFFIX.length()).split("-", -1);
        if (parts.length != 2 || !digits(parts[0]) || !digits(parts[1]) || parts[0].length() > 18) {
            return -1;
        }
        return Long.parseLong(parts[0]);
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static void writeSynced(Path file, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            // Not closed here: closing would close the channel before it is forced to the disk.
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    private static void writeSynced(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void syncTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                syncFolder(dir);
            }
        }
    }

    /** Makes a rename durable; file systems that cannot open a folder for syncing (Windows) are left to their own care. */
    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Nothing more can be done; the rename itself has happened.
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(root);
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (NoSuchFileException e) {
                    // Already gone.
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Content written into a file while it is produced, by {@link #write(Path, Content)}. */
    @FunctionalInterface
    public interface Content {

        /**
         * Writes the content.
         *
         * @param out the stream into the temporary file
         * @throws IOException when the content cannot be produced or written
         */
        void writeTo(OutputStream out) throws IOException;
    }
}
