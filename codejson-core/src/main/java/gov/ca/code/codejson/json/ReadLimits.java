package gov.ca.code.codejson.json;

import java.util.function.Function;

import gov.ca.code.codejson.diagnostic.Input;

import org.jspecify.annotations.Nullable;

/**
 * Limits that keep a hostile or broken input from exhausting memory or time. The reader applies
 * them while it streams, to every source alike (a file, standard input, a pipe, a FIFO, a device
 * such as {@code /dev/zero}): it stops at the first value over a limit and never buffers more
 * than it has been allowed to read. Each limit has a name, which its error message quotes with
 * the command-line option that raises it ({@code --max-bytes} for {@code max-bytes}, and so on).
 *
 * <p>The defaults hold a national inventory (every federal agency merged, about 100,000 releases
 * and 100 MB) many times over; see {@code docs/limits.md}.
 *
 * @param maxDocumentBytes the largest input accepted, in bytes ({@code max-bytes})
 * @param maxNestingDepth the deepest nesting of arrays and objects accepted ({@code max-depth}), at most
 *        {@value #MAX_NESTING_DEPTH}
 * @param maxStringLength the longest string value or member name accepted, in characters ({@code max-string-length})
 * @param maxNumberLength the longest number accepted, in characters ({@code max-number-length})
 * @param maxMembers the most members one object may have ({@code max-members})
 * @param maxArrayLength the most elements one array may have ({@code max-array-length})
 * @param maxValues the most values (objects, arrays, strings, numbers, literals) the whole input may hold
 *        ({@code max-values})
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
        int maxMembers, int maxArrayLength, long maxValues) {

    /** The deepest nesting that may be allowed at all: the reader descends one call per level. */
    public static final int MAX_NESTING_DEPTH = 1000;

    /** The default largest input: 1 GiB. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;
    /** The default deepest nesting: real inventories nest six levels. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** The default longest string: 1 MiB characters, a thousand times the longest description published. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1 << 20;
    /** The default longest number: 1,000 characters. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 1000;
    /** The default most members of one object: a million. */
    public static final int DEFAULT_MAX_MEMBERS = 1_000_000;
    /** The default most elements of one array: ten million, a hundred national inventories of releases. */
    public static final int DEFAULT_MAX_ARRAY_LENGTH = 10_000_000;
    /** The default most values in one input: fifty million, about eight national inventories. */
    public static final long DEFAULT_MAX_VALUES = 50_000_000L;

    /** The defaults of every limit. */
    public static final ReadLimits DEFAULT = new ReadLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_MEMBERS, DEFAULT_MAX_ARRAY_LENGTH,
            DEFAULT_MAX_VALUES);

    /** Checks that every limit is positive and the depth at most {@value #MAX_NESTING_DEPTH}. */
    public ReadLimits {
        if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0
                || maxMembers <= 0 || maxArrayLength <= 0 || maxValues <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
        if (maxNestingDepth > MAX_NESTING_DEPTH) {
            throw new IllegalArgumentException("the nesting depth limit is at most " + MAX_NESTING_DEPTH);
        }
    }

    /**
     * Creates limits on size, depth and string length, with the defaults for the others.
     *
     * @param maxDocumentBytes the largest input accepted, in bytes
     * @param maxNestingDepth the deepest nesting accepted
     * @param maxStringLength the longest string value or member name accepted, in characters
     */
    public ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength) {
        this(maxDocumentBytes, maxNestingDepth, maxStringLength, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_MEMBERS,
                DEFAULT_MAX_ARRAY_LENGTH, DEFAULT_MAX_VALUES);
    }

    /** {@return these limits with another largest input, in bytes} */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxMembers, maxArrayLength,
                maxValues);
    }

    /** {@return these limits with another deepest nesting} */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxMembers, maxArrayLength,
                maxValues);
    }

    /** {@return these limits with another longest string, in characters} */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxNumberLength, maxMembers, maxArrayLength,
                maxValues);
    }

    /** {@return these limits with another longest number, in characters} */
    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, length, maxMembers, maxArrayLength,
                maxValues);
    }

    /** {@return these limits with another most members per object} */
    public ReadLimits withMaxMembers(int members) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, members,
                maxArrayLength, maxValues);
    }

    /** {@return these limits with another most elements per array} */
    public ReadLimits withMaxArrayLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxMembers, length,
                maxValues);
    }

    /** {@return these limits with another most values in one input} */
    public ReadLimits withMaxValues(long values) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxMembers,
                maxArrayLength, values);
    }

    /**
     * {@return these limits with one of them set, for adapters that hold each limit under its name}
     *
     * @param limit the limit
     * @param value its value, or null to keep this one's
     * @throws IllegalArgumentException when the value is not positive, or over the limit's ceiling
     */
    public ReadLimits with(Limit limit, @Nullable Number value) {
        if (value == null) {
            return this;
        }
        long v = value.longValue();
        return switch (limit) {
            case MAX_BYTES -> withMaxDocumentBytes(v);
            case MAX_DEPTH -> withMaxNestingDepth(narrow(limit, v));
            case MAX_STRING_LENGTH -> withMaxStringLength(narrow(limit, v));
            case MAX_NUMBER_LENGTH -> withMaxNumberLength(narrow(limit, v));
            case MAX_MEMBERS -> withMaxMembers(narrow(limit, v));
            case MAX_ARRAY_LENGTH -> withMaxArrayLength(narrow(limit, v));
            case MAX_VALUES -> withMaxValues(v);
        };
    }

    private static int narrow(Limit limit, long value) {
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(limit.id() + " must be at most " + Integer.MAX_VALUE + ", not " + value);
        }
        return (int) value;
    }

    /**
     * One read limit, named the same in every adapter: its {@link #key() key} is the plugin
     * parameter ({@code maxBytes}), its {@link #id() name} the command-line option without its
     * dashes ({@code max-bytes}).
     */
    public enum Limit implements Input {
        /** {@link ReadLimits#maxDocumentBytes()}. */
        MAX_BYTES("maxBytes", "max-bytes"),
        /** {@link ReadLimits#maxNestingDepth()}. */
        MAX_DEPTH("maxDepth", "max-depth"),
        /** {@link ReadLimits#maxStringLength()}. */
        MAX_STRING_LENGTH("maxStringLength", "max-string-length"),
        /** {@link ReadLimits#maxNumberLength()}. */
        MAX_NUMBER_LENGTH("maxNumberLength", "max-number-length"),
        /** {@link ReadLimits#maxMembers()}. */
        MAX_MEMBERS("maxMembers", "max-members"),
        /** {@link ReadLimits#maxArrayLength()}. */
        MAX_ARRAY_LENGTH("maxArrayLength", "max-array-length"),
        /** {@link ReadLimits#maxValues()}. */
        MAX_VALUES("maxValues", "max-values");

        private final String key;
        private final String id;

        Limit(String key, String id) {
            this.key = key;
            this.id = id;
        }

        @Override
        public String key() {
            return key;
        }

        /** {@return the limit's name in messages, such as {@code max-bytes}} */
        public String id() {
            return id;
        }
    }

    /** How a limit is spelled when no adapter says otherwise: as the command-line option, {@code --max-bytes}. */
    public static final Function<Input, String> OPTIONS = limit -> "--" + ((Limit) limit).id();

    /**
     * The message for an input over one limit: what was over, the limit's name and value, and how
     * to raise it.
     *
     * @param limit the limit
     * @param what what went over it, such as {@code "the input has more than 1000 bytes"}
     * @param spelling how the adapter spells the limit, such as {@code --max-bytes}
     * @return the one-sentence reason
     */
    static String exceeded(Limit limit, String what, Function<Input, String> spelling) {
        return what + ", over the read limit " + limit.id() + " (a safety limit); raise it with "
                + spelling.apply(limit) + " if the input is genuine";
    }
}
