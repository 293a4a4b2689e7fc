package gov.ca.code.codejson.site;

import java.util.Objects;

import gov.ca.code.codejson.codegov.Inventory;

/**
 * One agency's inventory for the site.
 *
 * @param file the file it was read from, as the user names it; findings name it
 * @param inventory the inventory, as code.gov 2.0.0 (other families converted first)
 */
public record SiteInput(String file, Inventory inventory) {

    /** Creates the record; no component may be null. */
    public SiteInput {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(inventory, "inventory");
    }
}
