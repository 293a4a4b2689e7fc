package gov.ca.code.codejson.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import gov.ca.code.codejson.files.FileNames;

/**
 * Finds the programming languages and counts the source lines of code under a project's source
 * roots, for code.json's {@code languages} and the {@code laborHours} estimate.
 *
 * <p>Rules, chosen so that two runs over the same tree give the same answer:
 *
 * <ul>
 *   <li>Roots are visited in the order given; inside a root, directory entries are visited in
 *       order of their names (UTF-16 code units, independent of locale and file system).
 *   <li>Entries whose name starts with {@code .} below a root are skipped silently (VCS and IDE
 *       metadata, tool caches). A root is scanned even if its own name starts with a dot.
 *   <li>Symbolic links below a root are never followed, so nothing outside the roots is counted
 *       and nothing is counted twice through a link; those that point to a directory or look like
 *       source are reported as skipped. A root that is itself a link is followed.
 *   <li>A file reachable from two roots (nested or repeated roots) is counted once.
 *   <li>A file's language comes from its extension. Languages are those GitHub Linguist types
 *       {@code programming} or {@code markup}, plus SQL; data, configuration and prose formats
 *       (XML, JSON, YAML, TOML, properties, Markdown) are not languages here and are ignored
 *       without a report, since every Java project has them.
 *   <li>Files are read as UTF-8; malformed bytes become U+FFFD instead of failing. A file with
 *       a NUL byte in its first 8,000 bytes is treated as binary and skipped, as Git does. Files
 *       over {@value #MAX_FILE_BYTES} bytes are skipped: such sources are generated.
 *   <li>Nothing is thrown for file system problems: a missing root, an unreadable directory or
 *       file is recorded in {@link SourceMeasurement#skippedFiles()}.
 * </ul>
 *
 * <p>Lines are counted as physical source lines: a line counts when it holds anything other than
 * white space and comments. Comment recognition is lexical, so a comment marker inside a string
 * literal spanning several lines may be taken for a comment; counts can differ slightly from
 * cloc or scc for such files.
 */
public final class SourceInventory {

    /** Files larger than this many bytes are skipped rather than read into memory. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    /** How many leading bytes are searched for a NUL byte to detect binary content, as Git does. */
    private static final int BINARY_PROBE_BYTES = 8000;

    private SourceInventory() {}

    /**
     * Scans source roots and measures the code found in them.
     *
     * @param roots the compile source roots of a project; may be empty, may name missing
     *     directories (they are reported, not fatal), may be regular files
     * @return the languages, per-language line counts and the files that could not be counted
     * @throws NullPointerException if {@code roots} or one of its elements is null
     */
    public static SourceMeasurement scan(List<Path> roots) {
        List<Path> given = List.copyOf(roots);
        Scan scan = new Scan();
        for (Path root : given) {
            scan.root(root);
        }
        return scan.result(given);
    }

    /** The mutable state of one scan; never escapes {@link #scan}. */
    private static final class Scan {
        private final Map<String, long[]> perLanguage = new TreeMap<>();
        private final Set<Path> seenRoots = new HashSet<>();
        private final Set<Path> seenFiles = new HashSet<>();
        private final List<SkippedFile> skipped = new ArrayList<>();
        private long filesCounted;
        /** The bytes of the file being counted; one buffer for the whole scan. */
        private byte[] buffer = new byte[64 * 1024];

        void root(Path root) {
            // One resolution and one read of the attributes per root: the scanner hands every file as a root.
            Path realRoot;
            try {
                realRoot = root.toRealPath();
            } catch (IOException | SecurityException e) {
                skip(root, Files.exists(root) ? "source root could not be resolved (" + why(e) + ")" : "source root does not exist");
                return;
            }
            if (!seenRoots.add(realRoot)) {
                return;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(realRoot, BasicFileAttributes.class);
            } catch (IOException | SecurityException e) {
                attributes = null;
            }
            if (attributes != null && attributes.isDirectory()) {
                walkDirectory(root, realRoot, root);
            } else if (attributes != null && attributes.isRegularFile()) {
                countFile(realRoot, realRoot, root, attributes.size());
            } else {
                skip(root, "source root is neither a directory nor a regular file");
            }
        }

        private void walkDirectory(Path root, Path realRoot, Path directory) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
                entries.forEach(children::add);
            } catch (IOException | DirectoryIteratorException | SecurityException e) {
                skip(directory, "directory could not be listed (" + why(e) + ")");
                return;
            }
            children.sort(Comparator.comparing(child -> child.getFileName().toString()));
            for (Path child : children) {
                visit(root, realRoot, child);
            }
        }

        private void visit(Path root, Path realRoot, Path entry) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                return;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | SecurityException e) {
                skip(entry, "attributes could not be read (" + why(e) + ")");
                return;
            }
            if (attributes.isSymbolicLink()) {
                if (LanguageTable.isSource(name) || Files.isDirectory(entry)) {
                    skip(entry, "symbolic link not followed");
                }
            } else if (attributes.isDirectory()) {
                walkDirectory(root, realRoot, entry);
            } else if (attributes.isRegularFile()) {
                // No links are followed below a root, so root's real path plus the relative path is the
                // file's real path: the key that makes nested or repeated roots count a file once.
                Path realFile = realRoot.resolve(root.relativize(entry).toString());
                countFile(entry, realFile, entry, attributes.size());
            }
        }

        private void countFile(Path file, Path realFile, Path shown, long size) {
            String name = file.getFileName().toString();
            if (!LanguageTable.isSource(name) || !seenFiles.add(realFile)) {
                return;
            }
            if (size > MAX_FILE_BYTES) {
                skip(shown, "larger than " + MAX_FILE_BYTES + " bytes");
                return;
            }
            int length;
            try {
                length = read(file);
            } catch (IOException | SecurityException e) {
                skip(shown, "could not be read (" + why(e) + ")");
                return;
            }
            if (looksBinary(buffer, length)) {
                skip(shown, "binary content");
                return;
            }
            // Plain ASCII (most source files) is its own UTF-8 decoding, so its bytes are counted as they are;
            // anything else is decoded, and new String(..., UTF_8) replaces malformed input with U+FFFD.
            CharSequence text = isAscii(buffer, length) ? new AsciiText(buffer, length)
                    : new String(buffer, 0, length, StandardCharsets.UTF_8);
            Optional<Language> language = LanguageTable.detect(name, text);
            if (language.isEmpty()) {
                return;
            }
            long sloc = LineCounter.countSloc(text, language.get().syntax());
            long[] totals = perLanguage.computeIfAbsent(language.get().name(), key -> new long[2]);
            totals[0]++;
            totals[1] += sloc;
            filesCounted++;
        }

        /** Reads a whole file into {@link #buffer}, grown as needed and reused for the next file. */
        private int read(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                int length = 0;
                while (true) {
                    if (length == buffer.length) {
                        buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    }
                    int n = in.read(buffer, length, buffer.length - length);
                    if (n < 0) {
                        return length;
                    }
                    length += n;
                }
            }
        }

        private static boolean looksBinary(byte[] bytes, int length) {
            int end = Math.min(length, BINARY_PROBE_BYTES);
            for (int i = 0; i < end; i++) {
                if (bytes[i] == 0) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isAscii(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                if (bytes[i] < 0) {
                    return false;
                }
            }
            return true;
        }

        private void skip(Path path, String reason) {
            skipped.add(new SkippedFile(path, reason));
        }

        SourceMeasurement result(List<Path> roots) {
            List<LanguageLines> lines = new ArrayList<>();
            perLanguage.forEach((language, totals) -> lines.add(new LanguageLines(language, totals[0], totals[1])));
            return new SourceMeasurement(roots, lines, filesCounted, skipped);
        }
    }

    /** The characters of bytes that are all ASCII, read in place without decoding or copying. */
    private record AsciiText(byte[] bytes, int length) implements CharSequence {

        @Override
        public char charAt(int index) {
            return (char) bytes[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, start, end - start, StandardCharsets.US_ASCII);
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, StandardCharsets.US_ASCII);
        }
    }

    /** The reason an entry was skipped, in words rather than the name of an exception class. */
    private static String why(Exception e) {
        if (e instanceof IOException io) {
            return FileNames.reason(io);
        }
        if (e instanceof DirectoryIteratorException d) {
            return FileNames.reason(d.getCause());
        }
        return "not allowed";
    }
}
