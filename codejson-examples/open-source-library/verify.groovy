import groovy.json.JsonSlurper

File dir = basedir
// The dates of a folder are checked against git itself: first and last commit, in UTC, or none.
def assertDates = evaluate(new File(dir, '../git-dates.groovy'))
def code = new JsonSlurper().parse(new File(dir, 'target/codejson/code.json'))
def r = code.releases[0]
assert code.agency == 'CDT'
assert r.name == 'Permit Fees'
assert r.version == '2.3.0'
assert r.permissions.licenses == [[URL: 'https://www.gnu.org/licenses/gpl-3.0.html', name: 'GPL-3.0-or-later']]
assert r.permissions.usageType == 'openSource'
assert r.repositoryURL == 'https://github.com/example-agency/permit-fees'
assert r.languages == ['Java']
assert r.relatedCode[0].name == 'Permit Tracker'
assert r.partners[0].name == 'CSAC'
assert r.date.metadataLastUpdated == '2026-11-01'
assertDates(dir, r.date)
assert new File(dir, 'target/codejson/labor-hours.json').isFile()
def log = new File(dir, 'build.log').text
assert log.contains('code.json is up to date with the POM')
true
