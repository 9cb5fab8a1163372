#!/usr/bin/env bash
# How each stage grows with its input (issue 14): policies of 1x, 10x and 100x a reference
# size, in four shapes, through check, build, diff (identical, and one small edit) and
# publish (a first version into an empty archive, then the edited version). Prints one
# Markdown table: CPU seconds per stage and size (best of RUNS), and the growth 10x/1x, 100x/10x.
#
#   bash benches/scaling.sh                 # all shapes, sizes 1 10 100
#   SHAPES="sections" SIZES="1 10" RUNS=1 POLICYC=target/release/policyc bash benches/scaling.sh
#
# Shapes (1x is 21 to 42 KB of source, like a real policy; 100x stays under the 4 MiB a
# source may have): `sections` 1,000 top-level sections of one paragraph each; `items` one
# list of 1,000 items; `prose` one paragraph of 3,000 words; `nesting` 25 chains of 40
# nested sections (the language allows 48 levels). The edit changes one word (one section,
# item, word or chain) in the middle, and the date. Stages that pass TIMEOUT seconds are
# shown as `>TIMEOUT`, stages that fail as `error` (the reason is printed on stderr).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
SHAPES=${SHAPES:-sections items prose nesting}
SIZES=${SIZES:-1 10 100}
RUNS=${RUNS:-3}
TIMEOUT=${TIMEOUT:-300}
if [[ -z ${POLICYC:-} ]]; then
  (cd "$root" && cargo build --release --quiet)
  POLICYC=$root/target/release/policyc
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/policyc-scaling.XXXXXX")
trap 'rm -rf "$work"' EXIT

# gen SHAPE SCALE EDIT: writes the policy `big` to stdout.
gen() {
  python3 - "$@" <<'PY'
import sys
shape, scale, edit = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
out = ["policy big {\n  title en \"Big\"\n  languages en\n",
       "  updated %s\n" % ("2024-02-01" if edit else "2024-01-01")]
def word(i, n, w):
    return "changed" if edit and i == n // 2 else w
if shape == "sections":
    n = 1000 * scale
    out += ['section s%d en "S" {p en "%s%d"}\n' % (i, word(i, n, "T"), i) for i in range(n)]
elif shape == "items":
    n = 1000 * scale
    out.append('section lst en "L" {\np en "We share:"\nlist "-" {\n')
    out += ['item en "%s %d."\n' % (word(i, n, "Entry"), i) for i in range(n)]
    out.append("}\n}\n")
elif shape == "prose":
    n = 3000 * scale
    words = " ".join(word(i, n, "word%d" % i) for i in range(n))
    out.append('section long en "Long" {\np en "%s"\n}\n' % words)
elif shape == "nesting":
    n = 25 * scale
    for c in range(n):
        out += ['section n%dx%d en "N" {\n' % (c, d) for d in range(40)]
        out.append('p en "%s %d."\n' % (word(c, n, "Deep"), c))
        out.append("}" * 40 + "\n")
else:
    sys.exit("unknown shape " + shape)
out.append("}\n")
sys.stdout.write("".join(out))
PY
}

# best SECONDS-OF-EACH-RUN...: the smallest.
best() { printf '%s\n' "$@" | sort -g | head -n1; }

# timed CMD...: CPU seconds (user + system) of one run, or >TIMEOUT. CPU time rather than
# wall time: on a shared machine wall time measures the neighbours as much as policyc.
# The command's output is discarded; exit code 0 is success,
# and so is 1 for `diff` (it found changes).
timed() {
  local rc=0 ok=0 cpu
  [[ $2 == diff ]] && ok=1
  # The CPU time of the command: perf's task-clock when perf can count (to the microsecond),
  # else GNU time's user + system (to 10 ms).
  if perf stat -x, -e task-clock true >/dev/null 2>&1; then
    timeout "$TIMEOUT" perf stat -x, -e task-clock -o "$work/perf" "$@" >/dev/null 2>"$work/stderr" || rc=$?
    cpu=$(awk -F, '$3 == "task-clock" { printf "%.3f", $1 / 1000 }' "$work/perf" 2>/dev/null)
  else
    timeout "$TIMEOUT" /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || rc=$?
    cpu=$(tail -n1 "$work/time" | awk '{ printf "%.3f", $1 + $2 }')
  fi
  if ((rc == 124)); then
    echo ">$TIMEOUT"
  elif ((rc > ok)); then
    echo "failed ($rc): $*: $(head -c 300 "$work/stderr")" >&2
    echo "error"
  else
    echo "$cpu"
  fi
}

# run NAME CMD...: the best of RUNS runs (a prep command may be set in PREP, run before each).
run() {
  local name=$1 times=() t
  shift
  for ((r = 0; r < RUNS; r++)); do
    [[ -n ${PREP:-} ]] && eval "$PREP"
    t=$(timed "$@")
    times+=("$t")
    [[ $t == ">"* || $t == error ]] && break
  done
  if [[ ${times[*]} == *">"* ]]; then
    echo ">$TIMEOUT"
  elif [[ ${times[*]} == *error* ]]; then
    echo error
  else
    best "${times[@]}"
  fi
}

declare -A secs
stages=(check build diff-same diff-edit publish-first publish-next)
for shape in $SHAPES; do
  for size in $SIZES; do
    d=$work/$shape-$size
    mkdir -p "$d/old" "$d/new"
    gen "$shape" "$size" 0 >"$d/old/big.policy"
    gen "$shape" "$size" 1 >"$d/new/big.policy"
    kb=$(($(wc -c <"$d/old/big.policy") / 1024))
    secs[$shape,$size,kb]=$kb
    secs[$shape,$size,check]=$(run check "$POLICYC" check "$d/old/big.policy")
    secs[$shape,$size,build]=$(PREP="rm -rf '$d/out'" run build "$POLICYC" build --out "$d/out" "$d/old/big.policy")
    secs[$shape,$size,diff-same]=$(run diff "$POLICYC" diff "$d/old/big.policy" "$d/old/big.policy")
    secs[$shape,$size,diff-edit]=$(run diff "$POLICYC" diff "$d/old/big.policy" "$d/new/big.policy")
    secs[$shape,$size,publish-first]=$(PREP="rm -rf '$d/a.git'" run publish \
      "$POLICYC" publish --archive "$d/a.git" --date 2024-01-01 "$d/old/big.policy")
    # The next version, into a copy of the archive holding the first (a fresh copy each run).
    rm -rf "$d/a.git" && "$POLICYC" publish --archive "$d/a.git" --date 2024-01-01 "$d/old/big.policy" >/dev/null 2>&1 || true
    secs[$shape,$size,publish-next]=$(PREP="rm -rf '$d/b.git'; cp -r '$d/a.git' '$d/b.git'" run publish \
      "$POLICYC" publish --archive "$d/b.git" --date 2024-02-01 --acknowledge-major --acknowledge-consent "$d/new/big.policy")
    rm -rf "$d/out" "$d/a.git" "$d/b.git"
    echo "done: $shape ${size}x (${kb} KB)" >&2
  done
done

ratio() {
  [[ $1 == ">"* || $2 == ">"* || $1 == error || $2 == error ]] && { echo "—"; return; }
  awk -v a="$1" -v b="$2" 'BEGIN { if (a < 0.001) a = 0.001; printf "%.1f", b / a }'
}

sizes=($SIZES)
printf '| shape | stage |'
for size in "${sizes[@]}"; do printf ' %sx (s) |' "$size"; done
for ((i = 1; i < ${#sizes[@]}; i++)); do printf ' %sx/%sx |' "${sizes[i]}" "${sizes[i - 1]}"; done
printf '\n|---|---|'
for ((i = 0; i < 2 * ${#sizes[@]} - 1; i++)); do printf -- '---|'; done
printf '\n'
for shape in $SHAPES; do
  printf '| %s | source KB |' "$shape"
  for size in "${sizes[@]}"; do printf ' %s |' "${secs[$shape,$size,kb]}"; done
  for ((i = 1; i < ${#sizes[@]}; i++)); do printf ' |'; done
  printf '\n'
  for stage in "${stages[@]}"; do
    printf '| %s | %s |' "$shape" "$stage"
    for size in "${sizes[@]}"; do printf ' %s |' "${secs[$shape,$size,$stage]}"; done
    for ((i = 1; i < ${#sizes[@]}; i++)); do
      printf ' %s |' "$(ratio "${secs[$shape,${sizes[i - 1]},$stage]}" "${secs[$shape,${sizes[i]},$stage]}")"
    done
    printf '\n'
  done
done
