package gov.ca.code.codejson.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a build tool knows about a project, as plain values: the input of {@link Generator}.
 *
 * <p>Every text field may be null when the build does not define it. Lists are never null and
 * hold no null.
 *
 * @param groupId the group identifier, such as {@code gov.ca.cdt}
 * @param artifactId the artifact identifier
 * @param version the version, such as {@code 1.2.0} or {@code 1.3.0-SNAPSHOT}
 * @param name the human name of the project
 * @param description the description, as written (whitespace is collapsed by the generator)
 * @param url the project's home page
 * @param organizationName the name of the organization that builds it
 * @param scm where the source code is kept; null stands for {@link Scm#NONE}
 * @param licenses the declared licenses, in declaration order
 * @param developers the declared developers, in declaration order
 * @param mailingLists the declared mailing lists, in declaration order
 * @param issueManagementUrl where issues are reported
 * @param compileSourceRoots the folders holding the main source code
 * @param dependencies the resolved dependencies of the project
 * @param outputTimestamp the reproducible-build timestamp, ISO 8601 or epoch seconds, or null
 * @param history the dates read from version control, or null when there is no history
 * @param baseDirectory the project folder, to which report paths are made relative, or null
 */
public record ProjectFacts(
        @Nullable String groupId,
        String artifactId,
        @Nullable String version,
        @Nullable String name,
        @Nullable String description,
        @Nullable String url,
        @Nullable String organizationName,
        @Nullable Scm scm,
        List<LicenseFact> licenses,
        List<Developer> developers,
        List<MailingList> mailingLists,
        @Nullable String issueManagementUrl,
        List<Path> compileSourceRoots,
        List<Dependency> dependencies,
        @Nullable String outputTimestamp,
        @Nullable History history,
        @Nullable Path baseDirectory) {

    /** Creates the facts; lists are copied. */
    public ProjectFacts {
        Objects.requireNonNull(artifactId, "artifactId");
        scm = scm == null ? Scm.NONE : scm;
        licenses = List.copyOf(Objects.requireNonNull(licenses, "licenses"));
        developers = List.copyOf(Objects.requireNonNull(developers, "developers"));
        mailingLists = List.copyOf(Objects.requireNonNull(mailingLists, "mailingLists"));
        compileSourceRoots = List.copyOf(Objects.requireNonNull(compileSourceRoots, "compileSourceRoots"));
        dependencies = List.copyOf(Objects.requireNonNull(dependencies, "dependencies"));
    }

    /**
     * The {@code <scm>} section.
     *
     * @param url the browsable repository URL, or null
     * @param connection the read connection, such as {@code scm:git:https://host/org/repo.git}, or null
     * @param developerConnection the write connection, or null
     */
    public record Scm(@Nullable String url, @Nullable String connection, @Nullable String developerConnection) {
        /** No SCM information. */
        public static final Scm NONE = new Scm(null, null, null);
    }

    /**
     * One declared license.
     *
     * @param name the name as written, or null
     * @param url the URL as written, or null
     */
    public record LicenseFact(@Nullable String name, @Nullable String url) {
    }

    /**
     * One declared developer.
     *
     * @param name the name, or null
     * @param email the e-mail address, or null
     * @param url a web page, or null
     */
    public record Developer(@Nullable String name, @Nullable String email, @Nullable String url) {
    }

    /**
     * One declared mailing list.
     *
     * @param name the name, or null
     * @param post the address to write to, or null
     */
    public record MailingList(@Nullable String name, @Nullable String post) {
    }

    /**
     * One dependency.
     *
     * @param groupId the group identifier
     * @param artifactId the artifact identifier
     * @param version the version
     */
    public record Dependency(String groupId, String artifactId, String version) {
        /** Creates the dependency; no component may be null. */
        public Dependency {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            Objects.requireNonNull(version, "version");
        }
    }

    /**
     * Dates read from the version control history of the project folder.
     *
     * @param created the date of the first commit touching the project, in UTC
     * @param lastModified the date of the last commit touching the project, in UTC
     * @param description how the dates were found, for the build log
     */
    public record History(LocalDate created, LocalDate lastModified, String description) {
        /** Creates the history; no component may be null. */
        public History {
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(lastModified, "lastModified");
            Objects.requireNonNull(description, "description");
        }
    }
}
