package gov.ca.code.codejson.codegov101;

import java.util.Objects;

import gov.ca.code.codejson.model.NullAllowed;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * The dates of a 1.0.1 project.
 *
 * @param metadataLastUpdated when the metadata was last updated
 * @param lastCommit the date of the last commit
 * @param sourceCodeLastModified when the code was last modified, for code outside version control
 * @param unknown members the schema does not define (allowed)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
public record Updated(
        @NullAllowed Property<String> metadataLastUpdated,
        Property<String> lastCommit,
        Property<String> sourceCodeLastModified,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public Updated {
        Objects.requireNonNull(metadataLastUpdated, "metadataLastUpdated");
        Objects.requireNonNull(lastCommit, "lastCommit");
        Objects.requireNonNull(sourceCodeLastModified, "sourceCodeLastModified");
        Objects.requireNonNull(unknown, "unknown");
    }
}
