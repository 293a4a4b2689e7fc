/**
 * Generation of a code.json entry from what a build knows about a project: typed
 * {@link gov.ca.code.codejson.generate.GenerationSettings} parsed once from raw values keyed by
 * {@link gov.ca.code.codejson.generate.Setting}, one field mapping per field of the entry, the
 * assemblers that combine them, and the {@link gov.ca.code.codejson.generate.Generation} they give.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; a value that may be absent, such as a
 * setting not set or a text the project model does not define, is marked so. Lists are never null.
 */
@NullMarked
package gov.ca.code.codejson.generate;

import org.jspecify.annotations.NullMarked;
