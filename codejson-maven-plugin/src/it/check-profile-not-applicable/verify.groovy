def log = new File(basedir, 'build.log').getText('UTF-8')

// The committed file is SHARE IT, to which the configured profile does not apply: check says so
// instead of validating it with the SHARE IT default.
assert log.contains('pom.xml: error: <configuration><profile> (-Dcodejson.profile): the profile "california" does not apply'
        + ' to shareit-2.0.0')
assert log.contains('[generate.profile-unknown]')
assert log.contains('codejson:check failed')
true
