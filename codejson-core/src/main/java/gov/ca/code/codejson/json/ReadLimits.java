package gov.ca.code.codejson.json;

/**
 * Limits that keep a hostile or broken file from exhausting memory or time.
 *
 * @param maxDocumentBytes the largest input accepted, in bytes
 * @param maxNestingDepth the deepest nesting of arrays and objects accepted
 * @param maxStringLength the longest string value or member name accepted, in characters
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength) {

    /**
     * Generous for any real inventory (the largest published ones are a few megabytes and nest
     * six levels deep) and small enough that a crafted file fails fast.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(64L * 1024 * 1024, 64, 1024 * 1024);

    /** Checks that every limit is positive. */
    public ReadLimits {
        if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }
}
