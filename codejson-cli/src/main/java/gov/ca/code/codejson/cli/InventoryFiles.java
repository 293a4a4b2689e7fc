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
        return list(names).stream().map(Listed::file).toList();
    }

    /**
     * {@return the files named, as {@link #expand} finds them, each with the name a published page
     * gives it: its path inside the folder named, or the file's own name, so that a page says
     * neither where the files lie on this machine nor from which folder the command ran}
     */
    static List<Listed> list(List<String> names) throws IOException {
        List<Listed> files = new ArrayList<>();
        for (String name : names) {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                Path folder = Files.isDirectory(path.resolve("agencies")) ? path.resolve("agencies") : path;
                try (Stream<Path> children = Files.list(folder)) {
                    children.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
                            .forEach(p -> files.add(new Listed(p.toString(), path.relativize(p).toString().replace('\\', '/'))));
                }
            } else {
                Path own = path.getFileName();
                files.add(new Listed(name, own == null ? name : own.toString()));
            }
        }
        return files;
    }

    /**
     * A file to read and the name it is published under.
     *
     * @param file the path to read, as the user gave it or under the folder they gave
     * @param published the name a page shows
     */
    record Listed(String file, String published) {
    }
}
