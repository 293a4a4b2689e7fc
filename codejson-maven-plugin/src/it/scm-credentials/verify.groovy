import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')

def text = new File(dir, 'target/codejson/code.json').text
assert !text.contains('s3cr3t-token') && !text.contains('builder') && !text.contains('hunter2') && !text.contains('p4ss')
def r = new JsonSlurper().parseText(text).releases[0]
assert r.repositoryURL == 'https://github.com/example-agency/inspections'
assert r.homepageURL == 'https://inspections.example.ca.gov/'
assert r.vcs == 'git'
assert log.contains('<scm><url>: the URL carries a user name or password')
assert log.contains('<url>: the URL carries a user name or password')
// The secret is not repeated in the log either.
assert !log.contains('s3cr3t-token')
true
