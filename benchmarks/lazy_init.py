"""Measure `import accessinfo` with a lazy `__init__` (a proposal for the lead; not applied).

`import accessinfo` costs about as much as `import holidays` + `holidays.VN()` because
`accessinfo/__init__.py` imports the calendar, citations, decisions and rules eagerly, and
with them pydantic. ``PROPOSED_INIT`` keeps the same public names but imports them on first
use (PEP 562). This script copies ``src/accessinfo`` to a temporary directory, swaps in the
proposal and times fresh interpreters side by side::

    .venv/bin/python benchmarks/lazy_init.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROPOSED_INIT = r'''\
"""accessinfo: Vietnam's access-to-information and e-government duties as cited rules.

>>> from datetime import date
>>> import accessinfo as ai
>>> from accessinfo.calendar import PUBLIC_SECTOR, WorkingDays
>>> PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3))
datetime.date(2026, 1, 13)
"""

from __future__ import annotations

import sys

# Exported names are imported on first use (PEP 562), so `import accessinfo` costs a few
# milliseconds instead of pydantic + the calendar data (see docs/benchmarks.md). Static tools
# (mypy, IDEs) see the eager imports below: mypy treats any name TYPE_CHECKING as true, and
# not importing `typing` here saves its import time too.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from accessinfo.batch import add_many, count_many, request_deadlines_many
    from accessinfo.calendar import (
        PUBLIC_SECTOR,
        VN_TZ,
        CalendarDays,
        DayInfo,
        WorkingCalendar,
        WorkingDays,
    )
    from accessinfo.core.citations import Citation, Instrument, instrument
    from accessinfo.core.decisions import Decision, Finding, Step
    from accessinfo.errors import AccessInfoError
    from accessinfo.core.rules import Rule, applicable, registry, rule
    from accessinfo.versions import diff_calendars, recompute

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "PUBLIC_SECTOR": "accessinfo.calendar",
    "VN_TZ": "accessinfo.calendar",
    "CalendarDays": "accessinfo.calendar",
    "DayInfo": "accessinfo.calendar",
    "WorkingCalendar": "accessinfo.calendar",
    "WorkingDays": "accessinfo.calendar",
    "Citation": "accessinfo.core.citations",
    "Instrument": "accessinfo.core.citations",
    "instrument": "accessinfo.core.citations",
    "Decision": "accessinfo.core.decisions",
    "Finding": "accessinfo.core.decisions",
    "Step": "accessinfo.core.decisions",
    "AccessInfoError": "accessinfo.errors",
    "Rule": "accessinfo.core.rules",
    "applicable": "accessinfo.core.rules",
    "registry": "accessinfo.core.rules",
    "rule": "accessinfo.core.rules",
    "add_many": "accessinfo.batch",
    "count_many": "accessinfo.batch",
    "request_deadlines_many": "accessinfo.batch",
    "diff_calendars": "accessinfo.versions",
    "recompute": "accessinfo.versions",
}

__all__ = [
    "PUBLIC_SECTOR",
    "VN_TZ",
    "AccessInfoError",
    "CalendarDays",
    "Citation",
    "DayInfo",
    "Decision",
    "Finding",
    "Instrument",
    "Rule",
    "Step",
    "WorkingCalendar",
    "WorkingDays",
    "__version__",
    "add_many",
    "applicable",
    "count_many",
    "diff_calendars",
    "instrument",
    "recompute",
    "registry",
    "request_deadlines_many",
    "rule",
]


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'accessinfo' has no attribute {name!r}")
    __import__(module)
    value = getattr(sys.modules[module], name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
'''


def _ms(code: str, env: dict[str, str] | None = None) -> float:
    child = f"import time as _t\n_t0 = _t.perf_counter()\nexec({code!r})\n"
    child += "print((_t.perf_counter() - _t0) * 1000)"
    out = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, check=True, env=env
    )
    return float(out.stdout.split()[-1])


def main(repeat: int = 7) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "src" / "accessinfo", Path(tmp) / "accessinfo")
        (Path(tmp) / "accessinfo" / "__init__.py").write_text(
            PROPOSED_INIT.removeprefix("\\\n"), encoding="utf-8"
        )
        lazy = dict(os.environ, PYTHONPATH=tmp)
        probes = {
            "import accessinfo (current __init__)": ("import accessinfo", None),
            "import accessinfo (proposed lazy __init__)": ("import accessinfo", lazy),
            "proposed: import + first PUBLIC_SECTOR.add": (
                "import datetime, accessinfo as ai; "
                "ai.PUBLIC_SECTOR.add(datetime.date(2026, 1, 9), ai.WorkingDays(3))",
                lazy,
            ),
            "import holidays; holidays.VN()": ("import holidays; holidays.VN()", None),
        }
        times: dict[str, list[float]] = {k: [] for k in probes}
        for _ in range(repeat):  # interleaved, so that a busy moment hits every probe
            for name, (code, env) in probes.items():
                times[name].append(_ms(code, env))
        for name, values in times.items():
            print(f"{name:45s} {statistics.median(values):8.1f} ms (median of {repeat})")


if __name__ == "__main__":
    main()
