package gov.ca.code.codejson.codegov101;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * A code.gov 1.0.1 inventory. The schema defines only {@code version} and {@code projects}; the
 * top-level {@code agency} string of the 1.0.1 documentation is not in the schema, so it is kept
 * with the other members the schema does not define and read through {@link #agency()}.
 *
 * @param version the metadata schema version, {@code "1.0.1"}
 * @param projects the projects
 * @param unknown members the schema does not define (allowed), such as {@code agency}
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
public record Inventory(
        Property<String> version,
        Property<List<Property<Project>>> projects,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public Inventory {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(unknown, "unknown");
    }

    /** {@return the agency acronym of the top-level {@code agency} string, when there is one} */
    public Optional<String> agency() {
        return unknown.get("agency").filter(JsonValue.JsonString.class::isInstance)
                .map(v -> ((JsonValue.JsonString) v).value());
    }

    /** {@return the well-typed projects, skipping entries that are not objects} */
    public List<Project> projectList() {
        return projects.orElse(List.of()).stream().flatMap(p -> p.value().stream()).toList();
    }
}
