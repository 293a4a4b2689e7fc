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

    @Test
    void aLocatorFindsWhatLocateFindsInALargeObjectAndTakesTheLastOfARepeatedName() throws JsonReadException {
        StringBuilder json = new StringBuilder("{\"o\": {");
        for (int i = 0; i < 40; i++) {
            json.append("\n\"m").append(i).append("\": ").append(i).append(',');
        }
        json.append("\n\"m3\": \"again\"}}");
        JsonValue root = new JsonReader(ReadLimits.DEFAULT).read(json.toString(), "t.json").root();
        JsonPointer.Locator locator = new JsonPointer.Locator(root);

        for (String pointer : new String[] {"/o/m0", "/o/m39", "/o/m3", "/o/absent", "/o/m7/deeper", ""}) {
            assertThat(locator.locate(pointer)).as(pointer).isEqualTo(JsonPointer.locate(root, pointer));
        }
        assertThat(locator.locate("/o/m3").line()).isEqualTo(42);
    }

    @Test
    void aLocatorFindsFromAValueOfTheDocumentWhatItFindsFromTheRootByTheWholePointer() throws JsonReadException {
        JsonValue root = document();
        JsonPointer.Locator locator = new JsonPointer.Locator(root);
        JsonValue array = locator.child(locator.root(), "a/b");
        JsonValue element = locator.child(array, "1");

        assertThat(locator.root()).isSameAs(root);
        assertThat(array).isInstanceOf(JsonValue.JsonArray.class);
        assertThat(locator.locate(element, "/c")).isEqualTo(locator.locate("/a~1b/1/c"));
        assertThat(locator.locate(element, "")).isEqualTo(locator.locate("/a~1b/1"));
        assertThat(locator.locate(element, "/absent")).isEqualTo(locator.locate("/a~1b/1/absent")).isEqualTo(element.location());
        assertThat(locator.child(array, "2")).isNull();
        assertThat(locator.child(array, "x")).isNull();
        assertThat(locator.child(locator.child(root, "d"), "0")).isNull();
    }
}
