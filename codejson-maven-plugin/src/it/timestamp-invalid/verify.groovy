import groovy.json.JsonSlurper

File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')

// The timestamp is read from the POM property by default, and the parameter may be set instead:
// the warning names both, as the user would write each.
def subject = '<properties><project.build.outputTimestamp> (or <configuration><outputTimestamp>, -Dcodejson.outputTimestamp)'
assert log.contains('[WARNING] pom.xml: warning: ' + subject + ': the timestamp "last Tuesday" is neither ISO 8601') : log
def release = new JsonSlurper().parse(new File(dir, 'target/codejson/code.json')).releases[0]
assert release.date?.metadataLastUpdated == null
def report = new JsonSlurper().parse(new File(dir, 'target/codejson/codejson-report.json'))
assert report.problems.find { it.rule == 'generate.metadata-date-invalid' && it.subject == subject }
true
