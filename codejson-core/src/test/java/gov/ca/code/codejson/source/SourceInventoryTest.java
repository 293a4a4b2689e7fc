package gov.ca.code.codejson.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceInventoryTest {

    @TempDir Path tmp;

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void countsOnlyNonBlankNonCommentLinesInJava() throws IOException {
        Path root = tmp.resolve("src/main/java");
        write(root.resolve("demo/A.java"), """
                // a line comment
                package demo;

                /*
                 * a block comment
                 * spanning lines
                 */
                public class A { /* trailing block */
                  int x = 1; // trailing line comment
                  /* one-line block */
                  String s = "/* not a comment */";
                  int y = 2;
                  /* block */ int z = 3; /* block
                     still the block */
                  /**/
                }
                """);

        SourceMeasurement measurement = SourceInventory.scan(List.of(root));

        // package, class, x, s, y, z, closing brace
        assertThat(measurement.sloc()).isEqualTo(7);
        assertThat(measurement.languageLines()).containsExactly(new LanguageLines("Java", 1, 7));
        assertThat(measurement.filesCounted()).isEqualTo(1);
        assertThat(measurement.skippedFiles()).isEmpty();
    }

    @Test
    void aPlainAsciiFileAndOneWithOtherCharactersOrABomAreCountedAlike() throws IOException {
        String java = "/* header */\r\npackage demo;\r\n\r\n// note\rclass A {\n  String s = \"// x\"; /* open\n still */ int y;\n}\n";
        write(tmp.resolve("ascii/A.java"), java);
        write(tmp.resolve("utf8/A.java"), java.replace("note", "n\u00f6te \u2003 \u00e9").replace("x\"", "\u00fc\""));
        Files.write(Files.createDirectories(tmp.resolve("bom")).resolve("A.java"), ("\uFEFF" + java).getBytes(StandardCharsets.UTF_8));
        Files.write(Files.createDirectories(tmp.resolve("malformed")).resolve("A.java"),
                java.replace("note", "n\u00f6te").getBytes(StandardCharsets.ISO_8859_1));

        for (String root : List.of("ascii", "utf8", "bom", "malformed")) {
            // package, class, s, the line after the block closes, closing brace
            assertThat(SourceInventory.scan(List.of(tmp.resolve(root))).languageLines()).as(root)
                    .containsExactly(new LanguageLines("Java", 1, 5));
        }
    }

    @Test
    void countsKotlinWithLineAndBlockComments() throws IOException {
        Path root = tmp.resolve("src/main/kotlin");
        write(root.resolve("Main.kt"), """
                /* file header
                   over two lines */
                package demo

                fun main() {
                    // greet
                    println("hi") /* tail */
                }
                """);

        SourceMeasurement measurement = SourceInventory.scan(List.of(root));

        assertThat(measurement.languageLines()).containsExactly(new LanguageLines("Kotlin", 1, 4));
    }

    @Test
    void countsPythonHashCommentsAndKeepsDocstringsAsCode() throws IOException {
        Path root = tmp.resolve("py");
        write(root.resolve("tool.py"), """
                #!/usr/bin/env python3
                # a comment

                import os

                def f():
                    \"""docstrings are code for this counter\"""
                    return "#not a comment"  # trailing comment
                """);

        SourceMeasurement measurement = SourceInventory.scan(List.of(root));

        assertThat(measurement.languageLines()).containsExactly(new LanguageLines("Python", 1, 4));
    }

    @Test
    void addsUpMixedRootsPerLanguage() throws IOException {
        Path java = tmp.resolve("src/main/java");
        Path kotlin = tmp.resolve("src/main/kotlin");
        write(java.resolve("a/A.java"), "class A {\n}\n");
        write(java.resolve("a/B.java"), "class B {}\n// end\n");
        write(kotlin.resolve("C.kt"), "class C\n");
        write(kotlin.resolve("build.groovy"), "println 'x'\n\n");

        SourceMeasurement measurement = SourceInventory.scan(List.of(java, kotlin));

        assertThat(measurement.languages()).containsExactly("Groovy", "Java", "Kotlin");
        assertThat(measurement.languageLines()).containsExactly(
                new LanguageLines("Groovy", 1, 1), new LanguageLines("Java", 2, 3), new LanguageLines("Kotlin", 1, 1));
        assertThat(measurement.sloc()).isEqualTo(5);
        assertThat(measurement.filesCounted()).isEqualTo(4);
        assertThat(measurement.roots()).containsExactly(java, kotlin);
    }

    @Test
    void skipsHiddenDirectoriesAndFiles() throws IOException {
        Path root = tmp.resolve("src");
        write(root.resolve(".hidden/Hidden.java"), "class Hidden {}\n");
        write(root.resolve(".Dot.java"), "class Dot {}\n");
        write(root.resolve("visible/Shown.java"), "class Shown {}\n");

        SourceMeasurement measurement = SourceInventory.scan(List.of(root));

        assertThat(measurement.languageLines()).containsExactly(new LanguageLines("Java", 1, 1));
        assertThat(measurement.skippedFiles()).isEmpty();
    }

    @Test
    void reportsAMissingRootInsteadOfFailing() {
        Path missing = tmp.resolve("does/not/exist");

        SourceMeasurement measurement = SourceInventory.scan(List.of(missing));

        assertThat(measurement.languages()).isEmpty();
        assertThat(measurement.sloc()).isZero();
        assertThat(measurement.filesCounted()).isZero();
        assertThat(measurement.skippedFiles()).containsExactly(new SkippedFile(missing, "source root does not exist"));
    }

    @Test
    void measuresNothingForNoRoots() {
        SourceMeasurement measurement = SourceInventory.scan(List.of());

        assertThat(measurement.languageLines()).isEmpty();
        assertThat(measurement.skippedFiles()).isEmpty();
    }

    @Test
    void listsLanguagesSortedAndLeavesOutDataFormats() throws IOException {
        Path root = tmp.resolve("src");
        write(root.resolve("pom.xml"), "<project/>\n");
        write(root.resolve("app.properties"), "a=b\n");
        write(root.resolve("data.json"), "{}\n");
        write(root.resolve("config.yaml"), "a: b\n");
        write(root.resolve("README.md"), "# title\n");
        write(root.resolve("z.sql"), "select 1; -- one\n");
        write(root.resolve("b.cs"), "class B {}\n");
        write(root.resolve("c.cpp"), "int main() {}\n");
        write(root.resolve("d.css"), "a { color: red; }\n");
        write(root.resolve("e.clj"), "(ns e)\n");
        write(root.resolve("f.cob"), "       IDENTIFICATION DIVISION.\n");
        write(root.resolve("g.c"), "int g;\n");
        write(root.resolve("h.sh"), "echo h\n");

        SourceMeasurement measurement = SourceInventory.scan(List.of(root));

        // Case-insensitive order, so COBOL sits between Clojure and CSS.
        assertThat(measurement.languages())
                .containsExactly("C", "C#", "C++", "Clojure", "COBOL", "CSS", "Shell", "SQL");
        assertThat(measurement.filesCounted()).isEqualTo(8);
    }

    @Test
    void knowsNoDataOrProseFormatsAsLanguages() {
        assertThat(LanguageTable.names())
                .doesNotContain("XML", "JSON", "YAML", "TOML", "Java Properties", "INI", "Markdown")
                .contains("Java", "Kotlin", "Groovy", "Scala", "Python", "TypeScript", "C#", "Objective-C")
                .isSortedAccordingTo(LanguageTable.NAME_ORDER)
                .doesNotHaveDuplicates();
    }

    @Test
    void reportsBinaryFilesAndToleratesMalformedUtf8() throws IOException {
        Path root = tmp.resolve("src");
        Path binary = root.resolve("Binary.java");
        Files.createDirectories(root);
        Files.write(binary, new byte[] {'c', 'l', 'a', 's', 's', 0, 1, 2, '\n'});
        byte[] malformed = "class M { String s = \"?\"; }\n".getBytes(StandardCharsets.US_ASCII);
        malformed[22] = (byte) 0xC3; // a lead byte followed by '"' is not valid UTF-8
        Files.write(root.resolve("Malformed.java"), malformed);

        SourceMeasurement measurement = SourceInventory.scan(List.of(root));

        assertThat(measurement.languageLines()).containsExactly(new LanguageLines("Java", 1, 1));
        assertThat(measurement.skippedFiles()).containsExactly(new SkippedFile(binary, "binary content"));
    }

    @Test
    void countsAFileReachableFromNestedRootsOnce() throws IOException {
        Path root = tmp.resolve("src");
        Path nested = root.resolve("generated");
        write(root.resolve("A.java"), "class A {}\n");
        write(nested.resolve("B.java"), "class B {}\n");

        SourceMeasurement measurement = SourceInventory.scan(List.of(root, nested, root));

        assertThat(measurement.languageLines()).containsExactly(new LanguageLines("Java", 2, 2));
    }

    @Test
    void followsNoSymbolicLinksAndReportsThem() throws IOException {
        Path root = tmp.resolve("src");
        Path outside = tmp.resolve("outside");
        write(root.resolve("A.java"), "class A {}\n");
        write(outside.resolve("B.java"), "class B {}\n");
        Path dirLink = root.resolve("linked");
        Path fileLink = root.resolve("B.java");
        try {
            Files.createSymbolicLink(dirLink, outside);
            Files.createSymbolicLink(fileLink, outside.resolve("B.java"));
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }

        SourceMeasurement measurement = SourceInventory.scan(List.of(root));

        assertThat(measurement.languageLines()).containsExactly(new LanguageLines("Java", 1, 1));
        assertThat(measurement.skippedFiles()).containsExactly(
                new SkippedFile(fileLink, "symbolic link not followed"),
                new SkippedFile(dirLink, "symbolic link not followed"));
    }

    @Test
    void givesIdenticalResultsOnRepeatedScans() throws IOException {
        Path root = tmp.resolve("src");
        for (String name : List.of("z/Z.java", "a/A.kt", "m/M.py", "b/B.ts", "q/missing.xml")) {
            write(root.resolve(name), "x\n");
        }
        write(root.resolve("m/Bin.py"), "\0");
        write(root.resolve("a/Bin.java"), "\0");
        List<Path> roots = List.of(root, tmp.resolve("absent"));

        SourceMeasurement first = SourceInventory.scan(roots);
        SourceMeasurement second = SourceInventory.scan(roots);

        assertThat(second).isEqualTo(first);
        // Traversal is in name order, so the skipped files come out in that order.
        assertThat(first.skippedFiles()).extracting(SkippedFile::path)
                .containsExactly(root.resolve("a/Bin.java"), root.resolve("m/Bin.py"), tmp.resolve("absent"));
    }

    @Test
    void scansARootThatIsASingleFile() throws IOException {
        Path file = write(tmp.resolve("script.rb"), "# comment\nputs 1\n");

        SourceMeasurement measurement = SourceInventory.scan(List.of(file));

        assertThat(measurement.languageLines()).containsExactly(new LanguageLines("Ruby", 1, 1));
    }

    @Test
    void tellsObjectiveCFromMatlabByContent() throws IOException {
        Path root = tmp.resolve("src");
        write(root.resolve("View.m"), "#import <Foundation/Foundation.h>\n@implementation View\n@end\n");
        write(root.resolve("calc.m"), "% MATLAB comment\nx = 1;\n");

        SourceMeasurement measurement = SourceInventory.scan(List.of(root));

        assertThat(measurement.languageLines()).containsExactly(
                new LanguageLines("MATLAB", 1, 1), new LanguageLines("Objective-C", 1, 3));
    }

    @Test
    void listsALanguageWhoseFilesHoldOnlyComments() throws IOException {
        Path root = tmp.resolve("src");
        write(root.resolve("__init__.py"), "");
        write(root.resolve("package-info.java"), "/** docs only */\n");

        SourceMeasurement measurement = SourceInventory.scan(List.of(root));

        assertThat(measurement.languages()).containsExactly("Java", "Python");
        assertThat(measurement.sloc()).isZero();
    }
}
