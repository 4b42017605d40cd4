#!/usr/bin/env bash
# Times the hostile inputs of tests/hostile.rs (and a few more) on the release binary: wall time,
# peak memory and exit status of each. tests/hostile.rs checks what vet says; this says how fast
# and how small. BENCHMARKS.md records the figures. Needs python3 and GNU time. Not run by CI.
# VET=path/to/vet times another build (an older one, to compare); each run is stopped after 20 s
# (exit 124) and limited to 4 GB of memory.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${VET:-}" ]; then
  cargo build --release --locked --quiet
fi
vet=${VET:-$PWD/target/release/vet}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import os, sys
d = sys.argv[1]
HEAD = "rubric:\n  id: inpud-partnership\n  version: 1.0.0\npartner: X\ndate: 2025-01-01\nstage: before\n"
MiB = 1024 * 1024
def w(name, text):
    with open(os.path.join(d, name), "w") as f:
        f.write(text)
laughs = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
laughs += [f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 9) + "]" for i in range(1, 10)]
laughs = "\n".join(laughs) + "\n"
w("answers-billion-laughs.yaml", HEAD + laughs)
w("answers-alias-amplifier.yaml", HEAD + 'assessor: &a "' + "x" * 400_000 + '"\nanswers:\n  q:\n    answer: "no"\n    evidence: [' + ",".join(["*a"] * 150_000) + "]\n")
w("answers-deep-brackets.yaml", (HEAD + "answers: ").ljust(MiB - 1, "["))
w("answers-deep-mappings.yaml", ("{a: " * (MiB // 4 - 1)))
w("answers-hidden-depth.yaml", '["]",' * (MiB // 5 - 1))
w("answers-40000-unknown-questions.yaml", HEAD + "answers:\n" + "".join(f'  q{i}: {{answer: "yes"}}\n' for i in range(40_000)))
w("answers-1MiB-flow-items.yaml", ("a: {b: " + "a," * (MiB // 2))[: MiB - 1])
w("answers-1MiB-block-items.yaml", ("a:\n" + "- a\n" * (MiB // 4))[: MiB - 1])
w("answers-2MiB.yaml", HEAD + "#" * (2 * MiB))
w("rubric-billion-laughs.yaml", laughs)
w("rubric-deep-mappings.yaml", "{a: " * (MiB // 4 - 1))
w("rubric-1MiB-flow-items.yaml", ("a: {b: " + "a," * (MiB // 2))[: MiB - 1])
w("rubric-9MiB.yaml", "#" * (9 * MiB))
PY
printf '%-40s %-8s %9s %12s\n' input command seconds peak-KiB
for f in "$work"/*.yaml; do
  name=$(basename "$f")
  case $name in
    rubric-*) cmd=(rubric validate "$f"); label="validate" ;;
    *) cmd=(score "$f"); label="score" ;;
  esac
  (ulimit -v 4000000; /usr/bin/time -f "%e %M %x" -o "$work/t" timeout 20 "$vet" "${cmd[@]}" \
    >/dev/null 2>"$work/err") || true
  # GNU time puts "Command exited with non-zero status N" first; the figures are on the last line.
  read -r secs kib status < <(tail -1 "$work/t")
  printf '%-40s %-8s %9s %12s  exit %s: %s\n' "$name" "$label" "$secs" "$kib" "$status" \
    "$(head -1 "$work/err" | sed "s|$work/||" | cut -c1-80)"
done
