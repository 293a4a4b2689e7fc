package gov.ca.code.codejson.text;

/** Counts written with their noun for messages: {@code 1 value}, {@code 2 values}, {@code 0 entries}. */
public final class Counts {

    private Counts() {
    }

    /**
     * {@return a count and its noun, singular for exactly one and plural with an added {@code s} otherwise}
     *
     * @param n the count
     * @param singular the noun for one, such as {@code value}
     */
    public static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    /**
     * {@return a count and its noun, for nouns whose plural is not formed with {@code s}}
     *
     * @param n the count
     * @param singular the noun for one, such as {@code entry}
     * @param plural the noun for any other count, such as {@code entries}
     */
    public static String of(long n, String singular, String plural) {
        return n + " " + noun(n, singular, plural);
    }

    /**
     * {@return the noun alone for a count written elsewhere, such as a count with thousands separators}
     *
     * @param n the count
     * @param singular the noun for one
     */
    public static String noun(long n, String singular) {
        return noun(n, singular, singular + "s");
    }

    private static String noun(long n, String singular, String plural) {
        return n == 1 ? singular : plural;
    }
}
