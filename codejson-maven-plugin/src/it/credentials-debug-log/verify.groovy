// The POM's <scm>, <url> and <issueManagement> and the overlay carry credentials; the build runs with -X.
String secret = 'S3CR3T'
File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')
assert log.contains('[DEBUG]') : 'the build did not run at debug level'
assert log.contains('<scm><url>: the URL carries a user name, password or token')

def leaks = log.readLines().findAll { it.contains(secret) }
assert leaks.isEmpty() : "the secret reached the log at debug level: ${leaks.take(5)}"
// Maven 4 keeps the POM as written, credentials and all, as the consumer POM in target/project-local-repo:
// the plugin never writes it, and only taking the credentials out of the POM keeps them out of it (README).
def consumerPom = { File f -> f.path.contains('project-local-repo') && f.name.endsWith('.pom') }
new File(dir, 'target').eachFileRecurse { f ->
    if (consumerPom(f)) {
        return
    }
    assert !(f.isFile() && new String(f.bytes, 'ISO-8859-1').contains(secret)) : "the secret leaked into ${f}"
}
assert !new File(dir, 'code.json').getText('UTF-8').contains(secret)
true
