package gov.ca.code.codejson.shareit.cms;

import gov.ca.code.codejson.model.JsonEnum;

/** The CMS {@code softwareType} values, from publiccode.yml. */
public enum SoftwareType implements JsonEnum {
    /** A mobile application. */
    STANDALONE_MOBILE("standalone/mobile"),
    /** An Internet of Things application. */
    STANDALONE_IOT("standalone/iot"),
    /** A desktop application. */
    STANDALONE_DESKTOP("standalone/desktop"),
    /** A web application. */
    STANDALONE_WEB("standalone/web"),
    /** A back-end service. */
    STANDALONE_BACKEND("standalone/backend"),
    /** Another stand-alone application. */
    STANDALONE_OTHER("standalone/other"),
    /** An add-on to other software. */
    ADDON("addon"),
    /** A library. */
    LIBRARY("library"),
    /** Configuration files. */
    CONFIGURATION_FILES("configurationFiles");

    private final String json;

    SoftwareType(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
