package gov.ca.code.codejson.readme;

import java.io.IOException;
import java.nio.file.Path;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.validation.Profile;

/** The library example of the README, compiled with the tests; {@code ReadmeTest} checks the quote. */
final class LibraryExample {

    private LibraryExample() {
    }

    static void run() throws JsonReadException, IOException {
        // README begin
        CodeJson codejson = new CodeJson();
        Document document = codejson.read(Path.of("code.json"));            // detects the family
        ValidationReport report = codejson.validate(document, Profile.CALIFORNIA);
        for (Diagnostic v : report.violations()) {
            System.out.printf("%s %s %s: %s [%s]%n", v.location(), v.severity().label(), v.pointer(), v.message(), v.rule());
        }
        Inventory inventory = document.root(Inventory.class);
        inventory.releaseList().forEach(r -> System.out.println(r.name().orElse("?")));
        codejson.write(document, Path.of("code.json"));                     // canonical, atomic
        // README end
    }
}
