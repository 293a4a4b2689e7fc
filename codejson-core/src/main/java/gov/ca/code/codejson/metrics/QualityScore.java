package gov.ca.code.codejson.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.License;
import gov.ca.code.codejson.codegov.Partner;
import gov.ca.code.codejson.codegov.RelatedCode;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.ReleaseDate;
import gov.ca.code.codejson.codegov.ReusedCode;

/**
 * The code.gov data-quality score of a release: the field weights and rules of the code.gov
 * harvester (159 points in all), scaled to 0–10 with one decimal.
 *
 * <p>The harvester flattened each release before applying its rules, so the rules written for
 * {@code tags}, {@code languages}, {@code relatedCode}, {@code reusedCode} and {@code partners}
 * never matched a key and 27 of the 159 points could never be earned. Here they can: tags
 * earn 10 points for three or more (6 for two, 4 for one), languages 10 for at least one, and
 * each of {@code relatedCode.name}, {@code relatedCode.URL}, {@code relatedCode.isGovernmentRepo},
 * {@code reusedCode.name}, {@code reusedCode.URL}, {@code partners.name} and
 * {@code partners.email} earns its point when at least one entry has it. As in the harvester,
 * the license rules look at the first license only. Scores are therefore higher than those
 * code.gov displayed for releases that fill these fields, and comparable between agencies.
 *
 * <p>"Present" means a string that is not blank (a value outside an enumeration, such as
 * status {@code "production"}, still counts as present, as it did for code.gov); "valid URL"
 * and "valid e-mail" mean matching the harvester's regular expressions. Labor hours earn their
 * points when they are a number above zero (code.gov awarded any non-zero number).
 */
public final class QualityScore {

    /** The weight of each field, in scoring order. */
    public static final Map<String, Integer> WEIGHTS = weights();

    /** The sum of the weights. */
    public static final int MAX_POINTS = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();

    private QualityScore() {
    }

    private static Map<String, Integer> weights() {
        Map<String, Integer> w = new LinkedHashMap<>();
        w.put("name", 10);
        w.put("version", 1);
        w.put("organization", 5);
        w.put("description", 10);
        w.put("permissions.licenses.URL", 1);
        w.put("permissions.licenses.name", 7);
        w.put("permissions.usageType", 10);
        w.put("permissions.exemptionText", 5);
        w.put("tags", 10);
        w.put("contact.email", 10);
        w.put("contact.name", 5);
        w.put("contact.URL", 5);
        w.put("contact.phone", 5);
        w.put("status", 5);
        w.put("vcs", 5);
        w.put("repositoryURL", 10);
        w.put("homepageURL", 7);
        w.put("downloadURL", 3);
        w.put("disclaimerURL", 3);
        w.put("disclaimerText", 3);
        w.put("languages", 10);
        w.put("laborHours", 10);
        w.put("relatedCode.name", 1);
        w.put("relatedCode.URL", 1);
        w.put("relatedCode.isGovernmentRepo", 1);
        w.put("reusedCode.name", 1);
        w.put("reusedCode.URL", 1);
        w.put("partners.name", 1);
        w.put("partners.email", 1);
        w.put("date.created", 5);
        w.put("date.lastModified", 5);
        w.put("date.metadataLastUpdated", 2);
        return java.util.Collections.unmodifiableMap(w);
    }

    /**
     * Scores a release.
     *
     * @param r the release
     * @return its score with the points of every field
     */
    public static ReleaseScore of(Release r) {
        Map<String, Double> share = new LinkedHashMap<>();
        Optional<String> name = Values.filled(r.name());
        Optional<String> description = Values.filled(r.description());
        Optional<Contact> contact = r.contact().value();
        Optional<License> license = Values.licenses(r).stream().findFirst();
        Optional<String> usage = Values.usageType(r);
        Optional<ReleaseDate> date = r.date().value();
        List<RelatedCode> related = Values.objects(r.relatedCode());
        List<ReusedCode> reused = Values.objects(r.reusedCode());
        List<Partner> partners = Values.objects(r.partners());

        share.put("name", present(name));
        share.put("version", present(Values.filled(r.version())));
        share.put("organization", present(Values.filled(r.organization())));
        share.put("description", description.isPresent() && !description.equals(name) ? words(description.get()) : 0);
        share.put("permissions.licenses.URL", license.flatMap(l -> Values.text(l.url())).filter(QualityScore::url).isPresent() ? 1 : 0.0);
        share.put("permissions.licenses.name", present(license.flatMap(l -> Values.filled(l.name()))));
        share.put("permissions.usageType", usage.map(QualityScore::usage).orElse(0.0));
        boolean shared = usage.filter(u -> u.equals("openSource") || u.equals("governmentWideReuse")).isPresent();
        boolean exemptWithText = usage.filter(u -> u.startsWith("exempt")).isPresent()
                && r.permissions().value().flatMap(p -> Values.filled(p.exemptionText())).isPresent();
        share.put("permissions.exemptionText", shared || exemptWithText ? 1 : 0.0);
        int tags = Values.strings(r.tags()).size();
        share.put("tags", tags >= 3 ? 1 : tags == 2 ? 0.6 : tags == 1 ? 0.4 : 0);
        share.put("contact.email", contact.flatMap(c -> Values.text(c.email())).filter(QualityScore::email).isPresent() ? 1 : 0.0);
        share.put("contact.name", present(contact.flatMap(c -> Values.filled(c.name()))));
        share.put("contact.URL", present(contact.flatMap(c -> Values.filled(c.url()))));
        share.put("contact.phone", present(contact.flatMap(c -> Values.filled(c.phone()))));
        share.put("status", present(Values.filled(r.status())));
        share.put("vcs", present(Values.filled(r.vcs())));
        share.put("repositoryURL", validUrl(Values.text(r.repositoryURL())));
        share.put("homepageURL", validUrl(Values.text(r.homepageURL())));
        share.put("downloadURL", validUrl(Values.text(r.downloadURL())));
        share.put("disclaimerURL", validUrl(Values.text(r.disclaimerURL())));
        share.put("disclaimerText", present(Values.filled(r.disclaimerText())));
        share.put("languages", Values.strings(r.languages()).isEmpty() ? 0 : 1.0);
        share.put("laborHours", Values.laborHours(r).filter(h -> h.signum() > 0).isPresent() ? 1 : 0.0);
        share.put("relatedCode.name", any(related, c -> Values.filled(c.name()).isPresent()));
        share.put("relatedCode.URL", any(related, c -> Values.text(c.url()).filter(QualityScore::url).isPresent()));
        share.put("relatedCode.isGovernmentRepo", any(related, c -> c.isGovernmentRepo().orElse(false)));
        share.put("reusedCode.name", any(reused, c -> Values.filled(c.name()).isPresent()));
        share.put("reusedCode.URL", any(reused, c -> Values.text(c.url()).filter(QualityScore::url).isPresent()));
        share.put("partners.name", any(partners, p -> Values.filled(p.name()).isPresent()));
        share.put("partners.email", any(partners, p -> Values.text(p.email()).filter(QualityScore::email).isPresent()));
        share.put("date.created", present(date.flatMap(d -> Values.filled(d.created()))));
        share.put("date.lastModified", present(date.flatMap(d -> Values.filled(d.lastModified()))));
        share.put("date.metadataLastUpdated", present(date.flatMap(d -> Values.filled(d.metadataLastUpdated()))));

        List<FieldScore> fields = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> w : WEIGHTS.entrySet()) {
            BigDecimal points = BigDecimal.valueOf(share.get(w.getKey())).multiply(BigDecimal.valueOf(w.getValue()))
                    .setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
            if (points.scale() < 0) {
                points = points.setScale(0);
            }
            fields.add(new FieldScore(w.getKey(), points, w.getValue()));
            total = total.add(points);
        }
        BigDecimal score = total.multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(MAX_POINTS), 1, RoundingMode.HALF_UP);
        return new ReleaseScore(score, total, fields);
    }

    /** The share of the description points by word count. */
    private static double words(String description) {
        int words = description.split("\\s+").length;
        if (words >= 30) {
            return 1;
        }
        if (words >= 20) {
            return 0.8;
        }
        if (words >= 10) {
            return 0.5;
        }
        return words >= 4 ? 0.3 : 0;
    }

    private static double usage(String usageType) {
        if (usageType.equals("openSource")) {
            return 1;
        }
        if (usageType.equals("governmentWideReuse")) {
            return 0.5;
        }
        return usageType.startsWith("exempt") ? 0.1 : 0;
    }

    private static double present(Optional<String> value) {
        return value.isPresent() ? 1 : 0;
    }

    private static double validUrl(Optional<String> value) {
        return value.filter(QualityScore::url).isPresent() ? 1 : 0;
    }

    private static <T> double any(List<T> items, Predicate<T> test) {
        return items.stream().anyMatch(test) ? 1 : 0;
    }

    /**
     * Whether the text holds an address as code.gov's quality checker finds one: {@code http://} or
     * {@code https://}, an optional {@code www.}, 2 to 256 characters of
     * {@code [-a-zA-Z0-9@:%._+~#=]}, a dot and a top-level domain of 2 to 6 lower-case letters that
     * ends the word. Read character by character in time linear in the text (no regular
     * expression, which backtracks on untrusted text).
     */
    static boolean url(String text) {
        for (int at = text.indexOf("http"); at >= 0; at = text.indexOf("http", at + 1)) {
            int scheme = at + 4;
            if (scheme < text.length() && text.charAt(scheme) == 's') {
                scheme++;
            }
            if (!text.startsWith("://", scheme)) {
                continue;
            }
            int host = scheme + 3;
            if (hostAndDomain(text, host) || text.startsWith("www.", host) && hostAndDomain(text, host + 4)) {
                return true;
            }
        }
        return false;
    }

    /** Whether 2 to 256 host characters from {@code start} are followed by {@code .tld} and the end of a word. */
    private static boolean hostAndDomain(String text, int start) {
        // '/' is not a host character, so the runs of two addresses never overlap: linear in all.
        for (int i = start; i < text.length() && i - start <= 256 && hostChar(text.charAt(i)); i++) {
            if (i - start >= 2 && text.charAt(i) == '.') {
                int end = i + 1;
                while (end < text.length() && end - i <= 7 && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
                    end++;
                }
                int letters = end - i - 1;
                if (letters >= 2 && letters <= 6 && (end == text.length() || !wordChar(text.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hostChar(char c) {
        return asciiLetterOrDigit(c) || "-@:%._+~#=".indexOf(c) >= 0;
    }

    private static boolean wordChar(char c) {
        return asciiLetterOrDigit(c) || c == '_';
    }

    private static boolean asciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * Whether the text is an e-mail address as code.gov's quality checker accepts one: a local part
     * of dot-separated atoms (no {@code <>()[],;:@"} or white space) or a quoted string, an
     * {@code @}, and a domain of labels ending in two or more letters or a bracketed IPv4 address.
     * Read character by character in time linear in the text: an address of 100,000 labels is no
     * deeper than one of two.
     */
    static boolean email(String text) {
        int at = text.lastIndexOf('@');
        return at > 0 && localPart(text, at) && domain(text, at + 1);
    }

    private static boolean localPart(String text, int end) {
        if (end >= 3 && text.charAt(0) == '"' && text.charAt(end - 1) == '"') {
            boolean oneLine = true;
            for (int i = 1; i < end - 1 && oneLine; i++) {
                oneLine = !lineBreak(text.charAt(i));
            }
            if (oneLine) {
                return true;
            }
        }
        return atoms(text, 0, end, c -> "<>()[],;:@\"".indexOf(c) < 0 && !asciiSpace(c));
    }

    private static boolean domain(String text, int start) {
        if (start < text.length() && text.charAt(start) == '[') {
            return ipv4InBrackets(text, start);
        }
        int dot = text.lastIndexOf('.');
        if (dot < start + 1 || text.length() - dot - 1 < 2) {
            return false;
        }
        for (int i = dot + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return atoms(text, start, dot, c -> asciiLetterOrDigit(c) || c == '-');
    }

    /** Whether {@code [start, end)} is one or more non-empty atoms of allowed characters separated by single dots. */
    private static boolean atoms(String text, int start, int end, IntPredicate allowed) {
        if (start >= end) {
            return false;
        }
        boolean empty = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (empty) {
                    return false;
                }
                empty = true;
            } else if (allowed.test(c)) {
                empty = false;
            } else {
                return false;
            }
        }
        return !empty;
    }

    private static boolean ipv4InBrackets(String text, int start) {
        int i = start + 1;
        for (int part = 0; part < 4; part++) {
            int digits = 0;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9' && digits < 4) {
                i++;
                digits++;
            }
            if (digits < 1 || digits > 3 || i >= text.length() || text.charAt(i) != (part < 3 ? '.' : ']')) {
                return false;
            }
            i++;
        }
        return i == text.length();
    }

    /** The white space of {@code \s} in a regular expression: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean asciiSpace(int c) {
        return c == ' ' || c >= 0x09 && c <= 0x0D;
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
