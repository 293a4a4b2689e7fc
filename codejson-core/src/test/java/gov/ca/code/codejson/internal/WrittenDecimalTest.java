package gov.ca.code.codejson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class WrittenDecimalTest {

    @Test
    void equalsTheDecimalItsTextGivesWithTheSameScaleAndKeepsTheText() {
        for (String text : List.of("0", "-0", "7", "-7", "1200", "123456789012345678", "-123456789012345678",
                "1234567890123456789", "-9223372036854775808", "99999999999999999999", "1.50", "1e3", "-2.5E-4", "0.0")) {
            WrittenDecimal read = WrittenDecimal.of(text);
            BigDecimal parsed = new BigDecimal(text);

            assertThat(read).as(text).isEqualTo(parsed);
            assertThat(read.scale()).as(text).isEqualTo(parsed.scale());
            assertThat(read.unscaledValue()).as(text).isEqualTo(parsed.unscaledValue());
            assertThat(read.hashCode()).as(text).isEqualTo(parsed.hashCode());
            assertThat(read.text()).as(text).isEqualTo(text);
            assertThat(WrittenDecimal.spelling(read)).as(text).isEqualTo(text);
        }
    }
}
