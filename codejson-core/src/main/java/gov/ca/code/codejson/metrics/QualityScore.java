package gov.ca.code.codejson.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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

    private static final Pattern URL = Pattern.compile(
            "https?://(www\\.)?[-a-zA-Z0-9@:%._+~#=]{2,256}\\.[a-z]{2,6}\\b([-a-zA-Z0-9@:%_+.~#?&/=]*)");
    private static final Pattern EMAIL = Pattern.compile(
            "^(([^<>()\\[\\]\\.,;:\\s@\"]+(\\.[^<>()\\[\\]\\.,;:\\s@\"]+)*)|(\".+\"))@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\])|(([a-zA-Z\\-0-9]+\\.)+[a-zA-Z]{2,}))$");

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

    private static boolean url(String text) {
        return URL.matcher(text).find();
    }

    private static boolean email(String text) {
        return EMAIL.matcher(text).matches();
    }
}
