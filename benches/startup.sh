#!/usr/bin/env bash
# Startup of one `vet score FILE` against `vet --version`, and of `--rubric PATH` against the
# embedded rubric: BENCHMARKS.md "Startup" records the figures. Not run by CI.
#
# Wall time: hyperfine -N medians of 3 x RUNS runs (a shared machine makes them noisy: the load average is printed
# before and after). Instructions: callgrind, which the load does not change. Both on the release
# build (LTO, stripped), as shipped.
#
# Needs hyperfine and valgrind. Usage: bash benches/startup.sh [VET]   (default: a fresh
# `cargo build --release`; RUNS=100 for a quicker run)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-300}
for tool in hyperfine valgrind python3; do
  command -v "$tool" >/dev/null || { echo "benches/startup.sh needs $tool"; exit 2; }
done
if [ $# -ge 1 ]; then
  vet=$1
else
  cargo build --release --locked --quiet
  vet=$PWD/target/release/vet
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A 2.0.0 answers file: the 1.0.0 example migrated.
"$vet" migrate examples/good.yaml -o "$work/good2.yaml" 2>/dev/null

names=("--version" "score 1.0.0" "score 2.0.0" "--rubric 1.0.0" "--rubric 2.0.0")
commands=(
  "$vet --version"
  "$vet score examples/good.yaml"
  "$vet score $work/good2.yaml"
  "$vet score --rubric rubric/inpud-partnership-1.0.0.yaml examples/good.yaml"
  "$vet score --rubric rubric/inpud-partnership.yaml $work/good2.yaml"
)

# Three rounds, each command's median taken over all of its runs: a burst of load from another
# process then falls on a third of one command's runs, not on all of them.
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in 1 2 3; do
  hyperfine -N --warmup 20 --runs "$RUNS" --export-json "$work/wall.$round.json" \
    "${commands[@]}" >/dev/null 2>&1
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

for i in "${!commands[@]}"; do
  # shellcheck disable=SC2086 # the command is split into words on purpose
  valgrind --tool=callgrind --callgrind-out-file=/dev/null ${commands[$i]} 2>&1 >/dev/null |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p; s/.*I *refs: *\([0-9,]*\).*/\1/p' |
    tr -d , | head -1 >"$work/ir.$i"
done

python3 - "$work" "${names[@]}" <<'EOF'
import json, statistics, sys
work, names = sys.argv[1], sys.argv[2:]
rounds = [json.load(open(f"{work}/wall.{n}.json"))["results"] for n in (1, 2, 3)]
wall = [
    statistics.median(t for r in rounds for t in r[i]["times"]) * 1000
    for i in range(len(names))
]
ir = [int(open(f"{work}/ir.{i}").read().strip()) / 1e6 for i in range(len(names))]
print(f"{'command':<16}{'median ms':>10}{'M instr':>10}")
for n, w, i in zip(names, wall, ir):
    print(f"{n:<16}{w:>10.2f}{i:>10.2f}")
def ratio(a, b):
    return f"{wall[a] / wall[b]:.2f}x wall, {ir[a] / ir[b]:.2f}x instructions"
print("score 1.0.0 / --version:       ", ratio(1, 0), "(target 1.3x wall)")
print("score 2.0.0 / --version:       ", ratio(2, 0), "(target 1.3x wall)")
print("--rubric 1.0.0 / score 1.0.0:  ", ratio(3, 1), "(target 2x wall)")
print("--rubric 2.0.0 / score 2.0.0:  ", ratio(4, 2), "(target 2x wall)")
EOF
