package gov.ca.code.codejson.cli;

import java.util.EnumMap;
import java.util.Map;

import picocli.CommandLine.Option;

import gov.ca.code.codejson.json.ReadLimits;

/**
 * The read limits every reading command shares, one option per limit, each named as the limit's
 * error message names it ({@code max-bytes} is raised with {@code --max-bytes}). Unset options keep
 * the defaults of {@link ReadLimits#DEFAULT}.
 */
final class ReadLimitOptions {

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Read at most N bytes of each input (default 1073741824, 1 GiB).")
    private Long maxBytes;

    @Option(names = "--max-depth", paramLabel = "N",
            description = "Accept arrays and objects nested at most N deep (default 64, at most 1000).")
    private Integer maxDepth;

    @Option(names = "--max-string-length", paramLabel = "N",
            description = "Accept strings and member names of at most N characters (default 1048576).")
    private Integer maxStringLength;

    @Option(names = "--max-number-length", paramLabel = "N",
            description = "Accept numbers of at most N characters (default 1000).")
    private Integer maxNumberLength;

    @Option(names = "--max-members", paramLabel = "N",
            description = "Accept objects of at most N members (default 1000000).")
    private Integer maxMembers;

    @Option(names = "--max-array-length", paramLabel = "N",
            description = "Accept arrays of at most N elements (default 10000000).")
    private Integer maxArrayLength;

    @Option(names = "--max-values", paramLabel = "N",
            description = "Accept inputs of at most N values in all (default 50000000).")
    private Long maxValues;

    /**
     * {@return the limits the command line asks for}
     *
     * @throws IllegalArgumentException when a limit is not positive, or the depth over its ceiling;
     *     the message names the option
     */
    ReadLimits limits() {
        Map<ReadLimits.Limit, Number> given = new EnumMap<>(ReadLimits.Limit.class);
        put(given, ReadLimits.Limit.MAX_BYTES, maxBytes);
        put(given, ReadLimits.Limit.MAX_DEPTH, maxDepth);
        put(given, ReadLimits.Limit.MAX_STRING_LENGTH, maxStringLength);
        put(given, ReadLimits.Limit.MAX_NUMBER_LENGTH, maxNumberLength);
        put(given, ReadLimits.Limit.MAX_MEMBERS, maxMembers);
        put(given, ReadLimits.Limit.MAX_ARRAY_LENGTH, maxArrayLength);
        put(given, ReadLimits.Limit.MAX_VALUES, maxValues);
        ReadLimits limits = ReadLimits.DEFAULT;
        for (Map.Entry<ReadLimits.Limit, Number> limit : given.entrySet()) {
            String option = Main.option(limit.getKey());
            if (limit.getValue().longValue() <= 0) {
                throw new IllegalArgumentException(option + " is " + limit.getValue() + "; give a number of 1 or more");
            }
            try {
                limits = limits.with(limit.getKey(), limit.getValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + " is " + limit.getValue() + ": " + e.getMessage(), e);
            }
        }
        return limits;
    }

    /** {@return whether {@code --max-bytes} was given} */
    boolean bytesGiven() {
        return maxBytes != null;
    }

    private static void put(Map<ReadLimits.Limit, Number> given, ReadLimits.Limit limit, Number value) {
        if (value != null) {
            given.put(limit, value);
        }
    }
}
