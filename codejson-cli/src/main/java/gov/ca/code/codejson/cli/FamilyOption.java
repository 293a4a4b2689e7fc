package gov.ca.code.codejson.cli;

import picocli.CommandLine.Option;

import gov.ca.code.codejson.Family;

/** The {@code --family} option that every reading command shares. */
final class FamilyOption {

    @Option(names = "--family", paramLabel = "ID", converter = Converters.FamilyConverter.class,
            description = "Read the input as this family instead of detecting it, for example codegov-2.0.0.")
    private Family family;

    /** {@return the family named on the command line, or null to detect it} */
    Family family() {
        return family;
    }
}
