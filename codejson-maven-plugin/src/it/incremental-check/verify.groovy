File dir = basedir
def builds = new File(dir, 'build.log').getText('UTF-8').split(/\[INFO\] Scanning for projects/).findAll { it.trim() }
assert builds.size() == 4
def checks = builds.collect { it.substring(it.indexOf(':check (default)')) }

// Every check says the warning: the first two pass with it, the last two fail on it.
checks.each { assert it.contains('the license "Proprietary" is not in the SPDX License List') }
// The second build changed nothing, so it passed as the first did, without checking again.
assert checks[0].contains('codejson: check passed (0 errors, 1 warning)\n')
assert checks[1].contains('codejson: check passed (0 errors, 1 warning), as it did before: the POM, the overlay, the'
        + ' sources, the git HEAD and code.json did not change (-Dcodejson.incremental=false checks again)')
assert !checks[1].contains('no committed code.json to compare')
// failOnWarning changed the inputs, and a failed check is never recorded as passed: both check and fail.
[2, 3].each {
    assert checks[it].contains('no committed code.json to compare')
    assert checks[it].contains('codejson:check failed: 0 errors, 1 warning and failOnWarning is set')
}
true
