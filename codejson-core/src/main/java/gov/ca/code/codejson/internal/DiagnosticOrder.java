package gov.ca.code.codejson.internal;

import java.util.Arrays;
import java.util.List;

import gov.ca.code.codejson.diagnostic.Diagnostic;

/**
 * Puts diagnostics into {@link Diagnostic#ORDER}, quickly for the common case of many of one file.
 *
 * <p>Why: a validation of a national inventory reports thousands of violations in the order its
 * walk found them, and sorting them through the comparator's chain of key extractors took a few
 * percent of the whole validation. Within one file the order is by line and column first, so each
 * diagnostic's line, column and position in the list are packed into one {@code long}, and a sort of
 * those numbers gives the order; only diagnostics at the same line and column are then compared in
 * full. The result is the one a stable sort with {@link Diagnostic#ORDER} gives.
 */
public final class DiagnosticOrder {

    private static final int LINE_BITS = 25;
    private static final int COLUMN_BITS = 18;
    private static final int INDEX_BITS = 20;

    private DiagnosticOrder() {
    }

    /**
     * Sorts a list in place into {@link Diagnostic#ORDER}.
     *
     * @param diagnostics a modifiable list
     */
    public static void sort(List<Diagnostic> diagnostics) {
        int n = diagnostics.size();
        if (n < 2) {
            return;
        }
        if (n > 1 << INDEX_BITS) {
            diagnostics.sort(Diagnostic.ORDER);
            return;
        }
        String file = diagnostics.get(0).file();
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            Diagnostic d = diagnostics.get(i);
            int line = d.location().line();
            int column = d.location().column();
            if (!d.file().equals(file) || line >>> LINE_BITS != 0 || column >>> COLUMN_BITS != 0) {
                // Several files, or a line or column too large to pack: the comparator alone.
                diagnostics.sort(Diagnostic.ORDER);
                return;
            }
            packed[i] = ((long) line << (COLUMN_BITS + INDEX_BITS)) | ((long) column << INDEX_BITS) | i;
        }
        Arrays.sort(packed);
        Diagnostic[] sorted = new Diagnostic[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = diagnostics.get((int) (packed[i] & ((1L << INDEX_BITS) - 1)));
        }
        // Diagnostics at one line and column are still in the order found: order each such run in full.
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || packed[i] >>> INDEX_BITS != packed[start] >>> INDEX_BITS) {
                if (i - start > 1) {
                    Arrays.sort(sorted, start, i, Diagnostic.ORDER);
                }
                start = i;
            }
        }
        for (int i = 0; i < n; i++) {
            diagnostics.set(i, sorted[i]);
        }
    }
}
