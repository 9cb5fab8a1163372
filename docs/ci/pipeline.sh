#!/usr/bin/env bash
# The policy publishing pipeline of docs/ci.md, one step per command. The GitHub workflow
# (docs/github-workflow.yml) runs it on pull requests and on main; .ci/run runs the same steps
# on the bundled policies against a temporary archive (tests/pipeline.sh), so what is
# documented is what is tested.
#
#   pipeline.sh review [FILE...]   check, publish --dry-run, then diff each FILE (default: every
#                                  policy) against ID@latest in the archive. Writes the
#                                  Markdown report to $WORK/review.md. Exit 3 when a change
#                                  needs users' consent and CONSENT_ACKNOWLEDGED is not true.
#   pipeline.sh publish            records the changed policies in the archive and pushes them;
#                                  a push rejected because another publish won is retried from
#                                  a fresh clone (never forced).
#   pipeline.sh site OUT           builds the site from the archive into OUT.
#
# Environment:
#   ARCHIVE_URL            the archive's git remote: a URL or a path (required)
#   POLICYC                the policyc binary (default: policyc)
#   WORK                   a scratch folder (default: a new temporary one)
#   CONSENT_ACKNOWLEDGED   true when the pull request acknowledges a change that needs consent
#   MAJOR_ACKNOWLEDGED     true when the pull request acknowledges an undecided prose-based
#                          major change (publish --acknowledge-major)
#   BASE_URL               the address the site is served at (site; default: site/site.toml)
#   NOW                    the day to build the site for (site; default: today)
#   PUBLISH_DATE           the publish date (publish; default: today)
#   PUBLISH_ATTEMPTS       how many times publish tries (default: 5)
set -euo pipefail

: "${ARCHIVE_URL:?set ARCHIVE_URL to the git remote of the archive}"
POLICYC=${POLICYC:-policyc}
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
archive="$WORK/archive.git"

# A fresh bare clone of the archive (an empty one when the remote has no history yet).
fetch_archive() {
  rm -rf "$archive"
  git clone --quiet --bare "$ARCHIVE_URL" "$archive" 2>/dev/null || {
    echo "pipeline: cannot clone $ARCHIVE_URL" >&2
    return 1
  }
}

review() {
  local files=("$@")
  if [ ${#files[@]} -eq 0 ]; then
    files=(policies/*.policy)
  fi
  fetch_archive
  "$POLICYC" check "${files[@]}"
  # Every refusal publish would make shows here, but consent: the diff below decides that
  # one, with the report that explains it. An undecided prose-based major change is refused
  # here, naming how to decide it, unless the pull request acknowledges it.
  local major=()
  if [ "${MAJOR_ACKNOWLEDGED:-}" = true ]; then major=(--acknowledge-major); fi
  local dry code=0
  dry=$("$POLICYC" publish --dry-run --archive "$archive" --acknowledge-consent "${major[@]}" "${files[@]}") || code=$?
  printf '%s\n' "$dry"
  if [ $code -ne 0 ]; then
    if grep -q -- "--acknowledge-major" <<<"$dry"; then
      echo "pipeline: decide each change above in the pull request (commit the policies/ID.decisions.toml that policyc review --decide writes), or a maintainer acknowledges it as major with the major-acknowledged label" >&2
    fi
    return $code
  fi
  local report="$WORK/review.md" status=0 consent=()
  : >"$report"
  for file in "${files[@]}"; do
    local id
    id=$("$POLICYC" model "$file" 2>/dev/null | sed -n 's/^  "id": "\(.*\)",$/\1/p' | head -n 1)
    if ! "$POLICYC" log "$id" --archive "$archive" >/dev/null 2>&1; then
      printf '### policyc diff: %s is a new policy\n\nIts first version will be published as it is.\n\n' "$id" >>"$report"
      continue
    fi
    local code=0
    "$POLICYC" diff --archive "$archive" "$id@latest" "$file" --format markdown --fail-on consent \
      >>"$report" || code=$?
    printf '\n' >>"$report"
    case $code in
      0) ;;
      3) consent+=("$id") ;;
      *) return "$code" ;;
    esac
  done
  cat "$report"
  if [ ${#consent[@]} -gt 0 ]; then
    if [ "${CONSENT_ACKNOWLEDGED:-}" = true ]; then
      echo "pipeline: ${consent[*]}: changes that need users' consent, acknowledged"
    else
      echo "pipeline: ${consent[*]}: changes that need users' explicit consent; a maintainer acknowledges them with the consent-acknowledged label" >&2
      status=3
    fi
  fi
  return $status
}

publish() {
  local attempts=${PUBLISH_ATTEMPTS:-5} ack=() date=()
  if [ "${CONSENT_ACKNOWLEDGED:-}" = true ]; then ack=(--acknowledge-consent); fi
  if [ "${MAJOR_ACKNOWLEDGED:-}" = true ]; then ack+=(--acknowledge-major); fi
  if [ -n "${PUBLISH_DATE:-}" ]; then date=(--date "$PUBLISH_DATE"); fi
  for ((attempt = 1; attempt <= attempts; attempt++)); do
    fetch_archive
    local base out code=0
    base=$(git --git-dir "$archive" rev-parse --quiet --verify refs/heads/main || echo none)
    out=$("$POLICYC" publish --archive "$archive" --push origin "${ack[@]}" "${date[@]}" 2>&1) || code=$?
    printf '%s\n' "$out"
    if [ $code -eq 0 ]; then
      return 0
    fi
    # Only a lost race is retried: the archive's main moved since our clone (another publish
    # won), so the remote rejected our push; start again from its history. Anything else (a
    # refusal, a broken policy) fails at once.
    local remote_main
    remote_main=$(git ls-remote "$ARCHIVE_URL" refs/heads/main | cut -f1)
    if [ "${remote_main:-none}" = "$base" ]; then
      return $code
    fi
    echo "pipeline: the archive moved on (attempt $attempt of $attempts); fetching it and publishing again"
    sleep "$((attempt < 3 ? attempt : 3))"
  done
  echo "pipeline: the archive kept moving; nothing was forced, run the job again" >&2
  return 1
}

site() {
  local out=${1:?pipeline.sh site OUT}
  fetch_archive
  local args=(--archive "$archive" --out "$out")
  if [ -n "${BASE_URL:-}" ]; then args+=(--base-url "$BASE_URL"); fi
  if [ -n "${NOW:-}" ]; then args+=(--now "$NOW"); fi
  "$POLICYC" site "${args[@]}"
}

command=${1:?usage: pipeline.sh review [FILE...] | publish | site OUT}
shift
case $command in
  review) review "$@" ;;
  publish) publish ;;
  site) site "$@" ;;
  *) echo "usage: pipeline.sh review [FILE...] | publish | site OUT" >&2; exit 2 ;;
esac
