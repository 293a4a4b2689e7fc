def log = new File(basedir, 'build.log').getText('UTF-8')

// The committed file is SHARE IT, to which the configured profile does not apply. It is not
// validated with the SHARE IT default instead, and the error is the one to act on: the file is of
// another family than the generated one (changing the profile to a SHARE IT one would make the
// generation fail instead).
assert log.contains('code.json: error: code.json is shareit-2.0.0 but codegov-2.0.0 is generated; migrate it to'
        + ' codegov-2.0.0 first or delete it [check.family-mismatch]')
assert !log.contains('[profile.not-applicable]')
assert log.contains('codejson:check failed')
true
