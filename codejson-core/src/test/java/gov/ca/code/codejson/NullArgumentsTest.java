package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.validation.Profile;

class NullArgumentsTest {

    @Test
    void theLookUpsAndTheResultRecordsNameTheArgumentThatIsNull() throws Exception {
        Document document = new CodeJson().read("{\"version\": \"2.0.0\", \"releases\": []}", "x.json");

        assertThatThrownBy(() -> document.root((Class<Inventory>) null)).hasMessage("type");
        assertThatThrownBy(() -> Family.byId(null)).hasMessage("id");
        assertThatThrownBy(() -> Profile.byId(null)).hasMessage("id");
        assertThatThrownBy(() -> new ValidationReport("x.json", Family.CODEGOV_2_0_0, Profile.CODEGOV, null))
                .isInstanceOf(NullPointerException.class).hasMessage("violations");
        assertThatThrownBy(() -> new JsonValue.JsonObject(null, 0L)).hasMessage("members");
        assertThatThrownBy(() -> new JsonValue.JsonArray((List<JsonValue>) null, 0L)).hasMessage("elements");
    }
}
