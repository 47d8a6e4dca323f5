"""Suite-wide safety: no network access while the tests run; contract counts at the end."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import settings

# -- Hypothesis: reproducible in `make test`, exploring in `make fuzz` -------------------------
# `make test` (and CI) run derandomised: the same examples every run, so a red build is a change
# in the code, never luck. `make fuzz` (tools/fuzz.py) sets ACCESSINFO_FUZZ=<factor> and a
# --hypothesis-seed: random examples, FACTOR times as many per test, only the property tests.
settings.register_profile("repro", derandomize=True, database=None, deadline=None)
settings.register_profile("fuzz", derandomize=False, database=None, deadline=None, print_blob=True)
FUZZ_FACTOR = int(os.environ.get("ACCESSINFO_FUZZ", "0") or 0)
settings.load_profile("fuzz" if FUZZ_FACTOR else "repro")


def pytest_collection_modifyitems(config: Any, items: list[Any]) -> None:
    """Under `make fuzz`: keep only the property tests, with FACTOR × their examples."""
    if not FUZZ_FACTOR:
        return
    done: set[int] = set()
    keep = []
    for item in items:
        fn = getattr(item, "obj", None)
        if not hasattr(fn, "hypothesis"):
            continue
        keep.append(item)
        if id(fn) in done:
            continue
        done.add(id(fn))
        own = getattr(fn, "_hypothesis_internal_use_settings", settings.default)
        fn._hypothesis_internal_use_settings = settings(  # type: ignore[union-attr]
            own,
            max_examples=own.max_examples * FUZZ_FACTOR,
            derandomize=False,
            database=None,
            print_blob=True,
        )
    config.hook.pytest_deselected(items=[i for i in items if i not in keep])
    # a round cut by the time limit (the contract test alone has ~230 targets) reaches other
    # targets first next time: the order is drawn from the round's seed
    import random

    random.Random(str(config.getoption("hypothesis_seed", None))).shuffle(keep)
    items[:] = keep


class NetworkBlocked(RuntimeError):
    """Raised when library or test code tries to open a network connection."""


def _blocked(*args: Any, **kwargs: Any) -> Any:
    raise NetworkBlocked(f"network access is blocked in the test suite (args={args[1:]!r})")


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    """Block outgoing connections for the whole session (accessinfo never needs the network)."""
    mp = pytest.MonkeyPatch()
    mp.setattr(socket.socket, "connect", _blocked)
    mp.setattr(socket.socket, "connect_ex", _blocked)
    mp.setattr(socket, "create_connection", _blocked)
    mp.setattr(socket, "getaddrinfo", _blocked)
    yield
    mp.undo()


@pytest.fixture(autouse=True)
def _fresh_calendar_under_mutmut() -> None:
    """Under mutation testing only: drop the shared calendar's lazily built index before each test.

    mutmut forks every run from a process whose ``PUBLIC_SECTOR`` index was built by the clean
    code, so mutants of the load-time code (CSV reading, projection, prefix sums, the weekend
    source) would never execute and would "survive". Rebuilding costs ~10 ms.
    """
    if not os.environ.get("MUTANT_UNDER_TEST", "").startswith("accessinfo.calendar"):
        return  # not under mutmut, or a mutant of a module the index does not depend on
    import accessinfo.calendar as cal

    cal.PUBLIC_SECTOR._ix = None
    cal.PUBLIC_SECTOR._rows = None
    cal._DECISION_188 = None


def pytest_terminal_summary(terminalreporter: Any) -> None:
    mod = sys.modules.get("tests.contract_inputs")
    counts = getattr(mod, "COUNTS", None)
    if not counts:
        return
    tr = terminalreporter
    tr.section("bad-input contract: inputs tried per function")
    for name, n in sorted(counts.items()):
        tr.write_line(f"{n:6d}  {name}")
    tr.write_line(f"{sum(counts.values()):6d}  in total over {len(counts)} functions")
