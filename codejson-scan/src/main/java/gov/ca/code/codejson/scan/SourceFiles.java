package gov.ca.code.codejson.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.attributes.Attribute;
import org.eclipse.jgit.attributes.AttributesNode;
import org.eclipse.jgit.attributes.AttributesRule;

import gov.ca.code.codejson.files.FileNames;

/**
 * Chooses the files of a repository whose lines count as its own source code.
 *
 * <p>The candidates are the files in the git index when it has any (so untracked build output
 * never counts), else every file of the work tree outside {@code .git}. A candidate is left out,
 * with the rule that excluded it, when:
 * <ul>
 *   <li>a {@code .gitattributes} (the top one or one in a folder on its path, the deeper one
 *       winning, as in git) marks it {@code linguist-vendored} or {@code linguist-generated} (and
 *       does not unset it again with {@code -linguist-…} or {@code =false}), matched with JGit's
 *       reading of the gitattributes patterns;</li>
 *   <li>a folder on its path is one of {@link #VENDORED_FOLDERS} (dependencies copied in) or
 *       {@link #GENERATED_FOLDERS} (build output), or starts with {@code .};</li>
 *   <li>its name ends with one of {@link #GENERATED_SUFFIXES}: minified or generated code and
 *       lock files.</li>
 * </ul>
 * Binary and very large files are then skipped by the source measurement itself.
 */
final class SourceFiles {

    /** Folders of third-party code copied into a repository. */
    static final Set<String> VENDORED_FOLDERS = Set.of("node_modules", "bower_components", "jspm_packages", "vendor",
            "vendors", "third_party", "third-party", "thirdparty", "3rdparty", "Pods", "Carthage", "site-packages",
            "venv", "virtualenv");

    /** Folders of build output. */
    static final Set<String> GENERATED_FOLDERS = Set.of("target", "build", "dist", "obj", "coverage", "__pycache__",
            "generated");

    /** Name endings of minified and generated files. */
    static final List<String> GENERATED_SUFFIXES = List.of(".min.js", ".min.css", ".map", ".pb.go", "_pb2.py",
            "_pb2_grpc.py", ".pb.cc", ".pb.h", ".designer.cs", ".g.dart", ".lock", "package-lock.json", "pnpm-lock.yaml");

    private SourceFiles() {
    }

    /**
     * A file left out of the count.
     *
     * @param path the file, relative to the repository
     * @param rule why, such as {@code vendored folder node_modules}
     */
    record Excluded(String path, String rule) {
    }

    /** The files to count and those left out, both relative and sorted. */
    record Selection(List<String> counted, List<Excluded> excluded) {
        Selection {
            counted = List.copyOf(counted);
            excluded = List.copyOf(excluded);
        }
    }

    static Selection select(Path repository, List<String> tracked) throws IOException {
        TreeSet<String> candidates = new TreeSet<>(tracked.isEmpty() ? walk(repository) : tracked);
        Rules rules = new Rules(attributes(repository, candidates));
        Folders folders = new Folders(repository);
        List<String> counted = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (String path : candidates) {
            Path file = repository.resolve(path);
            BasicFileAttributes attributes = folders.plainFileInside(path, file);
            if (attributes == null) {
                if (FileNames.leadsOut(repository, file)) {
                    // A tracked link to ~/.ssh or /etc must not be read, and a link to nowhere has nothing to count.
                    if (Files.isSymbolicLink(file) || Files.exists(file)) {
                        excluded.add(new Excluded(path, "symbolic link out of the repository, not followed"));
                    }
                    continue;
                }
                if (!Files.isRegularFile(file)) {
                    continue;
                }
            } else if (!attributes.isRegularFile()) {
                continue;
            }
            String rule = rules.exclusion(path);
            if (rule == null) {
                counted.add(path);
            } else {
                excluded.add(new Excluded(path, rule));
            }
        }
        return new Selection(counted, excluded);
    }

    /**
     * The folders of one repository, each resolved once: a file that is not a link, in a folder
     * whose real path is inside the repository, is inside it too, so only links and files in linked
     * folders need their own resolution.
     */
    private static final class Folders {
        private final Path repository;
        private final Path real;
        /** Whether each folder's real path is inside the repository, by its path relative to it. */
        private final Map<String, Boolean> inside = new HashMap<>();

        Folders(Path repository) {
            this.repository = repository;
            Path resolved;
            try {
                resolved = repository.toRealPath();
            } catch (IOException | SecurityException e) {
                resolved = null;
            }
            this.real = resolved;
        }

        /** {@return the file's own attributes when it is no link and its folder is inside the repository, else null} */
        BasicFileAttributes plainFileInside(String path, Path file) {
            int slash = path.lastIndexOf('/');
            String folder = slash < 0 ? "" : path.substring(0, slash);
            if (real == null || !inside.computeIfAbsent(folder, this::resolvesInside)) {
                return null;
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return attributes.isSymbolicLink() ? null : attributes;
            } catch (IOException | SecurityException e) {
                return null;
            }
        }

        private boolean resolvesInside(String folder) {
            try {
                return repository.resolve(folder).toRealPath().startsWith(real);
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
    }

    /**
     * The exclusion rules of one repository, with what depends only on a folder (a folder rule, a
     * gitattributes pattern that covers the whole folder) decided once per folder.
     */
    private static final class Rules {
        private final Map<String, List<AttributesRule>> attributes;
        /** The folder rule of each folder, {@code ""} for none. */
        private final Map<String, String> folderRules = new HashMap<>();
        /** For each gitattributes rule, whether it covers a folder (relative to the rule's own folder). */
        private final Map<AttributesRule, Map<String, Boolean>> covers = new IdentityHashMap<>();

        Rules(Map<String, List<AttributesRule>> attributes) {
            this.attributes = attributes;
        }

        String exclusion(String path) {
            String attribute = linguist(path);
            if (attribute != null) {
                return attribute;
            }
            int slash = path.lastIndexOf('/');
            if (slash >= 0) {
                String folderRule = folderRules.computeIfAbsent(path.substring(0, slash), Rules::folderRule);
                if (!folderRule.isEmpty()) {
                    return folderRule;
                }
            }
            String name = path.substring(slash + 1).toLowerCase(Locale.ROOT);
            for (String suffix : GENERATED_SUFFIXES) {
                if (name.endsWith(suffix)) {
                    return "generated file *" + suffix;
                }
            }
            return null;
        }

        private static String folderRule(String folder) {
            for (String part : folder.split("/")) {
                if (VENDORED_FOLDERS.contains(part)) {
                    return "vendored folder " + part;
                }
                if (GENERATED_FOLDERS.contains(part)) {
                    return "generated folder " + part;
                }
                if (part.startsWith(".")) {
                    return "hidden folder " + part;
                }
            }
            return "";
        }

        /**
         * The linguist attribute set on a path, as git decides it: the {@code .gitattributes} of every
         * folder on the path, from the top down, each pattern read relative to its own folder, and the
         * last matching rule winning, so a deeper file overrides a shallower one.
         *
         * @return the exclusion rule, such as {@code .gitattributes linguist-vendored} or
         *     {@code src/gen/.gitattributes linguist-generated}, or null
         */
        private String linguist(String path) {
            if (attributes.isEmpty()) {
                return null;
            }
            String[] parts = path.split("/");
            String result = null;
            for (String key : List.of("linguist-vendored", "linguist-generated")) {
                Boolean set = null;
                String setBy = null;
                String folder = "";
                for (int depth = 0; depth < parts.length; depth++) {
                    if (depth > 0) {
                        folder = folder.isEmpty() ? parts[depth - 1] : folder + "/" + parts[depth - 1];
                    }
                    List<AttributesRule> rules = attributes.get(folder);
                    if (rules == null) {
                        continue;
                    }
                    String relative = folder.isEmpty() ? path : path.substring(folder.length() + 1);
                    for (AttributesRule rule : rules) {
                        Boolean state = state(rule, key);
                        if (state != null && matches(rule, relative)) {
                            set = state;
                            setBy = folder.isEmpty() ? ".gitattributes" : folder + "/.gitattributes";
                        }
                    }
                }
                if (Boolean.TRUE.equals(set) && result == null) {
                    result = setBy + " " + key;
                }
            }
            return result;
        }

        private boolean matches(AttributesRule rule, String relative) {
            if (rule.isMatch(relative, false)) {
                return true;
            }
            int slash = relative.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            return covers.computeIfAbsent(rule, r -> new HashMap<>()).computeIfAbsent(relative.substring(0, slash),
                    folder -> coversFolder(rule, folder));
        }

        /** {@return whether a rule for a folder (docs/** or docs/) applies to the folder or one above it} */
        private static boolean coversFolder(AttributesRule rule, String folder) {
            String[] parts = folder.split("/");
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                prefix.append(i == 0 ? "" : "/").append(parts[i]);
                if (rule.isMatch(prefix.toString(), true)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@return what a rule says of an attribute: set, unset, or null when it does not name it} */
    private static Boolean state(AttributesRule rule, String key) {
        Boolean state = null;
        for (Attribute a : rule.getAttributes()) {
            if (a.getKey().equals(key)) {
                state = switch (a.getState()) {
                    case SET -> true;
                    case UNSET -> false;
                    case CUSTOM -> !a.getValue().equalsIgnoreCase("false");
                    case UNSPECIFIED -> null;
                };
            }
        }
        return state;
    }

    /**
     * The rules of every {@code .gitattributes} among the candidates (so a nested one counts only
     * when it is tracked, as the files it describes are), by the folder it is in ({@code ""} for the
     * top), read with JGit's parser of the gitattributes format.
     */
    private static Map<String, List<AttributesRule>> attributes(Path repository, Set<String> candidates) throws IOException {
        Map<String, List<AttributesRule>> byFolder = new HashMap<>();
        for (String path : candidates) {
            if (!path.equals(".gitattributes") && !path.endsWith("/.gitattributes")) {
                continue;
            }
            Path file = repository.resolve(path);
            // A .gitattributes that is a link out is listed as excluded, not followed, like any other file.
            if (!Files.isRegularFile(file) || FileNames.leadsOut(repository, file)) {
                continue;
            }
            AttributesNode node = new AttributesNode();
            try (InputStream in = Files.newInputStream(file)) {
                node.parse(in);
            }
            String folder = path.equals(".gitattributes") ? "" : path.substring(0, path.length() - "/.gitattributes".length());
            byFolder.put(folder, node.getRules());
        }
        return byFolder;
    }

    private static List<String> walk(Path repository) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(repository, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.getFileName() != null && dir.getFileName().toString().equals(".git") ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(repository.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
