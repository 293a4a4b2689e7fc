package gov.ca.code.codejson.license;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ca.code.codejson.Conformance;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resolves the license names that real published code.json files use
 * ({@code permissions.licenses[].name} in the shared corpus, found through {@link Conformance}).
 */
class CorpusLicenseNamesTest {

    private static final Pattern LICENSES_ARRAY = Pattern.compile("\"licenses\"\\s*:\\s*\\[([^\\]]*)\\]");
    private static final Pattern NAME_MEMBER = Pattern.compile("\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Each license name found in the corpus, with the number of times it occurs. */
    private static Map<String, Integer> corpusNames;

    private final SpdxLicenses spdx = SpdxLicenses.bundled();

    @BeforeAll
    static void readCorpus() {
        corpusNames = new TreeMap<>();
        for (Path file : Conformance.jsonFiles("corpus/real")) {
            // A pattern rather than a parser, on purpose: some corpus files are not valid JSON.
            Matcher licenses = LICENSES_ARRAY.matcher(Conformance.text(file));
            while (licenses.find()) {
                Matcher name = NAME_MEMBER.matcher(licenses.group(1));
                while (name.find()) {
                    corpusNames.merge(unescape(name.group(1)), 1, Integer::sum);
                }
            }
        }
    }

    @Test
    void corpusHasLicenseNamesToResolve() {
        assertThat(corpusNames).hasSizeGreaterThan(20);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1} by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Apache License 2.0                      | Apache-2.0       | NAME
            Apache 2.0                              | Apache-2.0       | ALIAS
            apache-2.0                              | Apache-2.0       | ID
            ALv2                                    | Apache-2.0       | ALIAS
            BSD-3-Clause                            | BSD-3-Clause     | ID
            BSD 2-Clause "Simplified" License       | BSD-2-Clause     | NAME
            MIT License                             | MIT              | NAME
            mit                                     | MIT              | ID
            Creative Commons Zero (CC0)             | CC0-1.0          | ALIAS
            Creative Commons Zero v1.0 Universal    | CC0-1.0          | NAME
            CC0                                     | CC0-1.0          | ALIAS
            cc0-1.0                                 | CC0-1.0          | ID
            GPLv2                                   | GPL-2.0-only     | ALIAS
            GPL.v3                                  | GPL-3.0-only     | ALIAS
            GPL-2.0                                 | GPL-2.0-only     | DEPRECATED_ID
            gpl-3.0                                 | GPL-3.0-only     | DEPRECATED_ID
            LGPL-2.1                                | LGPL-2.1-only    | DEPRECATED_ID
            GNU General Public License v3.0         | GPL-3.0-only     | ALIAS
            GNU Affero General Public License v3.0  | AGPL-3.0-only    | NAME
            GNU Lesser General Public License v3.0  | LGPL-3.0-only    | ALIAS
            MPLv2                                   | MPL-2.0          | ALIAS
            The Unlicense                           | Unlicense        | NAME
            NASA Open Source Agreement 1.3          | NASA-1.3         | NAME
            SIL Open Font License 1.1               | OFL-1.1          | NAME
            """)
    void resolvesLicenseNamesUsedInPublishedInventories(String name, String expectedId, MatchKind expectedKind) {
        assertThat(corpusNames).as("corpus license names").containsKey(name);

        LicenseMatch match = spdx.resolveName(name);

        assertThat(match.spdxId()).isEqualTo(expectedId);
        assertThat(match.kind()).isEqualTo(expectedKind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Public Domain", "Pending Release", "NASA v3", "Other", "None", "NOASSERTION", "Unlicensed", "Apache", "BSD",
        "LGPL", "GPL-2.1"})
    void leavesCorpusNamesThatNameNoSingleLicenseUnresolved(String name) {
        assertThat(corpusNames).as("corpus license names").containsKey(name);

        assertThat(spdx.resolveName(name).kind()).isEqualTo(MatchKind.UNRESOLVED);
    }

    @Test
    void resolvesOnlyToCurrentIdsOrToDeprecatedOnesWithoutReplacement() {
        for (String name : corpusNames.keySet()) {
            LicenseMatch match = spdx.resolveName(name);
            if (match.resolved()) {
                SpdxLicense license = spdx.byId(match.spdxId()).orElseThrow();
                assertThat(license.deprecated()).as("%s resolved to deprecated %s", name, license.id()).isFalse();
            }
        }
    }

    /** Undoes the escapes of a JSON string. */
    private static String unescape(String json) {
        StringBuilder text = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 == json.length()) {
                text.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'u' -> {
                    text.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }
}
