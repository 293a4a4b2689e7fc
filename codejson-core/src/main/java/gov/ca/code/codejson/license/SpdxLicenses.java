package gov.ca.code.codejson.license;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The SPDX License List bundled with this library, and the rules that resolve a POM license
 * (a name and/or a URL) to an SPDX identifier without any network access.
 *
 * <p><b>Resolving a name</b> ({@link #resolveName(String)}) tries, in order:
 * <ol>
 *   <li>{@link MatchKind#ID}: the name, trimmed, is a current SPDX identifier in any letter case
 *       ({@code apache-2.0} gives {@code Apache-2.0});</li>
 *   <li>{@link MatchKind#DEPRECATED_ID}: it is a deprecated identifier, which gives its current
 *       replacement when there is one: {@code X} becomes {@code X-only}, {@code X+} becomes
 *       {@code X-or-later} ({@code GPL-3.0} gives {@code GPL-3.0-only}), and a few others are
 *       listed by hand ({@code BSD-2-Clause-FreeBSD} gives {@code BSD-2-Clause}); a deprecated
 *       identifier without a single replacement, such as {@code GPL-2.0-with-classpath-exception},
 *       is returned as it is;</li>
 *   <li>{@link MatchKind#NAME}: it is the full SPDX name of a license, compared loosely: letter
 *       case, punctuation, a leading {@code the}, the words {@code version} and {@code v}, and a
 *       {@code .0} ending a version number are ignored, so {@code Apache License, Version 2.0}
 *       matches {@code Apache License 2.0};</li>
 *   <li>{@link MatchKind#ALIAS}: it is, compared the same way, one of a curated table of common
 *       spellings ({@code Apache 2.0}, {@code ASL 2.0}, {@code GPLv3}, {@code New BSD License},
 *       {@code CC0}, ...); spellings that name no single license ({@code BSD}, {@code LGPL},
 *       {@code Public Domain}, {@code Unlicensed}) are deliberately absent;</li>
 *   <li>{@link MatchKind#URL}: the name is itself a web address, resolved as a URL.</li>
 * </ol>
 *
 * <p><b>Resolving a URL</b> ({@link #resolveUrl(String)}) compares it, ignoring letter case, the
 * scheme, a leading {@code www.}, trailing slashes, a final {@code .txt}, {@code .html},
 * {@code .htm}, {@code .php}, {@code .md} or {@code .json} and a Creative Commons
 * {@code legalcode} page, with the SPDX page of every license ({@code https://spdx.org/licenses/MIT.html})
 * and the addresses SPDX lists for it, then with a few well-known addresses SPDX omits
 * ({@code https://www.gnu.org/licenses/gpl-3.0.html}). An address shared by several licenses
 * counts only if one of them is the base of the others ({@code MPL-2.0} over
 * {@code MPL-2.0-no-copyleft-exception}, {@code GPL-3.0-only} over {@code GPL-3.0-or-later});
 * otherwise it resolves nothing. Last, a page named after an identifier on
 * {@code spdx.org/licenses/}, {@code opensource.org/licenses/}, {@code api.github.com/licenses/}
 * or {@code choosealicense.com/licenses/} resolves to that identifier, deprecated ones replaced.
 *
 * <p><b>Name and URL together</b> ({@link #resolve(String, String)}): the name wins. The URL is
 * consulted only when the name is absent or does not resolve, even if both resolve and disagree.
 * A name is what the author chose to state, while license URLs in POMs are often copied, point
 * to a generic page, or serve several licenses at once: the same GNU page holds the text of
 * both {@code GPL-3.0-only} and {@code GPL-3.0-or-later}, which only a name can tell apart.
 * Callers that want to report a disagreement can call {@link #resolveName(String)} and
 * {@link #resolveUrl(String)} separately.
 *
 * <p>SPDX license expressions ({@code MIT OR Apache-2.0}, {@code GPL-2.0-only WITH
 * Classpath-exception-2.0}) and lists of several licenses in one name are not parsed: they stay
 * unresolved, like every name that does not name exactly one license.
 *
 * <p>Resolution is deterministic and does no I/O. The list is read once, on the first call to
 * {@link #bundled()}; instances are immutable and safe to share between threads.
 */
public final class SpdxLicenses {

    private static final String RESOURCE = "spdx-licenses.tsv";

    /** Pages named after a license identifier, as {@link LicenseKeys#url} keys. */
    private static final Pattern LICENSE_PAGE = Pattern.compile(
            "(?:spdx\\.org/licenses|opensource\\.org/licenses?|api\\.github\\.com/licenses"
                    + "|choosealicense\\.com/licenses)/([^/?]+)");

    private final String listVersion;
    private final String releaseDate;
    private final List<SpdxLicense> licenses;
    private final Map<String, SpdxLicense> byLowerCaseId;
    private final Map<String, SpdxLicense> byNameKey;
    private final Map<String, SpdxLicense> byAliasKey;
    private final Map<String, SpdxLicense> byUrlKey;

    /** Holds the bundled list; the JVM initialises it once, on first use, thread-safely. */
    private static final class Bundled {
        static final SpdxLicenses INSTANCE = load();
    }

    private SpdxLicenses(String listVersion, String releaseDate, List<SpdxLicense> licenses) {
        this.listVersion = listVersion;
        this.releaseDate = releaseDate;
        this.licenses = List.copyOf(licenses);

        Map<String, SpdxLicense> ids = new HashMap<>();
        Map<String, List<SpdxLicense>> names = new LinkedHashMap<>();
        Map<String, List<SpdxLicense>> urls = new LinkedHashMap<>();
        for (SpdxLicense license : this.licenses) {
            if (ids.put(license.id().toLowerCase(Locale.ROOT), license) != null) {
                throw new IllegalStateException("duplicate SPDX id " + license.id());
            }
            names.computeIfAbsent(LicenseKeys.name(license.name()), k -> new ArrayList<>()).add(license);
            List<String> addresses = new ArrayList<>(license.seeAlso());
            addresses.add(license.canonicalUrl());
            for (String address : addresses) {
                List<SpdxLicense> sharing = urls.computeIfAbsent(LicenseKeys.url(address), k -> new ArrayList<>());
                // A license is added while its own addresses are gone through, so if it is in the
                // list it is the last one: an identity check, not the record's equals, which costs a
                // bootstrap of its own in a new process.
                if (sharing.isEmpty() || sharing.get(sharing.size() - 1) != license) {
                    sharing.add(license);
                }
            }
        }
        this.byLowerCaseId = Map.copyOf(ids);
        this.byNameKey = pickUnambiguous(names);

        Map<String, SpdxLicense> urlKeys = new HashMap<>();
        LicenseAliases.URLS.forEach((url, id) -> {
            SpdxLicense target = aliasTarget(id, url);
            SpdxLicense previous = urlKeys.put(LicenseKeys.url(url), target);
            if (previous != null && previous != target) {
                throw new IllegalStateException(
                        "license URL '" + url + "' means both " + previous.id() + " and " + id);
            }
        });
        // What SPDX itself lists comes first.
        urlKeys.putAll(pickUnambiguous(urls));
        this.byUrlKey = Map.copyOf(urlKeys);

        Map<String, SpdxLicense> aliases = new HashMap<>();
        LicenseAliases.NAMES.forEach((id, spellings) -> {
            for (String spelling : spellings) {
                SpdxLicense target = aliasTarget(id, spelling);
                SpdxLicense previous = aliases.put(LicenseKeys.name(spelling), target);
                if (previous != null && previous != target) {
                    throw new IllegalStateException(
                            "license alias '" + spelling + "' means both " + previous.id() + " and " + id);
                }
            }
        });
        this.byAliasKey = Map.copyOf(aliases);
    }

    /**
     * Returns the SPDX License List bundled with this library, reading it on the first call.
     *
     * @return the bundled list
     * @throws IllegalStateException if the bundled resource is missing or malformed
     */
    public static SpdxLicenses bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Returns the version of the bundled SPDX License List.
     *
     * @return a version such as {@code 3.28.0}
     */
    public String listVersion() {
        return listVersion;
    }

    /**
     * Returns the release date of the bundled SPDX License List.
     *
     * @return an ISO date such as {@code 2026-02-20}
     */
    public String releaseDate() {
        return releaseDate;
    }

    /**
     * Returns every license of the list, deprecated identifiers included, sorted by identifier
     * ignoring case.
     *
     * @return an unmodifiable list
     */
    public List<SpdxLicense> licenses() {
        return licenses;
    }

    /**
     * Looks a license up by its exact SPDX identifier, ignoring letter case and surrounding
     * whitespace. Deprecated identifiers are found as they are, not replaced.
     *
     * @param id an SPDX identifier such as {@code mit}; may be {@code null}
     * @return the license, or empty if the list has no such identifier
     */
    public Optional<SpdxLicense> byId(@Nullable String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byLowerCaseId.get(id.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * Resolves a POM license, given by its {@code <name>} and {@code <url>}, to an SPDX license.
     * The name wins: the URL is used only when the name is absent or does not resolve (see the
     * class description).
     *
     * @param name the license name; {@code null} or blank if absent
     * @param url the license URL; {@code null} or blank if absent
     * @return the match, {@link MatchKind#UNRESOLVED} if neither resolves
     */
    public LicenseMatch resolve(@Nullable String name, @Nullable String url) {
        LicenseMatch byName = resolveName(name);
        return byName.resolved() ? byName : resolveUrl(url);
    }

    /**
     * Resolves a license name: an SPDX identifier, a deprecated one, a full SPDX name, a common
     * alias, or a web address (see the class description).
     *
     * @param name the license name; {@code null} or blank if absent
     * @return the match, {@link MatchKind#UNRESOLVED} if the name names no single SPDX license
     */
    public LicenseMatch resolveName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return LicenseMatch.unresolved();
        }
        String trimmed = name.strip();
        SpdxLicense license = byLowerCaseId.get(trimmed.toLowerCase(Locale.ROOT));
        if (license != null) {
            return license.deprecated()
                    ? LicenseMatch.of(current(license), MatchKind.DEPRECATED_ID)
                    : LicenseMatch.of(license, MatchKind.ID);
        }
        String key = LicenseKeys.name(trimmed);
        license = byNameKey.get(key);
        if (license != null) {
            return LicenseMatch.of(license, MatchKind.NAME);
        }
        license = byAliasKey.get(key);
        if (license != null) {
            return LicenseMatch.of(license, MatchKind.ALIAS);
        }
        return LicenseKeys.looksLikeUrl(trimmed) ? resolveUrl(trimmed) : LicenseMatch.unresolved();
    }

    /**
     * Resolves a license URL (see the class description).
     *
     * @param url the license URL; {@code null} or blank if absent
     * @return the match, {@link MatchKind#URL} or {@link MatchKind#UNRESOLVED}
     */
    public LicenseMatch resolveUrl(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return LicenseMatch.unresolved();
        }
        String key = LicenseKeys.url(url);
        SpdxLicense license = byUrlKey.get(key);
        if (license != null) {
            return LicenseMatch.of(license, MatchKind.URL);
        }
        Matcher page = LICENSE_PAGE.matcher(key);
        if (page.matches()) {
            license = byLowerCaseId.get(page.group(1));
            if (license != null) {
                return LicenseMatch.of(current(license), MatchKind.URL);
            }
        }
        return LicenseMatch.unresolved();
    }

    /**
     * Returns the current license for a deprecated one, or the license itself.
     *
     * @param license a license of this list
     * @return its replacement if it is deprecated and has exactly one, otherwise {@code license}
     */
    private SpdxLicense current(SpdxLicense license) {
        if (!license.deprecated()) {
            return license;
        }
        String id = license.id();
        String replacement = LicenseAliases.DEPRECATED.getOrDefault(
                id, id.endsWith("+") ? id.substring(0, id.length() - 1) + "-or-later" : id + "-only");
        SpdxLicense current = byLowerCaseId.get(replacement.toLowerCase(Locale.ROOT));
        return current != null && !current.deprecated() ? current : license;
    }

    /**
     * For each key, picks the one license the key stands for: the only current (not deprecated)
     * candidate, or the one whose identifier, less a final {@code -only}, begins every other
     * candidate's identifier followed by a hyphen; deprecated candidates count only when no
     * current one shares the key, and are then replaced by their current license. Keys that
     * stand for several unrelated licenses are left out.
     */
    private Map<String, SpdxLicense> pickUnambiguous(Map<String, List<SpdxLicense>> candidatesByKey) {
        Map<String, SpdxLicense> picked = new HashMap<>();
        candidatesByKey.forEach((key, candidates) -> {
            if (key.isEmpty()) {
                return;
            }
            List<SpdxLicense> current = candidates.stream().filter(l -> !l.deprecated()).toList();
            List<SpdxLicense> pool = current.isEmpty() ? candidates : current;
            base(pool).ifPresent(license -> picked.put(key, current(license)));
        });
        return Map.copyOf(picked);
    }

    private static Optional<SpdxLicense> base(List<SpdxLicense> pool) {
        if (pool.size() == 1) {
            return Optional.of(pool.get(0));
        }
        SpdxLicense best = null;
        for (SpdxLicense candidate : pool) {
            String stem = candidate.id().endsWith("-only")
                    ? candidate.id().substring(0, candidate.id().length() - "-only".length())
                    : candidate.id();
            boolean heads = pool.stream()
                    .allMatch(other -> other == candidate || other.id().startsWith(stem + "-"));
            if (heads && (best == null || candidate.id().length() < best.id().length())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private SpdxLicense aliasTarget(String id, String alias) {
        SpdxLicense target = byLowerCaseId.get(id.toLowerCase(Locale.ROOT));
        if (target == null || target.deprecated() || !target.id().equals(id)) {
            throw new IllegalStateException(
                    "license alias '" + alias + "' points to " + id + ", which is not a current SPDX id");
        }
        return target;
    }

    private static SpdxLicenses load() {
        try (InputStream in = SpdxLicenses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled SPDX license list not found: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled SPDX license list", e);
        }
    }

    /**
     * Reads a license list in the format of the bundled resource: {@code #} comment lines,
     * {@code @key<TAB>value} metadata lines, and one line per license with its identifier, flags
     * ({@code O} OSI approved, {@code F} FSF libre, {@code D} deprecated, {@code -} none), name
     * and space-separated {@code seeAlso} URLs, separated by tabs.
     *
     * @param reader the list, read as UTF-8
     * @return the list with its indexes
     * @throws IOException if the list cannot be read
     * @throws IllegalStateException if the list is malformed or has no version
     */
    private static SpdxLicenses parse(BufferedReader reader) throws IOException {
        Map<String, String> metadata = new HashMap<>();
        List<SpdxLicense> licenses = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (line.startsWith("@") && fields.length == 2) {
                metadata.put(fields[0].substring(1), fields[1].strip());
            } else if (fields.length == 4) {
                String flags = fields[1];
                List<String> seeAlso = Arrays.stream(fields[3].split(" ")).filter(s -> !s.isEmpty()).toList();
                licenses.add(new SpdxLicense(fields[0], fields[2], flags.contains("O"), flags.contains("F"),
                        flags.contains("D"), seeAlso));
            } else {
                throw new IllegalStateException("malformed SPDX license list, line " + number + ": " + line);
            }
        }
        String version = metadata.getOrDefault("licenseListVersion", "");
        if (version.isBlank() || licenses.isEmpty()) {
            throw new IllegalStateException("SPDX license list without a version or licenses");
        }
        return new SpdxLicenses(version, Objects.requireNonNullElse(metadata.get("releaseDate"), ""), licenses);
    }
}
