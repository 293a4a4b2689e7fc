package gov.ca.code.codejson.text;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A command that a message tells the user to paste, written so that a POSIX shell reads it back
 * word for word, from the folder the user is in, with the {@code -D} properties of the run that
 * printed it: a property such as {@code -Dcodejson.status=Beta} shaped what was compared, so a
 * command without it would do something else. The command holds the user's text as it is: the
 * adapter escapes it for the terminal it prints to.
 */
public final class ShellCommand {

    /** Words of a property name that say its value may be a secret. */
    private static final Set<String> SECRET_WORDS = Set.of("token", "password", "passwd", "pwd", "passphrase", "secret", "key",
            "apikey", "auth", "authorization", "credential", "credentials", "signature", "pat");

    private ShellCommand() {
    }

    /**
     * {@return the command, such as {@code cd .. && mvn -f alpha/pom.xml codejson:update -Dcodejson.status=Beta}}
     *
     * @param workingDirectory the folder the command is pasted in
     * @param root the folder the command runs from: when it is another, the command goes there first
     * @param words the command's words before its properties, each quoted as the shell needs
     * @param given the {@code -D} properties of the run, in name order in the command; a property
     *     whose name says it may hold a credential is named without its value, after the command
     * @param ignored names of properties left out, such as those the tool sets itself
     */
    public static String of(Path workingDirectory, Path root, List<String> words, Properties given, Set<String> ignored) {
        String cd = cd(workingDirectory.toAbsolutePath().normalize(), root.toAbsolutePath().normalize());
        StringBuilder command = new StringBuilder();
        if (!cd.isEmpty()) {
            command.append("cd ").append(word(cd)).append(" && ");
        }
        command.append(String.join(" ", words.stream().map(ShellCommand::word).toList()));
        List<String> secret = new ArrayList<>();
        for (String k : new TreeSet<>(given.stringPropertyNames())) {
            if (ignored.contains(k)) {
                continue;
            }
            if (mayHoldCredential(k)) {
                secret.add("-D" + k);
            } else {
                command.append(' ').append(word("-D" + k + "=" + given.getProperty(k)));
            }
        }
        if (!secret.isEmpty()) {
            // The log of a CI build is read by many: a token given on its command line is not repeated there.
            command.append("   (left out, as they may hold credentials: ").append(String.join(" ", secret))
                    .append("; add them again if the entry depends on them)");
        }
        return command.toString();
    }

    /** {@return the way from one folder to another, {@code ""} when they are the same} */
    private static String cd(Path here, Path root) {
        try {
            return slashed(here.relativize(root));
        } catch (IllegalArgumentException e) {
            // No relative way there, such as to another drive on Windows: the folder's own name is one.
            return slashed(root);
        }
    }

    /** {@return a path with {@code /} between its names, as the shell and the messages write it} */
    public static String slashed(Path path) {
        return path.toString().replace(File.separatorChar, '/');
    }

    /** {@return whether a property's name says it may hold a secret, such as {@code sonar.token} or {@code gpg.passphrase}} */
    private static boolean mayHoldCredential(String name) {
        for (String part : name.toLowerCase(Locale.ROOT).split("[._-]")) {
            if (SECRET_WORDS.contains(part) || part.endsWith("token") || part.endsWith("password") || part.endsWith("secret")) {
                return true;
            }
        }
        return false;
    }

    /** {@return a word as a POSIX shell reads it back: as it is when it is plain, else in single quotes} */
    private static String word(String text) {
        return text.matches("[A-Za-z0-9_./:=@%+,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
