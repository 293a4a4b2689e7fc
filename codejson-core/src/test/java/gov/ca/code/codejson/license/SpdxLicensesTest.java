package gov.ca.code.codejson.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SpdxLicensesTest {

    private final SpdxLicenses spdx = SpdxLicenses.bundled();

    @Test
    void bundledListHasAVersionAndAReleaseDate() {
        assertThat(spdx.listVersion()).isNotBlank().matches("\\d+\\.\\d+(\\.\\d+)?");
        assertThat(spdx.releaseDate()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void bundledListIsLoadedOnceAndShared() {
        assertThat(SpdxLicenses.bundled()).isSameAs(spdx);
    }

    @Test
    void bundledListHoldsTheWholeSpdxListWithItsFlags() {
        assertThat(spdx.licenses()).hasSizeGreaterThan(600);
        assertThat(spdx.byId("Apache-2.0")).hasValueSatisfying(apache -> {
            assertThat(apache.name()).isEqualTo("Apache License 2.0");
            assertThat(apache.osiApproved()).isTrue();
            assertThat(apache.fsfLibre()).isTrue();
            assertThat(apache.deprecated()).isFalse();
            assertThat(apache.copyleft()).isFalse();
            assertThat(apache.canonicalUrl()).isEqualTo("https://spdx.org/licenses/Apache-2.0.html");
            assertThat(apache.seeAlso()).contains("https://www.apache.org/licenses/LICENSE-2.0");
        });
        assertThat(spdx.byId("GPL-3.0")).hasValueSatisfying(old -> assertThat(old.deprecated()).isTrue());
        assertThat(spdx.byId("CC0-1.0")).hasValueSatisfying(cc0 -> assertThat(cc0.osiApproved()).isFalse());
    }

    @Test
    void listIsSortedByIdIgnoringCaseWithoutDuplicates() {
        var ids = spdx.licenses().stream().map(SpdxLicense::id).toList();
        assertThat(ids).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(ids.stream().map(String::toLowerCase).collect(Collectors.toSet())).hasSameSizeAs(ids);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mit", "MIT", "Mit", " mit "})
    void looksUpIdsIgnoringCase(String id) {
        assertThat(spdx.byId(id)).map(SpdxLicense::id).hasValue("MIT");
    }

    @Test
    void looksUpDeprecatedIdsAsTheyAre() {
        assertThat(spdx.byId("gpl-2.0+")).map(SpdxLicense::id).hasValue("GPL-2.0+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Apache 2.0", "MIT License", "NOT-A-LICENSE", ""})
    void findsNoLicenseForWhatIsNotAnId(String notAnId) {
        assertThat(spdx.byId(notAnId)).isEmpty();
    }

    @Test
    void findsNoLicenseForANullId() {
        assertThat(spdx.byId(null)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1} by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Apache-2.0                                  | Apache-2.0        | ID
            apache-2.0                                  | Apache-2.0        | ID
            MIT                                         | MIT               | ID
            isc                                         | ISC               | ID
            Unlicense                                   | Unlicense         | ID
            GPL-3.0                                     | GPL-3.0-only      | DEPRECATED_ID
            gpl-2.0                                     | GPL-2.0-only      | DEPRECATED_ID
            GPL-2.0+                                    | GPL-2.0-or-later  | DEPRECATED_ID
            LGPL-2.1                                    | LGPL-2.1-only     | DEPRECATED_ID
            AGPL-3.0                                    | AGPL-3.0-only     | DEPRECATED_ID
            BSD-2-Clause-FreeBSD                        | BSD-2-Clause      | DEPRECATED_ID
            StandardML-NJ                               | SMLNJ             | DEPRECATED_ID
            GPL-2.0-with-classpath-exception            | GPL-2.0-with-classpath-exception | DEPRECATED_ID
            Apache License 2.0                          | Apache-2.0        | NAME
            'Apache License, Version 2.0'               | Apache-2.0        | NAME
            MIT License                                 | MIT               | NAME
            The MIT License                             | MIT               | NAME
            Eclipse Public License - v 2.0              | EPL-2.0           | NAME
            Eclipse Public License - v 1.0              | EPL-1.0           | NAME
            Mozilla Public License 2.0                  | MPL-2.0           | NAME
            GNU General Public License v3.0 or later    | GPL-3.0-or-later  | NAME
            GNU Lesser General Public License v2.1 only | LGPL-2.1-only     | NAME
            BSD 3-Clause "New" or "Revised" License     | BSD-3-Clause      | NAME
            The Unlicense                               | Unlicense         | NAME
            European Union Public Licence 1.2           | EUPL-1.2          | NAME
            Common Development and Distribution License 1.0 | CDDL-1.0      | NAME
            'The Apache Software License, Version 2.0'  | Apache-2.0        | ALIAS
            Apache 2.0                                  | Apache-2.0        | ALIAS
            Apache-2                                    | Apache-2.0        | ALIAS
            Apache 2                                    | Apache-2.0        | ALIAS
            ASL 2.0                                     | Apache-2.0        | ALIAS
            ALv2                                        | Apache-2.0        | ALIAS
            BSD 3-Clause                                | BSD-3-Clause      | ALIAS
            New BSD License                             | BSD-3-Clause      | ALIAS
            Simplified BSD License                      | BSD-2-Clause      | ALIAS
            Eclipse Distribution License - v 1.0        | BSD-3-Clause      | ALIAS
            GNU General Public License v3.0             | GPL-3.0-only      | ALIAS
            GPLv3                                       | GPL-3.0-only      | ALIAS
            GPL v2                                      | GPL-2.0-only      | ALIAS
            GPLv2+                                      | GPL-2.0-or-later  | ALIAS
            LGPL 2.1                                    | LGPL-2.1-only     | ALIAS
            LGPLv3                                      | LGPL-3.0-only     | ALIAS
            AGPLv3                                      | AGPL-3.0-only     | ALIAS
            EPL 1.0                                     | EPL-1.0           | ALIAS
            EPL 2.0                                     | EPL-2.0           | ALIAS
            MPL 2.0                                     | MPL-2.0           | ALIAS
            CDDL 1.1                                    | CDDL-1.1          | ALIAS
            CC0                                         | CC0-1.0           | ALIAS
            Creative Commons Zero                       | CC0-1.0           | ALIAS
            CC0 1.0 Universal                           | CC0-1.0           | ALIAS
            Public Domain (CC0)                         | CC0-1.0           | ALIAS
            https://opensource.org/licenses/MIT         | MIT               | URL
            """)
    void resolvesRealWorldPomNames(String name, String expectedId, MatchKind expectedKind) {
        LicenseMatch match = spdx.resolveName(name);

        assertThat(match.spdxId()).isEqualTo(expectedId);
        assertThat(match.kind()).isEqualTo(expectedKind);
        assertThat(match.canonicalUrl()).isEqualTo("https://spdx.org/licenses/" + expectedId + ".html");
        assertThat(match.resolved()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://www.apache.org/licenses/LICENSE-2.0.txt           | Apache-2.0
            https://www.apache.org/licenses/LICENSE-2.0              | Apache-2.0
            https://www.apache.org/licenses/LICENSE-2.0.html         | Apache-2.0
            www.apache.org/licenses/LICENSE-2.0                      | Apache-2.0
            https://opensource.org/licenses/MIT                      | MIT
            http://www.opensource.org/licenses/mit-license.php       | MIT
            https://spdx.org/licenses/MIT.html                       | MIT
            https://spdx.org/licenses/MIT                            | MIT
            https://www.gnu.org/licenses/gpl-3.0.html                | GPL-3.0-only
            https://www.gnu.org/licenses/gpl-3.0.en.html             | GPL-3.0-only
            http://www.gnu.org/licenses/gpl-3.0.txt                  | GPL-3.0-only
            https://www.gnu.org/licenses/old-licenses/gpl-2.0.html   | GPL-2.0-only
            https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html  | LGPL-2.1-only
            https://www.gnu.org/licenses/lgpl-3.0.html               | LGPL-3.0-only
            https://www.gnu.org/licenses/agpl-3.0.html               | AGPL-3.0-only
            https://creativecommons.org/publicdomain/zero/1.0/       | CC0-1.0
            http://creativecommons.org/publicdomain/zero/1.0/legalcode | CC0-1.0
            https://creativecommons.org/licenses/by/4.0/             | CC-BY-4.0
            https://creativecommons.org/licenses/by-sa/4.0/legalcode.en | CC-BY-SA-4.0
            https://www.eclipse.org/legal/epl-2.0/                   | EPL-2.0
            http://www.eclipse.org/legal/epl-v10.html                | EPL-1.0
            http://www.eclipse.org/org/documents/edl-v10.php         | BSD-3-Clause
            http://www.mozilla.org/MPL/2.0/                          | MPL-2.0
            https://www.mozilla.org/en-US/MPL/2.0/                   | MPL-2.0
            https://opensource.org/licenses/BSD-3-Clause             | BSD-3-Clause
            https://opensource.org/licenses/CDDL-1.0                 | CDDL-1.0
            https://unlicense.org/                                   | Unlicense
            https://api.github.com/licenses/gpl-3.0                  | GPL-3.0-only
            http://choosealicense.com/licenses/mit/                  | MIT
            HTTPS://WWW.APACHE.ORG/LICENSES/LICENSE-2.0#section      | Apache-2.0
            """)
    void resolvesRealWorldLicenseUrls(String url, String expectedId) {
        LicenseMatch match = spdx.resolveUrl(url);

        assertThat(match.spdxId()).isEqualTo(expectedId);
        assertThat(match.kind()).isEqualTo(MatchKind.URL);
        assertThat(spdx.resolve(null, url)).isEqualTo(match);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Public Domain", "public domain", "PD", "Unlicensed", "Apache", "BSD", "BSD License", "LGPL", "GPL",
        "Mozilla Public License", "Other", "None", "NOASSERTION", "NONE", "Proprietary", "GPL-2.1", "GPLv6",
        "MIT OR Apache-2.0", "Public Domain, CC0-1.0, Apache License 2.0", "NASA v3", "-", "...", "License"})
    void leavesNamesThatNameNoSingleLicenseUnresolved(String name) {
        LicenseMatch match = spdx.resolveName(name);

        assertThat(match.kind()).isEqualTo(MatchKind.UNRESOLVED);
        assertThat(match).isEqualTo(LicenseMatch.unresolved());
        assertThatThrownBy(match::spdxId).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(match::canonicalUrl).isInstanceOf(IllegalStateException.class);
        assertThat(match.resolved()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com", "https://example.com/LICENSE", "LICENSE", "N/A", "none",
        "https://github.com/nasa/openmct/blob/master/LICENSES.md", "http://www.opensource.org/licenses/bsd-license.php",
        "https://choosealicense.com/licenses/other/", "https://www.gnu.org/licenses/gpl.html"})
    void leavesUnknownUrlsUnresolved(String url) {
        assertThat(spdx.resolveUrl(url).kind()).isEqualTo(MatchKind.UNRESOLVED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void treatsMissingNamesAndUrlsAsUnresolved(String nothing) {
        assertThat(spdx.resolve(nothing, nothing)).isEqualTo(LicenseMatch.unresolved());
        assertThat(spdx.resolveName(nothing)).isEqualTo(LicenseMatch.unresolved());
        assertThat(spdx.resolveUrl(nothing)).isEqualTo(LicenseMatch.unresolved());
    }

    @Test
    void letsTheNameWinWhenNameAndUrlDisagree() {
        LicenseMatch match = spdx.resolve("Apache License 2.0", "https://www.gnu.org/licenses/gpl-3.0.html");

        assertThat(match.spdxId()).isEqualTo("Apache-2.0");
        assertThat(match.kind()).isEqualTo(MatchKind.NAME);
    }

    @Test
    void letsANameTellOrLaterFromOnlyWhereTheUrlCannot() {
        assertThat(spdx.resolve("GPLv3+", "https://www.gnu.org/licenses/gpl-3.0.html").spdxId())
                .isEqualTo("GPL-3.0-or-later");
    }

    @Test
    void fallsBackToTheUrlWhenTheNameDoesNotResolve() {
        LicenseMatch match = spdx.resolve("Apache", "http://www.apache.org/licenses/LICENSE-2.0.txt");

        assertThat(match.spdxId()).isEqualTo("Apache-2.0");
        assertThat(match.kind()).isEqualTo(MatchKind.URL);
    }

    @Test
    void keepsAnUnresolvableNameAndUrlUnresolved() {
        assertThat(spdx.resolve("Public Domain", "https://www.usa.gov/government-works").kind())
                .isEqualTo(MatchKind.UNRESOLVED);
    }

    @Test
    void resolvesAPlainPublicDomainStatementOnlyWhenItNamesCc0() {
        assertThat(spdx.resolveName("Public Domain").resolved()).isFalse();
        assertThat(spdx.resolveName("Public Domain, CC0").spdxId()).isEqualTo("CC0-1.0");
    }

    @ParameterizedTest(name = "[{index}] {0}: osi={1}, copyleft={2}")
    @CsvSource(delimiter = '|', textBlock = """
            Apache 2.0         | true  | false
            MIT                | true  | false
            BSD-3-Clause       | true  | false
            ISC                | true  | false
            CC0                | false | false
            Unlicense          | true  | false
            GPLv3              | true  | true
            GPL-2.0-or-later   | true  | true
            LGPL 2.1           | true  | true
            AGPLv3             | true  | true
            MPL 2.0            | true  | true
            MPL-2.0-no-copyleft-exception | true | true
            EPL 2.0            | true  | true
            EUPL 1.2           | true  | true
            CDDL 1.0           | true  | true
            OSL-3.0            | true  | true
            CECILL-2.1         | true  | true
            CECILL-B           | false | false
            CC-BY-SA-4.0       | false | true
            CC-BY-4.0          | false | false
            SSPL-1.0           | false | true
            """)
    void flagsOsiApprovalAndCopyleft(String name, boolean osiApproved, boolean copyleft) {
        LicenseMatch match = spdx.resolveName(name);

        assertThat(match.resolved()).isTrue();
        assertThat(match.osiApproved()).as("OSI approved").isEqualTo(osiApproved);
        assertThat(match.copyleft()).as("copyleft").isEqualTo(copyleft);
    }

    @Test
    void neverResolvesToADeprecatedIdThatHasACurrentReplacement() {
        Set<String> deprecatedWithReplacement = spdx.licenses().stream()
                .filter(SpdxLicense::deprecated)
                .filter(l -> !spdx.resolveName(l.id()).spdxId().equals(l.id()))
                .map(SpdxLicense::id)
                .collect(Collectors.toSet());

        assertThat(deprecatedWithReplacement).contains("GPL-3.0", "GPL-2.0+", "LGPL-2.1", "AGPL-1.0", "GFDL-1.3",
                "Nunit", "bzip2-1.0.5", "BSD-2-Clause-NetBSD");
        for (SpdxLicense license : spdx.licenses()) {
            LicenseMatch byId = spdx.resolveName(license.id());
            LicenseMatch byName = spdx.resolveName(license.name());
            assertThat(byName.spdxId()).as("by the name of %s", license.id()).isEqualTo(byId.spdxId());
            assertThat(byId.kind()).isEqualTo(license.deprecated() ? MatchKind.DEPRECATED_ID : MatchKind.ID);
            if (license.deprecated()) {
                assertThat(spdx.byId(byId.spdxId()).orElseThrow().deprecated())
                        .as("replacement of %s", license.id())
                        .isEqualTo(!deprecatedWithReplacement.contains(license.id()));
            }
        }
    }

    @Test
    void resolvesEveryLicenseByItsCanonicalSpdxPage() {
        for (SpdxLicense license : spdx.licenses()) {
            LicenseMatch match = spdx.resolveUrl(license.canonicalUrl());
            assertThat(match.kind()).as(license.id()).isEqualTo(MatchKind.URL);
            assertThat(match.spdxId()).as(license.id()).isEqualTo(spdx.resolveName(license.id()).spdxId());
        }
    }

    @Test
    void givesTheSameAnswerEveryTime() {
        var first = spdx.licenses().stream().map(l -> spdx.resolve(l.name(), l.canonicalUrl())).toList();
        var second = spdx.licenses().stream().map(l -> spdx.resolve(l.name(), l.canonicalUrl())).toList();
        assertThat(second).isEqualTo(first);
    }
}
