package gov.ca.code.codejson.cli;

/** Small inventories for the coordinator commands. */
final class CoordinatorFixtures {

    private CoordinatorFixtures() {
    }

    static String release(String name, String url, String usageType, String extra) {
        return "{\"name\": \"" + name + "\", \"organization\": \"Office of Digital Innovation\", \"description\": \"" + name
                + " helps residents.\", \"permissions\": {\"licenses\": [{\"name\": \"MIT\"}], \"usageType\": \"" + usageType + "\""
                + (usageType.startsWith("exempt") ? ", \"exemptionText\": \"Approved.\"" : "") + "}, \"tags\": [\"a\"],"
                + " \"contact\": {\"email\": \"dev@example.gov\"}, \"laborHours\": 10"
                + (url == null ? "" : ", \"repositoryURL\": \"" + url + "\"") + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    static String inventory(String agency, String... releases) {
        return "{\"version\": \"2.0.0\", \"agency\": \"" + agency + "\", \"measurementType\": {\"method\": \"projects\"},"
                + " \"releases\": [" + String.join(", ", releases) + "]}";
    }
}
