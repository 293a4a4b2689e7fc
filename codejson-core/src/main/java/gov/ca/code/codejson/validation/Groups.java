package gov.ca.code.codejson.validation;

/**
 * The Bean Validation groups behind the {@link Profile profiles}: one group per profile, none
 * extending another. A constraint lists every profile it belongs to, for example
 * {@code groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}} for a schema
 * constraint that every SHARE IT profile keeps.
 *
 * <p>The groups are flat on purpose. Hibernate Validator expands an inherited group into its whole
 * hierarchy and validates each level as a group of its own, which makes it sort the groups and
 * remember every constraint it has run for every record so as not to run it twice; with one flat
 * group per profile each record is one pass over its constraints.
 */
public final class Groups {

    private Groups() {
    }

    /**
     * Exactly the family's reference JSON Schema; only the {@link Profile#STRICT strict} profile
     * validates with it. A schema constraint that every profile keeps also names the other groups.
     */
    public interface Reference {
    }

    /** What an agency can really publish to code.gov and data.gov: the {@link Profile#CODEGOV codegov} profile. */
    public interface CodeGov {
    }

    /**
     * {@link CodeGov} plus California policy (TL 18-02, SAM 4984): the
     * {@link Profile#CALIFORNIA california} profile. Every {@code CodeGov} constraint also names it.
     */
    public interface California {
    }

    /**
     * The SHARE IT schema plus the exemption-text rule, with an empty optional URL a warning: the
     * {@link Profile#SHAREIT shareit} profile.
     */
    public interface ShareIt {
    }

    /** {@link ShareIt} plus the CMS extension: the {@link Profile#CMS cms} profile. Every {@code ShareIt} constraint also names it. */
    public interface Cms {
    }
}
