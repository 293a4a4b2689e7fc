File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')

// The inventory would land in the folder it is merged from, so the next build would read it as a
// team's file: refused before anything is read or written.
assert log.contains('[ERROR] pom.xml: error: <configuration><outputFile> (-Dcodejson.aggregate.outputFile): teams/code.json'
        + ' is inside the input folder teams, whose .json files the next merge would read as inputs; write it outside the folders'
        + ' merged [merge.output-is-input]')
assert log.contains('codejson: nothing was aggregated: an output would replace what it is made of (listed above);'
        + ' write the aggregate elsewhere')
assert new File(dir, 'teams').list().toList() == ['a.json']
assert !new File(dir, 'target/codejson/agency/merge-report.json').exists()
true
