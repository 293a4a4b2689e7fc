File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')

// A read-only committed file is refused, named once and as the build names it, and left as it was.
assert log.contains('cannot write code.json: the file is read-only; make it writable (chmod u+w) to replace it,'
        + ' or write elsewhere')
assert new File(dir, 'code.json').getText('UTF-8') == new File(dir, 'code.json.before').getText('UTF-8')
true
