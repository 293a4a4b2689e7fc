File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')

// Every input at fault is named in one run, and nothing is written.
assert log.contains('[ERROR] external/truncated.json:5:')
assert log.contains('[ERROR] missing/code.json: error: no such file or folder')
assert log.contains('<artifacts> gov.example.shared:never-published:1.0.0: no code.json artifact (classifier codejson, type json) could be resolved')
assert log.contains('<artifacts><artifact> "not-coordinates" is not groupId:artifactId:version')
assert log.contains('4 aggregate inputs cannot be used (listed above); nothing was written')
assert !new File(dir, 'target/codejson/agency/code.json').exists()
assert !new File(dir, 'target/codejson/agency/merge-report.json').exists()
true
