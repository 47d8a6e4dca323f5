"""Print mutmut's score per module from ``mutants/**/*.meta`` (used by ``make mutation``).

Usage: ``python tools/mutation_score.py [PATTERN ...]`` where each pattern is a mutant-name glob
as given to ``mutmut run`` (``accessinfo.calendar.*``). Killed = killed + timeout; the
denominator leaves out skipped and not-checked mutants (those outside the patterns).
"""

from __future__ import annotations

import fnmatch
import json
import sys
from pathlib import Path

KILLED = {1, 3, 36, -24, 24, 152, 255}
NOT_COUNTED = {None, 34}


def main(patterns: list[str]) -> int:
    rows = []
    for meta in sorted(Path("mutants").rglob("*.py.meta")):
        codes = json.loads(meta.read_text("utf-8")).get("exit_code_by_key", {})
        picked = {
            k: v
            for k, v in codes.items()
            if not patterns or any(fnmatch.fnmatch(k, p) for p in patterns)
        }
        counted = [v for v in picked.values() if v not in NOT_COUNTED]
        if not counted:
            continue
        killed = sum(v in KILLED for v in counted)
        rows.append((str(meta.relative_to("mutants"))[: -len(".meta")], killed, len(counted)))
    if not rows:
        print("no mutation results: run `mutmut run` first")
        return 1
    for path, k, t in rows:
        print(f"{path:60} {k:5d}/{t:<5d} killed = {100 * k / t:5.1f}%")
    k, t = sum(r[1] for r in rows), sum(r[2] for r in rows)
    print(f"{'mutation score':60} {k:5d}/{t:<5d} killed = {100 * k / t:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
