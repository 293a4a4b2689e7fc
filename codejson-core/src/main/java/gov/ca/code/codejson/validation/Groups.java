package gov.ca.code.codejson.validation;

/**
 * The Bean Validation groups behind the {@link Profile profiles}. A constraint names the profiles
 * it belongs to through these groups; group inheritance makes a profile include another.
 */
public final class Groups {

    private Groups() {
    }

    /** Structural checks every profile makes: JSON types and allowed values. */
    public interface Structure {
    }

    /** The family's reference JSON Schema, as far as every profile of a SHARE IT family keeps it. */
    public interface Strict extends Structure {
    }

    /**
     * Exactly the family's reference JSON Schema: {@link Strict} plus the few schema constraints
     * that {@link ShareIt} relaxes. Only the {@code strict} profile validates with it.
     */
    public interface Reference extends Strict {
    }

    /** What an agency can really publish to code.gov and data.gov. */
    public interface CodeGov extends Structure {
    }

    /** {@link CodeGov} plus California policy (TL 18-02, SAM 4984). */
    public interface California extends CodeGov {
    }

    /**
     * The SHARE IT schema plus the exemption-text rule, with an empty optional URL a warning. It
     * extends {@link Strict} because every other schema constraint applies.
     */
    public interface ShareIt extends Strict {
    }

    /** {@link ShareIt} plus the CMS extension. */
    public interface Cms extends ShareIt {
    }
}
