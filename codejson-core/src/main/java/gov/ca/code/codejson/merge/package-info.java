/**
 * Aggregation: builds one agency inventory from many code.json documents (the modules of a
 * build, files and folders, published artifacts), with duplicate detection, quarantine of
 * invalid entries, redaction of releases that are not open source, and a report of all three.
 *
 * <pre>{@code
 * List<MergeInput> inputs = MergeInputs.read(new CodeJson(), List.of(Path.of("inventories")));
 * MergeResult result = new InventoryMerger(new CodeJson()).merge(inputs, MergeOptions.defaults().withAgency("CDT"));
 * String codeJson = new CodeJson().write(result.inventory());
 * }</pre>
 */
package gov.ca.code.codejson.merge;
