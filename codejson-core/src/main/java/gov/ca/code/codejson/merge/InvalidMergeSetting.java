package gov.ca.code.codejson.merge;

import java.util.List;
import java.util.Objects;

/**
 * A setting of a {@link MergeRequest} names a value that does not exist. The adapters name the
 * setting the way their users write it ({@code --measurement-method}, {@code <measurementMethod>}).
 */
public final class InvalidMergeSetting extends Exception {

    private static final long serialVersionUID = 1L;

    /** The settings that can be invalid. */
    public enum Setting {
        /** {@code measurementType.method} of the aggregate. */
        MEASUREMENT_METHOD,
        /** The validation profile. */
        PROFILE,
        /** The family written. */
        TARGET
    }

    private final Setting setting;
    private final String value;
    private final List<String> allowed;

    /**
     * Creates the exception.
     *
     * @param setting the setting
     * @param value the value as given
     * @param allowed the values that exist
     */
    public InvalidMergeSetting(Setting setting, String value, List<String> allowed) {
        super(setting + " is '" + value + "'; use one of " + String.join(", ", allowed));
        this.setting = Objects.requireNonNull(setting, "setting");
        this.value = Objects.requireNonNull(value, "value");
        this.allowed = List.copyOf(allowed);
    }

    /** {@return the setting} */
    public Setting setting() {
        return setting;
    }

    /** {@return the value as given} */
    public String value() {
        return value;
    }

    /** {@return the values that exist, for the message} */
    public List<String> allowed() {
        return allowed;
    }
}
