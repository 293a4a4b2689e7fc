package gov.ca.code.codejson.license;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseKeysTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'The Apache Software License, Version 2.0' | apache software license 2
            Apache License 2.0                         | apache license 2
            APACHE-2                                   | apache 2
            ALv2                                       | al 2
            GPLv3                                      | gpl 3
            GPL.v3                                     | gpl 3
            GPL v3.0                                   | gpl 3
            GNU GPL version 3                          | gnu gpl 3
            LGPL 2.1+                                  | lgpl 2.1+
            LGPLv2.1                                   | lgpl 2.1
            Eclipse Public License - v 2.0             | eclipse public license 2
            Creative Commons Zero (CC0)                | creative commons zero cc 0
            European Union Public Licence 1.2          | european union public license 1.2
            BSD 3-Clause "New" or "Revised" License    | bsd 3 clause new or revised license
            Version 1.0.1                              | 1.0.1
            '  '                                       | ''
            """)
    void reducesNamesToKeys(String name, String key) {
        assertThat(LicenseKeys.name(name)).isEqualTo(key);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://www.apache.org/licenses/LICENSE-2.0.txt            | apache.org/licenses/license-2.0
            https://apache.org/licenses/LICENSE-2.0/                  | apache.org/licenses/license-2.0
            www.apache.org/licenses/LICENSE-2.0.html                  | apache.org/licenses/license-2.0
            https://www.gnu.org/licenses/gpl-3.0.en.html              | gnu.org/licenses/gpl-3.0
            https://opensource.org/licenses/mit-license.php           | opensource.org/licenses/mit-license
            https://creativecommons.org/licenses/by/4.0/legalcode.en  | creativecommons.org/licenses/by/4.0
            https://creativecommons.org/licenses/by/4.0/deed.en       | creativecommons.org/licenses/by/4.0
            https://spdx.org/licenses/MIT.json                        | spdx.org/licenses/mit
            https://example.org/license?id=7#top                      | example.org/license?id=7
            """)
    void reducesUrlsToKeys(String url, String key) {
        assertThat(LicenseKeys.url(url)).isEqualTo(key);
    }

    @Test
    void reducesAMegabyteOfHostileTextInOnePass() {
        // A run of slashes that does not end the URL made "/+$" try every slash of it: quadratic.
        String slashes = "/".repeat(1 << 20);
        assertThat(LicenseKeys.url("https://example.gov" + slashes + "x")).isEqualTo("example.gov" + slashes + "x");
        assertThat(LicenseKeys.url("https://example.gov/a" + slashes)).isEqualTo("example.gov/a");
        assertThat(LicenseKeys.url(".en".repeat(1 << 18) + "/legalcode")).isEqualTo(".en".repeat(1 << 18));
        assertThat(LicenseKeys.name("v".repeat(1 << 20) + " 2.0")).isEqualTo("v".repeat(1 << 20) + " 2");
        assertThat(LicenseKeys.name(" .".repeat(1 << 19) + "MIT")).isEqualTo("mit");
    }
}
