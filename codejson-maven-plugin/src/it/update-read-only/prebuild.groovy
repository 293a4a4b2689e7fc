// The committed file is read-only, as a checkout of some version-control systems leaves it.
assert new File(basedir, 'code.json').setWritable(false, false)
true
