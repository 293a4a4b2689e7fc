package gov.ca.code.codejson.license;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the SPDX License List.
 *
 * @param id the SPDX license identifier, such as {@code Apache-2.0}
 * @param name the full name, such as {@code Apache License 2.0}
 * @param osiApproved whether the list marks the license as approved by the Open Source Initiative
 * @param fsfLibre whether the list marks the license as free by the Free Software Foundation
 * @param deprecated whether the identifier is deprecated in favour of another one
 * @param seeAlso other addresses of the license text, as listed by SPDX; never {@code null}
 */
public record SpdxLicense(
        String id, String name, boolean osiApproved, boolean fsfLibre, boolean deprecated, List<String> seeAlso) {

    /** Where every SPDX license has its page. */
    private static final String SPDX_LICENSES_URL = "https://spdx.org/licenses/";

    /**
     * Rejects a blank identifier or name and copies {@code seeAlso}.
     *
     * @param id the SPDX license identifier
     * @param name the full name
     * @param osiApproved whether the license is OSI approved
     * @param fsfLibre whether the license is FSF libre
     * @param deprecated whether the identifier is deprecated
     * @param seeAlso other addresses of the license text
     * @throws IllegalArgumentException if {@code id} or {@code name} is blank
     * @throws NullPointerException if an argument or a {@code seeAlso} element is {@code null}
     */
    public SpdxLicense {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("an SPDX license needs an id and a name");
        }
        seeAlso = List.copyOf(Objects.requireNonNull(seeAlso, "seeAlso"));
    }

    /**
     * Returns the license's page on the SPDX site.
     *
     * @return {@code https://spdx.org/licenses/<id>.html}
     */
    public String canonicalUrl() {
        return SPDX_LICENSES_URL + id + ".html";
    }

    /**
     * Tells whether the license is a strong or weak copyleft license.
     *
     * <p>It is when its identifier is one of these family names, or starts with one followed by
     * a hyphen: AGPL, APSL, CC-BY-NC-SA, CC-BY-SA, CDDL, CECILL-1.0, CECILL-1.1, CECILL-2.0,
     * CECILL-2.1, CECILL-C, CERN-OHL-S, CERN-OHL-W, CPAL, CPL, eCos, EPL, EUPL, GFDL, GPL, IPL,
     * LGPL, MPL, MS-RL, NPL, ODbL, OSL, RPL, RPSL, Sleepycat, SPL, SSPL, wxWindows. That is the
     * GNU licenses, the file- or library-level (weak) copyleft licenses such as MPL, EPL, CDDL
     * and LGPL, the strong ones such as OSL, EUPL and SSPL, CeCILL except the permissive
     * CeCILL-B, and the share-alike content licenses. Permissive licenses and public-domain
     * dedications are not copyleft.
     *
     * @return {@code true} for a license of a copyleft family
     */
    public boolean copyleft() {
        return CopyleftFamilies.contains(id);
    }
}
