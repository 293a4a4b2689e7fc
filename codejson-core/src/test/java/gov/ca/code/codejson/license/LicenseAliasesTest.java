package gov.ca.code.codejson.license;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Guards the curated tables against drifting away from the bundled SPDX list. */
class LicenseAliasesTest {

    private final SpdxLicenses spdx = SpdxLicenses.bundled();

    @Test
    void everyNameAliasPointsToACurrentIdOfTheBundledList() {
        assertThat(LicenseAliases.NAMES).isNotEmpty();
        LicenseAliases.NAMES.keySet().forEach(id -> assertThat(spdx.byId(id))
                .as("alias target %s", id)
                .hasValueSatisfying(license -> {
                    assertThat(license.id()).isEqualTo(id);
                    assertThat(license.deprecated()).isFalse();
                }));
    }

    @Test
    void everyNameAliasResolvesAsAnAliasToItsTarget() {
        LicenseAliases.NAMES.forEach((id, spellings) -> spellings.forEach(spelling -> {
            LicenseMatch match = spdx.resolveName(spelling);
            assertThat(match.spdxId()).as(spelling).isEqualTo(id);
            // An alias that an SPDX id or name already resolves is dead weight in the table.
            assertThat(match.kind()).as(spelling).isEqualTo(MatchKind.ALIAS);
        }));
    }

    @Test
    void everyUrlAliasResolvesToItsTarget() {
        assertThat(LicenseAliases.URLS).isNotEmpty();
        LicenseAliases.URLS.forEach((url, id) -> {
            assertThat(spdx.byId(id)).as(url).hasValueSatisfying(license -> assertThat(license.deprecated()).isFalse());
            assertThat(spdx.resolveUrl(url).spdxId()).as(url).isEqualTo(id);
        });
    }

    @Test
    void everyDeprecatedReplacementLeadsFromADeprecatedIdToACurrentOne() {
        LicenseAliases.DEPRECATED.forEach((deprecated, current) -> {
            assertThat(spdx.byId(deprecated)).as(deprecated)
                    .hasValueSatisfying(license -> assertThat(license.deprecated()).isTrue());
            assertThat(spdx.byId(current)).as(current)
                    .hasValueSatisfying(license -> assertThat(license.deprecated()).isFalse());
            assertThat(spdx.resolveName(deprecated).spdxId()).isEqualTo(current);
        });
    }

    @Test
    void everyCopyleftFamilyNamesAtLeastOneBundledLicense() {
        for (String family : CopyleftFamilies.FAMILIES) {
            assertThat(spdx.licenses())
                    .as("licenses of the %s family", family)
                    .anySatisfy(license -> assertThat(CopyleftFamilies.contains(license.id())
                            && (license.id().equals(family) || license.id().startsWith(family + "-"))).isTrue());
        }
    }
}
