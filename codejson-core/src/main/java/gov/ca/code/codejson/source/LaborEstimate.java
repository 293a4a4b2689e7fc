package gov.ca.code.codejson.source;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;

import org.jspecify.annotations.Nullable;

/**
 * A labor-hours estimate with everything needed to explain it: the method, its constants, the
 * line count it was computed from, and what was and was not counted.
 *
 * <p>code.gov tools have reported {@code laborHours} without saying how it was obtained, and two
 * common methods differ by an order of magnitude; this record exists so that the figure can be
 * logged and written next to the generated code.json ({@link #toJson(Path)}).
 *
 * @param hours the estimated labor hours, a whole number
 * @param method the estimation method, e.g. {@value Cocomo2#METHOD}
 * @param personMonths the estimated effort in person-months, rounded half-up to two decimals for
 *     display; {@code hours} is computed from the unrounded value
 * @param parameters the model constants used
 * @param sloc the physical source lines of code the estimate is based on
 * @param languageLines files and lines per language, sorted by language name (case-insensitive);
 *     empty when the estimate was made from a bare line count
 * @param filesCounted the number of source files counted
 * @param skippedFiles what could not be counted
 */
public record LaborEstimate(
        long hours,
        String method,
        BigDecimal personMonths,
        CocomoParameters parameters,
        long sloc,
        List<LanguageLines> languageLines,
        long filesCounted,
        List<SkippedFile> skippedFiles) {

    /** The formula, spelled out in the JSON report so that a reader can redo the arithmetic. */
    static final String FORMULA = "PM = A * (SLOC / 1000)^E * EM; E = B + 0.01 * scaleFactorSum;"
            + " hours = PM * hoursPerPersonMonth, rounded half-up to a whole hour";

    /** Where the constants come from, written to the JSON report. */
    static final String REFERENCE =
            "COCOMO II Model Definition Manual, version 2000.0, USC Center for Software Engineering";

    /**
     * Checks the values and copies the lists.
     *
     * @param hours the estimated hours
     * @param method the estimation method
     * @param personMonths the effort, for display
     * @param parameters the constants used
     * @param sloc the line count estimated from
     * @param languageLines files and lines per language, in any order
     * @param filesCounted the number of files counted
     * @param skippedFiles what could not be counted
     * @throws NullPointerException if an argument or list element is null
     * @throws IllegalArgumentException if a count is negative, {@code method} is blank or a language
     *     appears twice
     */
    public LaborEstimate {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(personMonths, "personMonths");
        Objects.requireNonNull(parameters, "parameters");
        if (method.isBlank()) {
            throw new IllegalArgumentException("method must not be blank");
        }
        if (hours < 0 || sloc < 0 || filesCounted < 0 || personMonths.signum() < 0) {
            throw new IllegalArgumentException("hours, person-months, sloc and filesCounted must not be negative");
        }
        languageLines = LanguageLines.sortedCopy(languageLines);
        skippedFiles = List.copyOf(Objects.requireNonNull(skippedFiles, "skippedFiles"));
    }

    /**
     * Renders the estimate as a JSON document, with skipped paths written as they were reached.
     *
     * @return the document; see {@link #toJson(Path)} for its layout
     */
    public String toJson() {
        return render(null);
    }

    /**
     * Renders the estimate as a JSON document for {@code target/codejson/labor-hours.json}.
     *
     * <p>The output is a function of this record only: keys in a fixed order ({@code method},
     * {@code laborHours}, {@code personMonths}, {@code sloc}, {@code formula}, {@code reference},
     * {@code parameters}, {@code filesCounted}, {@code languages}, {@code skippedFiles}), two-space
     * indentation, {@code \n} line ends and a final newline; decimals are written exactly as held
     * ({@code 2.94}, never {@code 2.9399999}). Skipped paths under {@code baseDirectory} are written
     * relative to it, so that the report does not depend on where the project is checked out; all
     * paths use {@code /} as separator.
     *
     * @param baseDirectory usually the project's base directory
     * @return the document
     * @throws NullPointerException if {@code baseDirectory} is null
     */
    public String toJson(Path baseDirectory) {
        return render(Objects.requireNonNull(baseDirectory, "baseDirectory"));
    }

    private String render(@Nullable Path baseDirectory) {
        JsonBuilder json = JsonBuilder.object()
                .put("method", method)
                .put("laborHours", hours)
                .put("personMonths", personMonths)
                .put("sloc", sloc)
                .put("formula", FORMULA)
                .put("reference", REFERENCE)
                .put("parameters", JsonBuilder.object()
                        .put("A", parameters.a())
                        .put("B", parameters.b())
                        .put("scaleFactorSum", parameters.scaleFactorSum())
                        .put("E", parameters.exponent())
                        .put("effortMultiplier", parameters.effortMultiplier())
                        .put("hoursPerPersonMonth", parameters.hoursPerPersonMonth()))
                .put("filesCounted", filesCounted)
                .put("languages", JsonBuilder.array(languageLines.stream()
                        .map(lines -> (JsonValue) JsonBuilder.object()
                                .put("language", lines.language())
                                .put("files", lines.files())
                                .put("sloc", lines.sloc())
                                .build())
                        .toList()))
                .put("skippedFiles", JsonBuilder.array(skippedFiles.stream()
                        .map(skipped -> (JsonValue) JsonBuilder.object()
                                .put("path", displayPath(skipped.path(), baseDirectory))
                                .put("reason", skipped.reason())
                                .build())
                        .toList()));
        return new JsonWriter().write(json.build());
    }

    private static String displayPath(Path path, @Nullable Path baseDirectory) {
        Path shown = path;
        if (baseDirectory != null) {
            Path absolute = path.toAbsolutePath().normalize();
            Path base = baseDirectory.toAbsolutePath().normalize();
            if (absolute.startsWith(base)) {
                shown = base.relativize(absolute);
            }
        }
        String text = shown.toString();
        // An empty relative path means the base directory itself.
        text = text.isEmpty() ? "." : text;
        return File.separatorChar == '/' ? text : text.replace(File.separatorChar, '/');
    }
}
