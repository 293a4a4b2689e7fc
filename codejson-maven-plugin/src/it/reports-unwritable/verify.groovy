def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('cannot write the reports to') == 2
assert !log.contains('is up to date')
// Neither the entry nor its record of inputs is left behind to pass for the result of a good build.
assert !new File(basedir, 'target/codejson/code.json').exists()
assert !new File(basedir, 'target/codejson/.code.json.inputs').exists()
true
