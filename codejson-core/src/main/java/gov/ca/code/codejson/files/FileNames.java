package gov.ca.code.codejson.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import gov.ca.code.codejson.report.TerminalText;

import org.jspecify.annotations.Nullable;

/** How messages name a file and say why it could not be used: quoted, on one line, in words. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * Quotes a file name for a message. Control characters are escaped ({@code \u000a}), so that
     * a name holding a line break or an escape sequence cannot forge a line of the log or act on
     * a terminal.
     *
     * @param file the file
     * @return the name between single quotes
     */
    public static String quote(Path file) {
        return quote(file.toString());
    }

    /**
     * Quotes a file name for a message, as {@link #quote(Path)}.
     *
     * @param name the name
     * @return the name between single quotes
     */
    public static String quote(String name) {
        return "'" + TerminalText.escape(name) + "'";
    }

    /**
     * Says in words which file could not be used and why, for a failure that may concern another
     * file than the one a message names (a file read on the way, a temporary file, a folder
     * above): the file the system named, quoted, then the {@linkplain #reason reason}.
     *
     * @param e what the file system reported
     * @return such as {@code 'src/main/java/A.java': permission denied}; the reason alone when the
     *     system named no file
     */
    public static String inWords(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return quote(f.getFile()) + (f.getOtherFile() == null ? "" : " -> " + quote(f.getOtherFile())) + ": " + reason(f);
        }
        return reason(e);
    }

    /**
     * Says in words why a file could not be used, without the name of a Java class.
     *
     * @param e what the file system reported
     * @return the reason, such as "permission denied"
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return a.getReason() == null ? "permission denied" : a.getReason();
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof FileSystemLoopException) {
            return "it is a loop of symbolic links";
        }
        if (e instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        // Thrown where a folder is to be made, for an output folder or one on the way to an output file, and a file stands.
        if (e instanceof FileAlreadyExistsException) {
            return "it exists and is not a folder, where one is needed; move it away or name another folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            // The system's words for the two failures a user can act on are said as what to do.
            if (f.getReason().contains("No space left")) {
                return "the disk is full (no space left on the device); free some space and run again";
            }
            if (f.getReason().contains("levels of symbolic links")) {
                return "it is a loop of symbolic links";
            }
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "the file system refused it" : TerminalText.escape(message);
    }

    /**
     * Names what kind of entry a path is when it is not a regular file or a folder.
     *
     * @param attributes the entry's own attributes, the link not followed
     * @return "a named pipe (FIFO)", "a device or socket", "a symbolic link"; null for a file or folder
     */
    public static @Nullable String kind(BasicFileAttributes attributes) {
        if (attributes.isRegularFile() || attributes.isDirectory()) {
            return null;
        }
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        return "a named pipe, device or socket";
    }

    /**
     * Tells whether reading an entry of a folder would leave the folder: through a symbolic link
     * (of the entry or of a folder on its way) to a place outside, or to nowhere.
     *
     * @param root the folder given by the user
     * @param entry a path below it
     * @return true when the entry's real path is not inside the root's, or cannot be found
     */
    public static boolean leadsOut(Path root, Path entry) {
        try {
            return !entry.toRealPath().startsWith(root.toRealPath());
        } catch (IOException | SecurityException e) {
            return true;
        }
    }
}
