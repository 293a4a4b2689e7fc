import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')
// Maven 3.9 and 4 list the plugins with validation issues as "[WARNING]  * GROUP:ARTIFACT:VERSION".
def validationIssues = log.readLines().findAll { it =~ /^\[WARNING\]\s+\*\s+gov\.ca\.code:codejson-maven-plugin/ }
assert validationIssues.isEmpty() : "plugin validation issues reported: ${validationIssues}"

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
