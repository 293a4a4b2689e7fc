package gov.ca.code.codejson.merge;

/** What made two entries duplicates. */
public enum DuplicateKind {
    /** The same normalised {@code repositoryURL} (see {@link RepositoryUrls#key(String)}). */
    REPOSITORY_URL("repositoryURL"),
    /** The same normalised name, with no repository address telling them apart. */
    NAME("name");

    private final String id;

    DuplicateKind(String id) {
        this.id = id;
    }

    /** {@return the name used in reports} */
    public String id() {
        return id;
    }
}
