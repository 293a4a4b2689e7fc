package gov.ca.code.codejson.migrate;

import java.util.ArrayList;
import java.util.List;

import gov.ca.code.codejson.conversion.Ask;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Diagnostic;

import org.jspecify.annotations.Nullable;

/** Collects the changes and the values to supply while a migration runs. */
final class Recorder {

    private final List<Change> changes = new ArrayList<>();
    private final List<Diagnostic> toFill = new ArrayList<>();
    private final List<Boolean> ifMissing = new ArrayList<>();

    void change(String pointer, @Nullable JsonValue oldValue, @Nullable JsonValue newValue, String reason) {
        changes.add(of(pointer, pointer, oldValue, newValue, reason));
    }

    void moved(String pointer, String from, String reason) {
        changes.add(new Change.Moved(pointer, from, reason));
    }

    void movedAndChanged(String pointer, String from, @Nullable JsonValue oldValue, @Nullable JsonValue newValue, String reason) {
        changes.add(of(pointer, from, oldValue, newValue, reason));
    }

    void dropped(String pointer, String from, @Nullable JsonValue oldValue, String reason) {
        changes.add(of(pointer, from, oldValue, null, reason));
    }

    /** The migration steps hold a field they did not find as null; the log names the kind of change instead. */
    private static Change of(String pointer, String from, @Nullable JsonValue oldValue, @Nullable JsonValue newValue,
            String reason) {
        if (oldValue == null) {
            return newValue == null ? new Change.Moved(pointer, from, reason) : new Change.Added(pointer, from, newValue, reason);
        }
        return newValue == null ? new Change.Dropped(pointer, from, oldValue, reason)
                : new Change.Replaced(pointer, from, oldValue, newValue, reason);
    }

    /**
     * A value that cannot be derived: the output leaves it out, the user must supply it. When the
     * source already had a member of that name (a field of the target family left in a file of the
     * old one), it was carried over and nothing is asked.
     */
    void fill(String pointer, String message) {
        toFill.add(Diagnostic.at(pointer, "migrate.fill", Severity.ERROR, message, Location.UNKNOWN));
        ifMissing.add(true);
    }

    /** A value carried over as it was, which the target family does not allow: the user must replace it. */
    void replace(String pointer, String message) {
        toFill.add(Diagnostic.at(pointer, "migrate.fill", Severity.ERROR, message, Location.UNKNOWN));
        ifMissing.add(false);
    }

    /** A value that was carried over but whose meaning changed between the families. */
    void review(String pointer, String message) {
        toFill.add(Diagnostic.at(pointer, "migrate.review", Severity.WARNING, message, Location.UNKNOWN));
        ifMissing.add(false);
    }

    /** Records what a conversion rule asks for, as {@link #fill}, {@link #replace} or {@link #review}. */
    void ask(Ask ask) {
        switch (ask.kind()) {
            case FILL -> fill(ask.pointer(), ask.message());
            case REPLACE -> replace(ask.pointer(), ask.message());
            case REVIEW -> review(ask.pointer(), ask.message());
            default -> throw new IllegalStateException("unknown kind " + ask.kind());
        }
    }

    /** {@return the log of a migration whose main output is {@code output}} */
    ChangeLog log(JsonValue output) {
        List<Diagnostic> asked = new ArrayList<>();
        for (int i = 0; i < toFill.size(); i++) {
            Diagnostic v = toFill.get(i);
            if (!ifMissing.get(i) || JsonPointer.resolve(output, v.pointer()).isEmpty()) {
                asked.add(v);
            }
        }
        asked.sort(java.util.Comparator.comparing(Diagnostic::pointer));
        return new ChangeLog(changes, asked);
    }
}
