package gov.ca.cdt.example.holidays;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counts business days. */
public final class BusinessDays {

    private BusinessDays() {
    }

    /** {@return the date a number of business days after a start date, skipping weekends} */
    public static LocalDate after(LocalDate start, int days) {
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
