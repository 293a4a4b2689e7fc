/**
 * The codejson library: reading, validating, writing, migrating, merging, generating and measuring
 * code.json software inventories.
 *
 * <p>The API, exported to every reader of the module:
 * <ul>
 * <li>{@code gov.ca.code.codejson}: the entry point {@code CodeJson}, {@code Document}, {@code Family}
 *     and the validation request and report;</li>
 * <li>{@code model}, {@code codegov}, {@code codegov101}, {@code shareit}, {@code shareit.cms}: the
 *     model records of each family, and {@code validation.constraints}, the annotations on them;</li>
 * <li>{@code json}: the located JSON tree, pointers and read limits that documents and properties keep;</li>
 * <li>{@code diagnostic} and {@code report}: diagnostics and their one formatter;</li>
 * <li>{@code validation}, {@code migrate}, {@code merge}, {@code metrics}, {@code generate}: the
 *     profiles, requests and results of each use case.</li>
 * </ul>
 *
 * <p>Not API: {@code files} (writing files all or none), {@code license} (SPDX resolution) and
 * {@code text} (shared wording) are exported only to the adapters of this build that use them,
 * named by the {@code Automatic-Module-Name} of their jars; the record binder ({@code internal}),
 * the source measurement behind the labor estimate ({@code source}) and the code.gov-to-SHARE IT
 * terms that migration and generation share ({@code conversion}) are not exported at all.
 * The command-line tool (one shaded jar) and the Maven plugin run on the class path, where exports
 * restrict nothing; the qualified exports hold when the adapters are on the module path.
 * Hibernate Validator, and only it, may reflect on the packages that hold constrained records and
 * the validators.
 */
// The adapters named in the qualified exports are automatic modules built after this one, so they
// are never observable when it compiles; javac's "module not found" is expected for each of them.
@SuppressWarnings("module")
module gov.ca.code.codejson {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires tools.jackson.core;
    requires org.apache.commons.csv;
    requires java.logging;
    // The nullness annotations are in the API, so readers of it see them; nothing needs them at run time.
    requires static transitive org.jspecify;

    exports gov.ca.code.codejson;
    exports gov.ca.code.codejson.codegov;
    exports gov.ca.code.codejson.codegov101;
    exports gov.ca.code.codejson.diagnostic;
    exports gov.ca.code.codejson.generate;
    exports gov.ca.code.codejson.json;
    exports gov.ca.code.codejson.merge;
    exports gov.ca.code.codejson.metrics;
    exports gov.ca.code.codejson.migrate;
    exports gov.ca.code.codejson.model;
    exports gov.ca.code.codejson.report;
    exports gov.ca.code.codejson.shareit;
    exports gov.ca.code.codejson.shareit.cms;
    exports gov.ca.code.codejson.validation;
    // The constraint annotations of the model's components: an annotation whose package is not
    // exported gets a proxy that Hibernate Validator cannot read, even where the package is open to it.
    exports gov.ca.code.codejson.validation.constraints;

    // Implementation the adapters share with the core, not API.
    exports gov.ca.code.codejson.files to gov.ca.code.codejson.cli, gov.ca.code.codejson.harvest, gov.ca.code.codejson.maven,
            gov.ca.code.codejson.scan, gov.ca.code.codejson.site;
    exports gov.ca.code.codejson.license to gov.ca.code.codejson.scan;
    exports gov.ca.code.codejson.text to gov.ca.code.codejson.cli, gov.ca.code.codejson.maven;

    // Hibernate Validator reads the constrained record fields and creates the validators.
    opens gov.ca.code.codejson.codegov to org.hibernate.validator;
    opens gov.ca.code.codejson.codegov101 to org.hibernate.validator;
    opens gov.ca.code.codejson.shareit to org.hibernate.validator;
    opens gov.ca.code.codejson.shareit.cms to org.hibernate.validator;
    opens gov.ca.code.codejson.validation.constraints to org.hibernate.validator;
}
