#!/usr/bin/env bash
# Runs one fuzz target for SECONDS (default 60) from the stored corpus, fuzz/corpus/TARGET,
# on the stable toolchain without a sanitizer. What the run finds (new inputs, and a failing
# input as crash-*, timeout-* or oom-*) goes to a scratch folder, printed at the end, so that
# the tree stays clean. Exits non-zero when the target failed.
# Usage: bash fuzz/run.sh TARGET [SECONDS] [libFuzzer flags...]    (docs/fuzzing.md)
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: bash fuzz/run.sh check|render|diff [SECONDS] [FLAGS...]}
seconds=${2:-60}
shift $(($# >= 2 ? 2 : 1))
scratch=${FUZZ_SCRATCH:-$(mktemp -d)}
mkdir -p "$scratch/$target"
# The structure-aware targets read a list of edits: let inputs be long from the start, or
# libFuzzer's slow growth of the length keeps them at one edit for minutes.
extra=()
case "$target" in render | diff) extra=(-max_len=2048 -len_control=0) ;; esac
status=0
cargo fuzz run --sanitizer none -O "$target" "$scratch/$target" "corpus/$target" -- \
  -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=10 -print_final_stats=1 \
  -artifact_prefix="$scratch/" "${extra[@]}" "$@" || status=$?
echo "fuzz/run.sh: $target ran ${seconds} s; its findings are in $scratch"
exit "$status"
