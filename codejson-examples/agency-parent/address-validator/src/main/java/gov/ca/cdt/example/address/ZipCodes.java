package gov.ca.cdt.example.address;

/** California ZIP codes. */
public final class ZipCodes {

    private ZipCodes() {
    }

    /** {@return whether a five-digit ZIP code is in California's range, 90001 to 96162} */
    public static boolean isCalifornian(String zip) {
        if (zip == null || !zip.matches("\\d{5}")) {
            return false;
        }
        int value = Integer.parseInt(zip);
        return value >= 90001 && value <= 96162;
    }
}
