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
def code = new JsonSlurper().parse(new File(dir, 'target/codejson/code.json'))
def r = code.releases[0]
assert code.agency == 'CDT'
assert r.name == 'Permit Fees'
assert r.version == '2.3.0'
assert r.permissions.licenses == [[URL: 'https://www.gnu.org/licenses/gpl-3.0.html', name: 'GPL-3.0-or-later']]
assert r.permissions.usageType == 'openSource'
assert r.repositoryURL == 'https://github.com/example-agency/permit-fees'
assert r.languages == ['Java']
assert r.relatedCode[0].name == 'Permit Tracker'
assert r.partners[0].name == 'CSAC'
assert r.date.metadataLastUpdated == '2026-11-01'
assertDates(dir, r.date)
assert new File(dir, 'target/codejson/labor-hours.json').isFile()
def log = new File(dir, 'build.log').text
assert log.contains('code.json is up to date with the POM')
true
