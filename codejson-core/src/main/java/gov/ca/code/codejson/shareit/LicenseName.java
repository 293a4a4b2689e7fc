package gov.ca.code.codejson.shareit;

import gov.ca.code.codejson.model.JsonEnum;

/** The SHARE IT {@code licenses[].name} values: a subset of SPDX identifiers plus {@code Other} and {@code None}. */
public enum LicenseName implements JsonEnum {
    /** Creative Commons Zero 1.0. */
    CC0_1_0("CC0-1.0"),
    /** Apache License 2.0. */
    APACHE_2_0("Apache-2.0"),
    /** MIT License. */
    MIT("MIT"),
    /** Mozilla Public License 2.0. */
    MPL_2_0("MPL-2.0"),
    /** GNU GPL 2.0 only. */
    GPL_2_0_ONLY("GPL-2.0-only"),
    /** GNU GPL 3.0 only. */
    GPL_3_0_ONLY("GPL-3.0-only"),
    /** GNU GPL 3.0 or later. */
    GPL_3_0_OR_LATER("GPL-3.0-or-later"),
    /** GNU LGPL 2.1 only. */
    LGPL_2_1_ONLY("LGPL-2.1-only"),
    /** GNU LGPL 3.0 only. */
    LGPL_3_0_ONLY("LGPL-3.0-only"),
    /** BSD 2-Clause. */
    BSD_2_CLAUSE("BSD-2-Clause"),
    /** BSD 3-Clause. */
    BSD_3_CLAUSE("BSD-3-Clause"),
    /** Eclipse Public License 2.0. */
    EPL_2_0("EPL-2.0"),
    /** Another license. */
    OTHER("Other"),
    /** No license. */
    NONE("None");

    private final String json;

    LicenseName(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
