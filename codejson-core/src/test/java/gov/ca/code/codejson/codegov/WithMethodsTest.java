package gov.ca.code.codejson.codegov;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.shareit.Repository;

class WithMethodsTest {

    private static final String INVENTORY = """
            {
              "version": "2.0.0",
              "measurementType": {"method": "projects"},
              "agency": "CDT",
              "releases": [
                {
                  "name": "permit-tracker",
                  "description": "Tracks building permits from application to final inspection.",
                  "permissions": {"licenses": [{"name": "MIT"}], "usageType": "openSource"},
                  "tags": ["permits"],
                  "contact": {"email": "permits@cdt.ca.gov", "name": "Permits team"},
                  "repositoryURL": "https://github.com/example-agency/permit-tracker",
                  "laborHours": 1200,
                  "x-team": "permits"
                }
              ]
            }
            """;

    private final CodeJson codejson = new CodeJson();

    private Document read() throws JsonReadException {
        return codejson.read(INVENTORY, "code.json");
    }

    @Test
    void changingOneFieldOfAReleaseKeepsEveryOtherField() throws JsonReadException {
        Release release = read().root(Inventory.class).releaseList().get(0);

        Release changed = release.withDescription("Tracks permits.");

        assertThat(changed.description().orElse(null)).isEqualTo("Tracks permits.");
        assertThat(release.description().orElse(null)).startsWith("Tracks building permits");
        assertThat(changed).isNotEqualTo(release);
        assertThat(changed.withDescription(release.description())).isEqualTo(release);
    }

    @Test
    void aChangedReleaseIsWrittenWithTheChangeOnlyAndItsUnknownMembersKept() throws JsonReadException {
        Document document = read();
        Inventory inventory = document.root(Inventory.class);
        Release release = inventory.releaseList().get(0);
        Release redacted = release.withRepositoryURL(Property.absent())
                .withContact(release.contact().value().orElseThrow().withEmail("opensource@cdt.ca.gov").withName(Property.absent()))
                .withPermissions(release.permissions().value().orElseThrow().withUsageType(UsageType.EXEMPT_BY_AGENCY_SYSTEM)
                        .withExemptionText("Runs only inside the agency network."));

        String written = codejson.write(inventory.withReleases(List.of(Property.of(redacted))).withAgency("DMV"));

        assertThat(written).doesNotContain("repositoryURL").doesNotContain("Permits team")
                .contains("\"agency\": \"DMV\"").contains("\"email\": \"opensource@cdt.ca.gov\"")
                .contains("\"usageType\": \"exemptByAgencySystem\"").contains("\"x-team\": \"permits\"")
                .contains("\"laborHours\": 1200");
    }

    @Test
    void theDatesOfAReleaseChangeOneAtATime() {
        ReleaseDate dates = new ReleaseDate(Property.of("2024-01-01"), Property.of("2025-01-01"), Property.absent(),
                gov.ca.code.codejson.model.Unknown.NONE);

        ReleaseDate changed = dates.withLastModified("2026-02-02");

        assertThat(changed.created()).isEqualTo(dates.created());
        assertThat(changed.lastModified().orElse(null)).isEqualTo("2026-02-02");
    }

    @Test
    void aShareItRepositoryChangesOneFieldAtATime() throws JsonReadException {
        String json = """
                {"name": "fees", "description": "Computes fees.", "repositoryURL": "https://github.com/a/fees",
                 "organization": "CDT", "x-note": "kept"}
                """;
        Document document = codejson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "code.json",
                Family.SHAREIT_2_0_0);
        Repository repository = document.root(Repository.class);

        Repository changed = repository.withName("permit-fees");

        assertThat(changed.name().orElse(null)).isEqualTo("permit-fees");
        assertThat(changed.repositoryURL()).isEqualTo(repository.repositoryURL());
        assertThat(changed.unknown()).isEqualTo(repository.unknown());
        assertThat(codejson.write(changed)).contains("\"name\": \"permit-fees\"").contains("\"x-note\": \"kept\"");
    }
}
