/**
 * Offline resolution of license names and URLs, as written in a POM's {@code <licenses>}, to
 * SPDX license identifiers.
 *
 * <p>{@link gov.ca.code.codejson.license.SpdxLicenses#bundled()} gives the SPDX License List
 * bundled with this library; {@link gov.ca.code.codejson.license.SpdxLicenses#resolve(String, String)}
 * turns a license name and URL into a {@link gov.ca.code.codejson.license.LicenseMatch}. Nothing
 * here touches the network: the only I/O is reading the bundled list once.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.license;

import org.jspecify.annotations.NullMarked;
