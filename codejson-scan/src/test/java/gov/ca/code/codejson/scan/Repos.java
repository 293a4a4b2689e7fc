package gov.ca.code.codejson.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;

import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;

/** Makes real git repositories for the tests, with JGit, and reads the fields of scanned entries. */
final class Repos {

    private final Path dir;

    private Repos(Path dir) {
        this.dir = dir;
    }

    static Repos create(Path dir) {
        try {
            Files.createDirectories(dir);
            Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return new Repos(dir);
    }

    Path dir() {
        return dir;
    }

    Repos file(String path, String text) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Repos files(Map<String, String> files) {
        files.forEach(this::file);
        return this;
    }

    Repos remote(String url) {
        try (Git git = Git.open(dir.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", url);
            config.save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Commits every file at a fixed time, so the dates are known. */
    Repos commit(String isoInstant) {
        try (Git git = Git.open(dir.toFile())) {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Tester", "tester@example.gov", Instant.parse(isoInstant), ZoneOffset.UTC);
            git.commit().setMessage("commit at " + isoInstant).setAuthor(who).setCommitter(who).setSign(false).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** {@return this repository scanned for code.gov 2.0.0 with the agency overlay} */
    ScannedRepository scan() {
        return new RepositoryScanner(null, agency()).scan(dir);
    }

    /** {@return the text of a field of a scanned entry, or null when it is absent} */
    static String field(ScannedRepository scan, String pointer) {
        JsonValue root = scan.generation().document().source().root();
        return JsonPointer.resolve(root, pointer).map(Repos::text).orElse(null);
    }

    private static String text(JsonValue v) {
        if (v instanceof JsonValue.JsonString s) {
            return s.value();
        }
        if (v instanceof JsonValue.JsonNumber n) {
            return n.text();
        }
        if (v instanceof JsonValue.JsonArray a) {
            return "[" + String.join(",", a.elements().stream().map(e -> "\"" + text(e) + "\"").toList()) + "]";
        }
        return new gov.ca.code.codejson.json.JsonWriter().write(v);
    }

    /** {@return an overlay that names the agency, which every code.gov inventory needs} */
    static ScanOverlay agency() {
        return new ScanOverlay("overlay.json", gov.ca.code.codejson.json.JsonBuilder.object().put("agency", "EX").build(),
                Map.of());
    }

    /** {@return the origin the report gives a field, or null} */
    static Origin origin(ScannedRepository scan, String pointer) {
        return scan.fields().stream().filter(f -> f.pointer().equals(pointer)).map(ScannedRepository.Field::origin)
                .findFirst().orElse(null);
    }
}
