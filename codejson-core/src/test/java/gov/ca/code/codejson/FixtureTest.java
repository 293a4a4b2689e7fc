package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.validation.Constraint;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import gov.ca.code.codejson.internal.RecordShape;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.diagnostic.Diagnostic;

/**
 * Each fixture under {@code fixtures/<family>/} is validated with every profile of its family and
 * must produce exactly the violations its {@code .expected} file lists: pointer, rule, severity,
 * line and column. A fixture without an expectation, or an expectation without a section for a
 * profile, fails.
 */
class FixtureTest {

    private final CodeJson codejson = new CodeJson();

    @TestFactory
    Stream<DynamicTest> everyFixtureProducesExactlyItsExpectedViolations() {
        return Fixtures.files().stream().map(fixture -> DynamicTest.dynamicTest(
                Fixtures.root().relativize(fixture).toString(), () -> check(fixture)));
    }

    @Test
    void everyRuleOfEveryFamilyHasAFixtureThatTriggersIt() throws IOException {
        for (Family family : Family.values()) {
            Path folder = Fixtures.root().resolve(family.id());
            Set<String> covered = new TreeSet<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path expected : files.filter(p -> p.toString().endsWith(".expected")).toList()) {
                    for (List<String> lines : expectations(expected).values()) {
                        lines.forEach(l -> covered.add(l.split(" ")[1]));
                    }
                }
            }
            assertThat(covered).as("rules covered by the fixtures of %s", family.id())
                    .containsAll(rules(family));
        }
    }

    private void check(Path fixture) throws Exception {
        Path expectedFile = Path.of(fixture.toString().replaceAll("\\.json$", ".expected"));
        assertThat(expectedFile).as("expectation of %s", fixture.getFileName()).exists();
        Map<String, List<String>> expected = expectations(expectedFile);
        Document document = codejson.read(fixture);
        assertThat(document.family().id()).isEqualTo(fixture.getParent().getFileName().toString());
        for (Profile profile : document.family().profiles()) {
            assertThat(expected).as("section [%s] in %s", profile.id(), expectedFile.getFileName())
                    .containsKey(profile.id());
            List<String> actual = codejson.validate(document, profile).violations().stream()
                    .map(FixtureTest::line).toList();
            assertThat(actual).as("%s with profile %s", fixture.getFileName(), profile.id())
                    .containsExactlyElementsOf(expected.get(profile.id()));
        }
    }

    private static String line(Diagnostic v) {
        return (v.pointer().isEmpty() ? "\"\"" : v.pointer()) + " " + v.rule() + " " + v.severity().label() + " "
                + v.location().line() + ":" + v.location().column();
    }

    private static Map<String, List<String>> expectations(Path file) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new ArrayList<>();
                sections.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                current.add(line);
            } else {
                throw new IllegalStateException(file + ": violation before the first [profile] section: " + line);
            }
        }
        return sections;
    }

    /**
     * {@return every rule code the constraints of a family's model tree can report under one of its
     * profiles} Records shared between families carry constraints of other families' profiles too;
     * those cannot fire here and need no fixture in this family.
     */
    static Set<String> rules(Family family) {
        Set<String> rules = new TreeSet<>();
        collect(family.rootType(), family, rules, new TreeSet<>());
        rules.add("json.duplicate-key");
        return rules;
    }

    private static void collect(Class<?> type, Family family, Set<String> rules, Set<String> seen) {
        if (!seen.add(type.getName())) {
            return;
        }
        addRules(type.getAnnotations(), family, rules);
        for (RecordComponent c : type.getRecordComponents()) {
            try {
                addRules(type.getDeclaredField(c.getName()).getAnnotations(), family, rules);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        for (RecordShape.Slot slot : RecordShape.of(type).slots()) {
            RecordShape.ValueType t = slot.type();
            while (t.kind() == RecordShape.Kind.ARRAY) {
                t = t.element();
            }
            if (t.kind() == RecordShape.Kind.OBJECT) {
                collect(t.javaType(), family, rules, seen);
            } else if (t.kind() == RecordShape.Kind.ENUM || t.kind() == RecordShape.Kind.INTEGER_ENUM) {
                rules.add("schema.enum");
            }
        }
    }

    private static void addRules(Annotation[] annotations, Family family, Set<String> rules) {
        for (Annotation a : annotations) {
            try {
                if (a.annotationType().isAnnotationPresent(Constraint.class)) {
                    Method rule = a.annotationType().getMethod("rule");
                    Class<?>[] groups = (Class<?>[]) a.annotationType().getMethod("groups").invoke(a);
                    boolean applies = family.profiles().stream().anyMatch(p -> java.util.Arrays.stream(groups)
                            .anyMatch(g -> g.isAssignableFrom(p.group())));
                    if (applies) {
                        rules.add((String) rule.invoke(a));
                    }
                } else {
                    Method value = a.annotationType().getMethod("value");
                    if (value.getReturnType().isArray() && value.getReturnType().getComponentType()
                            .isAnnotationPresent(Constraint.class)) {
                        addRules((Annotation[]) value.invoke(a), family, rules);
                    }
                }
            } catch (NoSuchMethodException e) {
                // not a constraint and not a container of constraints
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
