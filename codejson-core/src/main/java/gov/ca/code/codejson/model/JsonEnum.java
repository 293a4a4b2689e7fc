package gov.ca.code.codejson.model;

import java.util.Optional;

/** An enumeration whose constants have an exact JSON spelling. */
public interface JsonEnum {
    /** {@return the spelling in JSON} */
    String json();

    /**
     * Finds the constant spelled exactly so in JSON.
     *
     * @param <E> the enumeration
     * @param type the enumeration's class
     * @param json the spelling, compared exactly (case and white space count)
     * @return the constant, or empty when no constant is spelled so
     */
    static <E extends Enum<E> & JsonEnum> Optional<E> byJson(Class<E> type, String json) {
        for (E constant : type.getEnumConstants()) {
            if (constant.json().equals(json)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
