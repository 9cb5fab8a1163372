#!/usr/bin/env bash
# The publishing pipeline of docs/ci.md on the bundled policies, against a temporary archive,
# through docs/ci/pipeline.sh exactly as docs/github-workflow.yml runs it:
#   1. a pull request adding the policies: check, publish --dry-run, no archived version yet;
#   2. main: publish --push to the archive;
#   3. a pull request with a major change to hitgen: the diff against hitgen@latest (Markdown);
#   4. a pull request that also removes a right: --fail-on consent stops it (exit 3) until it
#      is acknowledged;
#   5. main again, while another publish wins the race: the rejected push is retried after
#      fetching, never forced, and both versions end up in the archive;
#   6. the site, built from the archive for today;
#   7. the browser check of that site (tests/browser/site.mjs).
# Run by .ci/run after the release build (POLICYC defaults to target/release/policyc).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
real=${POLICYC:-$root/target/release/policyc}
pipeline="$root/docs/ci/pipeline.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1 NO_COLOR=1
export ARCHIVE_URL="$tmp/remote.git" POLICYC="$real"
git init --quiet --bare "$ARCHIVE_URL"
project="$tmp/project"
mkdir -p "$project"
cp -r "$root/policies" "$root/site" "$project/"
cd "$project"
today=$(date -u +%F)
fail() { echo "pipeline test: $*" >&2; exit 1; }
step() { echo "-- $*"; }

step "1. review of the pull request that adds the policies"
WORK="$tmp/w1" bash "$pipeline" review >"$tmp/out1"
grep -q "hitgen is a new policy" "$tmp/w1/review.md" || fail "a new policy is announced as such"
grep -q "would publish hitgen" "$tmp/out1" || fail "publish --dry-run says what it would do"

step "2. main: publish"
WORK="$tmp/w2" bash "$pipeline" publish
[ "$(git --git-dir "$ARCHIVE_URL" rev-list --count main)" = 1 ] || fail "one commit in the archive"

step "3. review of a major change to hitgen"
sed -i "s/updated 2021-04-26/updated $today/" policies/hitgen.policy
sed -i 's/^  section how-we-protect/  recipient ad-partners {\n    kind advertising-partners\n    activities sharing\n    unconditional\n  }\n\n  section how-we-protect/' policies/hitgen.policy
cp policies/hitgen.policy "$tmp/hitgen-major.policy"
WORK="$tmp/w3" bash "$pipeline" review policies/hitgen.policy >/dev/null
grep -q "MAJOR: 1 change needs prominent notice" "$tmp/w3/review.md" || fail "the review comment shows the major change"
grep -q "advertising partners" "$tmp/w3/review.md" || fail "and what it is"

step "4. a change that needs consent stops the review until acknowledged"
python3 - policies/hitgen.policy <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
start = text.index("      right deletion {")
end = text.index("\n      }\n", start) + len("\n      }\n")
open(path, "w", encoding="utf-8").write(text[:start] + text[end:])
PY
code=0
WORK="$tmp/w4" bash "$pipeline" review policies/hitgen.policy >"$tmp/out4" 2>"$tmp/err4" || code=$?
[ $code = 3 ] || fail "a consent change exits 3 (got $code): $(cat "$tmp/out4" "$tmp/err4")"
grep -q "consent-acknowledged" "$tmp/err4" || fail "and says how to acknowledge it"
CONSENT_ACKNOWLEDGED=true WORK="$tmp/w4b" bash "$pipeline" review policies/hitgen.policy >/dev/null \
  || fail "an acknowledged consent change passes the review"
cp "$tmp/hitgen-major.policy" policies/hitgen.policy

step "5. main: publish while another publish wins the race"
# Two pull requests were merged one after the other: the first changed cienet, the second
# hitgen. The job of the first merge publishes cienet and pushes after our clone, before our
# push (a shim around policyc runs it once, just before the real publish); our job, on the
# later main, has both changes.
sed -i "s/updated 2023-01-01/updated $today/" policies/cienet.policy
other="$tmp/other"
mkdir -p "$other/policies"
cp "$root/policies/hitgen.policy" "$root/policies/enterprise-china.policy" policies/cienet.policy "$other/policies/"
cat >"$tmp/policyc-racing" <<SH
#!/usr/bin/env bash
if [ "\$1" = publish ] && [ ! -e "$tmp/raced" ]; then
  touch "$tmp/raced"
  (cd "$other" && git clone --quiet --bare "$ARCHIVE_URL" other.git \
    && "$real" publish --archive other.git --push origin >/dev/null)
fi
exec "$real" "\$@"
SH
chmod +x "$tmp/policyc-racing"
POLICYC="$tmp/policyc-racing" WORK="$tmp/w5" bash "$pipeline" publish >"$tmp/out5" 2>&1 \
  || fail "publish after a lost race: $(cat "$tmp/out5")"
grep -q "cannot push" "$tmp/out5" || fail "the first push is rejected: $(cat "$tmp/out5")"
grep -q "fetching it and publishing again" "$tmp/out5" || fail "and retried"
log=$(git --git-dir "$ARCHIVE_URL" log --format=%s main)
[ "$(wc -l <<<"$log")" = 3 ] || fail "three commits: the first publish, the other one, ours: $log"
grep -q "^hitgen $today: major (recipients)" <<<"$log" || fail "ours is on top: $log"
grep -q "^cienet $today" <<<"$log" || fail "the other publish is kept: $log"

step "6. the site"
NOW="$today" BASE_URL="https://example.invalid/policies/" WORK="$tmp/w6" bash "$pipeline" site "$tmp/www"
grep -q 'data-notice="major"' "$tmp/www/hitgen/en.html" || fail "the current hitgen page has the notice"

step "7. the site in a real browser"
node "$root/tests/browser/site.mjs" --site "$tmp/www" --policy hitgen | tail -n 3
echo "pipeline: ok"
