package gov.ca.code.codejson.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 *   <li>the top {@code .gitattributes} marks it {@code linguist-vendored} or
 *       {@code linguist-generated} (and does not unset it again with {@code -linguist-…} or
 *       {@code =false}), matched with JGit's reading of the gitattributes patterns;</li>
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
        List<AttributesRule> rules = attributes(repository);
        List<String> counted = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (String path : candidates) {
            if (FileNames.leadsOut(repository, repository.resolve(path))) {
                // A tracked link to ~/.ssh or /etc must not be read, and a link to nowhere has nothing to count.
                if (Files.isSymbolicLink(repository.resolve(path)) || Files.exists(repository.resolve(path))) {
                    excluded.add(new Excluded(path, "symbolic link out of the repository, not followed"));
                }
                continue;
            }
            if (!Files.isRegularFile(repository.resolve(path))) {
                continue;
            }
            String rule = exclusion(path, rules);
            if (rule == null) {
                counted.add(path);
            } else {
                excluded.add(new Excluded(path, rule));
            }
        }
        return new Selection(counted, excluded);
    }

    private static String exclusion(String path, List<AttributesRule> rules) {
        String attribute = linguist(path, rules);
        if (attribute != null) {
            return ".gitattributes " + attribute;
        }
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (VENDORED_FOLDERS.contains(parts[i])) {
                return "vendored folder " + parts[i];
            }
            if (GENERATED_FOLDERS.contains(parts[i])) {
                return "generated folder " + parts[i];
            }
            if (parts[i].startsWith(".")) {
                return "hidden folder " + parts[i];
            }
        }
        String name = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        for (String suffix : GENERATED_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return "generated file *" + suffix;
            }
        }
        return null;
    }

    /** The linguist attribute set on a path, the last matching rule winning as in git. */
    private static String linguist(String path, List<AttributesRule> rules) {
        String result = null;
        String[] parts = path.split("/");
        for (String key : List.of("linguist-vendored", "linguist-generated")) {
            Boolean set = null;
            for (AttributesRule rule : rules) {
                boolean matches = rule.isMatch(path, false);
                // A rule for a folder (docs/** or docs/) applies to everything below it.
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < parts.length - 1 && !matches; i++) {
                    prefix.append(i == 0 ? "" : "/").append(parts[i]);
                    matches = rule.isMatch(prefix.toString(), true);
                }
                if (!matches) {
                    continue;
                }
                for (Attribute a : rule.getAttributes()) {
                    if (a.getKey().equals(key)) {
                        set = switch (a.getState()) {
                            case SET -> true;
                            case UNSET -> false;
                            case CUSTOM -> !a.getValue().equalsIgnoreCase("false");
                            case UNSPECIFIED -> null;
                        };
                    }
                }
            }
            if (Boolean.TRUE.equals(set) && result == null) {
                result = key;
            }
        }
        return result;
    }

    private static List<AttributesRule> attributes(Path repository) throws IOException {
        Path file = repository.resolve(".gitattributes");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        AttributesNode node = new AttributesNode();
        try (InputStream in = Files.newInputStream(file)) {
            node.parse(in);
        }
        return node.getRules();
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
