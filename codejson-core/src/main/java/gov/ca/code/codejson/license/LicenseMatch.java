package gov.ca.code.codejson.license;

import java.util.Objects;

/**
 * The result of resolving a license name and URL to an SPDX license: {@link Resolved}, which
 * names the license, or {@link Unresolved}, which names none.
 */
public sealed interface LicenseMatch permits LicenseMatch.Resolved, LicenseMatch.Unresolved {

    /** {@return how the license was matched; {@link MatchKind#UNRESOLVED} when it was not} */
    MatchKind kind();

    /** {@return whether the SPDX list marks the license as approved by the Open Source Initiative; false when unresolved} */
    boolean osiApproved();

    /** {@return whether the license belongs to a strong or weak copyleft family, as {@link SpdxLicense#copyleft()} defines; false when unresolved} */
    boolean copyleft();

    /**
     * The SPDX license identifier. Only a resolved match has one: test {@link #resolved()} first,
     * or match on {@link Resolved}.
     *
     * @return the identifier
     * @throws IllegalStateException when the match is unresolved
     */
    String spdxId();

    /**
     * The SPDX page of the license, {@code https://spdx.org/licenses/<id>.html}. Only a resolved
     * match has one: test {@link #resolved()} first, or match on {@link Resolved}.
     *
     * @return the URL
     * @throws IllegalStateException when the match is unresolved
     */
    String canonicalUrl();

    /**
     * Returns the match of a license that could not be resolved.
     *
     * @return the unresolved match
     */
    static LicenseMatch unresolved() {
        return Unresolved.INSTANCE;
    }

    /**
     * Returns the match of a license found in the SPDX list.
     *
     * @param license the license that was matched
     * @param kind how it was matched; not {@link MatchKind#UNRESOLVED}
     * @return the match, with the license's canonical URL and flags
     */
    static LicenseMatch of(SpdxLicense license, MatchKind kind) {
        Objects.requireNonNull(license, "license");
        return new Resolved(license.id(), kind, license.canonicalUrl(), license.osiApproved(), license.copyleft());
    }

    /**
     * Tells whether an SPDX license was found.
     *
     * @return {@code true} unless {@code kind} is {@link MatchKind#UNRESOLVED}
     */
    default boolean resolved() {
        return this instanceof Resolved;
    }

    /**
     * A license found in the SPDX list.
     *
     * @param spdxId the SPDX license identifier
     * @param kind how the license was matched; not {@link MatchKind#UNRESOLVED}
     * @param canonicalUrl the SPDX page of the license, {@code https://spdx.org/licenses/<id>.html}
     * @param osiApproved whether the SPDX list marks the license as approved by the Open Source
     *     Initiative
     * @param copyleft whether the license belongs to a strong or weak copyleft family, as defined
     *     by {@link SpdxLicense#copyleft()}
     */
    record Resolved(String spdxId, MatchKind kind, String canonicalUrl, boolean osiApproved, boolean copyleft)
            implements LicenseMatch {
        /**
         * Checks that the match names a license.
         *
         * @throws IllegalArgumentException if the identifier is blank or the kind is {@link MatchKind#UNRESOLVED}
         */
        public Resolved {
            Objects.requireNonNull(spdxId, "spdxId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(canonicalUrl, "canonicalUrl");
            if (kind == MatchKind.UNRESOLVED || spdxId.isBlank()) {
                throw new IllegalArgumentException("a resolved match needs an SPDX id and its URL");
            }
        }
    }

    /** A license that is not in the SPDX list under any identifier, name, alias or URL. */
    record Unresolved() implements LicenseMatch {
        private static final Unresolved INSTANCE = new Unresolved();

        @Override
        public MatchKind kind() {
            return MatchKind.UNRESOLVED;
        }

        @Override
        public boolean osiApproved() {
            return false;
        }

        @Override
        public boolean copyleft() {
            return false;
        }

        @Override
        public String spdxId() {
            throw new IllegalStateException("an unresolved match names no license");
        }

        @Override
        public String canonicalUrl() {
            throw new IllegalStateException("an unresolved match names no license");
        }
    }
}
