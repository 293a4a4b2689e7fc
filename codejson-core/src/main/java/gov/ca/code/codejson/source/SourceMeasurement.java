package gov.ca.code.codejson.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SourceInventory#scan} found under a project's source roots.
 *
 * @param roots the source roots scanned, in the order given
 * @param languageLines files and source lines per language, sorted by language name
 *     (case-insensitive); a language is present when at least one of its files was counted, even
 *     if that file holds only comments or blank lines
 * @param filesCounted the number of source files whose lines were counted
 * @param skippedFiles what could not be counted, in traversal order
 */
public record SourceMeasurement(
        List<Path> roots, List<LanguageLines> languageLines, long filesCounted, List<SkippedFile> skippedFiles) {

    /**
     * Copies the lists and sorts {@code languageLines}.
     *
     * @param roots the source roots scanned
     * @param languageLines files and lines per language, in any order
     * @param filesCounted the number of files counted
     * @param skippedFiles what could not be counted
     * @throws NullPointerException if a list or an element is null
     * @throws IllegalArgumentException if a language appears twice or {@code filesCounted} is
     *     negative
     */
    public SourceMeasurement {
        roots = List.copyOf(Objects.requireNonNull(roots, "roots"));
        languageLines = LanguageLines.sortedCopy(languageLines);
        skippedFiles = List.copyOf(Objects.requireNonNull(skippedFiles, "skippedFiles"));
        if (filesCounted < 0) {
            throw new IllegalArgumentException("filesCounted must not be negative: " + filesCounted);
        }
    }

    /**
     * The languages found, for code.json's {@code languages}.
     *
     * @return the language names, sorted case-insensitively, without duplicates
     */
    public List<String> languages() {
        return languageLines.stream().map(LanguageLines::language).toList();
    }

    /**
     * The total of source lines over all languages.
     *
     * @return the sum of {@link LanguageLines#sloc()}
     */
    public long sloc() {
        return languageLines.stream().mapToLong(LanguageLines::sloc).sum();
    }
}
