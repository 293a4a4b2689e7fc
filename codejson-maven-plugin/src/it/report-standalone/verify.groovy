File page = new File(basedir, 'target/reports/codejson.html')
assert page.isFile()
def html = page.getText('UTF-8')
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('<h2>Validation</h2>')
assert html.contains('Valid: 0 errors')
assert html.contains('<h2>Data quality</h2>')
assert html =~ /[0-9.]+ of 159/
assert html.contains('codegov-2.0.0, validated with profile codegov')
// Everything from the inventory is text, never markup, and the page loads nothing.
assert !html.contains('<script')
assert html.contains('&lt;script&gt;alert')
assert html.contains('permit-fees &lt;b&gt;beta&lt;/b&gt;')
assert !html.contains('src=') && !html.contains('href=')
def log = new File(basedir, 'build.log').text
assert log.contains('codejson: report written to target/reports/codejson.html')
true
