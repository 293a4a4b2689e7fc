package gov.ca.code.codejson.files;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code *.json} files a folder holds as its own, for the commands that read a folder of
 * inventories ({@code merge}, {@code metrics}, {@code site}): a symbolic link that leads out of
 * the folder, nowhere or in a loop is not followed, and a named pipe, device or socket is not
 * read, since any of them would have the command read, and print, what the folder does not hold.
 * Each such entry is listed with the reason, so that the command names it; none is ever opened.
 */
public final class JsonFolder {

    private JsonFolder() {
    }

    /** Why an entry of the folder is not read. */
    public enum Skip {
        /** A named pipe, device or socket with a {@code .json} name. */
        NOT_A_FILE,
        /** A symbolic link that leads nowhere, or in a loop. */
        LINK_NOWHERE,
        /** A symbolic link to a place outside the folder. */
        LINK_OUT
    }

    /**
     * An entry of the folder that is not read.
     *
     * @param path the entry, below the folder as given
     * @param why why it is not read
     * @param detail for {@link Skip#NOT_A_FILE} what it is, for {@link Skip#LINK_NOWHERE} why the link leads nowhere; else empty
     */
    public record Skipped(Path path, Skip why, String detail) {
        /** Creates the entry; no component may be null. */
        public Skipped {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(detail, "detail");
        }

        /**
         * {@return the reason in words, as the commands report it}
         *
         * @param folder how the command names the folder the link leads out of
         */
        public String reason(String folder) {
            return switch (why) {
                case NOT_A_FILE -> detail + ", not a file; skipped";
                case LINK_NOWHERE -> "a symbolic link that leads nowhere readable (" + detail + "); skipped";
                case LINK_OUT -> "a symbolic link out of the folder " + FileNames.quote(folder) + "; not followed";
            };
        }
    }

    /**
     * A folder, or an entry of it, that could not be read.
     *
     * @param path the folder or entry
     * @param folder whether the folder given itself could not be listed
     * @param reason why, in words
     */
    public record Failure(Path path, boolean folder, String reason) {
        /** Creates the failure; no component may be null. */
        public Failure {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * What a folder holds.
     *
     * @param files its {@code *.json} files (letter case ignored), in the order of their paths below the folder
     * @param skipped the entries not read, in the order found
     * @param failures what could not be read
     */
    public record Listing(List<Path> files, List<Skipped> skipped, List<Failure> failures) {
        /** Creates the listing; the lists are copied. */
        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            failures = List.copyOf(failures);
        }
    }

    /**
     * Lists the {@code *.json} files of a folder.
     *
     * @param folder the folder
     * @param recursive whether the files of its subfolders count too, or only its own
     * @return the files, the entries skipped and the failures
     */
    public static Listing list(Path folder, boolean recursive) {
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            failures.add(new Failure(folder, true, FileNames.reason(e)));
            return new Listing(files, skipped, failures);
        }
        try {
            Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), recursive ? Integer.MAX_VALUE : 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
                    if (attributes.isRegularFile()) {
                        if (json) {
                            files.add(file);
                        }
                    } else if (attributes.isSymbolicLink()) {
                        link(file, json);
                    } else if (json && !attributes.isDirectory()) {
                        skipped.add(new Skipped(file, Skip.NOT_A_FILE, Objects.requireNonNullElse(FileNames.kind(attributes), "not a file")));
                    }
                    return FileVisitResult.CONTINUE;
                }

                private void link(Path file, boolean json) {
                    Path target;
                    try {
                        target = file.toRealPath();
                    } catch (IOException e) {
                        skipped.add(new Skipped(file, Skip.LINK_NOWHERE, FileNames.reason(e)));
                        return;
                    }
                    if (!target.startsWith(root)) {
                        skipped.add(new Skipped(file, Skip.LINK_OUT, ""));
                    } else if (json && Files.isRegularFile(target)) {
                        files.add(file);
                    }
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failures.add(new Failure(file, false, FileNames.reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(new Failure(folder, true, FileNames.reason(e)));
        }
        files.sort(Comparator.comparing(p -> folder.relativize(p).toString().replace('\\', '/')));
        return new Listing(files, skipped, failures);
    }
}
