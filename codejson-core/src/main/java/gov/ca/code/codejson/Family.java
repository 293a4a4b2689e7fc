package gov.ca.code.codejson;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.validation.Profile;

/** A code.json schema family: one published shape of the file, with its model and profiles. */
public enum Family {
    /** The code.gov 2.0.0 agency inventory, {@code {version, measurementType, agency, releases}}. */
    CODEGOV_2_0_0("codegov-2.0.0", Inventory.class, Profile.CODEGOV,
            List.of(Profile.STRICT, Profile.CODEGOV, Profile.CALIFORNIA));

    private final String id;
    private final Class<? extends Record> rootType;
    private final Profile defaultProfile;
    private final List<Profile> profiles;

    Family(String id, Class<? extends Record> rootType, Profile defaultProfile, List<Profile> profiles) {
        this.id = id;
        this.rootType = rootType;
        this.defaultProfile = defaultProfile;
        this.profiles = List.copyOf(profiles);
    }

    /** {@return the identifier users type, such as {@code codegov-2.0.0}} */
    public String id() {
        return id;
    }

    /** {@return the record class of the document root} */
    public Class<? extends Record> rootType() {
        return rootType;
    }

    /** {@return the profile used when none is named} */
    public Profile defaultProfile() {
        return defaultProfile;
    }

    /** {@return the profiles that apply to this family} */
    public List<Profile> profiles() {
        return profiles;
    }

    /** {@return the family with this identifier, ignoring case} */
    public static Optional<Family> byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** {@return the identifiers of all families, comma-separated, for messages} */
    public static String supported() {
        return Arrays.stream(values()).map(Family::id).collect(Collectors.joining(", "));
    }
}
