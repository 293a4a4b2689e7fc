package gov.ca.code.codejson.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadLimitsTest {

    @Test
    void settingALimitByNameChangesOnlyThatLimit() {
        ReadLimits limits = ReadLimits.DEFAULT.with(ReadLimits.Limit.MAX_DEPTH, 10).with(ReadLimits.Limit.MAX_BYTES, 2048L);
        assertThat(limits).isEqualTo(ReadLimits.DEFAULT.withMaxNestingDepth(10).withMaxDocumentBytes(2048));
    }

    @Test
    void aNullValueKeepsTheLimit() {
        assertThat(ReadLimits.DEFAULT.with(ReadLimits.Limit.MAX_VALUES, null)).isEqualTo(ReadLimits.DEFAULT);
    }

    @Test
    void aValueOutOfRangeIsRefused() {
        assertThatThrownBy(() -> ReadLimits.DEFAULT.with(ReadLimits.Limit.MAX_MEMBERS, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.DEFAULT.with(ReadLimits.Limit.MAX_MEMBERS, 1L << 40))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-members");
    }
}
