package gov.ca.code.codejson.generate;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code reusedCode}: the dependencies, other than the project's own modules, whose groupId
 * matches a pattern of government code ({@code gov.*} and {@code mil.*} unless set), by name.
 */
final class ReusedCodeMapping {

    /** The groupId patterns used when none are set. */
    static final List<String> DEFAULT_GROUP_IDS = List.of("gov.*", "mil.*");

    private ReusedCodeMapping() {
    }

    static Mapped<List<String>> map(ProjectFacts facts, GenerationSettings settings, String base) {
        Trace t = new Trace().from(base + "/reusedCode", Source.setting(Setting.REUSED_CODE_GROUP_IDS));
        List<String> patterns = settings.release().reusedCodeGroupIds().isEmpty() ? DEFAULT_GROUP_IDS : settings.release().reusedCodeGroupIds();
        List<Pattern> compiled = patterns.stream().map(ReusedCodeMapping::groupIdPattern).toList();
        TreeSet<String> names = new TreeSet<>();
        for (ProjectFacts.Dependency d : facts.dependencies()) {
            // Modules of the project itself are not reuse of someone else's code.
            if (!d.groupId().equals(facts.groupId()) && compiled.stream().anyMatch(p -> p.matcher(d.groupId()).matches())) {
                names.add(d.groupId() + ":" + d.artifactId());
            }
        }
        return t.done(List.copyOf(names));
    }

    private static Pattern groupIdPattern(String glob) {
        // "gov.*" means gov itself and everything below it, as agencies name their groupIds.
        if (glob.endsWith(".*")) {
            return Pattern.compile(globToRegex(glob.substring(0, glob.length() - 2)) + "(\\..*)?");
        }
        return Pattern.compile(globToRegex(glob));
    }

    private static String globToRegex(String glob) {
        StringBuilder b = new StringBuilder();
        String[] parts = glob.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append(".*");
            }
            b.append(Pattern.quote(parts[i]));
        }
        return b.toString();
    }
}
