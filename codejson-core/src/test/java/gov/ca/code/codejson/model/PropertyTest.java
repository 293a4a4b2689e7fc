package gov.ca.code.codejson.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.diagnostic.Location;

class PropertyTest {

    private static final Release RELEASE = emptyRelease();

    private static Release emptyRelease() {
        return new Release(Property.absent(), Property.absent(), Property.absent(), Property.absent(), Property.absent(),
                Property.absent(), Property.absent(), Property.absent(), Property.absent(), Property.absent(),
                Property.absent(), Property.absent(), Property.absent(), Property.absent(), Property.absent(),
                Property.absent(), Property.absent(), Property.absent(), Property.absent(), Property.absent(), Unknown.NONE);
    }

    @Test
    void aPresentListMadeWithTheConstructorDoesNotChangeWhenTheCallersListDoes() {
        List<Property<String>> tags = new ArrayList<>(List.of(Property.of("a")));
        Release tagged = RELEASE.withTags(new Property.Present<>(tags, Location.UNKNOWN));

        tags.add(Property.of("changed later"));

        assertThat(tagged.tags().value()).hasValueSatisfying(list -> assertThat(list).containsExactly(Property.of("a")));
    }

    @Test
    void aListWithANullElementIsRefusedWhenThePropertyIsMadeNamingTheIndex() {
        List<Property<String>> withNull = Arrays.asList(Property.of("a"), null);

        assertThatThrownBy(() -> new Property.Present<>(withNull, Location.UNKNOWN))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("the list holds a null element at index 1; an element is a Property, such as Property.of(value), never null");
        assertThatThrownBy(() -> RELEASE.withTags(withNull))
                .isInstanceOf(NullPointerException.class).hasMessageStartingWith("the list holds a null element at index 1");
    }

    @Test
    void aWithMethodTakingAPlainValueRefusesNullAndTheAbsentPropertyLeavesTheFieldOut() {
        assertThatThrownBy(() -> RELEASE.withName((String) null)).isInstanceOf(NullPointerException.class).hasMessage("value");

        assertThat(RELEASE.withName("tool").withName(Property.absent()).name()).isEqualTo(Property.absent());
    }

    @Test
    void aModelRecordRefusesANullComponentNamingIt() {
        assertThatThrownBy(() -> new Contact(Property.absent(), null, Property.absent(), Property.absent(), Unknown.NONE))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> new Inventory(Property.absent(), Property.absent(), Property.absent(), Property.absent(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("unknown");
    }
}
