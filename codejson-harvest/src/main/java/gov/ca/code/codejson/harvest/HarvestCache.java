package gov.ca.code.codejson.harvest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Last harvest's copies: {@code AGENCY/N.json} is the file fetched from the agency's N-th address
 * (as the server sent it) and {@code AGENCY/N.meta.json} its address and validators ({@code ETag},
 * {@code Last-Modified}, the only HTTP dates codejson keeps); {@code harvest-status.json} is last
 * harvest's status report, for the change since then.
 */
public final class HarvestCache {

    /** The status report of the previous harvest, inside the cache folder. */
    public static final String STATUS = "harvest-status.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path folder;

    /**
     * Opens a cache folder; it is created when the first copy is stored.
     *
     * @param folder the folder
     */
    public HarvestCache(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /**
     * A stored copy.
     *
     * @param body the file as the server sent it
     * @param url the address it was fetched from
     * @param etag its {@code ETag}, or ""
     * @param lastModified its {@code Last-Modified}, or ""
     * @param from the address the body came from, which a redirect may have led to, credentials removed
     */
    public record Copy(byte[] body, String url, String etag, String lastModified, String from) {

        /** Checks the values. */
        public Copy {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(lastModified, "lastModified");
            Objects.requireNonNull(from, "from");
        }
    }

    /**
     * The copy stored for an address of an agency.
     *
     * @param agency the agency identifier
     * @param index the address's position in the registry
     * @return the copy, or empty when there is none or it cannot be read
     */
    public Optional<Copy> load(String agency, int index) {
        Path body = folder.resolve(agency).resolve(index + ".json");
        Path meta = folder.resolve(agency).resolve(index + ".meta.json");
        if (!Files.isRegularFile(body) || !Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        try {
            JsonNode m = JSON.readTree(Files.readString(meta, StandardCharsets.UTF_8));
            String url = m.path("url").asString("");
            // A cache written before the redirect target was kept names none: the address itself.
            return Optional.of(new Copy(Files.readAllBytes(body), url, m.path("etag").asString(""),
                    m.path("lastModified").asString(""), m.path("from").asString(url)));
        } catch (IOException | JacksonException e) {
            // A damaged cache entry is as good as none: the file is fetched again in full.
            return Optional.empty();
        }
    }

    /**
     * Stores a copy, replacing the previous one atomically.
     *
     * @param agency the agency identifier
     * @param index the address's position in the registry
     * @param copy the copy
     * @throws IOException when the folder cannot be written
     */
    public void store(String agency, int index, Copy copy) throws IOException {
        Path dir = folder.resolve(agency);
        Files.createDirectories(dir);
        CodeJson.writeAtomically(dir.resolve(index + ".json"), copy.body());
        CodeJson.writeAtomically(dir.resolve(index + ".meta.json"), new JsonWriter().writeBytes(JsonBuilder.object()
                .put("url", copy.url()).put("etag", copy.etag()).put("lastModified", copy.lastModified())
                .put("from", copy.from()).build()));
    }

    /** {@return the previous harvest's status report, or empty when there is none} */
    public Optional<JsonNode> previousStatus() {
        Path file = folder.resolve(STATUS);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | JacksonException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps this harvest's status report for the next one.
     *
     * @param report the report's bytes
     * @throws IOException when the folder cannot be written
     */
    public void storeStatus(byte[] report) throws IOException {
        Files.createDirectories(folder);
        CodeJson.writeAtomically(folder.resolve(STATUS), report);
    }
}
