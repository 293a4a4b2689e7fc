package gov.ca.cdt.example.intake;

import java.util.Locale;

/** Routes a filing to the unit that handles its case type. */
public final class Router {

    private Router() {
    }

    /** {@return the unit for a case type} */
    public static String unitFor(String caseType) {
        String type = caseType.strip().toLowerCase(Locale.ROOT);
        if (type.startsWith("appeal")) {
            return "appeals";
        }
        return type.startsWith("license") ? "licensing" : "general";
    }
}
