package gov.ca.code.codejson.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    @Test
    void aFailureInWordsNamesTheFileTheSystemNamedThenTheReason() {
        NoSuchFileException e = catchThrowableOfType(NoSuchFileException.class,
                () -> Files.readString(dir.resolve("src").resolve("A.java")));

        assertThat(FileNames.inWords(e)).isEqualTo("'" + dir.resolve("src").resolve("A.java") + "': it does not exist");
    }

    @Test
    void aFailureInWordsNamesBothFilesOfAMoveAndEscapesControlCharactersInTheirNames() {
        FileAlreadyExistsException e = new FileAlreadyExistsException("tmp\u001b[2Jx", "code\njson", null);

        assertThat(FileNames.inWords(new FileAlreadyExistsException("a.tmp", "code.json", null)))
                .isEqualTo("'a.tmp' -> 'code.json': it exists and is not a folder, where one is needed; move it away or"
                        + " name another folder");
        assertThat(FileNames.inWords(e)).doesNotContain("\u001b[2J").doesNotContain("\n");
    }

    @Test
    void aFailureInWordsWithoutAFileIsTheReasonAlone() {
        assertThat(FileNames.inWords(new IOException("Stream closed"))).isEqualTo("Stream closed");
    }
}
