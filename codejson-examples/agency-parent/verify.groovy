import groovy.json.JsonSlurper

File dir = basedir
// The dates of a folder are checked against git itself: first and last commit, in UTC, or none.
def assertDates = evaluate(new File(dir, '../git-dates.groovy'))
['address-validator': 'Address Validator', 'holiday-calendar': 'Holiday Calendar'].each { module, name ->
    def code = new JsonSlurper().parse(new File(dir, "${module}/target/codejson/code.json"))
    def r = code.releases[0]
    // Inherited from the agency parent's pluginManagement.
    assert code.agency == 'CDT'
    assert code.measurementType.method == 'projects'
    assert r.contact == [email: 'opensource@example.ca.gov', name: 'CDT Open Source Program Office']
    assert r.disclaimerURL == 'https://example.ca.gov/open-source/disclaimer'
    assert r.organization == 'California Department of Technology'
    assert r.permissions.licenses*.name == ['Apache-2.0']
    // The module's own values.
    assert r.name == name
    assert r.repositoryURL == "https://github.com/example-agency/${module}"
    assertDates(new File(dir, module), r.date)
}
// The parent itself has packaging pom and gets no code.json.
assert !new File(dir, 'target/codejson/code.json').exists()
true
