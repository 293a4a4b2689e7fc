import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')
// Maven 3.9 and 4 list the plugins with validation issues as "[WARNING]  * GROUP:ARTIFACT:VERSION".
def validationIssues = log.readLines().findAll { it =~ /^\[WARNING\]\s+\*\s+gov\.ca\.code:codejson-maven-plugin/ }
assert validationIssues.isEmpty() : "plugin validation issues reported: ${validationIssues}"

// The first differing value, by its pointer and place in the committed file, both values whole.
assert log.contains('code.json:10:18: error: /releases/0/version: differs from what the POM generates: expected "1.0.0", found "0.9.0"; run')
assert log.contains('To bring code.json up to date, run:')
assert log.contains('  mvn codejson:update')
assert log.contains('codejson: updated code.json')
assert log.contains('code.json is up to date with the POM')
def r = json('code.json').releases[0]
assert r.version == '1.0.0'
assert r.description == 'Issues business licenses.'
assert r.tags == ['permits', 'fees', 'buildings']
assert r.laborHours == 800
// What the POM does not own is kept.
assert r.relatedCode == [[name: 'Business portal', URL: 'https://github.com/example-agency/business-portal']]
assert r.contact.phone == '9165550100'
true
