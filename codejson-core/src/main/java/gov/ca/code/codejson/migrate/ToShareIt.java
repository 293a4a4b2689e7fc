package gov.ca.code.codejson.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.license.LicenseMatch;
import gov.ca.code.codejson.license.SpdxLicenses;
import gov.ca.code.codejson.model.JsonEnum;
import gov.ca.code.codejson.shareit.LicenseName;
import gov.ca.code.codejson.validation.constraints.FormatKind;

import org.jspecify.annotations.Nullable;

/**
 * code.gov 2.0.0 to SHARE IT: the inventory becomes the agency index, each release a
 * per-repository object. Values SHARE IT requires and 2.0.0 does not have are left out and
 * reported; nothing is made up.
 */
final class ToShareIt {

    /** Required SHARE IT members that no 2.0.0 field gives, with what the user must supply. */
    private static final Map<String, String> NEW_REQUIRED = Map.of(
            "repositoryVisibility", "say whether the repository is public or private",
            "reuseFrequency", "give how often the code is reused, such as {\"forks\": 3, \"clones\": 40}",
            "maintenance", "say who maintains the software: internal, contract, community or none",
            "contractNumber", "list the contract numbers the software was developed under, [] when none",
            "SBOM", "give the link to the software bill of materials, or \"None\"",
            "feedbackMechanism", "give the URL where the community gives feedback, such as the issues page",
            "AIUseCaseID", "give the software's ID in the AI Use Case Inventory, \"0\" when it is not listed");

    /** The order in which the new members are reported, the order of the SHARE IT schema. */
    private static final List<String> NEW_ORDER = List.of("repositoryVisibility", "reuseFrequency", "maintenance",
            "contractNumber", "SBOM", "feedbackMechanism", "AIUseCaseID");

    /** 2.0.0 fields copied unchanged; the schemas agree on them. */
    private static final List<String> SAME = List.of("name", "version", "description", "organization", "status",
            "repositoryURL", "homepageURL", "downloadURL", "disclaimerURL", "disclaimerText", "laborHours",
            "languages", "relatedCode", "reusedCode", "partners", "tags");

    /** Required members among {@link #SAME}. */
    private static final List<String> REQUIRED = List.of("name", "description", "status", "organization",
            "repositoryURL", "laborHours", "languages", "tags");

    private static final Map<String, String> VCS = Map.of("git", "git", "hg", "hg", "mercurial", "hg", "svn", "svn",
            "subversion", "svn", "rcs", "rcs", "bzr", "bzr", "bazaar", "bzr", "none", "none");

    /** 2.0.0 exemptions that SHARE IT narrowed or removed. */
    private static final Map<String, String> RECLASSIFY = Map.of(
            "exemptByLaw", "exemptByLaw no longer exists: reclassify the code as exemptByFOIA, exemptByEAR, exemptByITAR,"
                    + " exemptByTSA, exemptByClassifiedInformation or exemptByIPRestriction");

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
            r.fill(at + "/permissions", "the release has no permissions: give {\"licenses\": [...], \"usageType\": [...]}");
        }
        vcs(in.remove("vcs"), out, at, r);
        date(in.remove("date"), out, at, r);
        contact(in.remove("contact"), out, at, r);
        FromCodeGov101.carry(in, out, at, r);
        for (String name : REQUIRED) {
            if (!out.has(name)) {
                r.fill(at + "/" + name, "SHARE IT requires " + name + " and the release has none");
            }
        }
        for (String name : NEW_ORDER) {
            if (!out.has(name)) {
                r.fill(at + "/" + name, "SHARE IT requires " + name + ", which code.gov 2.0.0 does not have: "
                        + NEW_REQUIRED.get(name));
            }
        }
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
        } else if (Tree.missing(licenses) && !"openSource".equals(usageText)) {
            out.put("licenses", Tree.array(List.of()));
            r.change(at + "/licenses", licenses, out.get("licenses"),
                    "no license: SHARE IT writes an empty array where 2.0.0 allowed null");
        } else if (Tree.missing(licenses)) {
            r.fill(at + "/licenses", "the open-source release lists no license: give [{\"name\": ..., \"URL\": ...}]");
        } else {
            out.put("licenses", licenses);
        }
        if (usageText != null) {
            JsonValue array = Tree.array(List.of(usage));
            out.put("usageType", array);
            r.change(at + "/usageType", usage, array, "SHARE IT lists usage types in an array");
            if (RECLASSIFY.containsKey(usageText)) {
                r.replace(at + "/usageType/0", RECLASSIFY.get(usageText) + ", whichever the justification supports");
            } else if (usageText.equals("exemptByNationalSecurity")) {
                r.review(at + "/usageType/0", "SHARE IT narrowed exemptByNationalSecurity to national security systems"
                        + " (40 U.S.C. 11103); when the code was exempted for privacy, use exemptByPrivacyRisk");
            }
        } else if (Tree.missing(usage)) {
            r.fill(at + "/usageType", "the release has no usageType: give an array such as [\"openSource\"]");
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
        String text = Tree.text(name);
        LicenseMatch match = SpdxLicenses.bundled().resolve(text, Tree.text(url));
        String shareIt = null;
        if (text != null && isShareItName(text)) {
            shareIt = text;
        } else if (match.resolved()) {
            shareIt = isShareItName(match.spdxId()) ? match.spdxId() : "Other";
        }
        if (shareIt != null) {
            out.put("name", Tree.string(shareIt));
            if (!shareIt.equals(text)) {
                r.change(at + "/name", name, out.get("name"), "SHARE IT names licenses from a list of SPDX identifiers;"
                        + (shareIt.equals("Other") ? " " + match.spdxId() + " is not on it" : " this is the identifier of "
                        + (text == null ? "the license URL" : "\"" + text + "\""))
                        + (text == null ? "" : "; the original spelling cannot survive"));
            }
        } else {
            if (name != null) {
                out.put("name", name);
            }
            r.replace(at + "/name", "the license " + (text == null ? "has no name" : "\"" + text + "\" is no SPDX license")
                    + ": give one of the SHARE IT license names (MIT, Apache-2.0, ..., Other, None)");
        }
        if (!Tree.missing(url)) {
            out.put("URL", url);
        } else {
            if (url != null) {
                r.dropped(at + "/URL", at + "/URL", url, "SHARE IT does not allow a null URL");
            }
            r.fill(at + "/URL", "SHARE IT requires the URL of the license in the repository");
        }
        FromCodeGov101.carry(l, out, at, r);
        return out.build();
    }

    private static boolean isShareItName(String s) {
        return JsonEnum.byJson(LicenseName.class, s).isPresent();
    }

    private static void vcs(@Nullable JsonValue vcs, Tree out, String at, Recorder r) {
        String text = Tree.text(vcs);
        String mapped = text == null ? null : VCS.get(text.strip().toLowerCase(Locale.ROOT));
        if (mapped != null) {
            out.put("vcs", Tree.string(mapped));
            if (!mapped.equals(text)) {
                r.change(at + "/vcs", vcs, out.get("vcs"), "SHARE IT names version control systems git, hg, svn, rcs,"
                        + " bzr or none");
            }
            return;
        }
        if (!Tree.missing(vcs)) {
            out.put("vcs", vcs);
        }
        if (text == null) {
            r.fill(at + "/vcs", "the release names no version control system: give git, hg, svn, rcs, bzr or none");
            return;
        }
        r.replace(at + "/vcs", (text == null ? "the release names no version control system"
                : "\"" + text + "\" is not a SHARE IT version control system") + ": give git, hg, svn, rcs, bzr or none");
    }

    /** SHARE IT dates are RFC 3339 date-times: a 2.0.0 date becomes midnight UTC of that day. */
    private static void date(@Nullable JsonValue date, Tree out, String at, Recorder r) {
        if (!(date instanceof JsonValue.JsonObject)) {
            if (date != null) {
                out.put("date", date);
            }
            r.fill(at + "/date", "SHARE IT requires date: give {\"created\", \"lastModified\", \"metadataLastUpdated\"}"
                    + " as RFC 3339 date-times");
            return;
        }
        Tree in = Tree.of(date);
        Tree d = new Tree();
        for (String name : in.names()) {
            JsonValue v = in.get(name);
            String s = Tree.text(v);
            if (s != null && FormatKind.isDate(s)) {
                JsonValue dt = Tree.string(s + "T00:00:00Z");
                d.put(name, dt);
                r.change(at + "/date/" + name, v, dt, "SHARE IT dates are RFC 3339 date-times; the day starts at"
                        + " midnight UTC");
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
            r.fill(at + "/contact", "SHARE IT requires a contact: give {\"email\": ..., \"name\": ...}");
            return;
        }
        Tree in = Tree.of(contact);
        Tree c = new Tree();
        for (String name : List.of("email", "name")) {
            JsonValue v = in.remove(name);
            if (v != null) {
                c.put(name, v);
            }
        }
        for (String name : List.of("URL", "phone")) {
            JsonValue v = in.remove(name);
            if (v != null) {
                r.dropped(at + "/contact/" + name, at + "/contact/" + name, v,
                        "SHARE IT contacts have only email and name: the value cannot survive");
            }
        }
        FromCodeGov101.carry(in, c, at + "/contact", r);
        out.put("contact", c.build());
    }
}
