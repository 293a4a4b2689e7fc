package gov.ca.code.codejson.cli;

import java.io.PrintWriter;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.merge.InventoryConversion;

/**
 * Reads a file of any family as a code.gov 2.0.0 inventory, for the commands that compute on one;
 * a file of another family is converted with the migration, and the conversion is described on
 * standard error.
 */
final class InventoryFiles {

    private InventoryFiles() {
    }

    /** {@return the inventory, or null after printing a located error} */
    static Inventory read(CodeJson codejson, String file, PrintWriter err) {
        Document document = Inputs.readOrReport(codejson, file, null, err);
        if (document == null) {
            return null;
        }
        InventoryConversion conversion;
        try {
            conversion = InventoryConversion.of(document);
        } catch (IllegalArgumentException e) {
            err.println(file + ": error: this " + document.family().id() + " document cannot be read as an inventory: "
                    + e.getMessage());
            return null;
        }
        conversion.describe(file).forEach(line -> err.println(line));
        return conversion.inventory();
    }
}
