package gov.ca.code.codejson.harvest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.model.JsonEnum;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The list of agencies a harvest fetches, as a coordinator writes it (JSON, or YAML when the file
 * name ends in {@code .yaml} or {@code .yml}; the schema is {@code docs/registry.schema.json}).
 *
 * @param name the name of the statewide inventory, its {@code agency}
 * @param measurementMethod the {@code measurementType.method} of the statewide inventory
 * @param agencies the agencies, in the order the registry lists them
 */
public record Registry(String name, String measurementMethod, List<Agency> agencies) {

    /** What an agency identifier may look like: it names files in the cache and the output. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<String> TOP = Set.of("$schema", "name", "measurementMethod", "agencies");
    private static final Set<String> AGENCY = Set.of("id", "name", "urls", "contact");

    /** Creates the registry; the list is copied. */
    public Registry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(measurementMethod, "measurementMethod");
        agencies = List.copyOf(agencies);
    }

    /**
     * One agency.
     *
     * @param id its identifier: lower-case letters, digits and hyphens
     * @param name its name as people know it
     * @param urls where it publishes its code.json files (http or https), at least one
     * @param contact the e-mail address of its code coordinator, or "" when the registry has none
     */
    public record Agency(String id, String name, List<URI> urls, String contact) {

        /** Creates the agency; the list is copied. */
        public Agency {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            urls = List.copyOf(urls);
            Objects.requireNonNull(contact, "contact");
        }
    }

    /**
     * Reads a registry file.
     *
     * @param file the file
     * @return the registry
     * @throws RegistryException when the file cannot be read or is not a registry, with every problem found
     */
    public static Registry read(Path file) throws RegistryException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RegistryException(file.toString(), List.of("cannot be read: " + FileNames.reason(e)));
        }
        String text = utf8(bytes, file.toString());
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
        return parse(text, file.toString(), yaml);
    }

    /** {@return the text of UTF-8 bytes; a byte that is not UTF-8 is refused at its line and column} */
    private static String utf8(byte[] bytes, String name) throws RegistryException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int lineStart = 0;
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
            int column = before.codePointCount(0, before.length()) + 1;
            throw new RegistryException(name, List.of(line + ":" + column + ": not UTF-8 text (the byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF) + "); save the registry as UTF-8"));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * Reads a registry from its text.
     *
     * @param text the text
     * @param name how messages name the input
     * @param yaml whether the text is YAML rather than JSON
     * @return the registry
     * @throws RegistryException when the text is not a registry, with every problem found
     */
    public static Registry parse(String text, String name, boolean yaml) throws RegistryException {
        // A key given twice (a second agencies: list added below the first) would silently replace the first.
        ObjectMapper mapper = yaml ? YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                : JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation();
            String where = l == null || l.getLineNr() < 1 ? "" : l.getLineNr() + ":" + l.getColumnNr() + ": ";
            String why = e.getOriginalMessage();
            throw new RegistryException(name, List.of(where + "not " + (yaml ? "YAML" : "JSON") + ": " + why.strip().replaceAll("\\s+", " ")));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new RegistryException(name, List.of("/: the registry is an object with \"name\" and \"agencies\""));
        }
        unknown(root, TOP, "", problems);
        String stateName = text(root, "name", "", true, problems);
        String method = text(root, "measurementMethod", "", false, problems);
        if (!method.isEmpty() && JsonEnum.byJson(MeasurementMethod.class, method).filter(m -> m != MeasurementMethod.OTHER).isEmpty()) {
            problems.add("/measurementMethod: \"" + method + "\" is not a measurement method; write linesOfCode, modules, cost,"
                    + " projects or systems");
        }
        JsonNode list = root.get("agencies");
        List<Agency> agencies = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add("/agencies: list at least one agency");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                Agency a = agency(list.get(i), "/agencies/" + i, problems);
                if (a != null && !ids.add(a.id())) {
                    problems.add("/agencies/" + i + "/id: \"" + a.id() + "\" is listed twice; every agency needs its own identifier");
                }
                if (a != null) {
                    agencies.add(a);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistryException(name, problems);
        }
        return new Registry(stateName, method.isEmpty() ? "projects" : method, agencies);
    }

    private static Agency agency(JsonNode node, String at, List<String> problems) {
        if (!node.isObject()) {
            problems.add(at + ": an agency is an object with \"id\", \"name\" and \"urls\"");
            return null;
        }
        int before = problems.size();
        unknown(node, AGENCY, at, problems);
        String id = text(node, "id", at, true, problems);
        if (!id.isEmpty() && !IDENTIFIER.matcher(id).matches()) {
            problems.add(at + "/id: \"" + id + "\" is not an identifier; use lower-case letters, digits and hyphens (up to 64)");
        }
        String agencyName = text(node, "name", at, true, problems);
        String contact = text(node, "contact", at, false, problems);
        List<URI> urls = new ArrayList<>();
        JsonNode list = node.get("urls");
        if (list != null && list.isString()) {
            url(list.asString(), at + "/urls", urls, problems);
        } else if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(at + "/urls: give the address of the agency's code.json (one, or a list)");
        } else {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isString()) {
                    url(list.get(i).asString(), at + "/urls/" + i, urls, problems);
                } else {
                    problems.add(at + "/urls/" + i + ": an address is a string");
                }
            }
        }
        return problems.size() == before ? new Agency(id, agencyName, urls, contact) : null;
    }

    private static void url(String text, String at, List<URI> urls, List<String> problems) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                problems.add(at + ": \"" + text + "\" is not an http or https address");
            } else {
                urls.add(uri);
            }
        } catch (URISyntaxException e) {
            problems.add(at + ": \"" + text + "\" is not an address: " + e.getReason());
        }
    }

    private static String text(JsonNode node, String field, String at, boolean required, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(at + "/" + field + ": missing; it is required");
            }
            return "";
        }
        if (!value.isString() || value.asString().isBlank()) {
            problems.add(at + "/" + field + ": write a non-empty string");
            return "";
        }
        return value.asString().strip();
    }

    private static void unknown(JsonNode node, Set<String> known, String at, List<String> problems) {
        for (String field : node.propertyNames()) {
            if (!known.contains(field)) {
                problems.add(at + "/" + field + ": not a registry field; the fields are " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }
}
