// Shared by the examples' verify scripts: the dates the plugin must have read from git.
import java.time.Instant
import java.time.ZoneOffset

/** The dates the plugin must have read: first and last commit touching the folder, in UTC, or none. */
def gitDates = { File folder ->
    try {
        def p = new ProcessBuilder('git', 'log', '--format=%ct', '--', '.').directory(folder).redirectErrorStream(true).start()
        def out = p.inputStream.text
        if (p.waitFor() != 0) {
            return null
        }
        def times = out.readLines().findAll { it ==~ /\d+/ }.collect { it as long }
        if (times.isEmpty()) {
            return null
        }
        def day = { long t -> Instant.ofEpochSecond(t).atOffset(ZoneOffset.UTC).toLocalDate().toString() }
        return [created: day(times.min()), lastModified: day(times.max())]
    } catch (IOException e) {
        return null
    }
}
// Returned to the verify scripts, which call it with a module folder and the date object written.
return { File folder, Map date ->
    def expected = gitDates(folder)
    if (expected == null) {
        assert date.created == null && date.lastModified == null
    } else {
        assert date.created == expected.created
        assert date.lastModified == expected.lastModified
    }
}
