package gov.ca.code.codejson.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;

/**
 * The documents the benchmarks measure: an inventory file, or a synthetic code.gov 2.0.0
 * inventory built in code so that the benchmarks run without the reference material.
 *
 * <p>The synthetic inventory is a function of the release count only: release {@code i} takes
 * every varying value from {@code i}, so two builds of the same size are byte-identical. Most
 * releases are valid; a fixed fraction carries the problems real inventories have (a missing
 * required field, a malformed e-mail address, a relative repository URL, an unknown member) so
 * that the validators also report and locate violations, as they do on real files.
 */
public final class Inventories {

    /** The prefix of an input that asks for a synthetic inventory: {@code synthetic:1000}. */
    public static final String SYNTHETIC = "synthetic:";

    private static final String[] ORGANIZATIONS = {
        "Office of the Chief Information Officer", "Division of Data Services", "Bureau of Statistics",
        "Field Operations", "Research Laboratory"};
    private static final String[] USAGE_TYPES = {"openSource", "governmentWideReuse", "openSource", "exemptByLaw",
        "openSource", "exemptByCIO"};
    private static final String[] LICENSES = {"CC0-1.0", "MIT", "Apache-2.0", "BSD-3-Clause", "GPL-3.0-only"};
    private static final String[] STATUSES = {"Ideation", "Development", "Alpha", "Beta", "Release Candidate",
        "Production", "Archival"};
    private static final String[] TAGS = {"data", "api", "web", "analytics", "geospatial", "health", "finance",
        "open-data", "mobile", "science"};
    private static final String[] LANGUAGES = {"Java", "Python", "JavaScript", "TypeScript", "Go", "R", "C#",
        "Ruby"};
    private static final String[] DESCRIPTIONS = {
        "collects and publishes program data for public use",
        "a web application for case tracking with an accessible interface",
        "command-line tools that convert agency records to open formats",
        "a library of shared components for agency web sites, with examples and documentation"};

    private Inventories() {
    }

    /**
     * Loads the bytes of an input.
     *
     * @param input {@code synthetic:N} for a synthetic inventory of N releases, otherwise a file path
     * @return the bytes of the document
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when the synthetic release count is not a positive number
     */
    public static byte[] load(String input) throws IOException {
        if (input.startsWith(SYNTHETIC)) {
            String count = input.substring(SYNTHETIC.length());
            int releases;
            try {
                releases = Integer.parseInt(count);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the input " + input + " needs a release count, such as "
                        + SYNTHETIC + "1000");
            }
            return synthetic(releases);
        }
        return Files.readAllBytes(Path.of(input));
    }

    /**
     * Builds a synthetic code.gov 2.0.0 inventory.
     *
     * @param releases the number of releases, at least 1
     * @return the canonical UTF-8 text of the inventory
     */
    public static byte[] synthetic(int releases) {
        if (releases < 1) {
            throw new IllegalArgumentException("a synthetic inventory needs at least one release, not " + releases);
        }
        List<JsonValue> list = new ArrayList<>(releases);
        for (int i = 0; i < releases; i++) {
            list.add(release(i));
        }
        JsonValue inventory = JsonBuilder.object()
                .put("version", "2.0.0")
                .put("measurementType", JsonBuilder.object().put("method", "projects"))
                .put("agency", "BENCH")
                .put("releases", JsonBuilder.array(list))
                .build();
        return new JsonWriter().writeBytes(inventory);
    }

    private static JsonValue release(int i) {
        String usageType = USAGE_TYPES[i % USAGE_TYPES.length];
        JsonBuilder permissions = JsonBuilder.object()
                .put("licenses", JsonBuilder.array(List.of(JsonBuilder.object()
                        .put("URL", "https://spdx.org/licenses/" + LICENSES[i % LICENSES.length] + ".html")
                        .put("name", LICENSES[i % LICENSES.length])
                        .build())))
                .put("usageType", usageType);
        if (usageType.startsWith("exempt")) {
            permissions.put("exemptionText", "Release " + i + " is exempt under the agency policy on shared code.");
        }
        JsonBuilder release = JsonBuilder.object()
                .put("name", "bench-tool-" + i)
                .put("version", (i % 4) + "." + (i % 10) + "." + (i % 7))
                .put("organization", ORGANIZATIONS[i % ORGANIZATIONS.length])
                .put("description", "Release " + i + ": " + DESCRIPTIONS[i % DESCRIPTIONS.length] + ".")
                .put("permissions", permissions)
                .put("tags", JsonBuilder.strings(pick(TAGS, i, 1 + i % 4)))
                .put("contact", JsonBuilder.object()
                        // Every 17th address is malformed, a common problem in real inventories.
                        .put("email", i % 17 == 5 ? "team " + i + " at agency" : "team" + (i % 50) + "@agency.gov")
                        .put("name", "Team " + (i % 50)))
                .put("status", STATUSES[i % STATUSES.length])
                .put("vcs", "git")
                // Every 19th repository URL is relative, which strict rejects as a URI.
                .put("repositoryURL", (i % 19 == 7 ? "" : "https://") + "github.com/agency/bench-tool-" + i)
                .put("homepageURL", "https://www.agency.gov/tools/" + i)
                .put("languages", JsonBuilder.strings(pick(LANGUAGES, i, 1 + i % 3)));
        if (i % 23 != 11) {
            // Every 23rd release omits the required labor hours.
            release.put("laborHours", (i * 37L) % 20_000);
        }
        release.put("date", JsonBuilder.object()
                .put("created", date(2015 + i % 8, 1 + i % 12, 1 + i % 28))
                .put("lastModified", date(2023, 1 + (i + 3) % 12, 1 + (i + 5) % 28))
                .put("metadataLastUpdated", date(2024, 1 + (i + 7) % 12, 1 + (i + 11) % 28)));
        if (i % 29 == 13) {
            // An unknown member, kept by codejson and warned about by the codegov profile.
            release.put("tagline", "Unknown members are kept");
        }
        return release.build();
    }

    private static List<String> pick(String[] values, int start, int count) {
        List<String> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(values[(start + 3 * k) % values.length]);
        }
        return out;
    }

    private static String date(int year, int month, int day) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
}
