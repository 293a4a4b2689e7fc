import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')
// Maven 3.9 and 4 list the plugins with validation issues as "[WARNING]  * GROUP:ARTIFACT:VERSION".
def validationIssues = log.readLines().findAll { it =~ /^\[WARNING\]\s+\*\s+gov\.ca\.code:codejson-maven-plugin/ }
assert validationIssues.isEmpty() : "plugin validation issues reported: ${validationIssues}"

assert log.contains('codejson: valid.json (codegov-2.0.0, profile codegov): 0 errors')
assert log =~ /invalid\.json:13:22: error: \/releases\/0\/permissions\/usageType: .*production/
def sarif = json('reports/codejson-report.sarif')
def result = sarif.runs[0].results.find { it.locations[0].logicalLocations[0].fullyQualifiedName == '/releases/0/permissions/usageType' }
assert result.level == 'error'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'invalid.json'
assert result.locations[0].physicalLocation.region.startLine == 13
// A family that is none is named as the parameter it was given in, with the rule, before the file is read.
assert log.contains('codejson: error: <configuration><family> (-Dcodejson.family): "codegov-3" is not a family; use one of codegov-2.0.0, codegov-1.0.1, '
        + 'shareit-2.0.0, shareit-index-2.0.0, cms-2.1.0 [family.unknown]')
true
