package gov.ca.code.codejson.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPointerTest {

    private static JsonValue document() throws JsonReadException {
        return new JsonReader(ReadLimits.DEFAULT).read("{\"a/b\": [1, {\"c\": null}], \"d\": \"x\"}", "t.json").root();
    }

    @Test
    void resolvesMembersAndElementsIncludingEscapedNames() throws JsonReadException {
        assertThat(JsonPointer.resolve(document(), "/a~1b/0")).hasValueSatisfying(v ->
                assertThat(((JsonValue.JsonNumber) v).text()).isEqualTo("1"));
        assertThat(JsonPointer.resolve(document(), "/a~1b/1/c")).hasValueSatisfying(v ->
                assertThat(v).isInstanceOf(JsonValue.JsonNull.class));
        assertThat(JsonPointer.resolve(document(), "")).hasValueSatisfying(v ->
                assertThat(v).isInstanceOf(JsonValue.JsonObject.class));
    }

    @Test
    void findsNothingWhereAMemberOrElementIsAbsent() throws JsonReadException {
        assertThat(JsonPointer.resolve(document(), "/a~1b/2")).isEmpty();
        assertThat(JsonPointer.resolve(document(), "/e")).isEmpty();
        assertThat(JsonPointer.resolve(document(), "/d/0")).isEmpty();
        assertThat(JsonPointer.resolve(document(), "/a~1b/x")).isEmpty();
    }
}
