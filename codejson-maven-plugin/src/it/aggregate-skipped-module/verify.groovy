import groovy.json.JsonSlurper

File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')
def builds = log.split(/BUILD SUCCESS/)
assert builds.size() == 3 : 'both builds succeed'

// The first build generated both entries and aggregated them.
assert builds[0].contains('codejson: aggregate of 2 inputs, 2 entries: 2 releases written')
assert !builds[0].contains('was not written by this build')

// The second skipped generate in intake: its entry from the first build is still in target, and is left out.
assert new File(dir, 'intake/target/codejson/code.json').isFile()
assert builds[1].contains('[WARNING] codejson: module gov.example.it:intake-router: intake/target/codejson/code.json'
        + ' was not written by this build (codejson:generate was skipped in it, or does not run by generate-resources),'
        + ' so it is left out; run generate in it, or leave it out with <moduleExcludes>')
def inventory = new JsonSlurper().parse(new File(dir, 'target/codejson/agency/code.json'))
assert inventory.releases*.name == ['permit-tracker']
true
