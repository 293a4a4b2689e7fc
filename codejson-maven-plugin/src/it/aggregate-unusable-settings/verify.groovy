File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')

// Every parameter that names nothing is reported in one run, each spelled as aggregate's own
// parameter and property, before any input is read; nothing is written.
assert log.contains('[ERROR] pom.xml: error: <configuration><outputFamily> (-Dcodejson.aggregate.outputFamily):'
        + ' "codegov-1.0.1" is not a family an aggregate is written in; use one of [codegov-2.0.0, shareit-index-2.0.0]'
        + ' [merge.family-unsupported]')
assert log.contains('[ERROR] pom.xml: error: <configuration><measurementMethod> (-Dcodejson.aggregate.measurementMethod):'
        + ' "lines" is not an allowed value; use "linesOfCode" or one of [linesOfCode, modules, cost, projects, systems]'
        + ' [merge.value-not-allowed]')
// Coordinates that are not groupId:artifactId:version are a parameter's problem too, named in the same run.
assert log.contains('<artifacts><artifact> "gov.example:no-version" is not groupId:artifactId:version;'
        + ' write it like gov.ca.code:permit-tracker:2.4.0 [aggregate.artifact-coordinates]')
assert log.contains('codejson: nothing was aggregated: 3 errors, 0 warnings in the parameters named above; fix their values')
assert !log.contains('missing/code.json: error')
assert !new File(dir, 'target/codejson/agency/code.json').exists()
true
