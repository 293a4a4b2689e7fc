package gov.ca.code.codejson.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.ReleaseDate;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.model.Property;

import org.jspecify.annotations.Nullable;

/**
 * One release read from an input, with what the steps need to know about it.
 *
 * @param shareIt the release in SHARE IT form, for a SHARE IT agency index; null otherwise
 * @param urlKey the normalised repository address, computed once; {@code ""} when there is none
 * @param nameKey the normalised name, computed once; {@code ""} when there is none
 * @param organizationKey the normalised organization; {@code ""} when there is none
 */
record MergeEntry(Release release, EntryOrigin origin, int order, boolean valid, JsonValue.@Nullable JsonObject shareIt,
        String urlKey, String nameKey, String organizationKey) {

    MergeEntry(Release release, EntryOrigin origin, int order, boolean valid, JsonValue.@Nullable JsonObject shareIt) {
        this(release, origin, order, valid, shareIt, RepositoryUrls.key(release.repositoryURL().orElse(null)).orElse(""),
                RepositoryUrls.nameKey(release.name().orElse(null)).orElse(""),
                RepositoryUrls.nameKey(release.organization().orElse(null)).orElse(""));
    }

    String name() {
        return release.name().orElse("").strip();
    }

    /** The date as {@code YYYY-MM-DD}, or {@code ""} when absent or not a date. */
    String date(Function<ReleaseDate, Property<String>> field) {
        return release.date().value().flatMap(d -> field.apply(d).value()).map(s -> isoDate(s.strip())).orElse("");
    }

    /** The {@code YYYY-MM-DD} a text starts with, or {@code ""}: ten characters looked at, whatever the text's length. */
    static String isoDate(String text) {
        if (text.length() < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return "";
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return "";
            }
        }
        // Kept as it was when this was a regular expression: a line break after the date makes it no date.
        for (int i = 10; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return "";
            }
        }
        return text.substring(0, 10);
    }

    /** The contact a quarantined entry is listed with: its e-mail, else its name, else {@code ""}. */
    static String contactOf(Release release) {
        Optional<Contact> contact = release.contact().value();
        String email = contact.flatMap(c -> c.email().value()).map(String::strip).orElse("");
        if (!email.isEmpty()) {
            return email;
        }
        return contact.flatMap(c -> c.name().value()).map(String::strip).orElse("");
    }

    /** Groups entries by repository address, then attaches address-less entries by name. */
    static List<List<MergeEntry>> group(List<MergeEntry> entries) {
        Map<String, List<MergeEntry>> byUrl = new LinkedHashMap<>();
        List<List<MergeEntry>> groups = new ArrayList<>();
        for (MergeEntry e : entries) {
            if (!e.urlKey().isEmpty()) {
                byUrl.computeIfAbsent(e.urlKey(), k -> {
                    List<MergeEntry> group = new ArrayList<>();
                    groups.add(group);
                    return group;
                }).add(e);
            }
        }
        // Groups were created in input order of their first entry, so the first group holding a
        // name is the first one put in this map for it.
        Map<String, List<MergeEntry>> byName = new HashMap<>();
        for (List<MergeEntry> group : groups) {
            for (MergeEntry e : group) {
                if (!e.nameKey().isEmpty()) {
                    byName.putIfAbsent(e.nameKey(), group);
                }
            }
        }
        for (MergeEntry e : entries) {
            if (!e.urlKey().isEmpty()) {
                continue;
            }
            List<MergeEntry> target = e.nameKey().isEmpty() ? null : byName.get(e.nameKey());
            if (target == null) {
                target = new ArrayList<>();
                groups.add(target);
                if (!e.nameKey().isEmpty()) {
                    byName.put(e.nameKey(), target);
                }
            }
            target.add(e);
        }
        return groups;
    }

    static final Comparator<MergeEntry> SURVIVOR_ORDER = Comparator
            .comparing((MergeEntry e) -> !e.valid())
            .thenComparing(e -> e.date(ReleaseDate::metadataLastUpdated), Comparator.reverseOrder())
            .thenComparing(e -> e.date(ReleaseDate::lastModified), Comparator.reverseOrder())
            .thenComparingInt(MergeEntry::order);

    static final Comparator<MergeEntry> OUTPUT_ORDER = Comparator
            .comparing(MergeEntry::organizationKey)
            .thenComparing(MergeEntry::nameKey)
            .thenComparing(MergeEntry::urlKey)
            .thenComparing(e -> e.release().version().orElse(""))
            .thenComparingInt(MergeEntry::order);

    static String reason(MergeEntry survivor, List<MergeEntry> group) {
        List<MergeEntry> rest = group.stream().filter(e -> e != survivor).toList();
        if (survivor.valid() && rest.stream().anyMatch(e -> !e.valid())) {
            if (rest.stream().allMatch(e -> !e.valid())) {
                return "the only entry without validation errors";
            }
        }
        List<MergeEntry> peers = rest.stream().filter(e -> e.valid() == survivor.valid()).toList();
        String meta = survivor.date(ReleaseDate::metadataLastUpdated);
        if (!meta.isEmpty() && peers.stream().allMatch(e -> e.date(ReleaseDate::metadataLastUpdated).compareTo(meta) < 0)) {
            return "the newest date.metadataLastUpdated (" + meta + ")";
        }
        String modified = survivor.date(ReleaseDate::lastModified);
        if (!modified.isEmpty() && peers.stream()
                .filter(e -> e.date(ReleaseDate::metadataLastUpdated).equals(meta))
                .allMatch(e -> e.date(ReleaseDate::lastModified).compareTo(modified) < 0)) {
            return "the newest date.lastModified (" + modified + ")";
        }
        return "the first in input order among equally recent entries";
    }
}
