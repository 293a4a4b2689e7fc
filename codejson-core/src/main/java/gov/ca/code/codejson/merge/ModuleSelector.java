package gov.ca.code.codejson.merge;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chooses the modules of a build that enter an aggregate, by {@code groupId:artifactId}
 * patterns in which {@code *} stands for any run of characters ({@code gov.ca.code:*},
 * {@code *:*-tests}); a pattern without a colon is matched against the artifactId alone.
 *
 * @param includes the patterns a module must match, any of them; empty means every module
 * @param excludes the patterns that take a module out, even if it is included
 * @param skipPomPackaging whether modules with {@code pom} packaging (parents, aggregators) are left out
 */
public record ModuleSelector(List<String> includes, List<String> excludes, boolean skipPomPackaging) {

    /** Every module except those with {@code pom} packaging. */
    public static final ModuleSelector DEFAULT = new ModuleSelector(List.of(), List.of(), true);

    /** Creates the selector; lists are copied. */
    public ModuleSelector {
        includes = List.copyOf(Objects.requireNonNull(includes, "includes"));
        excludes = List.copyOf(Objects.requireNonNull(excludes, "excludes"));
    }

    /**
     * Tells whether a module enters the aggregate.
     *
     * @param groupId the module's groupId
     * @param artifactId the module's artifactId
     * @param packaging the module's packaging, such as {@code jar} or {@code pom}
     * @return whether it is selected
     */
    public boolean selects(String groupId, String artifactId, String packaging) {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        if (skipPomPackaging && "pom".equals(packaging)) {
            return false;
        }
        boolean included = includes.isEmpty() || includes.stream().anyMatch(p -> matches(p, groupId, artifactId));
        return included && excludes.stream().noneMatch(p -> matches(p, groupId, artifactId));
    }

    private static boolean matches(String pattern, String groupId, String artifactId) {
        String p = pattern.strip();
        int colon = p.indexOf(':');
        if (colon < 0) {
            return glob(p).matcher(artifactId).matches();
        }
        return glob(p.substring(0, colon)).matcher(groupId).matches()
                && glob(p.substring(colon + 1)).matcher(artifactId).matches();
    }

    private static Pattern glob(String glob) {
        return Pattern.compile(Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
    }
}
