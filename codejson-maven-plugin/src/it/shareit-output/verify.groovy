import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')
def dateTime = ~/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/

def r = json('target/codejson/code.json')
// One SHARE IT object for the repository: no inventory wrapper, no schema version.
assert r instanceof Map
assert !r.containsKey('releases') && !r.containsKey('agency') && !r.containsKey('measurementType')
assert r.name == 'Permit Fees'
assert r.version == '1.0.0'
assert r.description == 'Computes building permit fees for county offices.'
assert r.organization == 'Office of Permits'
assert r.status == 'Production'
assert r.permissions.licenses == [[name: 'MIT', URL: 'https://spdx.org/licenses/MIT.html']]
assert r.permissions.usageType == ['openSource', 'exemptByPrivacyRisk']
assert r.permissions.exemptionText == 'Test fixtures hold personal data and are not shared.'
assert r.repositoryURL == 'https://github.com/example-agency/permit-fees'
assert r.repositoryVisibility == 'public'
assert r.vcs == 'git'
assert r.laborHours > 0
assert r.reuseFrequency == [forks: 3, clones: 40]
assert r.languages == ['Java']
assert r.maintenance == 'internal'
assert r.contractNumber == ['47QTCA-24-D-0001']
assert r.SBOM == 'https://github.com/example-agency/permit-fees/network/dependencies'
assert r.feedbackMechanism == 'https://github.com/example-agency/permit-fees/issues'
assert r.AIUseCaseID == '0'
assert r.tags == ['permits', 'fees', 'buildings']
assert r.contact == [email: 'pat.lee@example.ca.gov', name: 'Pat Lee']
assert r.relatedCode[0].name == 'Permit portal'
assert r.date.keySet() == ['created', 'lastModified', 'metadataLastUpdated'] as Set
r.date.values().each { assert it ==~ dateTime }
assert r.date.created == '2024-05-01T00:00:00Z'
assert r.date.lastModified == '2026-02-01T00:00:00Z'
assert r.date.metadataLastUpdated == '2026-03-01T00:00:00Z'

def report = json('target/codejson/codejson-report.json')
assert report.valid == true
assert report.errors == 0

def installed = new File(dir, '../../local-repo/gov/example/it/shareit-output/1.0.0/shareit-output-1.0.0-codejson.json')
assert installed.isFile()

assert log.contains('codejson: wrote target/codejson/code.json (shareit-2.0.0, profile shareit)')
// update writes the committed SHARE IT object, and check then finds it up to date.
assert log.contains('codejson: created code.json')
assert log.contains('code.json is up to date with the POM')
def committed = json('code.json')
assert committed.repositoryVisibility == 'public'
assert !committed.containsKey('releases')
true
