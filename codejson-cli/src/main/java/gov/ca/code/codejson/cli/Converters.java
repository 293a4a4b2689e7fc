package gov.ca.code.codejson.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import picocli.CommandLine;

import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.ValidationRequest;
import gov.ca.code.codejson.validation.Profile;

/** Turns option values into core types, with messages that list what is allowed. */
final class Converters {

    private Converters() {
    }

    /** Converts a profile name such as {@code codegov}. */
    static final class ProfileConverter implements CommandLine.ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            return Profile.byId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown profile '" + value + "'; use one of " + Arrays.stream(Profile.values())
                            .map(Profile::id).collect(Collectors.joining(", "))));
        }
    }

    /** Converts a family identifier such as {@code codegov-2.0.0}. */
    static final class FamilyConverter implements CommandLine.ITypeConverter<Family> {
        @Override
        public Family convert(String value) {
            return Family.byId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    Family.unknown(value, ValidationRequest.FAMILY).message()));
        }
    }
}
