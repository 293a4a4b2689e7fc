import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')

byte[] first = new File(dir, 'first/code.json').bytes
byte[] second = new File(dir, 'target/codejson/code.json').bytes
assert first.length > 0
assert Arrays.equals(first, second)
def r = new JsonSlurper().parse(second).releases[0]
assert r.date == [created: '2024-02-01', lastModified: '2025-12-24', metadataLastUpdated: '2026-03-01']
true
