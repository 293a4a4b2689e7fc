package gov.ca.code.codejson.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.files.FileNames;

/**
 * The one rule for every file of a repository that a scan reads (a manifest, the README, a license
 * file, a committed {@code code.json}): it is read only when it is a file inside the repository.
 * A symbolic link out of it may lead to a secret ({@code /etc/passwd}, {@code ~/.ssh}) whose text
 * would end up in a published entry, and a named pipe could block the scan for ever.
 */
final class RepositoryFiles {

    /** The rule of the warning for a file that is a link out of the repository. */
    static final String LINK_OUT = "scan.link-out";

    /** The rule of the warning for a name that is a pipe, device or socket. */
    static final String NOT_A_FILE = "scan.not-a-file";

    private RepositoryFiles() {
    }

    /**
     * Finds a file of a repository that may be read.
     *
     * @param repository the work tree
     * @param file the file's name, relative to the work tree
     * @param problems told a warning naming the file when it exists but is not read
     * @return the path to read, or null when there is no such file or it must not be read
     */
    static Path readable(Path repository, String file, List<Diagnostic> problems) {
        Path path = repository.resolve(file);
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
        if (own.isDirectory()) {
            return null;
        }
        if (FileNames.leadsOut(repository, path)) {
            String where = Files.exists(path) ? "a symbolic link out of the repository" : "a symbolic link that leads nowhere or in a loop";
            problems.add(warning(file, LINK_OUT, where + "; not read, so nothing of it is used (commit the file itself"
                    + " to use it)"));
            return null;
        }
        if (!Files.isRegularFile(path)) {
            if (!Files.isDirectory(path)) {
                problems.add(warning(file, NOT_A_FILE, "a named pipe, device or socket, not a file; not read"));
            }
            return null;
        }
        return path;
    }

    private static Diagnostic warning(String file, String rule, String message) {
        return new Diagnostic(file, Location.UNKNOWN, Subject.FILE, rule, Severity.WARNING, message);
    }
}
