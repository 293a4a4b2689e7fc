package gov.ca.code.codejson;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Input;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.shareit.AgencyIndex;
import gov.ca.code.codejson.shareit.Repository;
import gov.ca.code.codejson.shareit.cms.CmsRepository;
import gov.ca.code.codejson.validation.Profile;

import org.jspecify.annotations.Nullable;

/** A code.json schema family: one published shape of the file, with its model and profiles. */
public enum Family {
    /** The code.gov 2.0.0 agency inventory, {@code {version, measurementType, agency, releases}}. */
    CODEGOV_2_0_0("codegov-2.0.0", Inventory.class, Profile.CODEGOV,
            List.of(Profile.STRICT, Profile.CODEGOV, Profile.CALIFORNIA)),
    /** The code.gov 1.0.1 inventory of 2016, {@code {version, agency, projects}}; read, validated and migrated. */
    CODEGOV_1_0_1("codegov-1.0.1", gov.ca.code.codejson.codegov101.Inventory.class, Profile.STRICT,
            List.of(Profile.STRICT)),
    /** The SHARE IT (DSACMS gov-codejson 2.0.0) object describing one repository. */
    SHAREIT_2_0_0("shareit-2.0.0", Repository.class, Profile.SHAREIT, List.of(Profile.STRICT, Profile.SHAREIT)),
    /** The SHARE IT agency index: the 2.0.0 wrapper around per-repository SHARE IT objects. */
    SHAREIT_INDEX_2_0_0("shareit-index-2.0.0", AgencyIndex.class, Profile.SHAREIT,
            List.of(Profile.STRICT, Profile.SHAREIT)),
    /** The CMS extension 2.1.0 of the SHARE IT per-repository object. */
    CMS_2_1_0("cms-2.1.0", CmsRepository.class, Profile.CMS, List.of(Profile.STRICT, Profile.CMS));

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

    /**
     * {@return why a profile cannot validate documents of this family, naming the ones that can}
     *
     * @param profileName the profile as the user named it
     */
    public String profileNotApplicable(String profileName) {
        return "the profile " + profileName + " does not apply to " + id + "; use one of "
                + profiles.stream().map(Profile::id).toList();
    }

    /**
     * Chooses the profile a user named for documents of this family: the family's default when
     * none is named, the named one when it applies, else a diagnostic naming the input to change.
     * Every use case that validates with a named profile chooses it here.
     *
     * @param name the profile as the user named it, or null or blank for the default
     * @param input the input the user named it in, which the diagnostic is about
     * @return the profile, or the diagnostic
     */
    public ProfileChoice profile(@Nullable String name, Input input) {
        if (name == null || name.isBlank()) {
            return new ProfileChoice.Chosen(defaultProfile);
        }
        Optional<Profile> named = Profile.byId(name.strip()).filter(profiles::contains);
        if (named.isPresent()) {
            return new ProfileChoice.Chosen(named.get());
        }
        return new ProfileChoice.Refused(new Diagnostic("", Location.UNKNOWN, Subject.input(input), "profile.not-applicable",
                Severity.ERROR, profileNotApplicable("\"" + name.strip() + "\"")));
    }

    /** The outcome of {@link #profile(String, Input)}: a profile, or why there is none. */
    public sealed interface ProfileChoice {

        /**
         * The profile applies.
         *
         * @param profile the profile
         */
        record Chosen(Profile profile) implements ProfileChoice {
        }

        /**
         * The named profile does not apply to the family, or does not exist.
         *
         * @param diagnostic what to change
         */
        record Refused(Diagnostic diagnostic) implements ProfileChoice {
        }
    }

    /** {@return the family with this identifier, ignoring case} */
    public static Optional<Family> byId(String id) {
        String wanted = Objects.requireNonNull(id, "id").toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /**
     * {@return the diagnostic for a family name that names none, about the input the user wrote it in}
     *
     * @param name the name as the user wrote it
     * @param input the input it was written in
     */
    public static Diagnostic unknown(String name, Input input) {
        return new Diagnostic("", Location.UNKNOWN, Subject.input(input), "family.unknown", Severity.ERROR,
                "\"" + name.strip() + "\" is not a family; use one of " + supported());
    }

    /** {@return the identifiers of all families, comma-separated, for messages} */
    public static String supported() {
        return Arrays.stream(values()).map(Family::id).collect(Collectors.joining(", "));
    }
}
