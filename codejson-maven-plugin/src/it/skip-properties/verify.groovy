import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')

// The project has no description: any goal that ran would fail the build.
assert !new File(dir, 'target/codejson').exists()
assert !new File(dir, 'code.json').exists()
assert log.contains('codejson:generate skipped (codejson.skip)')
assert log.contains('codejson:check skipped (codejson.skip)')
assert log.contains('codejson:generate skipped (codejson.generate.skip)')
assert log.contains('codejson:check skipped (codejson.check.skip)')
assert log.contains('codejson:update skipped (codejson.update.skip)')
assert log.contains('codejson:validate skipped (codejson.validate.skip)')
true
