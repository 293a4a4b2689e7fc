package gov.ca.code.codejson.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.migrate.ChangeLog;
import gov.ca.code.codejson.migrate.Migrator;
import gov.ca.code.codejson.text.Counts;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.json.ReadLimits;

/**
 * A document of any family as a code.gov 2.0.0 inventory, the form merge, metrics and diff compute
 * on. A document of another family is converted by the {@link Migrator}, the same conversion as
 * {@code codejson migrate --to codegov-2.0.0}; what the conversion could not derive is left out
 * and listed in {@link #notDerived()}, never filled with a guess.
 *
 * @param from the family of the document as read
 * @param document the code.gov 2.0.0 document: the one read, or the converted one
 * @param log the changes of the conversion; empty for a code.gov 2.0.0 document
 */
public record InventoryConversion(Family from, Document document, ChangeLog log) {

    // Unbounded depth: the merger checks once, against its reader's limits, that the aggregate reads back.
    private static final Migrator MIGRATOR = new Migrator(ReadLimits.DEFAULT.withMaxNestingDepth(ReadLimits.MAX_NESTING_DEPTH));

    /** Creates the record; the document must be a code.gov 2.0.0 inventory. */
    public InventoryConversion {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(log, "log");
        if (!(document.root() instanceof Inventory)) {
            throw new IllegalArgumentException("the converted document is a " + document.family().id() + " document");
        }
    }

    /**
     * Converts a document to a code.gov 2.0.0 inventory; a code.gov 2.0.0 inventory is taken as it is.
     *
     * @param document the document as read
     * @return the conversion
     * @throws IllegalArgumentException when no conversion leads from the document's family to code.gov 2.0.0;
     *     the message names the supported ones
     */
    public static InventoryConversion of(Document document) {
        if (document.root() instanceof Inventory) {
            return new InventoryConversion(document.family(), document, new ChangeLog(List.of(), List.of()));
        }
        var migration = MIGRATOR.migrate(document, Family.CODEGOV_2_0_0);
        return new InventoryConversion(document.family(), migration.document(), migration.log());
    }

    /**
     * Converts a document to a code.gov 2.0.0 inventory, for the commands and goals that compute on
     * one (metrics, diff); the one place that checks that a file can be one.
     *
     * @param document the document as read
     * @param origin how diagnostics name the input, such as its path
     * @return the conversion; {@link #describe(String)} says what it did
     * @throws DiagnosticException when no conversion leads from the document's family to code.gov 2.0.0
     */
    public static InventoryConversion of(Document document, String origin) throws DiagnosticException {
        try {
            return of(document);
        } catch (IllegalArgumentException e) {
            throw new DiagnosticException(List.of(new Diagnostic(origin, Location.UNKNOWN, Subject.FILE,
                    "migrate.not-convertible", Severity.ERROR, "this " + document.family().id()
                    + " document cannot be read as an inventory: " + e.getMessage())));
        }
    }

    /** {@return the inventory} */
    public Inventory inventory() {
        return document.root(Inventory.class);
    }

    /** {@return whether the document was converted from another family} */
    public boolean converted() {
        return from != Family.CODEGOV_2_0_0;
    }

    /** {@return what the conversion could not derive, one error per value, with its pointer in the inventory} */
    public List<Diagnostic> notDerived() {
        return log.toFill();
    }

    /**
     * Describes the conversion for the person who runs the command: nothing for a code.gov 2.0.0
     * document, else one info naming the families and the number of changes, then one warning per
     * value that could not be derived.
     *
     * @param origin how diagnostics name the input, such as its path
     * @return the diagnostics
     */
    public List<Diagnostic> describe(String origin) {
        if (!converted()) {
            return List.of();
        }
        List<Diagnostic> lines = new ArrayList<>();
        lines.add(new Diagnostic(origin, Location.UNKNOWN, Subject.FILE, "migrate.converted", Severity.INFO,
                "converted from " + from.id() + " to " + Family.CODEGOV_2_0_0.id() + " ("
                + Counts.of(log.changes().size(), "change") + ", " + Counts.of(notDerived().size(), "value")
                + " not derived)"
                + (notDerived().isEmpty() ? "" : "; migrate it to codegov-2.0.0 to see every change")));
        for (Diagnostic v : notDerived()) {
            lines.add(new Diagnostic(origin, Location.UNKNOWN, v.subject(), v.rule(), Severity.WARNING,
                    "not derived: " + v.message()));
        }
        return List.copyOf(lines);
    }
}
