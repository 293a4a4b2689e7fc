import groovy.json.JsonSlurper

File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')
def text = new File(dir, 'code.json').getText('UTF-8')

// The release the POM owns is brought up to date; the one kept by hand is written back as it was,
// members in its own order and 12.50 as spelled, so that check passes over it.
assert log.contains('codejson: updated code.json')
assert log.contains('code.json is up to date with the POM')
def releases = new JsonSlurper().parseText(text).releases
assert releases.size() == 2
assert releases[0].version == '1.0.0'
assert releases[0].description == 'Issues business licenses.'
def kept = '''    {
      "repositoryURL": "https://github.com/example-agency/fee-tables",
      "name": "fee-tables",
      "contact": {
        "phone": "9165550100",
        "email": "fees@example.ca.gov"
      },
      "laborHours": 12.50,
'''
assert text.contains(kept) : text
assert text.contains('''      "organization": "CDT"
    }
  ]
}
''') : text
true
