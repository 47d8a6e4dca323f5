"""Run the property tests with random seeds and more examples (``make fuzz``).

``make test`` runs Hypothesis derandomised, so it is reproducible but never explores. This runs
only the property tests (those with ``@given``), FACTOR times as many examples each, with a
fresh random seed per round, until MINUTES have passed (at least one round). Every failure is
printed with its seed and the command that replays it; Hypothesis prints the falsifying example
to pin with ``@example`` (and a ``@reproduce_failure`` blob).

Usage: ``python tools/fuzz.py [--minutes M] [--factor F] [--seed S] [pytest args...]``.
``make fuzz`` passes ``FUZZ_MINUTES``, ``FUZZ_FACTOR`` and ``SEED`` from the environment;
``make fuzz SEED=123`` replays one round with that seed.
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


def one_round(seed: int, factor: int, extra: list[str], budget: float | None) -> int | None:
    """pytest's exit code for one seed, or None if the round was cut at the time limit."""
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-q",
        f"--hypothesis-seed={seed}",
        "-o",
        "addopts=",  # no doctests: they are not property tests
        *(extra or ["tests"]),
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
    failed: list[int] = []
    rounds = 0
    while True:
        seed = a.seed if a.seed is not None else random.SystemRandom().randrange(1, 2**31)
        left = deadline - time.monotonic()
        print(f"\n=== fuzz round {rounds + 1}: seed {seed}, {a.factor}x examples ===", flush=True)
        code = one_round(seed, a.factor, extra, max(left, 60.0))
        rounds += 1
        if code is None:
            print(f"=== seed {seed}: stopped at the time limit, no failure before it ===")
            break
        if code != 0:
            failed.append(seed)
            print(f"=== seed {seed}: FAILED; replay with: make fuzz SEED={seed} ===", flush=True)
        if a.seed is not None or time.monotonic() >= deadline:
            break
    took = (time.monotonic() - start) / 60
    print(f"\nfuzz: {rounds} round(s) in {took:.1f} min, {len(failed)} failing seed(s)")
    for seed in failed:
        print(f"  seed {seed}: make fuzz SEED={seed}   (pin the falsifying example with @example)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
