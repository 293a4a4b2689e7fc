package gov.ca.code.codejson.merge;

import java.util.ArrayList;
import java.util.List;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.json.JsonReadException;

/** Builds small inventories as JSON text for the aggregation tests. */
final class Inventories {

    static final CodeJson CODEJSON = new CodeJson();

    private Inventories() {
    }

    /** A release that passes the codegov profile; {@code extra} members are appended (and win). */
    static String release(String name, String repositoryUrl, String usageType, String... extra) {
        List<String> members = new ArrayList<>();
        members.add("\"name\": \"" + name + "\"");
        members.add("\"organization\": \"Office of Digital Innovation\"");
        members.add("\"description\": \"" + name + " helps residents find services.\"");
        members.add("\"permissions\": {\"licenses\": [{\"name\": \"MIT\", \"URL\": \"https://spdx.org/licenses/MIT.html\"}], \"usageType\": \""
                + usageType + "\"" + (usageType.startsWith("exempt") ? ", \"exemptionText\": \"Approved by the CIO.\"" : "") + "}");
        members.add("\"tags\": [\"services\"]");
        members.add("\"contact\": {\"email\": \"dev.person@example.gov\", \"name\": \"Dev Person\"}");
        if (repositoryUrl != null) {
            members.add("\"repositoryURL\": \"" + repositoryUrl + "\"");
        }
        members.add("\"laborHours\": 100");
        for (String e : extra) {
            String key = e.substring(0, e.indexOf(':')).strip();
            members.removeIf(m -> m.startsWith(key + ":"));
            members.add(e);
        }
        return "{" + String.join(", ", members) + "}";
    }

    /** An inventory of the given agency holding the given releases. */
    static String inventory(String agency, String... releases) {
        return "{\"version\": \"2.0.0\", \"agency\": \"" + agency + "\", \"measurementType\": {\"method\": \"projects\"}, \"releases\": ["
                + String.join(", ", releases) + "]}";
    }

    /** The inventory read as an input named {@code origin}. */
    static MergeInput input(String origin, String json) {
        try {
            return new MergeInput(origin, CODEJSON.read(json, origin));
        } catch (JsonReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
