package gov.ca.code.codejson.license;

import java.util.List;

/** The SPDX identifier families that count as copyleft, strong or weak. */
final class CopyleftFamilies {

    /**
     * The families, each an identifier or the part of one before a hyphen. Keep the list in the
     * Javadoc of {@link SpdxLicense#copyleft()} in step with this one.
     */
    static final List<String> FAMILIES = List.of(
            "AGPL", "APSL", "CC-BY-NC-SA", "CC-BY-SA", "CDDL", "CECILL-1.0", "CECILL-1.1", "CECILL-2.0",
            "CECILL-2.1", "CECILL-C", "CERN-OHL-S", "CERN-OHL-W", "CPAL", "CPL", "eCos", "EPL", "EUPL", "GFDL",
            "GPL", "IPL", "LGPL", "MPL", "MS-RL", "NPL", "ODbL", "OSL", "RPL", "RPSL", "Sleepycat", "SPL",
            "SSPL", "wxWindows");

    private CopyleftFamilies() {
    }

    /**
     * Tells whether an SPDX identifier belongs to a copyleft family.
     *
     * @param id an SPDX identifier, compared case-sensitively as SPDX spells it
     * @return {@code true} if {@code id} is a family name or starts with one followed by {@code -}
     */
    static boolean contains(String id) {
        for (String family : FAMILIES) {
            if (id.equals(family) || id.startsWith(family + "-")) {
                return true;
            }
        }
        return false;
    }
}
