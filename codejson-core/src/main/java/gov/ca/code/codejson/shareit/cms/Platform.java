package gov.ca.code.codejson.shareit.cms;

import gov.ca.code.codejson.model.JsonEnum;

/** The CMS {@code platforms} values. */
public enum Platform implements JsonEnum {
    /** Web. */
    WEB("web"),
    /** Windows. */
    WINDOWS("windows"),
    /** macOS. */
    MAC("mac"),
    /** Linux. */
    LINUX("linux"),
    /** iOS. */
    IOS("ios"),
    /** Android. */
    ANDROID("android"),
    /** Another platform. */
    OTHER("other");

    private final String json;

    Platform(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
