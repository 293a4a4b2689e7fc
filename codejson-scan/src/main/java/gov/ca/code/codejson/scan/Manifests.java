package gov.ca.code.codejson.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the manifests a repository keeps in its top folder, each with its own format's parser.
 *
 * <p>The manifests, in the order in which they win when two say different things:
 * {@code publiccode.yml}, {@code package.json}, {@code pyproject.toml}, {@code Cargo.toml},
 * {@code composer.json}, {@code setup.cfg}, {@code DESCRIPTION} (R) and {@code pom.xml}. JSON,
 * TOML and YAML are read with Jackson, {@code pom.xml} with the JDK's XML parser (external
 * entities off), {@code setup.cfg} with {@link IniFile} and {@code DESCRIPTION} with
 * {@link ControlFile}. A manifest that cannot be parsed is reported with its line and column and
 * left out; the other manifests still count. A manifest that is a symbolic link out of the
 * repository is not read ({@link RepositoryFiles}).
 */
public final class Manifests {

    /** The manifest files, in precedence order. */
    public static final List<String> FILES = List.of("publiccode.yml", "publiccode.yaml", "package.json", "pyproject.toml",
            "Cargo.toml", "composer.json", "setup.cfg", "DESCRIPTION", "pom.xml");

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper TOML = TomlMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private Manifests() {
    }

    /** The manifests read from a repository and what could not be read. */
    record Outcome(List<ManifestFacts> manifests, List<Diagnostic> problems) {
    }

    /**
     * Reads every manifest of a repository's top folder.
     *
     * @param repository the repository's work tree
     * @return the manifests found, in precedence order, and the problems met
     */
    static Outcome read(Path repository) {
        List<ManifestFacts> found = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String file : FILES) {
            Path path = RepositoryFiles.readable(repository, file, problems);
            if (path == null) {
                continue;
            }
            try {
                found.add(read(file, Files.readString(path, StandardCharsets.UTF_8)));
            } catch (JacksonException e) {
                TokenStreamLocation l = e.getLocation();
                Location location = l == null || l.getLineNr() < 1 ? Location.UNKNOWN : new Location(l.getLineNr(), Math.max(1, l.getColumnNr()));
                problems.add(unreadable(file, location, e.getOriginalMessage()));
            } catch (SAXParseException e) {
                problems.add(unreadable(file, e.getLineNumber() < 1 ? Location.UNKNOWN
                        : new Location(e.getLineNumber(), Math.max(1, e.getColumnNumber())), e.getMessage()));
            } catch (IOException | SAXException | RuntimeException e) {
                problems.add(unreadable(file, Location.UNKNOWN, String.valueOf(e.getMessage())));
            }
        }
        return new Outcome(found, problems);
    }

    private static Diagnostic unreadable(String file, Location location, String reason) {
        return new Diagnostic(file, location, Subject.FILE, "scan.manifest-unreadable", Severity.WARNING,
                file + " cannot be parsed (" + reason + "); its values are left out, fix the file to use them");
    }

    /**
     * Reads one manifest from its text.
     *
     * @param file the manifest's name, which selects the format, such as {@code package.json}
     * @param text its text
     * @return what it says
     * @throws IOException when the text cannot be parsed
     * @throws SAXException when a {@code pom.xml} is not well-formed XML
     * @throws JacksonException when a JSON, TOML or YAML manifest cannot be parsed
     */
    static ManifestFacts read(String file, String text) throws IOException, SAXException {
        return switch (file) {
            case "package.json" -> packageJson(file, JSON.readTree(text));
            case "composer.json" -> composerJson(file, JSON.readTree(text));
            case "pyproject.toml" -> pyproject(file, TOML.readTree(text));
            case "Cargo.toml" -> cargo(file, TOML.readTree(text));
            case "publiccode.yml", "publiccode.yaml" -> publiccode(file, YAML.readTree(text));
            case "setup.cfg" -> setupCfg(file, IniFile.parse(text));
            case "DESCRIPTION" -> rDescription(file, ControlFile.parse(text));
            case "pom.xml" -> pom(file, text);
            default -> throw new IllegalArgumentException("not a manifest: " + file);
        };
    }

    private static ManifestFacts packageJson(String file, JsonNode root) {
        Builder b = new Builder(file);
        b.name = b.text(root, "name");
        b.version = b.text(root, "version");
        b.description = b.text(root, "description");
        b.license = b.text(root, "license");
        if (b.license == null) {
            b.license = b.text(root.path("license"), "license.type", "type");
        }
        b.homepage = b.text(root, "homepage");
        b.tags(root.path("keywords"), "keywords");
        b.person(root.path("author"), "author");
        b.people(root.path("maintainers"), "maintainers");
        return b.build();
    }

    private static ManifestFacts composerJson(String file, JsonNode root) {
        Builder b = new Builder(file);
        b.name = b.text(root, "name");
        b.version = b.text(root, "version");
        b.description = b.text(root, "description");
        b.license = b.text(root, "license");
        if (b.license == null && root.path("license").isArray()) {
            // Composer's list of licenses means the user may choose: an SPDX disjunction.
            List<String> ids = new ArrayList<>();
            root.path("license").forEach(n -> {
                if (n.isString() && !n.stringValue().isBlank()) {
                    ids.add(n.stringValue().strip());
                }
            });
            if (!ids.isEmpty()) {
                b.license = new ManifestFacts.Found(ids.size() == 1 ? ids.get(0) : "(" + String.join(" OR ", ids) + ")",
                        new Origin(file, "license", ids.size() == 1 ? "" : "a list of licenses to choose from"));
            }
        }
        b.homepage = b.text(root, "homepage");
        b.tags(root.path("keywords"), "keywords");
        b.people(root.path("authors"), "authors");
        String support = text(root.path("support").path("email"));
        if (support != null) {
            b.contacts.add(new ManifestFacts.Person(null, support, Origin.of(file, "support.email")));
        }
        return b.build();
    }

    private static ManifestFacts pyproject(String file, JsonNode root) {
        Builder b = new Builder(file);
        JsonNode project = root.path("project");
        JsonNode poetry = root.path("tool").path("poetry");
        JsonNode section = project.isObject() ? project : poetry;
        String prefix = project.isObject() ? "project." : "tool.poetry.";
        b.name = b.text(section, prefix + "name", "name");
        b.version = b.text(section, prefix + "version", "version");
        b.description = b.text(section, prefix + "description", "description");
        JsonNode license = section.path("license");
        if (license.isString()) {
            b.license = b.text(section, prefix + "license", "license");
        } else if (license.path("text").isString()) {
            b.license = b.text(license, prefix + "license.text", "text");
        }
        b.homepage = b.text(section, prefix + "homepage", "homepage");
        for (String key : List.of("Homepage", "homepage", "Home", "home", "Documentation")) {
            if (b.homepage == null) {
                b.homepage = b.text(section.path("urls"), prefix + "urls." + key, key);
            }
        }
        b.tags(section.path("keywords"), prefix + "keywords");
        b.people(section.path("authors"), prefix + "authors");
        b.people(section.path("maintainers"), prefix + "maintainers");
        return b.build();
    }

    private static ManifestFacts cargo(String file, JsonNode root) {
        Builder b = new Builder(file);
        JsonNode pkg = root.path("package");
        b.name = b.text(pkg, "package.name", "name");
        b.version = b.text(pkg, "package.version", "version");
        b.description = b.text(pkg, "package.description", "description");
        b.license = b.text(pkg, "package.license", "license");
        b.homepage = b.text(pkg, "package.homepage", "homepage");
        b.tags(pkg.path("keywords"), "package.keywords");
        b.people(pkg.path("authors"), "package.authors");
        return b.build();
    }

    private static ManifestFacts publiccode(String file, JsonNode root) {
        Builder b = new Builder(file);
        b.name = b.text(root, "name");
        b.version = b.text(root, "softwareVersion");
        JsonNode descriptions = root.path("description");
        String language = descriptions.has("en") ? "en" : descriptions.propertyNames().stream().findFirst().orElse(null);
        if (language != null) {
            JsonNode d = descriptions.path(language);
            b.description = b.text(d, "description." + language + ".shortDescription", "shortDescription");
            if (b.description == null) {
                b.description = b.text(d, "description." + language + ".longDescription", "longDescription");
            }
        }
        b.license = b.text(root.path("legal"), "legal.license", "license");
        b.homepage = b.text(root, "landingURL");
        b.tags(root.path("categories"), "categories");
        b.people(root.path("maintenance").path("contacts"), "maintenance.contacts");
        return b.build();
    }

    private static ManifestFacts setupCfg(String file, IniFile ini) {
        Builder b = new Builder(file);
        b.name = b.ini(ini, "name");
        b.version = b.ini(ini, "version");
        b.description = b.ini(ini, "description");
        b.license = b.ini(ini, "license");
        b.homepage = b.ini(ini, "url");
        ManifestFacts.Found keywords = b.ini(ini, "keywords");
        if (keywords != null) {
            for (String k : keywords.value().split("[,\\n]")) {
                if (!k.isBlank()) {
                    b.tags.add(new ManifestFacts.Found(k.strip(), keywords.origin()));
                }
            }
        }
        for (String role : List.of("author", "maintainer")) {
            String name = ini.get("metadata", role);
            String email = ini.get("metadata", role + "_email");
            if (name != null || email != null) {
                b.contacts.add(new ManifestFacts.Person(name, email, Origin.of(file, "metadata." + role + (email == null ? "" : "_email"))));
            }
        }
        return b.build();
    }

    private static ManifestFacts rDescription(String file, ControlFile control) {
        Builder b = new Builder(file);
        b.name = b.control(control, "Package");
        b.version = b.control(control, "Version");
        b.description = b.control(control, "Description");
        if (b.description == null) {
            b.description = b.control(control, "Title");
        }
        b.license = b.control(control, "License");
        ManifestFacts.Found url = b.control(control, "URL");
        if (url != null) {
            // R lists several addresses separated by commas; the first is the home page.
            b.homepage = new ManifestFacts.Found(url.value().split("[,\\s]+")[0], url.origin());
        }
        ManifestFacts.Found maintainer = b.control(control, "Maintainer");
        if (maintainer != null) {
            b.contacts.add(person(maintainer.value(), maintainer.origin()));
        }
        return b.build();
    }

    private static ManifestFacts pom(String file, String text) throws IOException, SAXException {
        org.w3c.dom.Document xml;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            xml = builder.parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
        }
        Element project = xml.getDocumentElement();
        Builder b = new Builder(file);
        b.name = b.xml(project, "name");
        if (b.name == null) {
            b.name = b.xml(project, "artifactId");
        }
        b.version = b.xml(project, "version");
        b.description = b.xml(project, "description");
        b.homepage = b.xml(project, "url");
        Element licenses = child(project, "licenses");
        if (licenses != null) {
            Element license = child(licenses, "license");
            if (license != null) {
                String name = childText(license, "name");
                if (name != null) {
                    b.license = new ManifestFacts.Found(name, Origin.of(file, "licenses/license/name"));
                }
            }
        }
        Element developers = child(project, "developers");
        if (developers != null) {
            NodeList list = developers.getChildNodes();
            for (int i = 0; i < list.getLength(); i++) {
                if (list.item(i) instanceof Element d && d.getTagName().equals("developer")) {
                    b.contacts.add(new ManifestFacts.Person(childText(d, "name"), childText(d, "email"),
                            Origin.of(file, "developers/developer")));
                }
            }
        }
        return b.build();
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : blankToNull(e.getTextContent());
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? blankToNull(node.stringValue()) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A person written as {@code Name <email>}, as npm, Cargo, Poetry and R write them. */
    private static ManifestFacts.Person person(String written, Origin origin) {
        PersonForm form = PersonForm.parse(written);
        if (form == null) {
            return new ManifestFacts.Person(blankToNull(written), null, origin);
        }
        return new ManifestFacts.Person(blankToNull(form.name()), blankToNull(form.email()), origin);
    }

    /** Collects the values of one manifest. */
    private static final class Builder {
        private final String file;
        private ManifestFacts.Found name;
        private ManifestFacts.Found version;
        private ManifestFacts.Found description;
        private ManifestFacts.Found license;
        private ManifestFacts.Found homepage;
        private final List<ManifestFacts.Found> tags = new ArrayList<>();
        private final List<ManifestFacts.Person> contacts = new ArrayList<>();

        Builder(String file) {
            this.file = file;
        }

        ManifestFacts.Found text(JsonNode parent, String key) {
            return text(parent, key, key);
        }

        ManifestFacts.Found text(JsonNode parent, String path, String key) {
            String value = text(parent.path(key));
            return value == null ? null : new ManifestFacts.Found(value, Origin.of(file, path));
        }

        private static String text(JsonNode node) {
            return Manifests.text(node);
        }

        ManifestFacts.Found ini(IniFile ini, String key) {
            String value = blankToNull(ini.get("metadata", key));
            return value == null ? null : new ManifestFacts.Found(value, Origin.of(file, "metadata." + key));
        }

        ManifestFacts.Found control(ControlFile control, String field) {
            String value = blankToNull(control.get(field));
            return value == null ? null : new ManifestFacts.Found(value, Origin.of(file, field));
        }

        ManifestFacts.Found xml(Element project, String element) {
            String value = childText(project, element);
            return value == null ? null : new ManifestFacts.Found(value, Origin.of(file, element));
        }

        void tags(JsonNode list, String key) {
            if (list.isArray()) {
                list.forEach(n -> {
                    String value = text(n);
                    if (value != null) {
                        tags.add(new ManifestFacts.Found(value, Origin.of(file, key)));
                    }
                });
            }
        }

        void people(JsonNode list, String key) {
            if (list.isArray()) {
                int i = 0;
                for (JsonNode n : list) {
                    person(n, key + "[" + i++ + "]");
                }
            }
        }

        void person(JsonNode node, String key) {
            Origin origin = Origin.of(file, key);
            if (node.isString()) {
                ManifestFacts.Person p = Manifests.person(node.stringValue(), origin);
                if (p.name() != null || p.email() != null) {
                    contacts.add(p);
                }
            } else if (node.isObject()) {
                String n = text(node.path("name"));
                String e = text(node.path("email"));
                if (n != null || e != null) {
                    contacts.add(new ManifestFacts.Person(n, e, origin));
                }
            }
        }

        ManifestFacts build() {
            return new ManifestFacts(file, name, version, description, license, homepage, tags, contacts);
        }
    }

    /**
     * The INI dialect of {@code setup.cfg}, as Python's {@code configparser} reads it by default:
     * {@code [section]} headers, {@code key = value} or {@code key: value}, keys in lower case,
     * lines starting with {@code #} or {@code ;} are comments, and an indented line continues the
     * value above it. Interpolation is not performed.
     */
    static final class IniFile {
        private final Map<String, Map<String, String>> sections;

        private IniFile(Map<String, Map<String, String>> sections) {
            this.sections = sections;
        }

        static IniFile parse(String text) throws IOException {
            Map<String, Map<String, String>> sections = new LinkedHashMap<>();
            Map<String, String> current = null;
            String key = null;
            int number = 0;
            for (String line : text.split("\\R", -1)) {
                number++;
                String stripped = line.strip();
                if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
                    continue;
                }
                if (Character.isWhitespace(line.charAt(0)) && current != null && key != null) {
                    current.merge(key, stripped, (a, b) -> a.isEmpty() ? b : a + "\n" + b);
                    continue;
                }
                if (stripped.startsWith("[") && stripped.endsWith("]")) {
                    current = sections.computeIfAbsent(stripped.substring(1, stripped.length() - 1).strip(), s -> new LinkedHashMap<>());
                    key = null;
                    continue;
                }
                int eq = firstSeparator(stripped);
                if (current == null || eq < 0) {
                    throw new IOException("line " + number + " is neither a [section], a key = value nor a continuation");
                }
                key = stripped.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
                current.put(key, stripped.substring(eq + 1).strip());
            }
            return new IniFile(sections);
        }

        private static int firstSeparator(String line) {
            int eq = line.indexOf('=');
            int colon = line.indexOf(':');
            if (eq < 0) {
                return colon;
            }
            return colon < 0 ? eq : Math.min(eq, colon);
        }

        String get(String section, String key) {
            Map<String, String> s = sections.get(section);
            return s == null ? null : s.get(key);
        }
    }

    /**
     * The Debian control format of R's {@code DESCRIPTION}: {@code Field: value} lines, a line
     * starting with a space or tab continues the field above it, and a continuation line holding
     * only {@code .} stands for an empty line. Field names are case-sensitive, as R reads them.
     */
    static final class ControlFile {
        private final Map<String, String> fields;

        private ControlFile(Map<String, String> fields) {
            this.fields = fields;
        }

        static ControlFile parse(String text) throws IOException {
            Map<String, String> fields = new LinkedHashMap<>();
            String field = null;
            int number = 0;
            for (String line : text.split("\\R", -1)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (Character.isWhitespace(line.charAt(0))) {
                    if (field == null) {
                        throw new IOException("line " + number + " continues a field but no field precedes it");
                    }
                    String value = line.strip().equals(".") ? "" : line.strip();
                    fields.merge(field, value, (a, b) -> a + "\n" + b);
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IOException("line " + number + " is not a Field: value line");
                }
                field = line.substring(0, colon).strip();
                fields.put(field, line.substring(colon + 1).strip());
            }
            return new ControlFile(fields);
        }

        String get(String field) {
            String value = fields.get(field);
            // Continuation lines fold into one paragraph, as R prints a Description.
            return value == null ? null : value.replaceAll("\\s*\\n\\s*", " ").strip();
        }
    }
}
