package gov.ca.code.codejson.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import gov.ca.code.codejson.Family;

/**
 * Fuzzes read, validate with every profile, write, read, and migrate, metrics, diff and merge, one
 * family at a time (see {@link RoundTrip} for what is checked). In the normal build Jazzer runs
 * each test on its inputs in {@code src/test/resources/.../RoundTripFuzzTestInputs/<test>}: the
 * findings of earlier runs, kept as regression inputs, and real files of the family as seeds.
 * {@code JAZZER_FUZZ=1} with {@code -Dtest=RoundTripFuzzTest#<test>} fuzzes one test for
 * {@code -Djazzer.max_duration} (CONTRIBUTING.md says how).
 */
class RoundTripFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void codeGov200RoundTrips(byte[] data) {
        RoundTrip.check(data, Family.CODEGOV_2_0_0);
    }

    @FuzzTest(maxDuration = "10m")
    void codeGov101RoundTrips(byte[] data) {
        RoundTrip.check(data, Family.CODEGOV_1_0_1);
    }

    @FuzzTest(maxDuration = "10m")
    void shareItRoundTrips(byte[] data) {
        RoundTrip.check(data, Family.SHAREIT_2_0_0);
    }

    @FuzzTest(maxDuration = "10m")
    void shareItIndexRoundTrips(byte[] data) {
        RoundTrip.check(data, Family.SHAREIT_INDEX_2_0_0);
    }

    @FuzzTest(maxDuration = "10m")
    void cmsRoundTrips(byte[] data) {
        RoundTrip.check(data, Family.CMS_2_1_0);
    }

    @FuzzTest(maxDuration = "10m")
    void detectedFamilyRoundTrips(byte[] data) {
        RoundTrip.check(data, null);
    }
}
