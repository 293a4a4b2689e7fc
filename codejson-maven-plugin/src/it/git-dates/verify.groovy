import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')

def r = json('target/codejson/code.json').releases[0]
// 23:30 in California on January 15 is January 16 in UTC.
assert r.date.created == '2024-01-16'
assert r.date.lastModified == '2025-06-30'
assert log.contains('codejson: dates from the git history of the repository: created 2024-01-16, last modified 2025-06-30')
true
