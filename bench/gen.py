#!/usr/bin/env python3
"""Writes N answers files for the embedded INPUD rubric into a folder, for benchmarks.

Standard library only. The question ids and stages are read from rubric/inpud-partnership.yaml
with a line scan (no YAML library needed); answers, notes and evidence are drawn from a seeded
random generator, so two runs with the same arguments write the same files.

    python3 bench/gen.py OUT_DIR [COUNT] [SEED]
"""

import os
import random
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
RUBRIC = os.path.join(ROOT, "rubric", "inpud-partnership.yaml")
ANSWERS = ["yes", "partly", "no", "dont-know", "refused", "n/a"]
WEIGHTS = [50, 15, 20, 8, 3, 4]


def questions():
    """(id, stage) of every question, in rubric order."""
    out, in_questions, current = [], False, None
    with open(RUBRIC, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^\S", line):
                in_questions = line.startswith("questions:")
                continue
            if not in_questions:
                continue
            m = re.match(r"^  - id: *(\S+)", line)
            if m:
                current = m.group(1).strip("\"'")
                continue
            m = re.match(r"^    stage: *(\S+)", line)
            if m and current:
                out.append((current, m.group(1)))
                current = None
    return out


def version():
    with open(RUBRIC, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^version: *(\S+)", line)
            if m:
                return m.group(1).strip("\"'")
    raise SystemExit("no version in " + RUBRIC)


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    out_dir = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    qs, ver = questions(), version()
    os.makedirs(out_dir, exist_ok=True)
    for n in range(count):
        stage = rng.choice(["before", "ongoing"])
        lines = [
            "rubric:",
            "  id: inpud-partnership",
            f"  version: {ver}",
            f"partner: Partner organisation {n}",
            f"date: 2025-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
            f"stage: {stage}",
            f"assessor: Board of network {n % 97}",
            "answers:",
        ]
        for qid, qstage in qs:
            if qstage not in ("both", stage) or rng.random() < 0.05:
                continue
            lines.append(f"  {qid}:")
            lines.append(f'    answer: "{rng.choices(ANSWERS, WEIGHTS)[0]}"')
            if rng.random() < 0.4:
                lines.append(f"    note: Said at the meeting of {rng.randint(1, 28)} March; to check.")
            if rng.random() < 0.2:
                lines.append(f"    evidence: [Report {rng.randint(2019, 2025)}]")
        path = os.path.join(out_dir, f"answers-{n:05}.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
