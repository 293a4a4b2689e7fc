package gov.ca.code.codejson.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/** What a file written in place of another keeps of it: its POSIX permissions, owner and group. */
final class FileOwnership {

    private FileOwnership() {
    }

    /**
     * Gives the replacement the POSIX permissions, owner and group of the file it replaces, where
     * there is one: run as root, the replacement would otherwise be root's. A user who may not give
     * a file away (only root may) keeps the replacement as their own, as any editor's save does.
     */
    static void keep(Path existing, Path replacement) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        if (view == null || !Files.isRegularFile(existing)) {
            return;
        }
        PosixFileAttributes was = view.readAttributes();
        PosixFileAttributeView now = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        try {
            now.setGroup(was.group());
            now.setOwner(was.owner());
        } catch (FileSystemException e) {
            // Not permitted: the owner stays who wrote it; the permissions below are kept regardless.
        }
        // After the owner: a change of owner clears the set-user-ID and set-group-ID bits.
        Files.setPosixFilePermissions(replacement, was.permissions());
    }
}
