/**
 * Aggregation: builds one agency inventory, or one SHARE IT agency index, from many code.json
 * documents of any family (the modules of a build, files and folders, published artifacts), each
 * converted with the migration, with duplicate detection, quarantine of invalid entries and of
 * entries missing a value the migration cannot derive, redaction of releases that are not open
 * source, and a report of all of it.
 *
 * <pre>{@code
 * List<MergeInput> inputs = MergeInputs.read(new CodeJson(), List.of(Path.of("inventories")));
 * MergeResult result = new InventoryMerger(new CodeJson()).merge(inputs, MergeOptions.defaults().withAgency("CDT"));
 * String codeJson = new CodeJson().write(result.output());
 * }</pre>
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.merge;

import org.jspecify.annotations.NullMarked;
