package gov.ca.code.codejson.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a path really is, so that a command can tell an output that would land on one of its
 * inputs, or inside a folder it reads, before it writes anything. Names are compared as the file
 * system resolves them: {@code ./a.json}, {@code ../x/a.json} and a symbolic link to the file are
 * one file.
 */
public final class FilePlaces {

    private FilePlaces() {
    }

    /**
     * {@return the real path of a file or folder that need not exist yet}: the real path of the
     * nearest folder on its way that exists, symbolic links resolved, followed by the rest of the
     * path as written
     *
     * @param path any path
     */
    public static Path realPath(Path path) {
        // Not normalized first: "link/../x" is beside the link's target, not beside the link.
        Path absolute = path.toAbsolutePath();
        Path existing = absolute;
        while (existing != null) {
            try {
                return existing.toRealPath().resolve(existing.relativize(absolute).toString()).normalize();
            } catch (IOException | SecurityException e) {
                existing = existing.getParent();
            }
        }
        return absolute.normalize();
    }

    /**
     * Tells whether a path is a file or folder itself, or lies inside it.
     *
     * @param path the path, such as an output that need not exist yet
     * @param place a file or folder, such as an input
     * @return true when both name the same file (a hard link to it included) or {@code path} is inside the folder {@code place}
     */
    public static boolean isWithin(Path path, Path place) {
        Path real = realPath(path);
        Path placeReal = realPath(place);
        // Below a file nothing can be written; only a folder holds other paths.
        if (Files.isDirectory(place) ? real.startsWith(placeReal) : real.equals(placeReal)) {
            return true;
        }
        try {
            return Files.exists(path) && Files.exists(place) && Files.isSameFile(path, place);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
