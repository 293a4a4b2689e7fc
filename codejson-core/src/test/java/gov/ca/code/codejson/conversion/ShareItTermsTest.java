package gov.ca.code.codejson.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.generate.GenerationSettings;
import gov.ca.code.codejson.generate.Generator;
import gov.ca.code.codejson.generate.ProjectFacts;
import gov.ca.code.codejson.generate.Setting;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.migrate.Migrator;
import gov.ca.code.codejson.shareit.Repository;
import gov.ca.code.codejson.shareit.Vcs;

class ShareItTermsTest {

    private final List<Ask> asks = new ArrayList<>();

    @ParameterizedTest
    @CsvSource({"git, GIT", "Mercurial, HG", "' subversion ', SVN", "BAZAAR, BZR", "rcs, RCS", "none, NONE"})
    void namesEverySpellingOfAVersionControlSystemAsShareItDoes(String given, Vcs shareIt) {
        assertThat(ShareItTerms.vcs(given, "/releases/0", asks::add)).isEqualTo(shareIt);
        assertThat(asks).isEmpty();
    }

    @Test
    void asksForAMissingVersionControlSystemAndToReplaceAnUnknownOne() {
        assertThat(ShareItTerms.vcs(null, "", asks::add)).isNull();
        assertThat(ShareItTerms.vcs("cvs", "/releases/2", asks::add)).isNull();

        assertThat(asks).extracting(Ask::pointer, Ask::kind, Ask::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/vcs", Ask.Kind.FILL, gov.ca.code.codejson.diagnostic.Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("/releases/2/vcs", Ask.Kind.REPLACE, gov.ca.code.codejson.diagnostic.Severity.ERROR));
        assertThat(asks.get(1).message()).startsWith("\"cvs\" is not a SHARE IT version control system");
    }

    @Test
    void asksToReviewAnExemptionSharedItNarrowedAndToReplaceOneItRemoved() {
        ShareItTerms.usageTypes(List.of("openSource", "exemptByNationalSecurity", "exemptByLaw"), "/permissions", asks::add);

        assertThat(asks).extracting(Ask::pointer, Ask::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/permissions/usageType/1", Ask.Kind.REVIEW),
                org.assertj.core.groups.Tuple.tuple("/permissions/usageType/2", Ask.Kind.REPLACE));
        assertThat(asks.get(0).severity()).isEqualTo(gov.ca.code.codejson.diagnostic.Severity.WARNING);
    }

    /** The migration reads the spelling from a 2.0.0 release, the generation from the vcs setting: one table answers both. */
    @ParameterizedTest
    @CsvSource({"git, GIT", "Mercurial, HG", "' subversion ', SVN", "Bazaar, BZR"})
    void theMigrationAndTheGenerationNameAVersionControlSystemAlike(String given, Vcs shareIt) throws JsonReadException {
        Document inventory = new CodeJson().read("{\"version\": \"2.0.0\", \"agency\": \"CDT\", \"measurementType\":"
                + " {\"method\": \"projects\"}, \"releases\": [{\"name\": \"fees\", \"vcs\": \"" + given + "\"}]}", "code.json");
        Repository migrated = new Migrator().migrate(inventory, Family.SHAREIT_2_0_0).outputs().get(1).document()
                .root(Repository.class);
        ProjectFacts facts = new ProjectFacts("gov.ca.cdt", "fees", "1.0.0", "Fees", "Computes fees.", null, "CDT", null,
                List.of(), List.of(), List.of(), null, List.of(), List.of(), null, null, null);
        Repository generated = new Generator().generate(facts, GenerationSettings.builder().set(Setting.FAMILY, "shareit-2.0.0")
                .set(Setting.VCS, given).build()).document().root(Repository.class);

        assertThat(migrated.vcs().value()).contains(shareIt);
        assertThat(generated.vcs().value()).contains(shareIt);
    }
}
