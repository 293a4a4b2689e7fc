import groovy.json.JsonSlurper

File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')
def index = new JsonSlurper().parse(new File(dir, 'target/codejson/agency/code.json'))
def report = new JsonSlurper().parse(new File(dir, 'target/codejson/agency/merge-report.json'))

// The SHARE IT agency index is written from inputs of three families, each converted with the migration.
assert report.target == 'shareit-index-2.0.0'
assert report.inputs*.family == ['cms-2.1.0', 'codegov-1.0.1', 'codegov-2.0.0']
assert log.contains('[INFO] external/codegov-101.json: info: converted from codegov-1.0.1 to codegov-2.0.0')
assert log.contains('[INFO] external/cms-repository.json: info: converted from cms-2.1.0 to codegov-2.0.0')

// The CMS repository keeps its SHARE IT fields; the code.gov releases lack values SHARE IT requires
// and are quarantined with those values named, not filled.
assert index.releases*.name == ['metrics']
assert index.releases[0].repositoryVisibility == 'public'
def codegov = report.quarantined.findAll { it.origin.input == 'external/codegov-inventory.json' }
assert !codegov.isEmpty()
assert codegov.every { q -> q.errors.any { it.rule == 'migrate.fill' && it.pointer.endsWith('/repositoryVisibility') } }

// Every entry is accounted for.
def c = report.counts
assert c.releasesWritten + c.duplicatesDropped + c.quarantinedOmitted == c.entriesRead
assert log.contains('[INFO] codejson: aggregate of 3 inputs, ' + c.entriesRead + ' entries: 1 release written')
true
