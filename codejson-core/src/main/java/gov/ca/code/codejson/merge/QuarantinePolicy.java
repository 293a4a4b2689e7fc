package gov.ca.code.codejson.merge;

/** What an aggregate does with an entry that fails validation. */
public enum QuarantinePolicy {
    /** Leave the entry out of the inventory and list it in the report (the default). */
    OMIT,
    /** Keep the entry in the inventory and list it in the report as a warning. */
    KEEP
}
