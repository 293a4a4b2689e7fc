package gov.ca.code.codejson.json;

import java.math.BigDecimal;

/**
 * Bounds for arithmetic on the numbers of an inventory. JSON allows {@code 1e999999999}, and
 * {@link BigDecimal} holds it, but adding it to another number, writing it without an exponent
 * or turning it into a {@code long} takes memory or time in proportion to its exponent, or throws.
 * A number is in range when it has at most {@value #MAX_INTEGER_DIGITS} digits before the point
 * and at most {@value #MAX_FRACTION_DIGITS} after it; the others are reported, never computed with.
 */
public final class Numbers {

    /** The most digits before the point of a number that is computed with (a quadrillion less one). */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The most digits after the point of a number that is computed with. */
    public static final int MAX_FRACTION_DIGITS = 30;

    private Numbers() {
    }

    /** {@return whether the number may be added, compared and written in plain notation without risk} */
    public static boolean inRange(BigDecimal value) {
        if (value.signum() == 0) {
            return true;
        }
        // precision - scale is the number of digits before the point; both are ints, so use long.
        long integerDigits = (long) value.precision() - value.scale();
        return integerDigits <= MAX_INTEGER_DIGITS && value.scale() <= MAX_FRACTION_DIGITS;
    }

    /** The longest number text a message quotes whole. */
    private static final int SHOWN_CHARACTERS = 40;

    /**
     * The number as a message shows it: plain notation when in range, else the short scientific form
     * (such as {@code 1E+999999999}); a longer one as its first six digits and its count of digits,
     * so that the text never takes more than a few dozen characters.
     *
     * @param value the number
     * @return the text
     */
    public static String describe(BigDecimal value) {
        String text = inRange(value) ? value.toPlainString() : value.toString();
        if (text.length() <= SHOWN_CHARACTERS) {
            return text;
        }
        // Scientific notation keeps every digit of a long number: a message shows six and the count.
        return "about " + value.round(new java.math.MathContext(6, java.math.RoundingMode.HALF_EVEN)) + " (a number of "
                + value.precision() + " digits)";
    }

    /**
     * The text of a number as a message quotes it: as written when short, else its start and its length,
     * so that a number of a thousand digits does not fill the terminal.
     *
     * @param text the number as written in the file
     * @return the text
     */
    public static String describe(String text) {
        return text.length() <= SHOWN_CHARACTERS ? text
                : text.substring(0, SHOWN_CHARACTERS - 10) + "... (" + text.length() + " characters)";
    }

    /** {@return the message for a number out of range, naming it in its short form} */
    public static String outOfRange(BigDecimal value) {
        return "the value " + describe(value) + " is out of the range codejson computes with (at most "
                + MAX_INTEGER_DIGITS + " digits before the point and " + MAX_FRACTION_DIGITS
                + " after it); it is left out of sums, medians and scores. Write the real figure";
    }
}
