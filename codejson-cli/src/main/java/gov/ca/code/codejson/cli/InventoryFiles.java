package gov.ca.code.codejson.cli;

import java.io.PrintWriter;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.codegov.Inventory;

/** Reads a file that must be a code.gov 2.0.0 inventory, for the commands that compute on one. */
final class InventoryFiles {

    private InventoryFiles() {
    }

    /** {@return the inventory, or null after printing a located error} */
    static Inventory read(CodeJson codejson, String file, PrintWriter err) {
        Document document = Inputs.readOrReport(codejson, file, null, err);
        if (document == null) {
            return null;
        }
        if (!(document.root() instanceof Inventory inventory)) {
            err.println(file + ": error: this is a " + document.family().id() + " document; this command needs a code.gov 2.0.0"
                    + " inventory (version, measurementType, agency, releases)");
            return null;
        }
        return inventory;
    }

}
