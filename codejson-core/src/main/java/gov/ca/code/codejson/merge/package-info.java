/**
 * Aggregation: builds one agency inventory, or one SHARE IT agency index, from many code.json
 * documents of any family (the modules of a build, files and folders, published artifacts), each
 * converted with the migration, with duplicate detection, quarantine of invalid entries and of
 * entries missing a value the migration cannot derive, redaction of releases that are not open
 * source, and a report of all of it.
 *
 * <pre>{@code
 * CodeJson codejson = new CodeJson();
 * List<MergeInput> inputs = List.of(new MergeInput("permits.json", codejson.read(Path.of("permits.json"))),
 *         new MergeInput("maps.json", codejson.read(Path.of("maps.json"))));
 * MergeResult result = new InventoryMerger(codejson).merge(inputs, MergeOptions.defaults().withAgency("CDT"));
 * String codeJson = codejson.write(result.output());
 * }</pre>
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.merge;

import org.jspecify.annotations.NullMarked;
