package gov.ca.code.codejson.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import gov.ca.code.codejson.codegov.License;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.Numbers;
import gov.ca.code.codejson.model.JsonEnum;
import gov.ca.code.codejson.model.Property;

/** Reads release fields the way the metrics count them. */
final class Values {

    private Values() {
    }

    /** The text as written, for strings and enumerations, valid or not; empty when not a string. */
    static Optional<String> text(Property<?> property) {
        if (property instanceof Property.Present<?> p) {
            Object v = p.get();
            if (v instanceof String s) {
                return Optional.of(s);
            }
            if (v instanceof JsonEnum e) {
                return Optional.of(e.json());
            }
            return Optional.empty();
        }
        if (property instanceof Property.Invalid<?> i && i.raw() instanceof JsonValue.JsonString s) {
            return Optional.of(s.value());
        }
        return Optional.empty();
    }

    /** The text when it is not blank, stripped. */
    static Optional<String> filled(Property<?> property) {
        return text(property).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The non-blank strings of a list of strings, stripped. */
    static List<String> strings(Property<List<Property<String>>> list) {
        return list.orElse(List.of()).stream().flatMap(p -> filled(p).stream()).toList();
    }

    /** The objects of a list of objects. */
    static <T> List<T> objects(Property<List<Property<T>>> list) {
        return list.orElse(List.of()).stream().flatMap(p -> p.value().stream()).toList();
    }

    /** The licenses of a release. */
    static List<License> licenses(Release release) {
        return release.permissions().value().map(p -> objects(p.licenses())).orElse(List.of());
    }

    /** The usage type as written. */
    static Optional<String> usageType(Release release) {
        return release.permissions().value().flatMap(p -> filled(p.usageType()));
    }

    /** The labor hours when they are a number. */
    static Optional<BigDecimal> laborHours(Release release) {
        // A number out of range is reported by validation; it takes no part in sums and medians.
        return release.laborHours().value().filter(Numbers::inRange);
    }
}
