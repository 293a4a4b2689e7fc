// Runs the packaged command on the repositories the pre-build script made, as a coordinator would:
//   java -jar codejson.jar scan --overlay overlay.json --out target/scan/code.json target/repositories
// and checks the inventory byte for byte against expected/code.json.
import groovy.json.JsonSlurper

File dir = basedir
File jar = new File(codejsonJar)
assert jar.isFile() : "${jar} is missing: build codejson-cli with the examples (-pl codejson-examples -am)"

def command = [new File(System.getProperty('java.home'), 'bin/java').path, '-jar', jar.path,
               'scan', '--overlay', 'overlay.json', '--out', 'target/scan/code.json', 'target/repositories']
def process = new ProcessBuilder(command).directory(dir).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
def err = process.errorStream.getText('UTF-8')
int exit = process.waitFor()
new File(dir, 'target/scan/stderr.txt').setText(err, 'UTF-8')
assert exit == 0 : err

// The progress lines come as the parallel scans finish; every other line is in a fixed order.
def lines = err.readLines()
assert lines.findAll { it ==~ /codejson scan: \[\d\/5\] .*/ }.collect { it.replaceAll(/\[\d\//, '[n/') }.sort() ==
        ['case-tracker', 'fee-calculator', 'permit-forms', 'road-conditions', 'survey-stats'].collect { "codejson scan: [n/5] ${it}" }
assert lines.findAll { !(it ==~ /codejson scan: \[\d\/5\] .*/) } == [
    'permit-forms/.git/config: warning: the origin remote carries a user name, password or token; it was left out of'
        + ' the entry, but remove it from the remote (git remote set-url origin URL) and revoke it if it was real [scan.remote-credentials]',
    'codejson scan: wrote 5 entries to target/scan/code.json',
]

// The same repositories scan to the same bytes, whatever the machine.
byte[] written = new File(dir, 'target/scan/code.json').bytes
byte[] expected = new File(dir, 'expected/code.json').bytes
if (!Arrays.equals(written, expected)) {
    throw new AssertionError('target/scan/code.json differs from expected/code.json; compare them, and if the change is'
            + ' meant, copy the new file over the expected one and the README quote')
}

// The report says where each field came from, and the token is in neither file.
def report = new JsonSlurper().parse(new File(dir, 'target/scan/code.provenance.json'))
def byName = report.repositories.collectEntries { [(it.repository): it] }
def field = { String repo, String pointer -> byName[repo].fields.find { it.pointer == pointer } }
assert byName['fee-calculator'].path == 'target/repositories/fee-calculator'
assert field('fee-calculator', '/releases/0/description').file == 'pyproject.toml'
assert field('fee-calculator', '/releases/0/permissions/licenses/0').how == 'template match, SPDX License List 3.28.0'
assert field('road-conditions', '/releases/0/permissions/licenses/0').file == 'LICENSE'
assert field('case-tracker', '/releases/0/permissions/licenses/0').how.startsWith('exact match')
assert field('permit-forms', '/releases/0/repositoryURL').how == 'credentials removed'
assert byName['permit-forms'].excluded == [[path: 'node_modules/left-pad/index.js', rule: 'vendored folder node_modules']]
assert byName['road-conditions'].excluded == [[path: 'src/bindings/mod.rs', rule: 'src/bindings/.gitattributes linguist-generated']]
String both = new File(dir, 'target/scan/code.json').getText('UTF-8') + new File(dir, 'target/scan/code.provenance.json').getText('UTF-8')
assert !both.contains('not-a-real-token') && !both.contains('ci-bot')
true
