import groovy.json.JsonSlurper

File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')
def generated = new JsonSlurper().parse(new File(dir, 'target/codejson/code.json')).releases[0]
def committed = new JsonSlurper().parse(new File(dir, '../../code.json')).releases[0]
assert generated.name == 'codejson'
assert generated.permissions.licenses[0].name == 'Apache-2.0'
assert generated.permissions.usageType == 'openSource'
assert committed.name == generated.name
assert committed.description == generated.description
assert log.contains('code.json is up to date with the POM')
true
