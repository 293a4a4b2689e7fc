import groovy.json.JsonSlurper

File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')

File kept = new File(dir, 'kept/code.json')
File output = new File(dir, 'target/codejson/code.json')
// The second build left the file alone: the backdated time and the first build's bytes.
assert kept.lastModified() == 946684800000L
assert new JsonSlurper().parse(kept).releases[0].status == 'Production'
assert log.contains('target/codejson/code.json is up to date: the POM, the overlay, the sources and the git HEAD did not change')
// The third build changed an input, so it wrote the file again.
assert output.lastModified() > 946684800000L
assert new JsonSlurper().parse(output).releases[0].status == 'Development'
// The fourth build's timestamp reaches the outputTimestamp parameter only, and still counts as an input.
assert new JsonSlurper().parse(output).releases[0].date.metadataLastUpdated == '2027-01-01'
// The fifth build was given the hours: no estimate of an earlier build stays beside the file.
assert log.contains('[generate.labor-hours-estimated]')
assert new JsonSlurper().parse(output).releases[0].laborHours == 40
assert !new File(dir, 'target/codejson/labor-hours.json').exists()
assert log.count('codejson: wrote target/codejson/code.json') == 4
true
