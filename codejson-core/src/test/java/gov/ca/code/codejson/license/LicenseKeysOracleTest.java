package gov.ca.code.codejson.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The keys were once made with regular expressions; each step is now one pass over the text. This
 * test keeps the expressions as the reference and checks that both give the same key for every
 * name and URL of the SPDX list, every alias, and text made at random from the characters each
 * step looks at (line terminators included, where {@code $} holds before a final one).
 */
class LicenseKeysOracleTest {

    private static final Pattern NOT_KEPT = Pattern.compile("[^a-z0-9.+]+");
    private static final Pattern LONE_DOT = Pattern.compile("(?<![0-9])\\.|\\.(?![0-9])");
    private static final Pattern GLUED_V = Pattern.compile("(?<=[a-z])v(?=[0-9])");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])");
    private static final Pattern VERSION_WORD = Pattern.compile("\\b(?:version|v)\\b");
    private static final Pattern TRAILING_ZERO = Pattern.compile("([0-9])\\.0(?![0-9.])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern CC_DEED = Pattern.compile("/(?:legalcode|deed)(?:\\.[a-z]{2}(?:-[a-z]{2,4})?)?$");
    private static final Pattern EXTENSION = Pattern.compile("(?:\\.en)?\\.(?:txt|html?|php|md|json)$");

    /** Pieces the steps react to, and some they must leave alone. */
    private static final List<String> PIECES = List.of("a", "b", "v", "V", "e", "n", "l", "z", "0", "1", "2", "9", ".", "+",
            "-", "_", " ", "\t", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u00e9", "\u0130", "\u00df", "#", "/",
            "//", "://", "http", "https://", "www.", "version", "Version", "v2", "licence", "the ", ".0", ".en", ".txt",
            ".html", ".htm", ".php", ".md", ".json", "/legalcode", "/deed", ".pt-br", "-br", "\ud83d\ude00", "\ud800", ":");

    @Test
    void everySpdxNameAndUrlHasTheKeyTheExpressionsGave() throws IOException {
        List<String[]> rows = spdxRows();
        assertThat(rows).hasSizeGreaterThan(500);
        for (String[] row : rows) {
            assertThat(LicenseKeys.name(row[0])).as(row[0]).isEqualTo(referenceName(row[0]));
            assertThat(LicenseKeys.name(row[2])).as(row[2]).isEqualTo(referenceName(row[2]));
            for (String url : row[3].split(" ")) {
                assertThat(LicenseKeys.url(url)).as(url).isEqualTo(referenceUrl(url));
            }
        }
    }

    @Test
    void everyAliasHasTheKeyTheExpressionsGave() {
        LicenseAliases.NAMES.values().forEach(spellings -> spellings.forEach(
                s -> assertThat(LicenseKeys.name(s)).as(s).isEqualTo(referenceName(s))));
        LicenseAliases.URLS.keySet().forEach(u -> assertThat(LicenseKeys.url(u)).as(u).isEqualTo(referenceUrl(u)));
    }

    @Test
    void randomTextOfTheCharactersTheStepsLookAtHasTheKeyTheExpressionsGave() {
        Random random = new Random(20261206L);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                b.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = b.toString();
            assertThat(LicenseKeys.name(text)).as("name %s", escaped(text)).isEqualTo(referenceName(text));
            assertThat(LicenseKeys.url(text)).as("url %s", escaped(text)).isEqualTo(referenceUrl(text));
        }
    }

    private static String referenceName(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace("licence", "license");
        key = NOT_KEPT.matcher(key).replaceAll(" ");
        key = LONE_DOT.matcher(key).replaceAll(" ");
        key = GLUED_V.matcher(key).replaceAll(" ");
        key = LETTER_DIGIT.matcher(key).replaceAll(" ");
        key = VERSION_WORD.matcher(key).replaceAll(" ");
        key = TRAILING_ZERO.matcher(key).replaceAll("$1");
        key = SPACES.matcher(key).replaceAll(" ").strip();
        return key.startsWith("the ") ? key.substring("the ".length()) : key;
    }

    private static String referenceUrl(String url) {
        String key = url.strip().toLowerCase(Locale.ROOT);
        int fragment = key.indexOf('#');
        if (fragment >= 0) {
            key = key.substring(0, fragment);
        }
        key = SCHEME.matcher(key).replaceFirst("");
        if (key.startsWith("www.")) {
            key = key.substring("www.".length());
        }
        key = withoutTrailingSlashes(key);
        key = CC_DEED.matcher(key).replaceFirst("");
        key = EXTENSION.matcher(key).replaceFirst("");
        return withoutTrailingSlashes(key);
    }

    /** As the library has done it since it dropped {@code /+$}, which was quadratic on a long run of slashes. */
    private static String withoutTrailingSlashes(String key) {
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == '/') {
            end--;
        }
        return key.substring(0, end);
    }

    private static List<String[]> spdxRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SpdxLicenses.class.getResourceAsStream("spdx-licenses.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t", -1);
                if (fields.length == 4 && !line.startsWith("#") && !line.startsWith("@")) {
                    rows.add(fields);
                }
            }
        }
        return rows;
    }

    private static String escaped(String text) {
        StringBuilder b = new StringBuilder();
        text.chars().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return b.toString();
    }
}
