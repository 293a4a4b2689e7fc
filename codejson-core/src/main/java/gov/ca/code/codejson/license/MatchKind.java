package gov.ca.code.codejson.license;

/** How a license name or URL was matched to an SPDX identifier. */
public enum MatchKind {

    /** The name is a current SPDX license identifier, in any letter case. */
    ID,

    /**
     * The name is a deprecated SPDX identifier. The match carries its current replacement when
     * there is exactly one (for example {@code GPL-3.0} becomes {@code GPL-3.0-only}), otherwise
     * the deprecated identifier itself.
     */
    DEPRECATED_ID,

    /** The name is the full name of an SPDX license, compared loosely (see {@link SpdxLicenses}). */
    NAME,

    /** The name is one of the curated common spellings, such as {@code Apache 2.0} or {@code GPLv3}. */
    ALIAS,

    /** The URL (or a name that is a URL) is a known address of the license text. */
    URL,

    /** Neither the name nor the URL could be matched to an SPDX license. */
    UNRESOLVED
}
