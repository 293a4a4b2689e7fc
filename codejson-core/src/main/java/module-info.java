/**
 * The codejson library: reading, validating, writing, migrating, merging, generating and measuring
 * code.json software inventories.
 *
 * <p>Only the API is exported: the entry point {@code CodeJson}, the model records of each family,
 * diagnostics and their formatter, and the requests and results of each use case. The record binder
 * ({@code internal}) and the source measurement behind the labor estimate ({@code source}) are not.
 * Hibernate Validator, and only it, may reflect on the packages that hold constrained records and
 * the validators.
 */
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
    exports gov.ca.code.codejson.files;
    exports gov.ca.code.codejson.generate;
    exports gov.ca.code.codejson.json;
    exports gov.ca.code.codejson.license;
    exports gov.ca.code.codejson.merge;
    exports gov.ca.code.codejson.metrics;
    exports gov.ca.code.codejson.migrate;
    exports gov.ca.code.codejson.model;
    exports gov.ca.code.codejson.report;
    exports gov.ca.code.codejson.shareit;
    exports gov.ca.code.codejson.shareit.cms;
    exports gov.ca.code.codejson.text;
    exports gov.ca.code.codejson.validation;
    // The constraint annotations of the model's components: an annotation whose package is not
    // exported gets a proxy that Hibernate Validator cannot read, even where the package is open to it.
    exports gov.ca.code.codejson.validation.constraints;

    // Hibernate Validator reads the constrained record fields and creates the validators.
    opens gov.ca.code.codejson.codegov to org.hibernate.validator;
    opens gov.ca.code.codejson.codegov101 to org.hibernate.validator;
    opens gov.ca.code.codejson.shareit to org.hibernate.validator;
    opens gov.ca.code.codejson.shareit.cms to org.hibernate.validator;
    opens gov.ca.code.codejson.validation.constraints to org.hibernate.validator;
}
