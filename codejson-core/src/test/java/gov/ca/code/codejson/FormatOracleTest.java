package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import gov.ca.code.codejson.validation.constraints.FormatKind;

/**
 * The string formats the strict profile asserts accept exactly what the oracle accepts, on values
 * chosen at the edges of each format, in both drafts the reference schemas use.
 */
class FormatOracleTest {

    private static final Map<String, List<String>> VALUES = Map.of(
            "uri", List.of("https://example.gov/x", "http://a", "git://github.com/a/b.git", "mailto:a@b.gov",
                    "urn:isbn:0451450523", "www.example.gov", "", "https://example.gov/a b", "/relative/path",
                    "https://example.gov/%zz", "https://example.gov/ü", "HTTPS://EXAMPLE.GOV", "a:b",
                    "https://[::1]/", "https://example.gov/#frag#2", "1http://x", "private", "None", "https://example.gov/{x}",
                    "https://example.gov/a|b", "https://example.gov/\\", "https://exa mple.gov", "http://", "http:", "a+b-c.d:x",
                    "https://example.gov/[x]", "https://user@example.gov:8080/p?q=1", "https://example.gov/%20", "x:",
                    "https://example.gov/a^b", "https://example.gov/`", "https://example.gov/\"q\"", "https://example.gov/<a>",
                    "https://code_gov", "http://example.gov:80/", "http://example.gov:/", "http://example.gov:abc/",
                    "http://[::1/", "http://[zz::1]/", "http://[1:2:3:4:5:6:7:8:9]/", "http://[::ffff:1.2.3.4]/"),
            "date-time", List.of("2025-08-01T00:00:00Z", "2025-08-01T00:00:00.123+05:30", "2025-08-01t00:00:00z",
                    "2025-08-01 00:00:00Z", "2025-08-01T00:00:00", "2025-08-01", "2025-02-30T00:00:00Z",
                    "2025-08-01T24:00:00Z", "2016-12-31T23:59:60Z", "2025-08-01T00:00:00+0530", "", "20250801T000000Z",
                    "2025-8-1T00:00:00Z", "2025-08-01T00:00Z", "2025-08-01T12:00:60Z", "2016-12-31T18:59:60-05:00",
                    "2025-08-01T00:00:00+24:00", "2025-08-01T00:00:00-00:60", "2025-08-01T00:60:00Z", "2025-08-01T00:00:00.Z"),
            "date", List.of("2025-08-01", "2024-02-29", "2025-02-29", "2025-8-1", "2025-08-01T00:00:00Z", "", "25-08-01",
                    "2025-13-01", "2025-00-10", "2025-01-00", "2025/08/01"),
            "email", List.of("a@b.gov", "first.last@agency.gov", "a@b", "a+tag@b.co", "no-at-sign", "a@@b.gov", "",
                    "a b@c.gov", "a@b.gov.", "\"quoted\"@b.gov", "a@[127.0.0.1]", "ü@b.gov", "a@-b.gov",
                    "shareit@cdc.gov", "a@b.c", "a.@b.gov", ".a@b.gov", "a..b@c.gov", "a@b_c.gov", "a@b..gov", "a@ü.gov",
                    "a@[IPv6:::1]", "a@[1.2.3]", "x@localhost", "a@b-.gov", "a@1.2.3.4", "@b.gov", "a@", "a\\b@c.gov",
                    "a(comment)@b.gov", "a@b.gov ", " a@b.gov", "a!#$%&'*+/=?^_`{|}~@b.gov", "a@x.y.z",
                    "test@iana.123", "a@xn--nw2a.xn--j6w193g", "test@255.255.255.255", "a@[ipv6:::1]",
                    "\"joe@bloggs\"@example.com", "test@c--n.com"));

    private static final Map<String, FormatKind> KINDS = Map.of("uri", FormatKind.URI, "date-time",
            FormatKind.DATE_TIME, "email", FormatKind.EMAIL, "date", FormatKind.DATE);

    /**
     * The values where codejson follows the JSON Schema Test Suite and RFC 5321 / RFC 3986 rather
     * than the oracle, each with the reason ({@code docs/families.md} says the same). A listed value
     * that stops differing fails the test, like an unlisted difference.
     */
    private static final Map<String, String> DELIBERATE = Map.ofEntries(
            Map.entry("email a@b.c", "the oracle looks the top-level domain up in the IANA list; RFC 5321 and the suite do not"),
            Map.entry("email a@x.y.z", "the oracle looks the top-level domain up in the IANA list; RFC 5321 and the suite do not"),
            Map.entry("email test@iana.123", "a label of digits is an RFC 5321 sub-domain; the oracle wants an IANA top-level domain"),
            Map.entry("email a@1.2.3.4", "labels of digits are RFC 5321 sub-domains (the suite: test@255.255.255.255 is valid)"),
            Map.entry("email test@255.255.255.255", "the suite's own case: a domain that looks like an IPv4 address is valid"),
            Map.entry("email a@[ipv6:::1]", "the suite's own case: the IPv6 tag of an address literal is case-insensitive"),
            Map.entry("email \u00fc@b.gov", "a non-ASCII address is an idn-email, not an email (the suite's own case)"),
            Map.entry("email a@\u00fc.gov", "a non-ASCII address is an idn-email, not an email (the suite's own case)"),
            Map.entry("email a\\b@c.gov", "RFC 5321 allows a backslash only inside a quoted local part (the suite: test\\@test@iana.org is invalid)"),
            Map.entry("uri http://example.gov:abc/", "RFC 3986: a port is digits only; the oracle reads the authority as a registry name"));

    @Test
    void formatsAgreeWithTheOracleInDraft4AndDraft202012() {
        List<String> disagreements = new ArrayList<>();
        List<String> deliberate = new ArrayList<>();
        for (SpecificationVersion version : List.of(SpecificationVersion.DRAFT_4, SpecificationVersion.DRAFT_2020_12)) {
            for (Map.Entry<String, List<String>> e : VALUES.entrySet()) {
                Schema schema = SchemaRegistry.withDefaultDialect(version)
                        .getSchema("{\"type\": \"string\", \"format\": \"" + e.getKey() + "\"}", InputFormat.JSON);
                for (String value : e.getValue()) {
                    String json = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                    boolean oracle = schema.validate(json, InputFormat.JSON,
                            ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true))).isEmpty();
                    boolean ours = KINDS.get(e.getKey()).matches(value);
                    String key = e.getKey() + " " + value;
                    if (DELIBERATE.containsKey(key)) {
                        assertThat(ours).as("deliberate difference %s", key).isNotEqualTo(oracle);
                        deliberate.add(version + " " + key);
                    } else if (oracle != ours) {
                        disagreements.add(version + " " + e.getKey() + " " + json + ": oracle " + oracle + ", codejson " + ours);
                    }
                }
            }
        }
        disagreements.forEach(System.out::println);
        assertThat(disagreements).isEmpty();
        assertThat(deliberate).hasSize(2 * DELIBERATE.size());
    }
}
