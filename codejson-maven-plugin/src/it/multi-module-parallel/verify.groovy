import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')

['alpha', 'beta', 'gamma'].each { m ->
    def r = json("${m}/target/codejson/code.json").releases[0]
    assert r.name == "Service ${m}"
    assert r.description == 'Three services of one agency, built in parallel.'
}
assert !new File(dir, 'target/codejson/code.json').exists()
assert log.contains('codejson: skipped, multi-module-parallel has packaging pom')
assert !log.contains('not marked as @threadSafe')
assert !log.contains('not marked thread-safe')
true
