package gov.ca.code.codejson.license;

import java.util.List;
import java.util.Map;

/**
 * Curated tables for what the SPDX list alone cannot resolve: common spellings of license names
 * in POMs, well-known license URLs that SPDX does not list, and replacements of deprecated
 * identifiers that do not follow the {@code -only}/{@code -or-later} rule.
 *
 * <p>Entries are matched through {@link LicenseKeys}, so each spelling stands for every variant
 * that differs only in case, punctuation, {@code v}/{@code version} markers or a trailing
 * {@code .0}. Spellings that name no single license are left out on purpose: {@code Apache},
 * {@code BSD}, {@code BSD License}, {@code LGPL}, {@code GPL}, {@code Public Domain},
 * {@code Unlicensed} (which means the opposite of {@code Unlicense}) and GPL with the Classpath
 * exception (an SPDX expression, not one identifier).
 */
final class LicenseAliases {

    /**
     * SPDX identifiers mapped to common spellings of their names that neither the identifier nor
     * the SPDX full name already matches.
     */
    static final Map<String, List<String>> NAMES = Map.ofEntries(
            // Apache
            Map.entry("Apache-2.0", List.of(
                    "Apache 2.0", "Apache-2", "Apache v2", "The Apache Software License, Version 2.0",
                    "Apache Software License 2.0", "Apache Software License - Version 2.0",
                    "Apache Public License 2.0", "ASL 2.0", "ASL2", "ASF 2.0", "ALv2", "AL 2.0")),
            Map.entry("Apache-1.1", List.of("Apache 1.1", "The Apache Software License, Version 1.1", "ASL 1.1")),
            // MIT and BSD
            Map.entry("MIT", List.of("MIT License (MIT)", "The MIT License (MIT)", "Expat")),
            Map.entry("BSD-3-Clause", List.of(
                    "BSD 3-Clause", "BSD 3-Clause License", "3-Clause BSD License", "BSD-3", "New BSD License",
                    "New BSD", "BSD New", "Modified BSD License", "Revised BSD License",
                    "Eclipse Distribution License - v 1.0", "Eclipse Distribution License 1.0", "EDL 1.0")),
            Map.entry("BSD-2-Clause", List.of(
                    "BSD 2-Clause", "BSD 2-Clause License", "2-Clause BSD License", "BSD-2",
                    "Simplified BSD License", "Simplified BSD", "FreeBSD License")),
            // GNU
            Map.entry("GPL-2.0-only", List.of(
                    "GNU General Public License v2.0", "GNU General Public License, version 2", "GNU GPL v2",
                    "GNU GPLv2", "GPLv2", "GPL v2", "GPL-2", "GPL 2.0", "GPL2")),
            Map.entry("GPL-2.0-or-later", List.of("GPLv2+", "GPL v2+", "GPL 2.0+", "GPL2+")),
            Map.entry("GPL-3.0-only", List.of(
                    "GNU General Public License v3.0", "GNU General Public License, version 3", "GNU GPL v3",
                    "GNU GPLv3", "GPLv3", "GPL v3", "GPL-3", "GPL 3.0", "GPL3")),
            Map.entry("GPL-3.0-or-later", List.of("GPLv3+", "GPL v3+", "GPL 3.0+", "GPL3+")),
            Map.entry("LGPL-2.1-only", List.of(
                    "GNU Lesser General Public License v2.1", "GNU Lesser General Public License, version 2.1",
                    "GNU Library or Lesser General Public License 2.1", "GNU LGPL 2.1", "LGPL 2.1", "LGPLv2.1")),
            Map.entry("LGPL-2.1-or-later", List.of("LGPL 2.1+", "LGPLv2.1+")),
            Map.entry("LGPL-3.0-only", List.of(
                    "GNU Lesser General Public License v3.0", "GNU Lesser General Public License, version 3",
                    "GNU LGPL 3", "GNU LGPLv3", "LGPL 3", "LGPL-3", "LGPLv3")),
            Map.entry("LGPL-3.0-or-later", List.of("LGPL 3+", "LGPLv3+")),
            Map.entry("AGPL-3.0-only", List.of(
                    "GNU AGPL v3", "GNU AGPLv3", "Affero GPL 3", "AGPLv3", "AGPL 3", "AGPL-3")),
            Map.entry("AGPL-3.0-or-later", List.of("AGPLv3+", "AGPL 3+")),
            // Eclipse, Mozilla, CDDL, EUPL
            Map.entry("EPL-1.0", List.of("EPL 1.0", "EPLv1")),
            Map.entry("EPL-2.0", List.of("EPL 2.0", "EPLv2")),
            Map.entry("MPL-1.1", List.of("MPL 1.1", "MPLv1.1")),
            Map.entry("MPL-2.0", List.of("MPL 2.0", "MPLv2")),
            Map.entry("CDDL-1.0", List.of(
                    "CDDL 1.0", "Common Development and Distribution License (CDDL) v1.0",
                    "COMMON DEVELOPMENT AND DISTRIBUTION LICENSE (CDDL) Version 1.0")),
            Map.entry("CDDL-1.1", List.of("CDDL 1.1", "Common Development and Distribution License (CDDL) v1.1")),
            Map.entry("EUPL-1.1", List.of("EUPL 1.1")),
            Map.entry("EUPL-1.2", List.of("EUPL 1.2")),
            // Public domain dedications, only where CC0 or the Unlicense is named
            Map.entry("CC0-1.0", List.of(
                    "CC0", "CC0 1.0", "CC0 1.0 Universal", "CC0 1.0 Universal Public Domain Dedication",
                    "CC0 Public Domain Dedication", "Creative Commons Zero", "Creative Commons Zero (CC0)",
                    "Creative Commons CC0", "Creative Commons CC0 1.0 Universal", "Public Domain (CC0)",
                    "Public Domain, CC0", "Public Domain, CC0-1.0")),
            Map.entry("Unlicense", List.of("The Unlicense (Unlicense)", "Unlicense.org")),
            // Creative Commons with attribution
            Map.entry("CC-BY-4.0", List.of("CC BY 4.0", "Creative Commons Attribution 4.0")),
            Map.entry("CC-BY-SA-4.0", List.of("CC BY-SA 4.0", "Creative Commons Attribution-ShareAlike 4.0")),
            // Others often seen in POMs or inventories
            Map.entry("ISC", List.of("ISC License (ISC)")),
            Map.entry("BSL-1.0", List.of("Boost Software License", "Boost License 1.0")),
            Map.entry("UPL-1.0", List.of("UPL 1.0")),
            Map.entry("NASA-1.3", List.of("NASA Open Source v1.3", "NOSA 1.3")),
            Map.entry("OFL-1.1", List.of("SIL OFL 1.1", "OFL 1.1")),
            Map.entry("Zlib", List.of("zlib/libpng License")));

    /**
     * Well-known license URLs that the SPDX list does not give, mapped to SPDX identifiers. The
     * version-numbered GNU pages serve both the {@code -only} and {@code -or-later} variant; like
     * the deprecated identifiers, they resolve to {@code -only}.
     */
    static final Map<String, String> URLS = Map.ofEntries(
            Map.entry("https://www.gnu.org/licenses/gpl-2.0.html", "GPL-2.0-only"),
            Map.entry("https://www.gnu.org/licenses/gpl-3.0.html", "GPL-3.0-only"),
            Map.entry("https://www.gnu.org/licenses/lgpl-2.1.html", "LGPL-2.1-only"),
            Map.entry("https://www.gnu.org/licenses/lgpl-3.0.html", "LGPL-3.0-only"),
            Map.entry("https://www.gnu.org/licenses/agpl-3.0.html", "AGPL-3.0-only"),
            Map.entry("https://opensource.org/licenses/mit-license.php", "MIT"),
            Map.entry("https://mit-license.org/", "MIT"),
            Map.entry("https://creativecommons.org/publicdomain/zero/1.0/", "CC0-1.0"),
            Map.entry("https://www.mozilla.org/en-US/MPL/2.0/", "MPL-2.0"));

    /**
     * Replacements of deprecated identifiers that are not the identifier with {@code -only}
     * appended (or, for one ending in {@code +}, with {@code -or-later} instead of the {@code +}).
     */
    static final Map<String, String> DEPRECATED = Map.of(
            "BSD-2-Clause-FreeBSD", "BSD-2-Clause",
            "BSD-2-Clause-NetBSD", "BSD-2-Clause",
            "bzip2-1.0.5", "bzip2-1.0.6",
            "Nunit", "zlib-acknowledgement",
            "StandardML-NJ", "SMLNJ");

    private LicenseAliases() {
    }
}
