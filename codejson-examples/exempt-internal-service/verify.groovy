import groovy.json.JsonSlurper
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
def assertDates = { File folder, Map date ->
    def expected = gitDates(folder)
    if (expected == null) {
        assert date.created == null && date.lastModified == null
    } else {
        assert date.created == expected.created
        assert date.lastModified == expected.lastModified
    }
}

File dir = basedir
def r = new JsonSlurper().parse(new File(dir, 'target/codejson/code.json')).releases[0]
assert r.permissions.usageType == 'exemptByAgencySystem'
assert r.permissions.exemptionText.startsWith('Publishing the intake routing rules')
assert r.permissions.licenses == null
assert r.repositoryURL == null
assert r.status == 'Development'
assert r.laborHours == 5200
assert r.contact == [email: 'case-intake@example.ca.gov', name: 'Case Intake Team']
assert !new File(dir, 'target/codejson/labor-hours.json').exists()
assertDates(dir, r.date)
true
