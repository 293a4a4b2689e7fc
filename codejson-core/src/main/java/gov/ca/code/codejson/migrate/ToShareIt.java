package gov.ca.code.codejson.migrate;

import java.util.ArrayList;
import java.util.List;

import gov.ca.code.codejson.conversion.ShareItTerms;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.shareit.UsageType;
import gov.ca.code.codejson.shareit.Vcs;

import org.jspecify.annotations.Nullable;

/**
 * code.gov 2.0.0 to SHARE IT: the inventory becomes the agency index, each release a
 * per-repository object. Values SHARE IT requires and 2.0.0 does not have are left out and
 * reported; nothing is made up.
 */
final class ToShareIt {

    /** 2.0.0 fields copied unchanged; the schemas agree on them. */
    private static final List<String> SAME = List.of("name", "version", "description", "organization", "status",
            "repositoryURL", "homepageURL", "downloadURL", "disclaimerURL", "disclaimerText", "laborHours",
            "languages", "relatedCode", "reusedCode", "partners", "tags");

    private ToShareIt() {
    }

    static JsonValue.JsonObject index(JsonValue.JsonObject inventory, Recorder r) {
        return Wrapper.convert(inventory, "the SHARE IT agency index", ToShareIt::repository, r);
    }

    static JsonValue.JsonObject repository(JsonValue.JsonObject release, String at, Recorder r) {
        Tree in = Tree.of(release);
        Tree out = new Tree();
        for (String name : SAME) {
            JsonValue v = in.remove(name);
            if (v instanceof JsonValue.JsonNull) {
                r.dropped(at + "/" + name, at + "/" + name, v, "SHARE IT does not allow null here");
            } else if (v != null) {
                out.put(name, v);
            }
        }
        JsonValue permissions = in.remove("permissions");
        if (permissions instanceof JsonValue.JsonObject p) {
            out.put("permissions", permissions(Tree.of(p), at + "/permissions", r));
        } else {
            if (permissions != null) {
                out.put("permissions", permissions);
            }
            ShareItTerms.permissionsMissing(at, r::ask);
        }
        vcs(in.remove("vcs"), out, at, r);
        date(in.remove("date"), out, at, r);
        contact(in.remove("contact"), out, at, r);
        FromCodeGov101.carry(in, out, at, r);
        ShareItTerms.requireMembers(out::has, at, r::ask);
        return ShareItLegacy.repository(out.build(), at, r);
    }

    private static JsonValue.JsonObject permissions(Tree p, String at, Recorder r) {
        Tree out = new Tree();
        JsonValue licenses = p.remove("licenses");
        JsonValue usage = p.remove("usageType");
        String usageText = Tree.text(usage);
        if (licenses instanceof JsonValue.JsonArray array) {
            List<JsonValue> list = new ArrayList<>();
            for (int i = 0; i < array.elements().size(); i++) {
                JsonValue e = array.elements().get(i);
                list.add(e instanceof JsonValue.JsonObject o ? license(Tree.of(o), JsonPointer.append(at + "/licenses", i), r) : e);
            }
            out.put("licenses", Tree.array(list));
        } else if (Tree.missing(licenses)) {
            if (ShareItTerms.noLicenses(UsageType.OPEN_SOURCE.json().equals(usageText), at, r::ask)) {
                out.put("licenses", Tree.array(List.of()));
                r.change(at + "/licenses", licenses, out.get("licenses"), ShareItTerms.NO_LICENSE_EMPTY);
            }
        } else {
            out.put("licenses", licenses);
        }
        if (usageText != null) {
            JsonValue array = Tree.array(List.of(usage));
            out.put("usageType", array);
            r.change(at + "/usageType", usage, array, ShareItTerms.USAGE_TYPES_LISTED);
            ShareItTerms.usageTypes(List.of(usageText), at, r::ask);
        } else if (Tree.missing(usage)) {
            ShareItTerms.usageTypes(List.of(), at, r::ask);
        } else {
            out.put("usageType", usage);
        }
        FromCodeGov101.carry(p, out, at, r);
        return out.build();
    }

    /** A free-text license name becomes a SHARE IT name when the SPDX list resolves it. */
    private static JsonValue.JsonObject license(Tree l, String at, Recorder r) {
        Tree out = new Tree();
        JsonValue name = l.remove("name");
        JsonValue url = l.remove("URL");
        ShareItTerms.LicenseNaming naming = ShareItTerms.licenseName(Tree.text(name), Tree.text(url), at, r::ask);
        if (naming.name() != null) {
            out.put("name", Tree.string(naming.name().json()));
            if (!naming.reason().isEmpty()) {
                r.change(at + "/name", name, out.get("name"), naming.reason());
            }
        } else if (name != null) {
            out.put("name", name);
        }
        if (!Tree.missing(url)) {
            out.put("URL", url);
        } else {
            if (url != null) {
                r.dropped(at + "/URL", at + "/URL", url, "SHARE IT does not allow a null URL");
            }
            ShareItTerms.licenseUrlMissing(at, r::ask);
        }
        FromCodeGov101.carry(l, out, at, r);
        return out.build();
    }

    private static void vcs(@Nullable JsonValue vcs, Tree out, String at, Recorder r) {
        String text = Tree.text(vcs);
        Vcs mapped = ShareItTerms.vcs(text, at, r::ask);
        if (mapped != null) {
            out.put("vcs", Tree.string(mapped.json()));
            if (!mapped.json().equals(text)) {
                r.change(at + "/vcs", vcs, out.get("vcs"), ShareItTerms.VCS_RENAMED);
            }
        } else if (!Tree.missing(vcs)) {
            out.put("vcs", vcs);
        }
    }

    /** SHARE IT dates are RFC 3339 date-times: a 2.0.0 date becomes midnight UTC of that day. */
    private static void date(@Nullable JsonValue date, Tree out, String at, Recorder r) {
        if (!(date instanceof JsonValue.JsonObject)) {
            if (date != null) {
                out.put("date", date);
            }
            ShareItTerms.datesMissing(at, r::ask);
            return;
        }
        Tree in = Tree.of(date);
        Tree d = new Tree();
        for (String name : in.names()) {
            JsonValue v = in.get(name);
            String s = Tree.text(v);
            String dateTime = s == null ? null : ShareItTerms.dateTime(s);
            if (dateTime != null && !dateTime.equals(s)) {
                JsonValue dt = Tree.string(dateTime);
                d.put(name, dt);
                r.change(at + "/date/" + name, v, dt, ShareItTerms.DATE_TIME);
            } else {
                d.put(name, v);
            }
        }
        out.put("date", d.build());
    }

    private static void contact(@Nullable JsonValue contact, Tree out, String at, Recorder r) {
        if (!(contact instanceof JsonValue.JsonObject)) {
            if (contact != null) {
                out.put("contact", contact);
            }
            ShareItTerms.contactMissing(at, r::ask);
            return;
        }
        Tree in = Tree.of(contact);
        Tree c = new Tree();
        for (String name : ShareItTerms.CONTACT_KEPT) {
            JsonValue v = in.remove(name);
            if (v != null) {
                c.put(name, v);
            }
        }
        for (String name : ShareItTerms.CONTACT_DROPPED) {
            JsonValue v = in.remove(name);
            if (v != null) {
                r.dropped(at + "/contact/" + name, at + "/contact/" + name, v,
                        ShareItTerms.CONTACT_ONLY + ": the value cannot survive");
            }
        }
        FromCodeGov101.carry(in, c, at + "/contact", r);
        out.put("contact", c.build());
    }
}
