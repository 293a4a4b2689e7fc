File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')
def site = new File(dir, 'target/catalogue')

assert log.contains('codejson: site written to target/catalogue (open target/catalogue/index.html)')
assert new File(dir, 'target/codejson/metrics/metrics.json').isFile()
assert ['index.html', 'releases.html', 'agencies/cdt.html', 'site.css', 'site.js'].every { new File(site, it).isFile() }
def releases = site.listFiles().find { it.name == 'releases' }.listFiles()*.name
assert releases.any { it.startsWith('cdt-1-permit-tracker') } : releases
def home = new File(site, 'index.html').getText('UTF-8')
assert home.contains('<a href="agencies/cdt.html">CDT</a>')
assert home.contains('Content-Security-Policy')
def list = new File(site, 'releases.html').getText('UTF-8')
assert list.contains('<script src="site.js" defer></script>') && list.contains('>permit-tracker</a>')

// The second build names a site folder whose parent is a file: it fails before writing anything, metrics included.
assert log.contains('cannot write the site to code.json/catalogue (<configuration><site>, -Dcodejson.site), so nothing'
        + ' was written: it exists and is not a folder, where one is needed; move it away or name another folder')
assert !new File(dir, 'target/metrics-2').exists()
assert log.count('BUILD FAILURE') == 1
true
