// A repository of its own, with two commits at known dates, so that the dates are asserted exactly.
File dir = basedir
def git = { String date, List<String> args ->
    def command = ['git', '-c', 'user.name=Tester', '-c', 'user.email=tester@example.ca.gov', '-c', 'commit.gpgsign=false'] + args
    def pb = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
    pb.environment().put('GIT_AUTHOR_DATE', date)
    pb.environment().put('GIT_COMMITTER_DATE', date)
    def p = pb.start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : out
}
git('2024-01-15T23:30:00-08:00', ['init', '-q'])
git('2024-01-15T23:30:00-08:00', ['add', 'pom.xml'])
git('2024-01-15T23:30:00-08:00', ['commit', '-q', '-m', 'first'])
new File(dir, 'NOTES.txt').text = 'second commit\n'
git('2025-06-30T12:00:00Z', ['add', 'NOTES.txt'])
git('2025-06-30T12:00:00Z', ['commit', '-q', '-m', 'second'])
true
