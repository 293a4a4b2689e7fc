package gov.ca.code.codejson.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A folder that holds the output of one command, such as a site or a split into SHARE IT files:
 * each write replaces what the previous one wrote there, and leaves alone what it did not write.
 */
public final class OwnedFolder {

    /** The list, inside a folder {@link #write} writes, of the files it wrote there. */
    public static final String WRITTEN = ".codejson-written";

    /**
     * Writes a set of files into the folder, all or none, as {@link AtomicFiles#writeAll} does, and
     * then removes the files an earlier such write put there that this one does not write again,
     * such as the page of a release that is gone. The files written are listed in {@value #WRITTEN}
     * inside the folder, so that only they are ever removed: a file someone else put into the folder
     * is left alone.
     *
     * @param folder the folder, created when missing
     * @param files the files, by their path relative to {@code folder}, in writing order
     * @return the files written, in the order given, without the list
     * @throws IOException when a file cannot be written (then the folder is as it was) or an earlier one removed
     */
    public static List<Path> write(Path folder, Map<String, byte[]> files) throws IOException {
        Path target = FilePlaces.realPath(folder);
        Path list = target.resolve(WRITTEN);
        List<String> earlier = Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)
                ? Files.readAllLines(list, StandardCharsets.UTF_8) : List.of();
        Map<String, byte[]> all = new LinkedHashMap<>(files);
        // A name with a line break is not listed (it would read back as two), so it is never removed either.
        TreeSet<String> listed = new TreeSet<>(files.keySet());
        listed.removeIf(name -> name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0);
        all.put(WRITTEN, (String.join("\n", listed) + "\n").getBytes(StandardCharsets.UTF_8));
        List<Path> written = AtomicFiles.writeAll(folder, all).subList(0, files.size());
        for (String name : earlier) {
            Path old = target.resolve(name).normalize();
            // The list is a file like any other: a name that leads out of the folder is not followed.
            if (!name.isBlank() && !files.containsKey(name) && old.startsWith(target) && !old.equals(target)
                    && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(old);
            }
        }
        return written;
    }

    private OwnedFolder() {
    }
}
