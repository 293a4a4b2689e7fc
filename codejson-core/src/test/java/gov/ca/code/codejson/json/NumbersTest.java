package gov.ca.code.codejson.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void describesAShortNumberInPlainNotation() {
        assertThat(Numbers.describe(new BigDecimal("-12.50"))).isEqualTo("-12.50");
        assertThat(Numbers.describe("1e3")).isEqualTo("1e3");
    }

    @Test
    void describesANumberOfAThousandDigitsBySixOfThemAndItsLength() {
        BigDecimal huge = new BigDecimal("-" + "9".repeat(999));

        assertThat(Numbers.describe(huge)).isEqualTo("about -1.00000E+999 (a number of 999 digits)");
        assertThat(Numbers.describe("-" + "1".repeat(999))).isEqualTo("-" + "1".repeat(29) + "... (1000 characters)");
    }
}
