import groovy.json.JsonSlurper

File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')

// Every parameter value that cannot be used is reported, each naming its parameter, before anything is generated.
assert log.contains('pom.xml: error: <configuration><measurementMethod> (-Dcodejson.measurementMethod): "linesofcode" is not an'
        + ' allowed value; use "linesOfCode" or one of [linesOfCode, modules, cost, projects, systems, other]'
        + ' [generate.value-not-allowed]')
assert log.contains('pom.xml: error: <configuration><laborHours> (-Dcodejson.laborHours): "many" is not a number of hours;'
        + ' write one such as 1200 [generate.setting-invalid]')
assert log.contains('pom.xml: error: <configuration><created> (-Dcodejson.created): "2024-13-01" is not a date; write it as'
        + ' YYYY-MM-DD, such as 2024-01-31 [generate.setting-invalid]')
// A malformed overlay file is named in the same run as the parameters.
assert log.contains('codejson-overlay.json:1:8: error: malformed JSON')
assert log.contains('codejson: nothing was generated: 4 errors, 0 warnings in the parameters named above; fix their values')
assert !new File(dir, 'target/codejson/code.json').exists()
def report = new JsonSlurper().parse(new File(dir, 'target/codejson/codejson-report.json'))
assert report.problems.find { it.rule == 'generate.setting-invalid' && it.subject == '<configuration><created> (-Dcodejson.created)' }
true
