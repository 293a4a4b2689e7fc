package gov.ca.code.codejson.site;

import java.util.List;
import java.util.Objects;

/**
 * What the site's templates show: plain values, already decided (which address is a link, which
 * page a release has), so that the templates only place them and the template engine escapes
 * each for where it stands. Public because the compiled templates live in another package.
 */
public final class SiteModel {

    private SiteModel() {
    }

    /**
     * What every page shares.
     *
     * @param title the page's own title, also its heading
     * @param root the way from the page back to the site's folder: {@code ""} or {@code "../"}
     * @param period the period the site is labelled with, or {@code ""}
     * @param current which entry of the site navigation the page is: {@code home}, {@code releases} or {@code ""}
     * @param script whether the page loads the site's script
     */
    public record Page(String title, String root, String period, String current, boolean script) {
        /** Creates the record; no component may be null. */
        public Page {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(current, "current");
        }
    }

    /**
     * A text that is a link when it has an address.
     *
     * @param text what is shown
     * @param href the address, relative inside the site or an http, https or mailto address; {@code ""} for plain text
     */
    public record Link(String text, String href) {
        /** Creates the record; no component may be null. */
        public Link {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(href, "href");
        }

        /** {@return whether the text is shown as a link} */
        public boolean isLink() {
            return !href.isEmpty();
        }
    }

    /**
     * One headline figure.
     *
     * @param label what it counts
     * @param value the figure as shown
     */
    public record Metric(String label, String value) {
        /** Creates the record; no component may be null. */
        public Metric {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One release as the lists show it, with the values the browser filters on.
     *
     * @param name the release's name, linked to its page
     * @param agency the agency, linked to its page
     * @param organization the organization, or {@code ""}
     * @param description the description, or {@code ""}
     * @param languages the languages, as written
     * @param licenses the license names (or URLs when unnamed)
     * @param usageType the usage type, or {@code ""}
     * @param status the status, or {@code ""}
     * @param score the data-quality score, 0 to 10
     * @param searchText what the search box matches, in lower case
     */
    public record Row(Link name, Link agency, String organization, String description, List<String> languages,
            List<String> licenses, String usageType, String status, String score, String searchText) {
        /** Creates the record; lists are copied. */
        public Row {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(description, "description");
            languages = List.copyOf(languages);
            licenses = List.copyOf(licenses);
            Objects.requireNonNull(usageType, "usageType");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(searchText, "searchText");
        }

        /** {@return the languages, one a line, as the filter script reads them} */
        public String languageKeys() {
            return String.join("\n", languages);
        }

        /** {@return the licenses, one a line, as the filter script reads them} */
        public String licenseKeys() {
            return String.join("\n", licenses);
        }
    }

    /**
     * One filter of the release list: a labelled choice among the values that occur.
     *
     * @param key the form field's name, the {@code data-} attribute the script compares
     * @param label the visible label
     * @param options the values, sorted
     */
    public record Filter(String key, String label, List<String> options) {
        /** Creates the record; the list is copied. */
        public Filter {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            options = List.copyOf(options);
        }
    }

    /**
     * One agency as the home page lists it.
     *
     * @param name the agency, linked to its page
     * @param releases how many releases
     * @param openSourceShare the open-source share as shown
     * @param laborHours the labor hours as shown
     * @param medianScore the median data-quality score as shown
     */
    public record AgencyRow(Link name, long releases, String openSourceShare, String laborHours, String medianScore) {
        /** Creates the record; no component may be null. */
        public AgencyRow {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(openSourceShare, "openSourceShare");
            Objects.requireNonNull(laborHours, "laborHours");
            Objects.requireNonNull(medianScore, "medianScore");
        }
    }

    /**
     * One field of a release, flattened: {@code permissions › licenses › 1 › name}.
     *
     * @param path the field's path
     * @param value the value, a link when it is an http, https or mailto address
     */
    public record Field(String path, Link value) {
        /** Creates the record; no component may be null. */
        public Field {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One data-quality finding about a release.
     *
     * @param severity {@code error}, {@code warning}, {@code info}, or {@code score} for points the release lost
     * @param rule the rule code, or the scored field
     * @param where the JSON pointer inside the release, or {@code ""}
     * @param message what is wrong and what to do
     */
    public record Finding(String severity, String rule, String where, String message) {
        /** Creates the record; no component may be null. */
        public Finding {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The home page.
     *
     * @param page what every page shares
     * @param headline the headline figures
     * @param agencies every agency
     */
    public record Home(Page page, List<Metric> headline, List<AgencyRow> agencies) {
        /** Creates the record; lists are copied. */
        public Home {
            Objects.requireNonNull(page, "page");
            headline = List.copyOf(headline);
            agencies = List.copyOf(agencies);
        }
    }

    /**
     * The list of every release, with its search and filters.
     *
     * @param page what every page shares
     * @param filters the filters, in form order
     * @param rows every release
     */
    public record Releases(Page page, List<Filter> filters, List<Row> rows) {
        /** Creates the record; lists are copied. */
        public Releases {
            Objects.requireNonNull(page, "page");
            filters = List.copyOf(filters);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One agency's page.
     *
     * @param page what every page shares
     * @param source the inventory file the agency's releases come from
     * @param figures the agency's figures
     * @param rows the agency's releases
     */
    public record Agency(Page page, String source, List<Metric> figures, List<Row> rows) {
        /** Creates the record; lists are copied. */
        public Agency {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(source, "source");
            figures = List.copyOf(figures);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One release's page.
     *
     * @param page what every page shares
     * @param row the release as the lists show it
     * @param summary the main facts: description, usage, licenses, status, contact, repository
     * @param fields every field of the release, in the order written
     * @param findings the data-quality findings, validation first, then the points lost
     */
    public record Release(Page page, Row row, List<Field> summary, List<Field> fields, List<Finding> findings) {
        /** Creates the record; lists are copied. */
        public Release {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(row, "row");
            summary = List.copyOf(summary);
            fields = List.copyOf(fields);
            findings = List.copyOf(findings);
        }
    }
}
