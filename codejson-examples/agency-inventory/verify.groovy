import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')

// One agency inventory: both modules and the teams' files, duplicates and invalid entries left out.
def inventory = json('target/codejson/agency/code.json')
assert inventory.agency == 'CDT'
assert inventory.releases*.name as Set == ['Benefits Calculator', 'Case Router', 'fire-map', 'license-lookup'] as Set

// The module's entry wins over the older hand-kept copy (same repository, newer metadata).
def calculator = inventory.releases.find { it.name == 'Benefits Calculator' }
assert calculator.repositoryURL == 'https://github.com/example-agency/benefits-calculator'
assert calculator.permissions.licenses*.name == ['GPL-3.0-or-later']
assert calculator.languages == ['Java']

// Releases that are not open source: no internal address, the agency's contact.
['Case Router', 'license-lookup'].each { name ->
    def r = inventory.releases.find { it.name == name }
    assert !r.containsKey('repositoryURL')
    assert r.contact == [email: 'opensource@example.ca.gov', name: 'CDT Open Source Program Office']
}
assert !new File(dir, 'target/codejson/agency/code.json').text.contains('git.internal.example.ca.gov')

def report = json('target/codejson/agency/merge-report.json')
assert report.counts.duplicatesDropped == 1
assert report.quarantined*.name == ['exam-scheduler']
assert report.quarantined[0].contact == 'exams@example.ca.gov'
assert log.contains('inventories/licensing.json:38:5: error: /releases/1: "exam-scheduler" fails validation and was left out; ask exams@example.ca.gov')

// The quarter's metrics, against the inventory published last quarter.
def metrics = json('target/codejson/metrics/metrics.json')
assert metrics.releases == [count: 4, previous: 2, delta: 2]
assert metrics.counts.usageTypes.find { it.key == 'openSource' }.count == 2
assert metrics.changes.removed*.name == ['water-rights-portal']
assert metrics.changes.added*.name as Set == ['Case Router', 'fire-map', 'license-lookup'] as Set
def html = new File(dir, 'target/codejson/metrics/metrics.html').getText('UTF-8')
assert html.contains('<svg') && !html.contains('<script')
true
