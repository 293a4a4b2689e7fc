File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')

// An output named over what the entry is made of is refused before anything is generated: the
// POM and the overlay stay as they were.
assert log.contains('pom.xml: error: <configuration><outputFile> (-Dcodejson.outputFile) names pom.xml, the POM the entry'
        + ' is made of; name another file, nothing was written')
assert log.contains('pom.xml: error: <configuration><committedFile> (-Dcodejson.committedFile) names codejson-overlay.json,'
        + ' the overlay the entry is made of; name another file, nothing was written')
assert new File(dir, 'pom.xml').getText('UTF-8').contains('<artifactId>generate-output-is-input</artifactId>')
assert new File(dir, 'codejson-overlay.json').getText('UTF-8') == '{\n  "defaults": {}\n}\n'
true
