import groovy.json.JsonSlurper

File dir = basedir
def json = { String path -> new JsonSlurper().parse(new File(dir, path)) }
def log = new File(dir, 'build.log').getText('UTF-8')

def r = json('target/codejson/code.json').releases[0]
assert r.permissions.licenses*.name == ['Apache-2.0', 'MIT', 'GPL-3.0-or-later']
assert r.permissions.licenses[0].URL == 'https://spdx.org/licenses/Apache-2.0.html'
assert r.permissions.licenses[1].URL == 'https://opensource.org/licenses/MIT'
assert r.permissions.usageType == 'openSource'
assert log =~ /licenses resolved offline with the SPDX License List \d+\.\d+/
true
