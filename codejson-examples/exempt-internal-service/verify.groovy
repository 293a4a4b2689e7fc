import groovy.json.JsonSlurper

File dir = basedir
// The dates of a folder are checked against git itself: first and last commit, in UTC, or none.
def assertDates = evaluate(new File(dir, '../git-dates.groovy'))
def r = new JsonSlurper().parse(new File(dir, 'target/codejson/code.json')).releases[0]
assert r.permissions.usageType == 'exemptByAgencySystem'
assert r.permissions.exemptionText.startsWith('Publishing the intake routing rules')
assert r.permissions.licenses == null
assert r.repositoryURL == null
assert r.status == 'Development'
assert r.laborHours == 5200
assert r.contact == [email: 'case-intake@example.ca.gov', name: 'Case Intake Team']
assert !new File(dir, 'target/codejson/labor-hours.json').exists()
assertDates(dir, r.date)
true
