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
assert log.count('[generate.internal-release]') == 1

def redacted = json('target/codejson/code.json').releases[0]
assert !redacted.containsKey('repositoryURL')
assert redacted.contact == [email: 'opensource@example.ca.gov', name: 'Open-source office']
assert redacted.permissions.usageType == 'exemptByAgencySystem'
assert redacted.name == 'payroll-bridge'
true
