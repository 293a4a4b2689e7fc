package gov.ca.code.codejson.migrate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.validation.constraints.FormatKind;

import org.jspecify.annotations.Nullable;

/**
 * code.gov 1.0.1 to 2.0.0, following the mapping of the official upgraders without their bugs:
 * the agency's own {@code exemptionText} is kept, {@code contact.twitter} becomes
 * {@code contact.URL}, no placeholder ({@code laborHours: null}, {@code measurementType: {method: null}},
 * empty {@code relatedCode} templates with wrong keys) is written, and what cannot be derived is
 * left out and reported.
 */
final class FromCodeGov101 {

    /** The 1.0.1 exemption numbers, 1 to 5, and the 2.0.0 usage type each one became. */
    private static final List<String> EXEMPTIONS = List.of("exemptByLaw", "exemptByNationalSecurity",
            "exemptByAgencySystem", "exemptByAgencyMission", "exemptByCIO");

    /** Fields with the same name and meaning in both versions. */
    private static final List<String> SAME = List.of("name", "organization", "description", "status", "vcs",
            "downloadURL", "tags", "languages", "partners");

    private FromCodeGov101() {
    }

    /** Asks the user for a value, either missing or to be replaced. */
    private interface Filler {
        void ask(String pointer, String message);
    }

    static JsonValue.JsonObject inventory(JsonValue.JsonObject source, Recorder r) {
        if (source.get("projects").isEmpty() && source.get("releases").isPresent()) {
            // Read as 1.0.1 because it was asked for: migrating would replace the releases by an empty list.
            throw new IllegalArgumentException("cannot migrate codegov-1.0.1 to codegov-2.0.0: the file has \"releases\","
                    + " not the 1.0.1 \"projects\", so it is a code.gov 2.0.0 inventory already; read it as codegov-2.0.0");
        }
        Tree in = Tree.of(source);
        Tree out = new Tree();
        JsonValue version = in.remove("version");
        out.put("version", Tree.string("2.0.0"));
        r.change("/version", version, out.get("version"), "the schema version of code.gov 2.0.0");
        r.fill("/measurementType", "code.gov 1.0.1 has no measurementType: add {\"method\": ...} with one of"
                + " linesOfCode, modules, cost, projects, systems, other (and ifOther for other)");
        JsonValue agency = in.remove("agency");
        JsonValue projects = in.remove("projects");
        if (Tree.text(agency) != null) {
            out.put("agency", agency);
        } else {
            String derived = commonAcronym(projects);
            if (agency != null) {
                out.put("agency", agency);
                r.fill("/agency", "agency must be the agency acronym, a string such as \"GSA\"");
            } else if (derived != null) {
                out.put("agency", Tree.string(derived));
                r.change("/agency", null, out.get("agency"), "the acronym every 1.0.1 project names in agency.acronym");
            } else {
                r.fill("/agency", "the 1.0.1 file names no agency: add the agency acronym, such as \"GSA\"");
            }
        }
        if (projects != null) {
            r.moved("/releases", "/projects", "code.gov 2.0.0 names the projects releases");
        }
        if (projects instanceof JsonValue.JsonArray array) {
            List<JsonValue> releases = new ArrayList<>();
            for (int i = 0; i < array.elements().size(); i++) {
                JsonValue p = array.elements().get(i);
                String to = JsonPointer.append("/releases", i);
                releases.add(p instanceof JsonValue.JsonObject o
                        ? release(Tree.of(o), JsonPointer.append("/projects", i), to, r) : p);
            }
            out.put("releases", Tree.array(releases));
        } else if (projects != null) {
            out.put("releases", projects);
        } else {
            out.put("releases", Tree.array(List.of()));
            r.change("/releases", null, out.get("releases"), "the file has no projects; 2.0.0 requires the array");
        }
        carry(in, out, "", r);
        return out.build();
    }

    private static JsonValue.JsonObject release(Tree p, String from, String to, Recorder r) {
        Tree out = new Tree();
        JsonValue agency = p.remove("agency");
        if (agency != null) {
            r.dropped(to + "/agency", from + "/agency", agency,
                    "a 2.0.0 release has no agency; the inventory names it once, at the top");
        }
        for (String name : SAME) {
            JsonValue v = p.remove(name);
            if (v instanceof JsonValue.JsonNull && !name.equals("name") && !name.equals("description")) {
                r.dropped(to + "/" + name, from + "/" + name, v, "2.0.0 does not allow null here; the field is left out");
            } else if (v != null) {
                out.put(name, v);
            }
        }
        for (String required : List.of("name", "description", "tags")) {
            if (Tree.missing(out.get(required))) {
                r.fill(to + "/" + required, "the 1.0.1 project has no " + required + "; 2.0.0 requires it");
            }
        }
        String usage = usageType(p, from, to, r);
        boolean open = "openSource".equals(usage);
        rename(p, out, "repository", "repositoryURL", from, to, r, open);
        rename(p, out, "homepage", "homepageURL", from, to, r, false);
        out.put("permissions", permissions(p, usage, from, to, r));
        contact(p, out, from, to, r);
        date(p, out, from, to, r);
        r.fill(to + "/laborHours", "code.gov 1.0.1 has no laborHours: give the estimated labor hours of the release,"
                + " for example from a COCOMO II estimate");
        carry(p, out, to, r);
        return out.build();
    }

    /** The official precedence: open source, then government-wide reuse, then the exemption number. */
    private static @Nullable String usageType(Tree p, String from, String to, Recorder r) {
        JsonValue open = p.remove("openSourceProject");
        JsonValue reuse = p.remove("governmentWideReuseProject");
        JsonValue exemption = p.remove("exemption");
        JsonValue closed = p.remove("closedProject");
        String usage = null;
        if (isOne(open)) {
            usage = "openSource";
        } else if (isOne(reuse)) {
            usage = "governmentWideReuse";
        } else if (exemption instanceof JsonValue.JsonNumber n && n.isIntegral()
                && n.decimal().compareTo(BigDecimal.ONE) >= 0 && n.decimal().compareTo(BigDecimal.valueOf(5)) <= 0) {
            usage = EXEMPTIONS.get(n.decimal().intValueExact() - 1);
        }
        String reason = "folded into permissions.usageType" + (usage == null ? "" : " (\"" + usage + "\")");
        for (String name : List.of("openSourceProject", "governmentWideReuseProject", "exemption", "closedProject")) {
            JsonValue v = switchValue(name, open, reuse, exemption, closed);
            if (v != null) {
                r.dropped(to + "/permissions/usageType", from + "/" + name, v, reason);
            }
        }
        if (usage == null) {
            r.fill(to + "/permissions/usageType", "openSourceProject, governmentWideReuseProject and exemption do not"
                    + " say how the code may be used" + (isOne(closed) ? " (closedProject is 1)" : "")
                    + ": choose a usageType such as openSource, governmentWideReuse or an exemptBy... value");
        }
        return usage;
    }

    private static @Nullable JsonValue switchValue(String name, @Nullable JsonValue open, @Nullable JsonValue reuse,
            @Nullable JsonValue exemption, @Nullable JsonValue closed) {
        if (name.equals("openSourceProject")) {
            return open;
        } else if (name.equals("governmentWideReuseProject")) {
            return reuse;
        } else if (name.equals("exemption")) {
            return exemption;
        }
        return closed;
    }

    private static JsonValue.JsonObject permissions(Tree p, @Nullable String usage, String from, String to, Recorder r) {
        // A 2.0.0 permissions object left in a 1.0.1 project is kept; the 1.0.1 fields complete it.
        Tree perm = Tree.of(p.remove("permissions"));
        String at = to + "/permissions";
        JsonValue license = p.remove("license");
        if (perm.has("licenses")) {
            if (license != null) {
                r.dropped(at + "/licenses", from + "/license", license, "the project already has permissions.licenses");
            }
        } else if (Tree.text(license) != null) {
            Tree only = new Tree();
            only.put("URL", license);
            JsonValue licenses = Tree.array(List.of(only.build()));
            perm.put("licenses", licenses);
            r.movedAndChanged(at + "/licenses", from + "/license", license, licenses,
                    "2.0.0 lists licenses as [{URL, name}]; the 1.0.1 license is a URL and names no license");
        } else if (Tree.missing(license)) {
            if ("openSource".equals(usage)) {
                r.fill(at + "/licenses", "the open-source project has no license: list its licenses as"
                        + " [{\"name\": ..., \"URL\": ...}]");
            } else {
                perm.put("licenses", new JsonValue.JsonNull(gov.ca.code.codejson.diagnostic.Location.UNKNOWN));
                r.movedAndChanged(at + "/licenses", from + "/license", license, perm.get("licenses"),
                        "no license; 2.0.0 writes null when there is none");
            }
        } else {
            perm.put("licenses", license);
            r.moved(at + "/licenses", from + "/license", "2.0.0 names the licenses permissions.licenses");
        }
        if (usage != null && !perm.has("usageType")) {
            perm.put("usageType", Tree.string(usage));
        }
        JsonValue text = p.remove("exemptionText");
        if (text != null && perm.has("exemptionText")) {
            r.dropped(at + "/exemptionText", from + "/exemptionText", text, "the project already has permissions.exemptionText");
        } else if (text != null && !(text instanceof JsonValue.JsonNull)) {
            perm.put("exemptionText", text);
            r.moved(at + "/exemptionText", from + "/exemptionText",
                    "kept as written: the official upgraders replaced it with a canned sentence");
        } else if (text != null) {
            r.dropped(at + "/exemptionText", from + "/exemptionText", text, "null exemptionText left out");
        }
        if (usage != null && usage.startsWith("exempt") && (Tree.text(perm.get("exemptionText")) == null
                || Tree.text(perm.get("exemptionText")).isBlank())) {
            (Tree.missing(perm.get("exemptionText")) ? (Filler) r::fill : (Filler) r::replace).ask(at + "/exemptionText", "usageType is " + usage + " and the project gives no exemptionText:"
                    + " justify the exemption in one or two sentences");
        }
        return perm.build();
    }

    private static void rename(Tree p, Tree out, String old, String name, String from, String to, Recorder r,
            boolean required) {
        JsonValue v = p.remove(old);
        if (v instanceof JsonValue.JsonNull) {
            r.dropped(to + "/" + name, from + "/" + old, v, "null " + old + " left out");
        } else if (v != null) {
            out.put(name, v);
            r.moved(to + "/" + name, from + "/" + old, "2.0.0 names it " + name);
        }
        if (required && Tree.missing(v)) {
            r.fill(to + "/" + name, "the open-source project has no " + old + ": give the URL of its public repository");
        }
    }

    private static void contact(Tree p, Tree out, String from, String to, Recorder r) {
        JsonValue contact = p.remove("contact");
        if (!(contact instanceof JsonValue.JsonObject)) {
            if (contact != null) {
                out.put("contact", contact);
            }
            r.fill(to + "/contact", "the project has no contact object: add {\"email\": ...}");
            return;
        }
        Tree in = Tree.of(contact);
        Tree c = new Tree();
        String at = to + "/contact";
        JsonValue email = in.remove("email");
        if (Tree.text(email) != null) {
            c.put("email", email);
        } else {
            if (email != null) {
                r.dropped(at + "/email", from + "/contact/email", email, "2.0.0 requires an e-mail address");
            }
            r.fill(at + "/email", "the contact has no e-mail address; 2.0.0 requires one");
        }
        for (String name : List.of("name", "phone")) {
            JsonValue v = in.remove(name);
            if (v instanceof JsonValue.JsonNull) {
                r.dropped(at + "/" + name, from + "/contact/" + name, v, "2.0.0 does not allow null here");
            } else if (v != null) {
                c.put(name, v);
            }
        }
        JsonValue twitter = in.remove("twitter");
        JsonValue url = in.remove("URL");
        if (url != null) {
            c.put("URL", url);
        }
        String handle = Tree.text(twitter);
        if (handle != null && !handle.isBlank() && url == null) {
            String strip = handle.strip();
            String link = strip.matches("(?i)^https?://.*") ? strip
                    : "https://twitter.com/" + (strip.startsWith("@") ? strip.substring(1) : strip);
            c.put("URL", Tree.string(link));
            r.movedAndChanged(at + "/URL", from + "/contact/twitter", twitter, c.get("URL"),
                    "2.0.0 has no twitter; the account's address is the contact URL");
        } else if (twitter != null) {
            r.dropped(at + "/twitter", from + "/contact/twitter", twitter,
                    url == null ? "2.0.0 has no twitter and the value is no account name"
                            : "2.0.0 has one contact URL, which the project already gives");
        }
        carry(in, c, at, r);
        out.put("contact", c.build());
    }

    private static void date(Tree p, Tree out, String from, String to, Recorder r) {
        JsonValue updated = p.remove("updated");
        if (updated == null) {
            return;
        }
        if (!(updated instanceof JsonValue.JsonObject)) {
            r.dropped(to + "/date", from + "/updated", updated, "updated is not an object; 2.0.0 date cannot use it");
            return;
        }
        Tree in = Tree.of(updated);
        Tree d = new Tree();
        String at = to + "/date";
        r.moved(at, from + "/updated", "2.0.0 names the dates date");
        JsonValue metadata = in.remove("metadataLastUpdated");
        putDate(d, "created", in.remove("created"), from + "/updated/created", at, r);
        // 2.0.0 has one lastModified: the first of these that has a value.
        JsonValue chosen = null;
        for (String name : List.of("sourceCodeLastModified", "lastModified", "lastCommit")) {
            JsonValue v = in.remove(name);
            if (chosen == null && !Tree.missing(v)) {
                chosen = v;
                putDate(d, "lastModified", v, from + "/updated/" + name, at, r);
            } else if (v != null) {
                r.dropped(at + "/lastModified", from + "/updated/" + name, v, "2.0.0 has one lastModified date,"
                        + " taken from the first of sourceCodeLastModified, lastModified and lastCommit");
            }
        }
        putDate(d, "metadataLastUpdated", metadata, from + "/updated/metadataLastUpdated", at, r);
        carry(in, d, at, r);
        out.put("date", d.build());
    }

    /** 2.0.0 dates are YYYY-MM-DD; a 1.0.1 ISO 8601 date-time gives its date. */
    private static void putDate(Tree d, String name, @Nullable JsonValue value, String from, String at, Recorder r) {
        if (value == null) {
            return;
        }
        if (value instanceof JsonValue.JsonNull) {
            r.dropped(at + "/" + name, from, value, "2.0.0 does not allow null dates");
            return;
        }
        String s = Tree.text(value);
        if (s != null && !FormatKind.isDate(s) && s.length() > 10 && FormatKind.isDateTime(s)) {
            JsonValue date = Tree.string(s.substring(0, 10));
            d.put(name, date);
            r.movedAndChanged(at + "/" + name, from, value, date, "2.0.0 dates are YYYY-MM-DD");
        } else {
            d.put(name, value);
            if (!from.endsWith("/" + name)) {
                r.moved(at + "/" + name, from, "2.0.0 names it " + name);
            }
        }
    }

    private static boolean isOne(@Nullable JsonValue v) {
        return v instanceof JsonValue.JsonNumber n && n.decimal().compareTo(BigDecimal.ONE) == 0;
    }

    /** The acronym all projects give in {@code agency.acronym}, or null when they give none or several. */
    private static @Nullable String commonAcronym(@Nullable JsonValue projects) {
        if (!(projects instanceof JsonValue.JsonArray array)) {
            return null;
        }
        Set<String> acronyms = new LinkedHashSet<>();
        for (JsonValue p : array.elements()) {
            String a = p instanceof JsonValue.JsonObject o && o.get("agency").orElse(null) instanceof JsonValue.JsonObject ag
                    ? Tree.text(ag.get("acronym").orElse(null)) : null;
            if (a == null || a.isBlank()) {
                return null;
            }
            acronyms.add(a.strip());
        }
        return acronyms.size() == 1 ? acronyms.iterator().next() : null;
    }

    /**
     * Members the mapping does not know are kept, after the mapped ones. One whose name the mapping
     * already wrote (a field of the new family left in a file of the old one) gives way, and the log says so.
     */
    static void carry(Tree in, Tree out, String at, Recorder r) {
        for (String name : in.names()) {
            if (!out.has(name)) {
                out.put(name, in.get(name));
            } else {
                String pointer = gov.ca.code.codejson.json.JsonPointer.append(at, name);
                r.dropped(pointer, pointer, in.get(name), "the value migrated from the other fields replaces it");
            }
        }
    }
}
