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
['address-validator': 'Address Validator', 'holiday-calendar': 'Holiday Calendar'].each { module, name ->
    def code = new JsonSlurper().parse(new File(dir, "${module}/target/codejson/code.json"))
    def r = code.releases[0]
    // Inherited from the agency parent's pluginManagement.
    assert code.agency == 'CDT'
    assert code.measurementType.method == 'projects'
    assert r.contact == [email: 'opensource@example.ca.gov', name: 'CDT Open Source Program Office']
    assert r.disclaimerURL == 'https://example.ca.gov/open-source/disclaimer'
    assert r.organization == 'California Department of Technology'
    assert r.permissions.licenses*.name == ['Apache-2.0']
    // The module's own values.
    assert r.name == name
    assert r.repositoryURL == "https://github.com/example-agency/${module}"
    assertDates(new File(dir, module), r.date)
}
// The parent itself has packaging pom and gets no code.json.
assert !new File(dir, 'target/codejson/code.json').exists()
true
