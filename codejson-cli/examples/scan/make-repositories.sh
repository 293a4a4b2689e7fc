#!/bin/sh
# Makes a folder of small git repositories in different languages for `codejson scan`:
#   codejson-cli/examples/scan/make-repositories.sh target/scan-example
# A git repository cannot be committed inside this one, so the example is made on demand, with fixed
# commit dates so that every run scans to the same inventory.
set -eu
out=${1:?give the folder to create}
rm -rf "$out"
mkdir -p "$out"
here=$(cd "$(dirname "$0")" && pwd)

commit() {
  ( cd "$1" && git add -A && GIT_AUTHOR_DATE="$2" GIT_COMMITTER_DATE="$2" \
      git -c user.name=Example -c user.email=example@example.gov -c commit.gpgsign=false commit -q -m "$3" )
}

for repo in permit-forms fee-calculator survey-stats; do
  cp -R "$here/$repo" "$out/$repo"
  git init -q -b main "$out/$repo"
done

git -C "$out/permit-forms" remote add origin "https://ci-bot:not-a-real-token@github.com/example-agency/permit-forms.git"
commit "$out/permit-forms" "2024-02-01T09:00:00Z" "First version"
echo "export const version = 2;" >> "$out/permit-forms/src/version.js"
commit "$out/permit-forms" "2025-11-20T16:30:00Z" "Version 2"

git -C "$out/fee-calculator" remote add origin "git@github.com:example-agency/fee-calculator.git"
commit "$out/fee-calculator" "2023-06-15T12:00:00Z" "Fee rules"

git -C "$out/survey-stats" remote add origin "https://github.com/example-agency/survey-stats.git"
commit "$out/survey-stats" "2022-09-01T08:00:00Z" "Survey weights"
echo "Made $out with 3 repositories"
