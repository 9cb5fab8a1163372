#!/usr/bin/env bash
# False alarms of the cross-language consistency check (issue 16, item 5): how many
# `inconsistent-translation` warnings `policyc check` gives on the reference policies and on
# generated corpus policies, whose languages agree, so that every one is a false alarm. The
# seeded real inconsistencies are tests/consistency/disagree.policy (`cargo test --test main
# consistency::`).
#
#   bash benches/consistency.sh [COUNT]      (default 100 corpus policies)
#
# POLICYC names the binary to measure (default: a release build, made here); CHECKER, when
# set, checks instead of it (an older build, to count its warnings on the same corpus); SEED
# the corpus seed (7). Prints `name: value` lines and exits 1 when any warning is found.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1 LC_ALL=C.UTF-8

count=${1:-100}
seed=${SEED:-7}
if [ -z "${POLICYC:-}" ]; then
  cargo build --release --locked --quiet
  POLICYC=target/release/policyc
fi
work=$(mktemp -d /tmp/policyc-consistency.XXXXXX)
trap 'rm -rf "$work"' EXIT

"$POLICYC" corpus policies --count "$count" --seed "$seed" --out "$work/corpus"
warnings() { "${CHECKER:-$POLICYC}" check "$@" 2>&1 | grep -c '^\[inconsistent-translation\]' || true; }
reference=$(warnings policies/)
corpus=$(warnings "$work/corpus")
echo "inconsistent_translation_reference_policies: $reference"
echo "inconsistent_translation_corpus_policies: $corpus (of $count)"
[ "$reference" -eq 0 ] && [ "$corpus" -eq 0 ]
