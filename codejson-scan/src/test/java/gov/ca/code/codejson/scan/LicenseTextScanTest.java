package gov.ca.code.codejson.scan;

import static gov.ca.code.codejson.scan.Repos.field;
import static gov.ca.code.codejson.scan.Repos.origin;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spdx.library.ListedLicenses;

import gov.ca.code.codejson.license.SpdxLicenses;

class LicenseTextScanTest {

    private static final String LICENSE = "/releases/0/permissions/licenses/0";

    @TempDir
    Path tmp;

    private static String listText(String id) throws Exception {
        // The text exactly as the SPDX License List in the library's jar holds it.
        LicenseTexts.listVersion();
        return ListedLicenses.getListedLicenses().getListedLicenseById(id).getLicenseText();
    }

    @Test
    void theExactTextOfTheListIsAnExactMatch() throws Exception {
        Repos repo = Repos.create(tmp.resolve("exact")).file("LICENSE", listText("Apache-2.0")).commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, LICENSE + "/name")).isEqualTo("Apache-2.0");
        assertThat(origin(scan, LICENSE).file()).isEqualTo("LICENSE");
        assertThat(origin(scan, LICENSE).how()).startsWith("exact match, SPDX License List 3.");
    }

    /**
     * The licenses the SHARE IT schema names (its enum less {@code Other} and {@code None}) whose
     * listed text is theirs alone are recognised from that text as an exact match.
     */
    @ParameterizedTest
    @ValueSource(strings = {"CC0-1.0", "Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause", "EPL-2.0"})
    void aShareItLicenseIsRecognisedFromItsListedText(String id) throws Exception {
        Repos repo = Repos.create(tmp.resolve(id)).file("LICENSE", listText(id)).commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, LICENSE + "/name")).isEqualTo(id);
        assertThat(origin(scan, LICENSE).how()).startsWith("exact match");
    }

    /**
     * The other SHARE IT licenses share their text with another listed identifier: GPL and LGPL
     * {@code -only} and {@code -or-later} differ by the notice in the sources, not by the license
     * file, and MPL-2.0 by its Exhibit B notice. The text cannot tell them apart, so none is
     * chosen and the file is named with every candidate.
     */
    @ParameterizedTest
    @ValueSource(strings = {"MPL-2.0", "GPL-2.0-only", "GPL-3.0-only", "GPL-3.0-or-later", "LGPL-2.1-only",
        "LGPL-3.0-only"})
    void aShareItLicenseWhoseTextAnotherIdentifierSharesIsNamedWithItsCandidatesAndNotGuessed(String id)
            throws Exception {
        Repos repo = Repos.create(tmp.resolve(id)).file("LICENSE", listText(id)).commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, LICENSE)).isNull();
        assertThat(scan.problems()).filteredOn(p -> p.rule().equals("scan.license-unmatched")).singleElement()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("LICENSE");
                    assertThat(p.message()).contains("matches several licenses", id);
                });
    }

    @Test
    void aTextWithItsOwnCopyrightLineIsATemplateMatch() {
        Repos repo = Repos.create(tmp.resolve("template")).file("LICENSE.md", """
                MIT License

                Copyright (c) 2019-2026 State of Example, Department of Permits

                Permission is hereby granted, free of charge, to any person obtaining a copy
                of this software and associated documentation files (the "Software"), to deal
                in the Software without restriction, including without limitation the rights
                to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
                copies of the Software, and to permit persons to whom the Software is
                furnished to do so, subject to the following conditions:

                The above copyright notice and this permission notice shall be included in all
                copies or substantial portions of the Software.

                THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
                IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
                FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
                AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
                LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
                OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
                SOFTWARE.
                """).commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, LICENSE + "/name")).isEqualTo("MIT");
        assertThat(origin(scan, LICENSE).file()).isEqualTo("LICENSE.md");
        assertThat(origin(scan, LICENSE).how()).startsWith("template match");
        assertThat(field(scan, "/releases/0/permissions/usageType")).isEqualTo("openSource");
    }

    @Test
    void aCombinedOrUnknownTextIsReportedUnmatchedAndNotGuessed() throws Exception {
        Repos repo = Repos.create(tmp.resolve("combined")).file("COPYING",
                "This software may be used only by the Department.\n\n" + listText("MIT") + "\n\nAnd also these extra terms apply.\n")
                .file("package.json", "{\"name\": \"combined\", \"description\": \"Combined terms.\"}")
                .commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, LICENSE)).isNull();
        assertThat(scan.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo("scan.license-unmatched");
            assertThat(p.file()).isEqualTo("COPYING");
            assertThat(p.message()).contains("COPYING", "matches no license");
        });
    }

    @Test
    void aLicenseFileNamingALicenseIsResolvedByName() {
        Repos repo = Repos.create(tmp.resolve("named")).file("LICENSE.txt", "Apache License 2.0\n").commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, LICENSE + "/name")).isEqualTo("Apache-2.0");
        assertThat(origin(scan, LICENSE)).isEqualTo(new Origin("LICENSE.txt", "", "alias/name match, SPDX License List "
                + LicenseTexts.listVersion()));
    }

    @Test
    void theLicenseLibraryIsConfinedToTheListInItsJar() {
        LicenseTexts.listVersion();

        assertThat(System.getProperty(LicenseTexts.JAR_ONLY_PROPERTY)).isEqualTo("true");
    }

    /**
     * A license file's text is matched with the SPDX library's list and a manifest's license name
     * is resolved with the core's table; both are the SPDX License List 3.28.0, so one identifier
     * means the same in both and the report names one version.
     */
    @Test
    void theTextMatchingAndTheNameResolutionReadTheSameSpdxListVersion() {
        assertThat(LicenseTexts.listVersion()).isEqualTo("3.28.0");
        assertThat(SpdxLicenses.bundled().listVersion()).isEqualTo("3.28.0");
    }
}
