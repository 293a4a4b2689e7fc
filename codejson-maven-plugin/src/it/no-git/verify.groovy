import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')

def r = json('target/codejson/code.json').releases[0]
assert r.date == [metadataLastUpdated: '2026-03-01']
assert log.contains('no git repository contains')
assert log.contains('set created and lastModified (YYYY-MM-DD) to write them')
true
