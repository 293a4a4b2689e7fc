import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
// The printed command carries every -D property of the build, a value with spaces in single quotes.
def advice = log.readLines().find { it =~ /^(\[ERROR\])?\s+mvn codejson:update/ }
assert advice != null : 'no command to bring code.json up to date'
assert advice.contains(" '-Dcodejson.disclaimerText=Use at your own risk.'")
assert advice.contains(' -Dcodejson.status=Beta')
// Maven 4 sets session.rootDirectory and session.topDirectory itself; the command is run from there anyway.
assert !advice.contains('-Dsession.')
// A property whose name says it may hold a secret is named, never repeated with its value.
assert advice.contains('(left out, as they may hold credentials: -Dgpg.passphrase -Dsonar.token;'
        + ' add them again if the entry depends on them)')
assert !log.contains('SECRET123') && !log.contains('HUSH')
assert log.contains('codejson: updated code.json')
assert log.contains('code.json is up to date with the POM')
def r = new JsonSlurper().parse(new File(basedir, 'code.json')).releases[0]
assert r.status == 'Beta'
assert r.disclaimerText == 'Use at your own risk.'
assert r.version == '1.0.0'
true
