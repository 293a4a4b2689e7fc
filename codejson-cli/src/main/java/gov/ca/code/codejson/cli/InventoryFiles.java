package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * {@return the files named, a folder standing for the {@code .json} files in it, sorted; a
     * harvest's output folder for the files of its {@code agencies} folder}
     */
    static List<String> expand(List<String> names) throws IOException {
        List<String> files = new ArrayList<>();
        for (String name : names) {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                Path folder = Files.isDirectory(path.resolve("agencies")) ? path.resolve("agencies") : path;
                try (Stream<Path> children = Files.list(folder)) {
                    children.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).map(Path::toString)
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(name);
            }
        }
        return files;
    }
}
