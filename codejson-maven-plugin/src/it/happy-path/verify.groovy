import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')
// Maven 3.9 and 4 list the plugins with validation issues as "[WARNING]  * GROUP:ARTIFACT:VERSION".
def validationIssues = log.readLines().findAll { it =~ /^\[WARNING\]\s+\*\s+gov\.ca\.code:codejson-maven-plugin/ }
assert validationIssues.isEmpty() : "plugin validation issues reported: ${validationIssues}"

def code = json('target/codejson/code.json')
assert code.version == '2.0.0'
assert code.agency == 'CDT'
assert code.measurementType.method == 'projects'
assert code.releases.size() == 1
def r = code.releases[0]
assert r.name == 'Permit Fees'
assert r.version == '1.0.0'
assert r.organization == 'Office of Permits'
assert r.description == 'Computes building permit fees for county offices.'
assert r.permissions.licenses == [[URL: 'https://www.apache.org/licenses/LICENSE-2.0.txt', name: 'Apache-2.0']]
assert r.permissions.usageType == 'openSource'
assert r.tags == ['permits', 'fees', 'buildings']
assert r.contact == [email: 'pat.lee@example.ca.gov', name: 'Pat Lee', URL: 'https://github.com/example-agency/permit-fees/issues']
assert r.status == 'Production'
assert r.vcs == 'git'
assert r.repositoryURL == 'https://github.com/example-agency/permit-fees'
assert r.homepageURL == 'https://permits.example.ca.gov'
assert r.languages == ['Java']
assert r.laborHours > 0
assert r.date.metadataLastUpdated == '2026-03-01'

def labor = json('target/codejson/labor-hours.json')
assert labor.method.startsWith('COCOMO II')
assert labor.laborHours == r.laborHours
assert labor.sloc > 0
assert labor.parameters.hoursPerPersonMonth == 152

def sarif = json('target/codejson/codejson-report.sarif')
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'codejson-maven-plugin'
def report = json('target/codejson/codejson-report.json')
assert report.valid == true
assert report.errors == 0

// Attached with classifier codejson and type json, so it is installed next to the jar.
def installed = new File(dir, '../../local-repo/gov/example/it/happy-path/1.0.0/happy-path-1.0.0-codejson.json')
assert installed.isFile()
assert installed.text == new File(dir, 'target/codejson/code.json').text

assert log.contains('usageType openSource inferred')
assert log.contains('licenses resolved offline with the SPDX License List')
assert log.contains('estimated with COCOMO II')
assert log.contains('codejson: wrote target/codejson/code.json')
assert log.contains('codejson: check passed')
true
