package gov.ca.code.codejson.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The files and source lines counted for one language.
 *
 * @param language the language name as GitHub Linguist spells it, e.g. {@code Java}
 * @param files the number of files of this language that were counted
 * @param sloc the physical source lines of code in those files: lines that are neither blank nor
 *     only comment
 */
public record LanguageLines(String language, long files, long sloc) {

    /**
     * Checks the values.
     *
     * @param language the language name
     * @param files the files counted
     * @param sloc the source lines counted
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if {@code language} is blank or a count is negative
     */
    public LanguageLines {
        Objects.requireNonNull(language, "language");
        if (language.isBlank()) {
            throw new IllegalArgumentException("language must not be blank");
        }
        if (files < 0 || sloc < 0) {
            throw new IllegalArgumentException("counts must not be negative: files=" + files + ", sloc=" + sloc);
        }
    }

    /**
     * Copies a list into the order every result uses: by language name, case-insensitively.
     *
     * @param lines the entries, one per language
     * @return an unmodifiable sorted copy
     * @throws IllegalArgumentException if a language appears twice
     */
    static List<LanguageLines> sortedCopy(List<LanguageLines> lines) {
        List<LanguageLines> sorted = new ArrayList<>(List.copyOf(lines));
        sorted.sort(Comparator.comparing(LanguageLines::language, LanguageTable.NAME_ORDER));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).language().equals(sorted.get(i).language())) {
                throw new IllegalArgumentException("language listed twice: " + sorted.get(i).language());
            }
        }
        return List.copyOf(sorted);
    }
}
