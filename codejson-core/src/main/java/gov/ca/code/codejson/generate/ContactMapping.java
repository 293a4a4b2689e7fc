package gov.ca.code.codejson.generate;

import static gov.ca.code.codejson.generate.Trace.blank;
import static gov.ca.code.codejson.generate.Trace.collapse;

import java.util.Optional;

import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;

/**
 * {@code contact}: the settings, else the first developer with an e-mail, else the first mailing
 * list with an address; the web page is the issue tracker unless set.
 */
final class ContactMapping {

    private ContactMapping() {
    }

    static Mapped<Contact> map(ProjectFacts facts, GenerationSettings settings, String base) {
        Trace t = new Trace();
        String field = base + "/contact";
        String email = settings.contact().email();
        String name = settings.contact().name();
        t.from(field, Source.setting(Setting.CONTACT_EMAIL));
        if (email != null) {
            t.from(field + "/email", Source.setting(Setting.CONTACT_EMAIL));
        } else {
            Optional<ProjectFacts.Developer> developer = facts.developers().stream().filter(d -> !blank(d.email())).findFirst();
            Optional<ProjectFacts.MailingList> list = facts.mailingLists().stream().filter(l -> !blank(l.post())).findFirst();
            if (developer.isPresent()) {
                email = developer.get().email().strip();
                t.from(field + "/email", Source.fact(ProjectFact.DEVELOPER_EMAIL));
                if (name == null && !blank(developer.get().name())) {
                    name = collapse(developer.get().name());
                    t.from(field + "/name", Source.fact(ProjectFact.DEVELOPER_NAME));
                }
            } else if (list.isPresent()) {
                email = stripMailto(list.get().post().strip());
                t.from(field + "/email", Source.fact(ProjectFact.MAILING_LIST_POST));
                if (name == null && !blank(list.get().name())) {
                    name = collapse(list.get().name());
                    t.from(field + "/name", Source.fact(ProjectFact.MAILING_LIST_NAME));
                }
            } else {
                t.from(field + "/email", Source.setting(Setting.CONTACT_EMAIL));
            }
        }
        if (settings.contact().name() != null) {
            t.from(field + "/name", Source.setting(Setting.CONTACT_NAME));
        }
        String url = settings.contact().url();
        if (url != null) {
            t.from(field + "/URL", Source.setting(Setting.CONTACT_URL));
        } else if (!blank(facts.issueManagementUrl())) {
            url = t.credentialFree(facts.issueManagementUrl().strip(), field + "/URL", Source.fact(ProjectFact.ISSUE_MANAGEMENT_URL));
            t.from(field + "/URL", Source.fact(ProjectFact.ISSUE_MANAGEMENT_URL));
        }
        if (settings.contact().phone() != null) {
            t.from(field + "/phone", Source.setting(Setting.CONTACT_PHONE));
        }
        return t.done(new Contact(Property.of(email), Property.of(name), Property.of(url), Property.of(settings.contact().phone()),
                Unknown.NONE));
    }

    private static String stripMailto(String address) {
        return address.regionMatches(true, 0, "mailto:", 0, 7) ? address.substring(7) : address;
    }
}
