package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;

import gov.ca.code.codejson.files.FileNames;

/** A failure to read or write a file in words, for a command that reports it on its own line and goes on or stops cleanly. */
final class FileErrors {

    private FileErrors() {
    }

    /** {@return the file quoted and the reason, never a Java class name alone} */
    static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return FileNames.quote(f.getFile()) + (f.getOtherFile() == null ? "" : " -> " + FileNames.quote(f.getOtherFile()))
                    + ": " + FileNames.reason(f);
        }
        return FileNames.reason(e);
    }
}
