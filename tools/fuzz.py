"""Run the property tests with random seeds and more examples (``make fuzz``).

``make test`` runs Hypothesis derandomised, so it is reproducible but never explores. This runs
only the property tests (those with ``@given``), FACTOR times as many examples each, with a
fresh random seed per round, until MINUTES have passed (at least one round). Every failure is
printed with its seed and the command that replays it; Hypothesis prints the falsifying example
to pin with ``@example`` (and a ``@reproduce_failure`` blob).

Usage: ``python tools/fuzz.py [--minutes M] [--factor F] [--seed S] [test files...]``.
``make fuzz`` passes ``FUZZ_MINUTES``, ``FUZZ_FACTOR``, ``SEED`` and ``FILES`` from the
environment; ``make fuzz SEED=123 FILES=tests/test_batch.py`` replays one file with that seed.
Files run one at a time, in an order drawn from the round's seed, so a round cut by the time
limit still reports every file it finished, and the next run reaches other files first.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def property_files() -> list[str]:
    """Test files with ``@given`` (each round runs them in an order drawn from its seed)."""
    found = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "tests").rglob("test_*.py")
        if "@given" in p.read_text("utf-8")
    )
    return found


def one_round(seed: int, factor: int, extra: list[str], budget: float | None) -> int | None:
    """pytest's exit code for one seed and one set of files, or None if cut at the limit."""
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-q",
        "-x",  # the first failure ends the file at once and is printed in full
        f"--hypothesis-seed={seed}",
        "-o",
        "addopts=",  # no doctests: they are not property tests
        *extra,
    ]
    env = {**os.environ, "ACCESSINFO_FUZZ": str(factor)}
    env.pop("CI", None)  # Hypothesis's CI profile would derandomise
    try:
        return subprocess.run(cmd, cwd=ROOT, env=env, timeout=budget, check=False).returncode
    except subprocess.TimeoutExpired:
        return None


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--minutes", type=float, default=float(os.environ.get("FUZZ_MINUTES", 10)))
    ap.add_argument("--factor", type=int, default=int(os.environ.get("FUZZ_FACTOR", 10)))
    ap.add_argument("--seed", type=int, default=int(os.environ.get("SEED") or 0) or None)
    a, extra = ap.parse_known_args(argv)
    start = time.monotonic()
    deadline = start + a.minutes * 60
    failed: list[tuple[int, str]] = []
    rounds = 0
    files = extra or property_files()
    while True:
        seed = a.seed if a.seed is not None else random.SystemRandom().randrange(1, 2**31)
        print(f"\n=== fuzz round {rounds + 1}: seed {seed}, {a.factor}x examples ===", flush=True)
        rounds += 1
        order = list(files)
        random.Random(seed).shuffle(order)  # a round cut by the limit covers other files next time
        for f in order:  # one file at a time, so a cut round still reports what it finished
            left = deadline - time.monotonic()
            if left <= 0 and a.seed is None:
                print(f"=== time is up before {f} ===")
                break
            code = one_round(seed, a.factor, [f], max(left, 60.0))
            if code is None:
                print(f"=== seed {seed}: {f} stopped at the time limit, no failure before it ===")
                break
            if code not in (0, 5):  # 5: no property test selected in that file
                failed.append((seed, f))
                print(f"=== seed {seed}: {f} FAILED; replay: make fuzz SEED={seed} FILES={f} ===")
        if a.seed is not None or time.monotonic() >= deadline:
            break
    took = (time.monotonic() - start) / 60
    print(f"\nfuzz: {rounds} round(s) in {took:.1f} min, {len(failed)} failing seed(s)")
    for seed, f in failed:
        print(f"  make fuzz SEED={seed} FILES={f}  (pin the falsifying example: @example)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
