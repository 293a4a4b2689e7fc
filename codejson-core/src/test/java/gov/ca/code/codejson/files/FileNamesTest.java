package gov.ca.code.codejson.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reasons a message gives for a file that could not be used are words, with what to do. */
class FileNamesTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhereAFolderIsToBeMadeIsNamedAsSuchWithWhatToDo() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "a file\n");

        FileAlreadyExistsException e = catchThrowableOfType(FileAlreadyExistsException.class,
                () -> Files.createDirectories(file));

        assertThat(FileNames.reason(e)).isEqualTo("it exists and is not a folder, where one is needed; move it away or name another folder");
    }
}
