"""Run in a subprocess by tests/test_invariants.py: call the whole public API on fixed inputs.

``python tests/_probe.py outputs`` prints, as JSON, every rule's and facade function's answer
(or error code) on a fixed set of dates, plus calendar answers. Run under different ``TZ`` and
locale values, the outputs must be identical.

``python tests/_probe.py audit`` does the same under an audit hook (PEP 578) and prints the
file writes, directory changes, network and process events it saw: there must be none.

Self-contained on purpose (no Hypothesis, no pytest), so that nothing but the library runs.
"""

from __future__ import annotations

import os
import sys

EVENTS: list[str] = []
_WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_WATCH = (
    "os.mkdir",
    "os.rename",
    "os.replace",
    "os.remove",
    "os.rmdir",
    "os.symlink",
    "os.link",
    "os.truncate",
    "os.chmod",
    "os.utime",
    "shutil.",
    "socket.",
    "urllib.",
    "http.",
    "ftplib.",
    "smtplib.",
    "subprocess.",
    "os.system",
    "os.exec",
    "os.posix_spawn",
    "os.fork",
    "webbrowser.",
    "sqlite3.connect",
)


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event == "open":
        path, mode, flags = args
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE
        )
        if writes and path not in ("/dev/null",):
            EVENTS.append(f"open for writing: {path!r} mode={mode!r}")
    elif event.startswith(_WATCH):
        EVENTS.append(f"{event}: {args!r}"[:200])


if __name__ == "__main__" and sys.argv[1:] == ["audit"]:
    sys.addaudithook(_hook)

import importlib  # noqa: E402
import inspect  # noqa: E402
import json  # noqa: E402
import typing  # noqa: E402
from datetime import UTC, date, datetime, time, timedelta  # noqa: E402
from typing import Any  # noqa: E402

DATES = [
    date(2018, 7, 2),
    date(2019, 1, 4),
    date(2024, 5, 3),
    date(2025, 4, 25),
    date(2026, 1, 9),
    date(2026, 2, 13),
    date(2026, 8, 21),
    date(2026, 8, 31),
    date(2026, 9, 1),
    date(2029, 11, 23),
]
FACADES = (
    "tasks.requests",
    "tasks.timeline",
    "tasks.access",
    "tasks.letters",
    "tasks.outages",
    "tasks.data_sharing",
    "tasks.violations_db",
    "batch",
    "versions",
    "surfaces.schema",
)
PATHISH = {"path", "directory", "dir", "folder", "out", "output", "dest", "file"}


class Skip(Exception):
    pass


def fill(tp: Any, when: date, depth: int = 0) -> Any:
    """A plain, valid value for the annotation ``tp`` (the first option of a union)."""
    from pydantic import BaseModel

    from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, WorkingCalendar, WorkingDays

    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if depth > 3 or tp is type(None):
        return None
    if origin is typing.Literal:
        return args[0]
    if origin is typing.Union or type(tp).__name__ == "UnionType":
        options = [a for a in args if a is not type(None)]
        return fill(options[0], when, depth) if options else None
    if tp is bool:
        return False
    if tp is int:
        return 3
    if tp is str:
        return "Hà Nội"
    if tp is datetime:
        # 23:30 UTC the day before: 06:30 on ``when`` in Vietnam, whatever the machine's TZ
        return datetime.combine(when - timedelta(days=1), time(23, 30), tzinfo=UTC)
    if tp is date:
        return when
    if tp is WorkingCalendar:
        return PUBLIC_SECTOR
    if tp in (WorkingDays, CalendarDays):
        return tp(5)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        from accessinfo.core.decisions import Decision

        if issubclass(tp, Decision) or getattr(tp, "__pydantic_generic_metadata__", {}).get(
            "origin"
        ):
            raise Skip(f"takes a {tp.__name__}")
        kwargs = {
            name: fill(f.annotation, when, depth + 1)
            for name, f in tp.model_fields.items()
            if f.is_required()
        }
        try:
            return tp(**kwargs)
        except ValueError as exc:  # pydantic.ValidationError of a non-input model
            if type(exc).__name__ == "ValidationError":
                raise Skip(f"cannot build {tp.__name__}") from None
            raise
    if origin in (list, tuple) or tp in (list, tuple):
        return []
    raise Skip(repr(tp))


def call(fn: Any, when: date) -> Any:
    from accessinfo.core.decisions import Decision

    ok, out = invoke(fn, when)
    if not ok:
        return out
    if isinstance(out, Decision):
        return json.loads(out.model_dump_json())
    if inspect.isgenerator(out) or isinstance(out, typing.Iterator):
        out = list(out)
    return repr(out)


def invoke(fn: Any, when: date) -> tuple[bool, Any]:
    """``(True, fn(...))`` with plain valid arguments for ``when``, or ``(False, why not)``."""
    from accessinfo.errors import AccessInfoError

    target = inspect.unwrap(fn)
    try:
        hints = typing.get_type_hints(target)
    except Exception:
        return False, "skipped: unresolved hints"
    args: dict[str, Any] = {}
    try:
        for p in inspect.signature(fn).parameters.values():
            if p.name in PATHISH or "Path" in repr(hints.get(p.name)):
                return False, "skipped: writes files by design"
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) or p.default is not p.empty:
                continue
            args[p.name] = fill(hints.get(p.name, Any), when)
    except Skip as exc:
        return False, f"skipped: {exc}"
    except AccessInfoError as exc:
        return False, f"error building input: {exc.code}"
    try:
        return True, fn(**args)
    except AccessInfoError as exc:
        return False, f"error: {exc.code}: {exc.message}"


def functions() -> dict[str, Any]:
    """Every registered rule and every facade function, by name."""
    from accessinfo.core.rules import registry

    found: dict[str, Any] = {r.id: r.function for r in registry()}
    for short in FACADES:
        try:
            mod = importlib.import_module(f"accessinfo.{short}")
        except ModuleNotFoundError:
            continue
        for name in getattr(mod, "__all__", []):
            obj = getattr(mod, name)
            if inspect.isfunction(obj):
                found[f"{short}.{name}"] = obj
    return found


def run() -> dict[str, Any]:
    import accessinfo
    from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, WorkingDays

    out: dict[str, Any] = {"version": accessinfo.__version__}
    for key, fn in sorted(functions().items()):
        out[key] = {d.isoformat(): call(fn, d) for d in DATES}
    cal: dict[str, Any] = {}
    for d in DATES:
        cal[d.isoformat()] = [
            PUBLIC_SECTOR.add(d, WorkingDays(15)).isoformat(),
            PUBLIC_SECTOR.add(d, CalendarDays(15)).isoformat(),
            PUBLIC_SECTOR.add(d, WorkingDays(-7)).isoformat(),
            PUBLIC_SECTOR.count(d, d + timedelta(days=40)),
            PUBLIC_SECTOR.day(d).model_dump_json(),
            json.loads(PUBLIC_SECTOR.add(d, WorkingDays(3), trace=True).model_dump_json()),
        ]
    out["calendar"] = cal
    return out


if __name__ == "__main__":
    mode = sys.argv[1]
    result = run()
    if mode == "audit":
        cwd = os.getcwd()
        leftovers = sorted(os.listdir(cwd))
        print(json.dumps({"events": EVENTS, "cwd_entries": leftovers}, ensure_ascii=False))
    else:
        first = json.dumps(result, sort_keys=True, ensure_ascii=False)
        again = json.dumps(run(), sort_keys=True, ensure_ascii=False)
        print(first if first == again else "NONDETERMINISTIC")
