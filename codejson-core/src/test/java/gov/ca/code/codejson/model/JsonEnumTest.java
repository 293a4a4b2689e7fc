package gov.ca.code.codejson.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.UsageType;

class JsonEnumTest {

    @Test
    void findsTheConstantByItsExactJsonSpelling() {
        assertThat(JsonEnum.byJson(UsageType.class, "exemptByCIO")).contains(UsageType.EXEMPT_BY_CIO);
        assertThat(JsonEnum.byJson(MeasurementMethod.class, "linesOfCode")).contains(MeasurementMethod.LINES_OF_CODE);
    }

    @Test
    void findsNothingForAnotherCaseTheJavaNameOrSurroundingSpace() {
        assertThat(JsonEnum.byJson(UsageType.class, "exemptbycio")).isEmpty();
        assertThat(JsonEnum.byJson(UsageType.class, "EXEMPT_BY_CIO")).isEmpty();
        assertThat(JsonEnum.byJson(MeasurementMethod.class, " linesOfCode")).isEmpty();
    }
}
