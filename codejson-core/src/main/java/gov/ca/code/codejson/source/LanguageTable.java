package gov.ca.code.codejson.source;

import static gov.ca.code.codejson.source.CommentSyntax.block;

import gov.ca.code.codejson.source.CommentSyntax.Block;
import gov.ca.code.codejson.source.CommentSyntax.FixedForm;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * File-extension → language table.
 *
 * <p>Which files count: languages GitHub Linguist classifies as {@code programming} or
 * {@code markup} (the two types GitHub's own language statistics count), plus SQL. Data and
 * configuration formats (XML, JSON, YAML, TOML, {@code .properties}, Protocol Buffers) and prose
 * (Markdown, AsciiDoc) are left out: {@code languages} in code.json describes what the software is
 * written in, and nearly every Java project carries XML and properties files that would otherwise
 * be listed. SQL is kept although Linguist types it {@code data}, because {@code .sql} files in a
 * source root are hand-written queries, migrations or stored procedures.
 *
 * <p>Ambiguous extensions: {@code .h} is counted as C (C++ and Objective-C headers are
 * indistinguishable by name); {@code .m} is Objective-C when the file has an Objective-C or
 * preprocessor directive at the start of a line, MATLAB otherwise.
 */
final class LanguageTable {

    /**
     * Order of language names in every result: case-insensitive, then by UTF-16 code unit so that
     * the order is total and independent of the default locale.
     */
    static final Comparator<String> NAME_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private static final String BOTH_QUOTES = "\"'";
    private static final String DOUBLE_QUOTE = "\"";
    private static final Block SLASH_STAR = block("/*", "*/");

    private static final CommentSyntax C_FAMILY =
            CommentSyntax.of(List.of("//"), List.of(SLASH_STAR), BOTH_QUOTES);
    // ' is a lifetime or generic-parameter prefix here, not a string opener.
    private static final CommentSyntax C_FAMILY_DOUBLE_QUOTES =
            CommentSyntax.of(List.of("//"), List.of(SLASH_STAR), DOUBLE_QUOTE);
    private static final CommentSyntax CSS = CommentSyntax.of(List.of(), List.of(SLASH_STAR), BOTH_QUOTES);
    private static final CommentSyntax PHP =
            CommentSyntax.of(List.of("//", "#"), List.of(SLASH_STAR), BOTH_QUOTES);
    private static final CommentSyntax HASH = CommentSyntax.of(List.of("#"), List.of(), BOTH_QUOTES);
    private static final CommentSyntax POWERSHELL =
            CommentSyntax.of(List.of("#"), List.of(block("<#", "#>")), BOTH_QUOTES);
    private static final CommentSyntax JULIA =
            CommentSyntax.of(List.of("#"), List.of(block("#=", "=#")), DOUBLE_QUOTE);
    private static final CommentSyntax SQL =
            CommentSyntax.of(List.of("--"), List.of(SLASH_STAR), BOTH_QUOTES);
    private static final CommentSyntax HTML =
            CommentSyntax.of(List.of(), List.of(block("<!--", "-->")), "");
    private static final CommentSyntax HASKELL =
            CommentSyntax.of(List.of("--"), List.of(block("{-", "-}")), DOUBLE_QUOTE);
    private static final CommentSyntax LUA =
            CommentSyntax.of(List.of("--"), List.of(block("--[[", "]]")), BOTH_QUOTES);
    // Ada uses ' for attributes (X'Length), so only " opens a string.
    private static final CommentSyntax ADA = CommentSyntax.of(List.of("--"), List.of(), DOUBLE_QUOTE);
    // In Lisps ' is the quote operator, not a string delimiter.
    private static final CommentSyntax LISP = CommentSyntax.of(List.of(";"), List.of(), DOUBLE_QUOTE);
    private static final CommentSyntax COMMON_LISP =
            CommentSyntax.of(List.of(";"), List.of(block("#|", "|#")), DOUBLE_QUOTE);
    private static final CommentSyntax ASSEMBLY = CommentSyntax.of(List.of(";"), List.of(), BOTH_QUOTES);
    private static final CommentSyntax ERLANG = CommentSyntax.of(List.of("%"), List.of(), DOUBLE_QUOTE);
    // In MATLAB ' is also the transpose operator, so only " is trusted as a string opener.
    private static final CommentSyntax MATLAB =
            CommentSyntax.of(List.of("%"), List.of(block("%{", "%}")), DOUBLE_QUOTE);
    private static final CommentSyntax VISUAL_BASIC = CommentSyntax.of(List.of("'"), List.of(), DOUBLE_QUOTE);
    private static final CommentSyntax FSHARP =
            CommentSyntax.of(List.of("//"), List.of(block("(*", "*)")), DOUBLE_QUOTE);
    private static final CommentSyntax OCAML =
            CommentSyntax.of(List.of(), List.of(block("(*", "*)")), DOUBLE_QUOTE);
    private static final CommentSyntax PASCAL =
            CommentSyntax.of(List.of("//"), List.of(block("{", "}"), block("(*", "*)")), "'");
    private static final CommentSyntax FORTRAN_FREE = CommentSyntax.of(List.of("!"), List.of(), BOTH_QUOTES);
    private static final CommentSyntax FORTRAN_FIXED =
            new CommentSyntax(List.of("!"), List.of(), BOTH_QUOTES, FixedForm.FORTRAN);
    private static final CommentSyntax COBOL =
            new CommentSyntax(List.of("*>"), List.of(), BOTH_QUOTES, FixedForm.COBOL);

    private static final Language OBJECTIVE_C = new Language("Objective-C", C_FAMILY);
    private static final Language MATLAB_LANGUAGE = new Language("MATLAB", MATLAB);
    private static final String AMBIGUOUS_M = "m";
    private static final Pattern OBJECTIVE_C_HINT =
            Pattern.compile("^[ \\t]*(#import|#include|@interface|@implementation|@protocol)\\b", Pattern.MULTILINE);

    private static final Map<String, Language> BY_EXTENSION = new HashMap<>();

    static {
        add("Ada", ADA, "adb", "ads");
        add("Assembly", ASSEMBLY, "asm", "nasm");
        add("C", C_FAMILY, "c", "h");
        add("C#", C_FAMILY, "cs");
        add("C++", C_FAMILY, "cpp", "cc", "cxx", "c++", "hpp", "hh", "hxx", "h++", "ipp", "tpp");
        add("Clojure", LISP, "clj", "cljs", "cljc");
        add("COBOL", COBOL, "cob", "cbl", "cpy", "ccp");
        add("Common Lisp", COMMON_LISP, "lisp", "lsp", "cl");
        add("CSS", CSS, "css");
        add("Dart", C_FAMILY, "dart");
        add("Elixir", HASH, "ex", "exs");
        add("Erlang", ERLANG, "erl", "hrl");
        add("F#", FSHARP, "fs", "fsi", "fsx");
        add("Fortran", FORTRAN_FIXED, "f", "for", "f77", "fpp");
        add("Fortran", FORTRAN_FREE, "f90", "f95", "f03", "f08");
        add("Go", C_FAMILY, "go");
        add("Groovy", C_FAMILY, "groovy", "gvy", "gy", "gsh");
        add("Haskell", HASKELL, "hs");
        add("HTML", HTML, "html", "htm", "xhtml");
        add("Java", C_FAMILY, "java");
        // Linguist's TSX and JSX are grouped under TypeScript and JavaScript in GitHub's statistics.
        add("JavaScript", C_FAMILY, "js", "mjs", "cjs", "jsx");
        add("Julia", JULIA, "jl");
        add("Kotlin", C_FAMILY, "kt", "kts");
        add("Less", C_FAMILY, "less");
        add("Lua", LUA, "lua");
        add("Objective-C++", C_FAMILY, "mm");
        add("OCaml", OCAML, "ml", "mli");
        add("Pascal", PASCAL, "pas", "pp", "dpr");
        add("Perl", HASH, "pl", "pm");
        add("PHP", PHP, "php");
        add("PowerShell", POWERSHELL, "ps1", "psm1", "psd1");
        add("Python", HASH, "py", "pyw", "pyi");
        add("R", HASH, "r");
        add("Ruby", HASH, "rb", "rake");
        add("Rust", C_FAMILY_DOUBLE_QUOTES, "rs");
        add("Scala", C_FAMILY, "scala", "sc");
        add("SCSS", C_FAMILY, "scss");
        add("Shell", HASH, "sh", "bash", "zsh", "ksh");
        add("SQL", SQL, "sql");
        add("Swift", C_FAMILY, "swift");
        add("Tcl", HASH, "tcl");
        add("TypeScript", C_FAMILY, "ts", "mts", "cts", "tsx");
        add("Visual Basic .NET", VISUAL_BASIC, "vb");
    }

    private LanguageTable() {}

    private static void add(String name, CommentSyntax syntax, String... extensions) {
        Language language = new Language(name, syntax);
        for (String extension : extensions) {
            if (BY_EXTENSION.putIfAbsent(extension, language) != null) {
                throw new IllegalStateException("extension listed twice: " + extension);
            }
        }
    }

    /**
     * Tells whether a file of this name is source code in a known language, without reading it.
     *
     * @param fileName the file's name, without directories
     * @return {@code true} when {@link #detect} will return a language for this name
     */
    static boolean isSource(String fileName) {
        String extension = extension(fileName);
        return extension.equals(AMBIGUOUS_M) || BY_EXTENSION.containsKey(extension);
    }

    /**
     * Finds the language of a file from its name and, for ambiguous extensions, its text.
     *
     * @param fileName the file's name, without directories
     * @param text the file's content
     * @return the language, or empty when the file is not source code in a known language
     */
    static Optional<Language> detect(String fileName, CharSequence text) {
        String extension = extension(fileName);
        if (extension.equals(AMBIGUOUS_M)) {
            return Optional.of(OBJECTIVE_C_HINT.matcher(text).find() ? OBJECTIVE_C : MATLAB_LANGUAGE);
        }
        return Optional.ofNullable(BY_EXTENSION.get(extension));
    }

    /**
     * All language names this table can report, sorted by {@link #NAME_ORDER}.
     *
     * @return the names, without duplicates
     */
    static List<String> names() {
        TreeSet<String> names = new TreeSet<>(NAME_ORDER);
        BY_EXTENSION.values().forEach(language -> names.add(language.name()));
        names.add(OBJECTIVE_C.name());
        names.add(MATLAB_LANGUAGE.name());
        return List.copyOf(names);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        // A leading dot marks a hidden file, not an extension; Locale.ROOT keeps "I" → "i" everywhere.
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
