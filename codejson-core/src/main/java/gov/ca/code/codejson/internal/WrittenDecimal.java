package gov.ca.code.codejson.internal;

import java.math.BigDecimal;

/**
 * A decimal read from JSON that remembers how it was written, such as {@code 1e3} or {@code 1000.50},
 * so that writing the model back gives the same text rather than {@code 1E+3}. It is equal to, and
 * computes like, the plain decimal of the same value; a result of arithmetic on it is a plain decimal.
 *
 * <p>Not API.
 */
final class WrittenDecimal extends BigDecimal {

    private static final long serialVersionUID = 1L;

    private final String text;

    private WrittenDecimal(String text) {
        super(text);
        this.text = text;
    }

    private WrittenDecimal(String text, long value) {
        super(value);
        this.text = text;
    }

    /** {@return the decimal of a JSON number text} */
    static WrittenDecimal of(String text) {
        // Most numbers in an inventory are whole, such as labor hours: up to 18 digits they fit a
        // long, whose decimal (scale 0) is the one the text gives, built without parsing it again.
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 18) {
            return new WrittenDecimal(text);
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return new WrittenDecimal(text);
            }
        }
        return new WrittenDecimal(text, Long.parseLong(text));
    }

    /** {@return the text the number was written with} */
    public String text() {
        return text;
    }

    /**
     * {@return the text to write for a decimal: its written text when it was read, else its canonical spelling}
     *
     * @param value the decimal
     */
    public static String spelling(BigDecimal value) {
        return value instanceof WrittenDecimal w ? w.text : value.toString();
    }

    /** Equal to any decimal of the same value and scale, whatever its text, as the plain decimal it stands for. */
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    /** The plain decimal's hash, to agree with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
