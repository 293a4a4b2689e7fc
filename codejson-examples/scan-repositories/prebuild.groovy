// Makes target/repositories: one git repository for each folder of repositories/, with JGit (no git
// executable needed). A git repository cannot be committed inside this one, so the example makes
// them before each build, with fixed authors and commit times, so that every build scans to the
// same inventory.
import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant
import java.time.ZoneOffset

import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

File source = new File(basedir, 'repositories')
File out = new File(basedir, 'target/repositories')
out.deleteDir()

// For each repository: its origin remote, then its commits; a commit may first append a line to a file.
def plan = [
    'case-tracker'   : [remote : 'https://github.com/example-agency/case-tracker.git',
                        commits: [['2021-03-01T10:00:00Z', 'Case statuses']]],
    'fee-calculator' : [remote : 'git@github.com:example-agency/fee-calculator.git',
                        commits: [['2023-06-15T12:00:00Z', 'Fee rules']]],
    'permit-forms'   : [remote : 'https://ci-bot:not-a-real-token@github.com/example-agency/permit-forms.git',
                        commits: [['2024-02-01T09:00:00Z', 'First version'],
                                  ['2025-11-20T16:30:00Z', 'Version 2', 'src/version.js', 'export const version = 2;']]],
    'road-conditions': [remote : 'https://github.com/example-agency/road-conditions.git',
                        commits: [['2022-04-04T07:15:00Z', 'Closures feed'],
                                  ['2025-01-15T18:00:00Z', 'Say when there is none', 'src/main.rs', '// An empty feed prints nothing.']]],
    'survey-stats'   : [remote : 'https://github.com/example-agency/survey-stats.git',
                        commits: [['2022-09-01T08:00:00Z', 'Survey weights']]],
]
assert source.list().sort() == plan.keySet().sort() : 'every folder of repositories/ needs a plan, and only those'

plan.each { name, repo ->
    File dir = new File(out, name)
    Path from = new File(source, name).toPath()
    Files.walk(from).sorted().each { Path p ->
        Path to = dir.toPath().resolve(from.relativize(p).toString())
        if (Files.isDirectory(p)) {
            Files.createDirectories(to)
        } else {
            Files.copy(p, to)
        }
    }
    Git git = Git.init().setDirectory(dir).setInitialBranch('main').call()
    try {
        def config = git.repository.config
        config.setString('remote', 'origin', 'url', repo.remote)
        config.save()
        repo.commits.each { commit ->
            if (commit.size() > 2) {
                new File(dir, commit[2]) << commit[3] + '\n'
            }
            git.add().addFilepattern('.').call()
            def who = new PersonIdent('Example', 'example@example.gov', Instant.parse(commit[0]), ZoneOffset.UTC)
            git.commit().setMessage(commit[1]).setAuthor(who).setCommitter(who).setSign(false).call()
        }
    } finally {
        git.close()
    }
}
println "Made ${out} with ${plan.size()} repositories"
true
