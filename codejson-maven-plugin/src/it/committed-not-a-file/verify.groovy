def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('code.json: error: not a file but a folder or a device; remove it, or set committedFile to the code.json to compare')
assert log.contains('code.json: error: not a file but a folder or a device, so it was not changed; remove it, or set committedFile to the code.json to update')
assert !log.contains('no committed code.json to compare')
assert log.contains('code.json: error: not a file but a folder or a device; remove it, or set committedFile to the code.json to report on')
assert !log.contains('no code.json to report on')
assert new File(basedir, 'code.json/README.txt').isFile()
true
