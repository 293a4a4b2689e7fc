package gov.ca.code.codejson.cli;

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
     * @throws IllegalArgumentException when a limit is not positive, or the depth over its ceiling
     */
    ReadLimits limits() {
        ReadLimits limits = ReadLimits.DEFAULT;
        if (maxBytes != null) {
            limits = limits.withMaxDocumentBytes(maxBytes);
        }
        if (maxDepth != null) {
            limits = limits.withMaxNestingDepth(maxDepth);
        }
        if (maxStringLength != null) {
            limits = limits.withMaxStringLength(maxStringLength);
        }
        if (maxNumberLength != null) {
            limits = limits.withMaxNumberLength(maxNumberLength);
        }
        if (maxMembers != null) {
            limits = limits.withMaxMembers(maxMembers);
        }
        if (maxArrayLength != null) {
            limits = limits.withMaxArrayLength(maxArrayLength);
        }
        if (maxValues != null) {
            limits = limits.withMaxValues(maxValues);
        }
        return limits;
    }
}
