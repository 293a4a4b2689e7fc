// The POM's <scm>, <url> and <issueManagement> and the overlay carry credentials; the build runs with -X.
String secret = 'S3CR3T'
File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')
assert log.contains('[DEBUG]') : 'the build did not run at debug level'
assert log.contains('<scm><url>: the URL carries a user name, password or token')

def leaks = log.readLines().findAll { it.contains(secret) }
assert leaks.isEmpty() : "the secret reached the log at debug level: ${leaks.take(5)}"
new File(dir, 'target').eachFileRecurse { f ->
    assert !(f.isFile() && new String(f.bytes, 'ISO-8859-1').contains(secret)) : "the secret leaked into ${f}"
}
assert !new File(dir, 'code.json').getText('UTF-8').contains(secret)
true
