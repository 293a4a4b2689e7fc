import groovy.json.JsonSlurper

// Every form of credential the POM, the plugin configuration and the overlay carry has this in it.
String secret = 'S3CR3T'
File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')

def leaks = []
// Maven 4 keeps the POM as written, credentials and all, as the consumer POM in target/project-local-repo:
// the plugin never writes it, and only taking the credentials out of the POM keeps them out of it (README).
def consumerPom = { File f -> f.path.contains('project-local-repo') && f.name.endsWith('.pom') }
new File(dir, 'target').eachFileRecurse { f ->
    if (consumerPom(f)) {
        return
    }
    if (f.isFile() && new String(f.bytes, 'ISO-8859-1').contains(secret)) {
        leaks << f.path
    }
}
assert leaks.isEmpty() : "the secret leaked into ${leaks}"
assert !log.contains(secret)

def committed = new File(dir, 'code.json')
assert committed.isFile()
assert !committed.getText('UTF-8').contains(secret)

def r = new JsonSlurper().parse(new File(dir, 'target/codejson/code.json')).releases[0]
assert r.repositoryURL == 'https://github.com/example-agency/inspections'
assert r.homepageURL == 'https://inspections.example.ca.gov/'
assert r.contact.URL == 'https://help.example.ca.gov/inspections'
assert r.disclaimerURL == 'https://help.example.ca.gov/disclaimer'
assert r.downloadURL == 'https://downloads.example.ca.gov/inspections.zip'
assert r.vcs == 'git'
assert new JsonSlurper().parse(committed).releases[0].downloadURL == r.downloadURL
assert log.contains('<scm><url>: the URL carries a user name, password or token')
assert log.contains('<url>: the URL carries a user name, password or token')
assert log.contains('contactUrl')
def shareIt = new JsonSlurper().parse(new File(dir, 'target/codejson-shareit/code.json'))
assert shareIt.feedbackMechanism == 'https://gitlab.example.ca.gov/agency/inspections/-/issues?state=opened'
assert shareIt.SBOM == 'https://github.com/example-agency/inspections/network/dependencies'
true
