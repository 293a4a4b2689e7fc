package gov.ca.code.codejson.harvest;

import java.util.ArrayList;
import java.util.List;

/** Small agency inventories. */
final class Fixtures {

    private Fixtures() {
    }

    static String release(String name, String usageType) {
        return "{\"name\": \"" + name + "\", \"organization\": \"Office of Digital Innovation\", \"description\": \"" + name
                + " helps residents apply for permits online.\", \"permissions\": {\"licenses\": [{\"name\": \"MIT\"}], \"usageType\": \""
                + usageType + "\"" + (usageType.startsWith("exempt") ? ", \"exemptionText\": \"Approved by the CIO.\"" : "")
                + "}, \"tags\": [\"permits\", \"fees\", \"residents\"], \"contact\": {\"email\": \"dev@example.gov\"}, \"laborHours\": 10,"
                + " \"repositoryURL\": \"https://github.com/example/" + name + "\", \"status\": \"Production\","
                + " \"vcs\": \"git\", \"languages\": [\"Java\"], \"date\": {\"created\": \"2024-01-02\"}}";
    }

    static String inventory(String agency, int releases) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < releases; i++) {
            list.add(release(agency.toLowerCase().replace(' ', '-') + "-tool-" + i, i % 2 == 0 ? "openSource" : "governmentWideReuse"));
        }
        return "{\"version\": \"2.0.0\", \"agency\": \"" + agency + "\", \"measurementType\": {\"method\": \"projects\"},"
                + " \"releases\": [" + String.join(", ", list) + "]}";
    }

    static String registry(String... agencies) {
        return "{\"name\": \"State of California\", \"agencies\": [" + String.join(", ", agencies) + "]}";
    }

    static String agency(String id, String name, String url) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"urls\": [\"" + url + "\"], \"contact\": \"" + id + "@example.gov\"}";
    }
}
