File dir = basedir
File page = new File(dir, 'target/site/codejson.html')
assert page.isFile()
def html = page.getText('UTF-8')
// The entry, its validation and its score, on one page.
assert html.contains('Validation')
assert html.contains('Valid: 0 errors')
assert html.contains('Data quality')
assert html =~ /[0-9.]+ of 159/
assert html.contains('codegov-2.0.0, validated with profile codegov')
// Everything from the inventory is text, never markup.
assert !html.contains('<script>alert')
assert html.contains('&lt;script&gt;alert')
assert !html.contains('<b>beta</b>')
assert html.contains('permit-fees &lt;b&gt;beta&lt;/b&gt;')
true
