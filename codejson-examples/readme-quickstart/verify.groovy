import groovy.json.JsonSlurper

// The README's snippets, pasted into a new project, generate and check its entry.
def code = new JsonSlurper().parse(new File(basedir, 'target/codejson/code.json'))
def r = code.releases[0]
assert code.agency == 'CDT'
assert r.name == 'Permit Fee Calculator'
assert r.tags == ['permits', 'fees']
assert r.permissions.usageType == 'openSource'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('codejson: check passed')
true
