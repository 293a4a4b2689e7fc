import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')

assert !new File(dir, 'target/codejson/code.json').exists()
assert log.contains('/releases/0/permissions/exemptionText')
assert log.contains('<configuration><exemptionText>')
assert log.contains('-Dcodejson.exemptionText')
true
