"""`make demo` is one of the two commands the README promises on a fresh machine: it must
succeed, and succeed again when run a second time (it once wrote its HTML to a fixed path and
then refused to overwrite it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).parents[1] / "examples" / "demo.py"


def test_demo_runs_twice_and_shows_the_decree_337_tiers() -> None:
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, str(DEMO)], capture_output=True, text=True, timeout=120, check=False
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    # Decree 337/2026 Art 10.4(a): simple information asked on Fri 20/11/2026 is due on the 3rd
    # working day: Mon 23/11 (1), Tue 24/11 is Vietnam Culture Day (a rest day from 2026,
    # research-update-2026-11), Wed 25/11 (2), Thu 26/11 (3). Issue 11 gives the same date.
    out = done.stdout
    assert "respond_by:            Thursday 2026-11-26" in out
    assert "Traceback" not in out + done.stderr
