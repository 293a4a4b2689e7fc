package gov.ca.cdt.example.cases;

import java.util.Locale;

/** Chooses the county office that handles an application. */
public final class Router {

    private Router() {
    }

    /**
     * Chooses the office for an application.
     *
     * @param county the applicant's county
     * @return the office code, such as {@code SAC-01}
     */
    public static String office(String county) {
        String code = county.strip().toUpperCase(Locale.ROOT);
        return (code.length() >= 3 ? code.substring(0, 3) : code) + "-01";
    }
}
