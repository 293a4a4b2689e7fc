import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')

def plain = json('plain/code.json').releases[0]
assert plain.repositoryURL == 'https://git.internal.example.ca.gov/payroll/bridge'
assert plain.contact.email == 'sam.doe@example.ca.gov'
assert log.contains('pom.xml: warning: <configuration><redact> (-Dcodejson.redact): release "payroll-bridge" is not open'
        + ' source, so its repositoryURL and contact are internal: they are written as they are; set it to true to leave'
        + ' the repositoryURL out and write the agency contact instead, as an aggregate does [generate.internal-release]')
// Once for each entry written unredacted (runs 1 and 3), never for a redacted one.
assert log.count('[generate.internal-release]') == 2

def redacted = json('target/codejson/code.json').releases[0]
assert !redacted.containsKey('repositoryURL')
assert redacted.contact == [email: 'opensource@example.ca.gov', name: 'Open-source office']
assert redacted.permissions.usageType == 'exemptByAgencySystem'
assert redacted.name == 'payroll-bridge'
// A redacted entry that fails its profile leaves no earlier, unredacted entry where the next aggregate reads it.
assert log.contains('second/code.json was not written: the redacted entry is invalid under profile strict (listed above);'
        + ' fix what is named there, or choose a profile that lets an internal release go without its repositoryURL')
assert !new File(dir, 'second/code.json').exists()
true
