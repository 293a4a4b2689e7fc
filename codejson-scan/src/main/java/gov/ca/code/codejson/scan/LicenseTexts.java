package gov.ca.code.codejson.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.ListedLicenses;
import org.spdx.library.SpdxModelFactory;
import org.spdx.utility.compare.LicenseCompareHelper;
import org.spdx.utility.compare.SpdxCompareException;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.license.LicenseMatch;
import gov.ca.code.codejson.license.SpdxLicenses;

/**
 * Finds which SPDX license a repository's license file holds, from its text and never from its
 * name.
 *
 * <p>The text is compared with every license of the SPDX License List by the SPDX project's own
 * library ({@code org.spdx:java-spdx-library}), which implements the SPDX matching guidelines:
 * whitespace, case, punctuation variants, the license's optional text and its variable text (the
 * copyright line, the holder's name, the year) are allowed to differ. The library is confined to
 * the license list inside its jar ({@code org.spdx.useJARLicenseInfoOnly}), so nothing is fetched.
 * A text equal to the list's text apart from whitespace is an {@code exact} match, one that only
 * matches the template a {@code template} match; a file of one short line naming a license (such
 * as {@code MIT}) is resolved by name with the project's bundled list, an {@code alias/name}
 * match. A text that matches no license, or several unrelated ones, is reported unmatched.
 */
final class LicenseTexts {

    /** The names of license files, without extension, as hosting services recognize them. */
    private static final Pattern LICENSE_FILE = Pattern.compile(
            "(?i)^(?:licen[cs]e|copying|unlicense)(?:[-_.](?:md|txt|markdown|rst|mit|apache|bsd|gpl))?(?:\\.(?:md|txt|markdown|rst))?$");

    /** The SPDX library's property that keeps it to the license list in its jar. */
    static final String JAR_ONLY_PROPERTY = "org.spdx.useJARLicenseInfoOnly";

    /** The SPDX library keeps one shared license store; its comparisons are serialised on it. */
    private static final Object LOCK = new Object();
    private static boolean initialised;
    private static Map<String, Set<String>> listWords;

    /** The share of a license's words a text must hold before it is compared with the template. */
    private static final double CANDIDATE_CONTAINMENT = 0.8;

    private LicenseTexts() {
    }

    /**
     * The outcome for one license file.
     *
     * @param file the file, relative to the repository
     * @param spdxId the SPDX identifier, or null when unmatched
     * @param how {@code exact}, {@code template} or {@code alias/name}, or why it is unmatched
     */
    record Finding(String file, String spdxId, String how) {
        boolean matched() {
            return spdxId != null;
        }
    }

    /**
     * Lists the license files of a repository's top folder that may be read.
     *
     * @param repository the work tree
     * @param problems told a warning for a license file that is a link out of the repository, which is not read
     * @return the files' names, sorted
     * @throws IOException when the folder cannot be listed
     */
    static List<String> files(Path repository, List<Diagnostic> problems) throws IOException {
        List<String> candidates = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(repository)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (LICENSE_FILE.matcher(name).matches()) {
                    candidates.add(name);
                }
            }
        }
        candidates.sort(null);
        List<String> names = new ArrayList<>();
        for (String name : candidates) {
            if (RepositoryFiles.readable(repository, name, problems) != null) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Matches one license file.
     *
     * @param repository the work tree
     * @param file the file's name
     * @return the finding
     * @throws IOException when the file cannot be read
     */
    static Finding match(Path repository, String file) throws IOException {
        String text = Files.readString(repository.resolve(file), StandardCharsets.UTF_8);
        String stripped = text.strip();
        if (!stripped.isEmpty() && !stripped.contains("\n") && stripped.length() <= 80) {
            LicenseMatch byName = SpdxLicenses.bundled().resolveName(stripped);
            if (byName.resolved()) {
                return new Finding(file, byName.spdxId(), "alias/name");
            }
        }
        synchronized (LOCK) {
            try {
                ListedLicenses list = listedLicenses();
                List<String> ids = new ArrayList<>();
                Set<String> words = words(text);
                for (Map.Entry<String, Set<String>> candidate : listWords(list).entrySet()) {
                    if (containment(candidate.getValue(), words) >= CANDIDATE_CONTAINMENT
                            && !LicenseCompareHelper.isTextStandardLicense(list.getListedLicenseById(candidate.getKey()), text)
                                    .isDifferenceFound()) {
                        ids.add(candidate.getKey());
                    }
                }
                // A deprecated identifier (GPL-2.0) matches the same text as its successor (GPL-2.0-only).
                ids.removeIf(id -> SpdxLicenses.bundled().byId(id).map(l -> l.deprecated()).orElse(false));
                if (ids.size() != 1) {
                    return new Finding(file, null, ids.isEmpty()
                            ? "matches no license of the SPDX License List " + list.getLicenseListVersion()
                            : "matches several licenses (" + String.join(", ", ids) + ")");
                }
                String id = ids.get(0);
                String listed = list.getListedLicenseById(id).getLicenseText();
                boolean exact = listed != null && normalised(listed).equals(normalised(text));
                return new Finding(file, id, exact ? "exact" : "template");
            } catch (InvalidSPDXAnalysisException | SpdxCompareException | RuntimeException e) {
                return new Finding(file, null, "could not be compared (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    /** {@return the version of the SPDX License List the text comparison uses} */
    static String listVersion() {
        synchronized (LOCK) {
            return listedLicenses().getLicenseListVersion();
        }
    }

    private static ListedLicenses listedLicenses() {
        if (!initialised) {
            // Set before the first use: the library reads it once, when its license store starts,
            // and a scan must never reach the network whatever the environment says.
            System.setProperty(JAR_ONLY_PROPERTY, "true");
            SpdxModelFactory.init();
            initialised = true;
        }
        return ListedLicenses.getListedLicenses();
    }

    /**
     * The distinct words of every listed license's text, computed once. The full template
     * comparison takes a long time per license, so it runs only on the licenses most of whose
     * words the text holds; a text that matches a template holds all its required words.
     */
    private static Map<String, Set<String>> listWords(ListedLicenses list) throws InvalidSPDXAnalysisException {
        if (listWords == null) {
            Map<String, Set<String>> all = new TreeMap<>();
            for (String id : list.getSpdxListedLicenseIds()) {
                String text = list.getListedLicenseById(id).getLicenseText();
                if (text != null && !text.isBlank()) {
                    all.put(id, words(text));
                }
            }
            listWords = all;
        }
        return listWords;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.length() >= 4) {
                words.add(w);
            }
        }
        return words;
    }

    /** {@return the share of the license's words that the text holds} */
    private static double containment(Set<String> license, Set<String> text) {
        if (license.isEmpty()) {
            return 0;
        }
        long held = license.stream().filter(text::contains).count();
        return (double) held / license.size();
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
