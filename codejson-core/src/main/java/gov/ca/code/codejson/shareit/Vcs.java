package gov.ca.code.codejson.shareit;

import gov.ca.code.codejson.model.JsonEnum;

/** The SHARE IT {@code vcs} values: the version control system. */
public enum Vcs implements JsonEnum {
    /** Git. */
    GIT("git"),
    /** Mercurial. */
    HG("hg"),
    /** Subversion. */
    SVN("svn"),
    /** RCS. */
    RCS("rcs"),
    /** Bazaar. */
    BZR("bzr"),
    /** No version control. */
    NONE("none");

    private final String json;

    Vcs(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
