package gov.ca.code.codejson.cli;

import java.io.PrintWriter;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
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
            conversion = InventoryConversion.of(document, file);
        } catch (DiagnosticException e) {
            e.diagnostics().forEach(d -> err.println(Main.FORMAT.line(d)));
            return null;
        }
        conversion.describe(file).forEach(d -> err.println(Main.FORMAT.line(d)));
        return conversion.inventory();
    }
}
