package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.validation.Profile;

class PreparationTest {

    @Test
    void theBundledInventoryIsACodeGovInventoryWithEveryFieldValidUnderEveryProfile() throws Exception {
        CodeJson codejson = new CodeJson();
        Document document;
        try (InputStream in = Preparation.class.getResourceAsStream(Preparation.DOCUMENT)) {
            document = codejson.read(in, Preparation.DOCUMENT, null);
        }

        assertThat(document.family()).isEqualTo(Family.CODEGOV_2_0_0);
        for (Profile profile : document.family().profiles()) {
            assertThat(codejson.validate(document, profile).count(Severity.ERROR)).as(profile.id()).isZero();
        }
        assertThat(codejson.write(document)).contains("\"relatedCode\"", "\"reusedCode\"", "\"partners\"",
                "\"disclaimerText\"", "\"metadataLastUpdated\"", "\"phone\"");
    }

    @Test
    void preparingTwiceStartsOneThreadThatEndsAndLeavesValidationAsItWas() throws Exception {
        String json = "{\"version\": \"2.0.0\", \"agency\": \"CDT\", \"measurementType\": {\"method\": \"projects\"},"
                + " \"releases\": [{\"name\": \"x\"}]}";
        List<String> before = new CodeJson().validate(new CodeJson().read(json, "a.json")).violations().stream()
                .map(d -> d.rule() + " " + d.pointer()).toList();

        CodeJson.prepareInBackground();
        CodeJson.prepareInBackground();
        List<Thread> preparing = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(Preparation.THREAD)).toList();
        List<String> during = new CodeJson().validate(new CodeJson().read(json, "a.json")).violations().stream()
                .map(d -> d.rule() + " " + d.pointer()).toList();

        assertThat(preparing).hasSizeLessThanOrEqualTo(1).allMatch(Thread::isDaemon);
        assertThat(Preparation.done().get(60, TimeUnit.SECONDS)).as("the set-up went through").isTrue();
        for (Thread thread : preparing) {
            thread.join(60_000);
            assertThat(thread.isAlive()).isFalse();
        }
        CodeJson.prepareInBackground();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals(Preparation.THREAD));
        assertThat(during).isEqualTo(before).isNotEmpty();
    }
}
