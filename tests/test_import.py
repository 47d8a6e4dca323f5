"""Cold start: importing accessinfo (or its batch module) loads neither holidays nor numpy."""

from __future__ import annotations

import subprocess
import sys

import pytest


def loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(m.split('.')[0] for m in sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return set(out.stdout.split())


@pytest.mark.parametrize(
    "code",
    [
        "import accessinfo",
        "import accessinfo.batch",
        "import accessinfo.versions",
        # a first answer from the calendar and the batch path on plain lists
        "import datetime, accessinfo.calendar as c, accessinfo.batch as b\n"
        "c.PUBLIC_SECTOR.add(datetime.date(2026, 1, 9), c.WorkingDays(3))\n"
        "b.add_many([datetime.date(2026, 1, 9)], 3)",
    ],
)
def test_no_holidays_or_numpy_on_import(code: str) -> None:
    mods = loaded_after(code)
    assert "accessinfo" in mods
    assert "holidays" not in mods
    assert "numpy" not in mods


def test_numpy_is_loaded_only_when_an_array_is_given() -> None:
    mods = loaded_after(
        "import numpy, accessinfo.batch as b\n"
        "b.add_many(numpy.array(['2026-01-09'], dtype='datetime64[D]'), 3)"
    )
    assert "numpy" in mods and "holidays" not in mods
