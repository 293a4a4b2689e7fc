package gov.ca.code.codejson.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.Release;

class InternalReleasesTest {

    private static final Document INVENTORY = Inventories.input("code.json", Inventories.inventory("CDT",
            Inventories.release("open", "https://github.com/ca/open", "openSource"),
            Inventories.release("internal", "https://git.cdt.ca.gov/internal", "governmentWideReuse"),
            Inventories.release("no-url", null, "governmentWideReuse"))).document();

    @Test
    void findsTheReleasesThatAreNotOpenSourceWithTheirInternalFields() {
        assertThat(InternalReleases.find(INVENTORY)).containsExactly(
                new InternalReleases.Internal("internal", List.of("repositoryURL", "contact")),
                new InternalReleases.Internal("no-url", List.of("contact")));
    }

    @Test
    void redactionDropsTheRepositoryUrlAndPutsTheAgencyContactOnInternalReleasesOnly() {
        Contact agency = InternalReleases.agencyContact(" code@cdt.ca.gov ", " ", null).orElseThrow();
        Inventory redacted = (Inventory) InternalReleases.redact(INVENTORY, agency).orElseThrow().root();
        List<Release> releases = redacted.releaseList();
        assertThat(releases.get(0).repositoryURL().isDefined()).isTrue();
        assertThat(releases.get(0).contact().value().orElseThrow().email().orElse("")).isEqualTo("dev.person@example.gov");
        assertThat(releases.get(1).repositoryURL().isDefined()).isFalse();
        assertThat(releases.get(1).contact().value().orElseThrow()).isEqualTo(agency);
        assertThat(agency.email().orElse("")).isEqualTo("code@cdt.ca.gov");
        assertThat(agency.name().isDefined()).isFalse();
    }

    @Test
    void redactionKeepsTheReleaseContactWhenNoAgencyContactIsGiven() {
        Inventory redacted = (Inventory) InternalReleases.redact(INVENTORY, null).orElseThrow().root();
        assertThat(redacted.releaseList().get(1).contact().value().orElseThrow().email().orElse("")).isEqualTo("dev.person@example.gov");
        assertThat(redacted.releaseList().get(1).repositoryURL().isDefined()).isFalse();
    }

    @Test
    void noAgencyContactWithoutAnEmail() {
        assertThat(InternalReleases.agencyContact("  ", "Agency", "https://cdt.ca.gov")).isEmpty();
        assertThat(InternalReleases.agencyContact(null, null, null)).isEmpty();
    }
}
