package gov.ca.code.codejson.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A set of rules to validate with. Each schema family names the profiles it supports. */
public enum Profile {
    /** Exactly the family's reference JSON Schema, nothing more and nothing less. */
    STRICT("strict", Groups.Reference.class),
    /** code.gov 2.0.0 as agencies can really publish it; the default for that family. */
    CODEGOV("codegov", Groups.CodeGov.class),
    /** {@link #CODEGOV} plus California policy. */
    CALIFORNIA("california", Groups.California.class),
    /** The SHARE IT schema plus its exemption rule; the default for SHARE IT families. */
    SHAREIT("shareit", Groups.ShareIt.class),
    /** {@link #SHAREIT} plus the CMS extension. */
    CMS("cms", Groups.Cms.class);

    private final String id;
    private final Class<?> group;

    Profile(String id, Class<?> group) {
        this.id = id;
        this.group = group;
    }

    /** {@return the name users type, such as {@code codegov}} */
    public String id() {
        return id;
    }

    /** {@return the Bean Validation group of this profile} */
    public Class<?> group() {
        return group;
    }

    /** {@return the profile with this name, ignoring case} */
    public static Optional<Profile> byId(String id) {
        String wanted = Objects.requireNonNull(id, "id").toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }
}
