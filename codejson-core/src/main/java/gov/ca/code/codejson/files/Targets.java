package gov.ca.code.codejson.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Where a write lands: the file a path names once the file system has resolved its links. */
final class Targets {

    private static final Set<PosixFilePermission> WRITE = Set.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private Targets() {
    }

    /** The file a write replaces: the target of a symbolic link, so that the link stays a link. */
    static Path writeThrough(Path target) throws IOException {
        if (!Files.isSymbolicLink(target)) {
            return target;
        }
        Path resolved = target;
        for (int hops = 0; Files.isSymbolicLink(resolved); hops++) {
            if (hops == 40) {
                throw new IOException(target + " is a loop of symbolic links; name the file itself");
            }
            // Not normalized: a ".." in a link is taken from the link's real folder, as the system takes it.
            resolved = resolved.resolveSibling(Files.readSymbolicLink(resolved));
        }
        if (Files.isDirectory(resolved, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " is a symbolic link to " + resolved + ", which is a folder; name a file to write");
        }
        if (!Files.isDirectory(resolved.getParent())) {
            throw new IOException(target + " is a symbolic link into a missing folder (" + resolved.getParent() + ")");
        }
        return resolved.getParent().toRealPath().resolve(resolved.getFileName().toString());
    }

    /**
     * Refuses to replace a file nobody may write. A rename into the folder would replace it all
     * the same (the folder's permission decides), but a file made read-only was made so to keep it.
     */
    static void refuseReadOnly(Path target, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        boolean readOnly = !Files.isWritable(file)
                || posix != null && posix.readAttributes().permissions().stream().noneMatch(WRITE::contains);
        if (readOnly) {
            throw new AccessDeniedException(target.toString(), null,
                    "the file is read-only; make it writable (chmod u+w) to replace it, or write elsewhere");
        }
    }
}
