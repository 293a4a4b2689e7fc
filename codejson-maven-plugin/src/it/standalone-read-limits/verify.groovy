def log = new File(basedir, 'build.log').getText('UTF-8')
// Each read limit is a plugin parameter, and its message names the parameter that raises it.
assert log.contains('valid.json: error: the input has 755 bytes, over the read limit max-bytes (a safety limit);'
        + ' raise it with <configuration><maxBytes> (-Dcodejson.maxBytes) if the input is genuine [json.unreadable]')
assert log =~ /valid\.json:\d+:\d+: error: the input nests deeper than 2 levels, over the read limit max-depth \(a safety limit\); raise it with <configuration><maxDepth> \(-Dcodejson\.maxDepth\) if the input is genuine/
// Run without a project, the goal has no POM to blame: the tool names itself.
assert log.contains('codejson: error: <configuration><maxDepth> (-Dcodejson.maxDepth) is 0: read limits must be positive;'
        + ' set another value or leave it out for the default')
assert !log.contains('pom.xml')
assert log.contains('codejson: valid.json (codegov-2.0.0, profile codegov): 0 errors')
assert !log.contains('--max-')
true
