import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')

assert !new File(dir, 'target/codejson/code.json').exists()
assert log.contains('pom.xml: error: <configuration><repositoryVisibility> (-Dcodejson.repositoryVisibility): SHARE IT requires repositoryVisibility')
// Every missing value is reported in the same build, not only the first.
assert log.contains('<configuration><aiUseCaseId> (-Dcodejson.aiUseCaseId): SHARE IT requires AIUseCaseID')
assert log.contains('target/codejson/code.json was not written')
def report = json('target/codejson/codejson-report.json')
assert report.valid == false
assert report.problems.find { it.rule == 'generate.shareit-value-missing' && it.subject == '<configuration><repositoryVisibility> (-Dcodejson.repositoryVisibility)' }
assert report.errors == 2
true
