package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Location;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonReadExceptionTest {

    @Test
    void describesAReadFailureWithTheGivenNameLineAndColumn() {
        JsonReadException e = new JsonReadException("/abs/code.json", new Location(3, 7), "unexpected end of input");

        assertThat(e.describe("code.json")).isEqualTo("code.json:3:7: error: unexpected end of input");
    }

    @Test
    void leavesOutTheLineAndColumnWhenTheLocationIsUnknown() {
        JsonReadException e = new JsonReadException("code.json", Location.UNKNOWN, "the input is empty");

        assertThat(e.describe("code.json")).isEqualTo("code.json: error: the input is empty");
    }
}
