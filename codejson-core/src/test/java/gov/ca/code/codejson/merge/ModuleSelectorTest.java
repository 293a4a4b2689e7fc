package gov.ca.code.codejson.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ModuleSelectorTest {

    @Test
    void skipsPomPackagedModulesByDefault() {
        assertThat(ModuleSelector.DEFAULT.selects("gov.ca.code", "parent", "pom")).isFalse();
        assertThat(ModuleSelector.DEFAULT.selects("gov.ca.code", "app", "jar")).isTrue();
    }

    @Test
    void keepsPomModulesWhenAsked() {
        assertThat(new ModuleSelector(List.of(), List.of(), false).selects("gov.ca.code", "parent", "pom")).isTrue();
    }

    @Test
    void selectsByGroupAndArtifactPatternsWithWildcards() {
        ModuleSelector selector = new ModuleSelector(List.of("gov.ca.*:*"), List.of("*:*-tests", "internal-tool"), true);
        assertThat(selector.selects("gov.ca.code", "app", "jar")).isTrue();
        assertThat(selector.selects("gov.ca.cdt", "portal", "war")).isTrue();
        assertThat(selector.selects("org.example", "app", "jar")).isFalse();
        assertThat(selector.selects("gov.ca.code", "app-tests", "jar")).isFalse();
        assertThat(selector.selects("gov.ca.code", "internal-tool", "jar")).isFalse();
    }

    @Test
    void treatsDotsInPatternsLiterally() {
        ModuleSelector selector = new ModuleSelector(List.of("gov.ca:app"), List.of(), true);
        assertThat(selector.selects("govXca", "app", "jar")).isFalse();
        assertThat(selector.selects("gov.ca", "app", "jar")).isTrue();
    }
}
