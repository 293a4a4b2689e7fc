package gov.ca.code.codejson.license;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The result of resolving a license name and URL to an SPDX license.
 *
 * <p>When {@code kind} is {@link MatchKind#UNRESOLVED}, {@code spdxId} and {@code canonicalUrl}
 * are {@code null} and both flags are {@code false}; otherwise neither is {@code null}.
 *
 * @param spdxId the SPDX license identifier, or {@code null} when unresolved
 * @param kind how the license was matched
 * @param canonicalUrl the SPDX page of the license, {@code https://spdx.org/licenses/<id>.html},
 *     or {@code null} when unresolved
 * @param osiApproved whether the SPDX list marks the license as approved by the Open Source
 *     Initiative
 * @param copyleft whether the license belongs to a strong or weak copyleft family, as defined
 *     by {@link SpdxLicense#copyleft()}
 */
public record LicenseMatch(
        @Nullable String spdxId, MatchKind kind, @Nullable String canonicalUrl, boolean osiApproved, boolean copyleft) {

    private static final LicenseMatch UNRESOLVED =
            new LicenseMatch(null, MatchKind.UNRESOLVED, null, false, false);

    /**
     * Checks that an unresolved match carries no license and a resolved one carries both its
     * identifier and its URL.
     *
     * @param spdxId the SPDX license identifier, or {@code null} when unresolved
     * @param kind how the license was matched
     * @param canonicalUrl the SPDX page of the license, or {@code null} when unresolved
     * @param osiApproved whether the license is OSI approved
     * @param copyleft whether the license belongs to a copyleft family
     * @throws IllegalArgumentException if the components contradict each other
     */
    public LicenseMatch {
        Objects.requireNonNull(kind, "kind");
        if (kind == MatchKind.UNRESOLVED) {
            if (spdxId != null || canonicalUrl != null || osiApproved || copyleft) {
                throw new IllegalArgumentException("an unresolved match carries no license");
            }
        } else if (spdxId == null || spdxId.isBlank() || canonicalUrl == null) {
            throw new IllegalArgumentException("a resolved match needs an SPDX id and its URL");
        }
    }

    /**
     * Returns the match of a license that could not be resolved.
     *
     * @return the unresolved match
     */
    public static LicenseMatch unresolved() {
        return UNRESOLVED;
    }

    /**
     * Returns the match of a license found in the SPDX list.
     *
     * @param license the license that was matched
     * @param kind how it was matched; not {@link MatchKind#UNRESOLVED}
     * @return the match, with the license's canonical URL and flags
     */
    public static LicenseMatch of(SpdxLicense license, MatchKind kind) {
        Objects.requireNonNull(license, "license");
        return new LicenseMatch(
                license.id(), kind, license.canonicalUrl(), license.osiApproved(), license.copyleft());
    }

    /**
     * Tells whether an SPDX license was found.
     *
     * @return {@code true} unless {@code kind} is {@link MatchKind#UNRESOLVED}
     */
    public boolean resolved() {
        return kind != MatchKind.UNRESOLVED;
    }
}
