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

    /** Exactly the family's reference JSON Schema. */
    public interface Strict extends Structure {
    }

    /** What an agency can really publish to code.gov and data.gov. */
    public interface CodeGov extends Structure {
    }

    /** {@link CodeGov} plus California policy (TL 18-02, SAM 4984). */
    public interface California extends CodeGov {
    }

    /**
     * The SHARE IT schema plus the exemption-text rule. It extends {@link Strict} because the
     * profile is the reference schema with one rule added: every schema constraint applies.
     */
    public interface ShareIt extends Strict {
    }

    /** {@link ShareIt} plus the CMS extension. */
    public interface Cms extends ShareIt {
    }
}
