import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')

assert !new File(dir, 'target/codejson/code.json').exists()
assert log.contains('pom.xml: error: <description>: the project has no description')
// Every problem of the build is reported, not only the first.
assert log.contains('<configuration><agency>')
assert log.contains('<configuration><tags>')
assert log.contains('target/codejson/code.json was not written')
def report = json('target/codejson/codejson-report.json')
assert report.valid == false
assert report.problems.find { it.rule == 'generate.description-missing' && it.subject == '<description>' }
assert report.errors >= 3
def sarif = json('target/codejson/codejson-report.sarif')
assert sarif.runs[0].results.find { it.ruleId == 'generate.description-missing' && it.level == 'error' }
true
