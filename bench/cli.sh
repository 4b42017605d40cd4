#!/usr/bin/env bash
# Measures whole runs of the release binary; BENCHMARKS.md records the figures. Not run by CI.
#   1. one `vet score examples/good.yaml` against /bin/true in the same hyperfine run: starting a
#      process is the floor, and the target is within 3 times it;
#   2. N (10,000) generated answers files scored in one call, as CSV when this vet has
#      `--format csv`, else JSON: wall time (target under 2 s) and peak memory (target under
#      20 MiB, from /usr/bin/time -v).
# Needs hyperfine (Debian: apt-get install -y hyperfine), GNU time (apt-get install -y time) and
# python3. Usage: bash bench/cli.sh   (N=1000 bash bench/cli.sh for a quicker run)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
for tool in hyperfine /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench/cli.sh needs $tool (see the top of this file)"; exit 2; }
done

cargo build --release --locked --quiet
vet=$PWD/target/release/vet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen.py "$work/answers" "$N"
format=json
if "$vet" score --help | grep -qw csv; then format=csv; fi

echo "== machine"
echo "cores: $(nproc)"
lscpu | sed -n 's/^Model name: *//p'
free -h | awk '/^Mem:/ {print "memory: " $2}'
echo "binary: $(stat -c %s "$vet") bytes ($vet)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== one file, against /bin/true"
hyperfine -N --warmup 20 --runs 500 "$vet score examples/good.yaml" /bin/true

echo "== $N files in one call, --format $format"
hyperfine --warmup 1 --runs 10 "$vet score --format $format $work/answers/*.yaml > /dev/null"
/usr/bin/time -v "$vet" score --format "$format" "$work"/answers/*.yaml 2>"$work/time.txt" >"$work/out"
grep -E "Elapsed|Maximum resident" "$work/time.txt"
echo "output: $(stat -c %s "$work/out") bytes"
