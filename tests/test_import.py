"""Cold start: importing accessinfo (or its batch module) loads neither holidays nor numpy."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

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


# -- the calendar path stays light ------------------------------------------------------------

CALENDAR_PATH = (
    "import datetime, accessinfo.calendar as c, accessinfo.batch as b\n"
    "d = datetime.date(2026, 1, 9)\n"
    "c.PUBLIC_SECTOR.add(d, c.WorkingDays(3))\n"
    "c.PUBLIC_SECTOR.add(d, c.WorkingDays(-3), roll='none')\n"
    "c.PUBLIC_SECTOR.add(d, c.CalendarDays(12))\n"
    "c.PUBLIC_SECTOR.add(datetime.date(2030, 1, 1), c.CalendarDays(12))  # projected days\n"
    "c.PUBLIC_SECTOR.count(d, datetime.date(2026, 2, 27))\n"
    "c.PUBLIC_SECTOR.is_working_day(datetime.datetime(2026, 1, 10, 9, tzinfo=c.VN_TZ))\n"
    "list(c.PUBLIC_SECTOR.working_days(d, datetime.date(2026, 1, 31)))\n"
    "c.PUBLIC_SECTOR.receipt_day(d, receipt='next_working_day')\n"
    "b.add_many([d, d], [1, -1])\n"
    "b.count_many([d], datetime.date(2026, 3, 2))"
)


def test_the_calendar_path_imports_neither_pydantic_nor_rules_nor_html() -> None:
    """`import accessinfo.calendar` and its arithmetic load no pydantic, no citations,
    decisions or rules, no article, task or surface (issue 13: cold start)."""
    probe = (
        f"{CALENDAR_PATH}\nimport sys\n"
        "print(' '.join(m for m in sys.modules if m.startswith(('accessinfo', 'pydantic'))"
        " or m in ('dataclasses', 'inspect')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = set(out.stdout.split())
    assert not {m for m in loaded if m.startswith("pydantic")}, loaded
    # dataclasses imports inspect, ast, dis and tokenize: 5 ms of a first add
    assert not loaded & {"dataclasses", "inspect"}, loaded
    heavy = ("accessinfo.core.citations", "accessinfo.core.decisions", "accessinfo.core.rules")
    assert not loaded & set(heavy), loaded
    for layer in ("accessinfo.articles", "accessinfo.tasks", "accessinfo.surfaces"):
        assert not any(m.startswith(layer) for m in loaded), (layer, loaded)
    assert "pydantic" not in loaded_after("import accessinfo")


# -- the import graph goes one way ------------------------------------------------------------

SRC = Path(__file__).resolve().parent.parent / "src" / "accessinfo"

# Lower ranks never import higher ones (longest prefix wins); within a rank, no cycle.
RANKS = {
    "accessinfo.errors": 0,
    "accessinfo.core.files": 1,
    "accessinfo.core.signature": 1,
    "accessinfo.core.values": 1,  # frozen values without importing dataclasses
    "accessinfo.core.messages": 2,
    "accessinfo.core.citations": 2,
    "accessinfo.core.decisions": 2,
    "accessinfo.calendar": 3,
    "accessinfo.calendar_files": 4,  # calendar files: special days read from a CSV
    "accessinfo.calendar_interop": 4,  # the calendar for python-holidays, numpy, pandas
    "accessinfo.core": 4,  # periods, rules, inputs: rule-writing machinery on the calendar
    "accessinfo.models": 5,
    "accessinfo.articles": 6,
    "accessinfo.tasks": 7,
    "accessinfo.batch": 8,  # the calendar layer's batch API reaches the task facades lazily
    "accessinfo.versions": 8,
    "accessinfo.surfaces": 9,
    "accessinfo": 10,  # the package itself, __main__, _compat
}
# The only imports that go up, each inside one function, never at import time: the Jupyter
# display hooks (run when a notebook shows the object), an error's Vietnamese text, read
# from the message catalogue when asked for (messages itself raises InvalidInput), and the
# calendar-file helpers the calendar offers (they need the citations, the calendar does not).
DISPLAY_HOOKS = {
    ("accessinfo.core.decisions", "_repr_html_", "accessinfo.surfaces.html"),
    ("accessinfo.calendar", "_repr_html_", "accessinfo.surfaces.html"),
    ("accessinfo.errors", "title_vi", "accessinfo.core.messages"),
    ("accessinfo.errors", "message_vi", "accessinfo.core.messages"),
    # a bad call's message, built only on the error path (core/signature.py)
    ("accessinfo.core.signature", "_bind_message", "accessinfo.core.messages"),
    ("accessinfo.core.signature", "type_error", "accessinfo.core.messages"),
    ("accessinfo.core.signature", "check_whole", "accessinfo.core.messages"),
    # load_calendar, re-exported by the calendar on first use; the digest of overrides
    ("accessinfo.calendar", "__getattr__", "accessinfo.calendar_files"),
    ("accessinfo.calendar", "with_overrides", "accessinfo.calendar_files"),
    # WorkingCalendar.to_holidays(), the one-line method of calendar_interop.to_holidays
    ("accessinfo.calendar", "to_holidays", "accessinfo.calendar_interop"),
}


def rank(module: str) -> int:
    best = max((p for p in RANKS if module == p or module.startswith(p + ".")), key=len)
    return RANKS[best]


def modules() -> dict[str, Path]:
    out = {}
    for path in SRC.rglob("*.py"):
        parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def edges(name: str, path: Path, known: set[str]) -> list[tuple[str, str | None]]:
    """(imported accessinfo module, enclosing function or None) for every runtime import
    statement of a module; imports under ``if TYPE_CHECKING:`` are not run and not counted."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: list[tuple[str, str | None]] = []

    def walk(node: ast.AST, func: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if (
                isinstance(child, ast.If)
                and isinstance(child.test, ast.Name)
                and child.test.id == "TYPE_CHECKING"
            ):
                for stmt in child.orelse:
                    walk(stmt, func)
                continue
            if isinstance(child, ast.Import):
                found.extend((a.name, func) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    up = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                    base = ".".join(up + ([child.module] if child.module else []))
                for a in child.names:
                    full = f"{base}.{a.name}"
                    found.append((full if full in known else base, func))
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                walk(child, child.name)
            else:
                walk(child, func)

    walk(ast.parse(path.read_text(encoding="utf-8")), None)
    return [(m, f) for m, f in found if m == "accessinfo" or m.startswith("accessinfo.")]


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of a directed graph (empty if there is none), by depth-first search."""
    state: dict[str, int] = {}

    def visit(m: str, stack: list[str]) -> list[str]:
        state[m] = 1
        for t in sorted(graph.get(m, ())):
            if state.get(t) == 1:
                return [*stack[stack.index(t) :], t]
            if t not in state and (found := visit(t, [*stack, t])):
                return found
        state[m] = 2
        return []

    for m in sorted(graph):
        if m not in state and (found := visit(m, [m])):
            return found
    return []


def import_graphs() -> tuple[list[str], dict[str, set[str]], dict[str, set[str]]]:
    """Upward imports, and the graphs of import-time and of all (lazy too) imports."""
    mods = modules()
    known = set(mods)
    at_import: dict[str, set[str]] = {m: set() for m in mods}
    every: dict[str, set[str]] = {m: set() for m in mods}
    upward = []
    for name, path in mods.items():
        for target, func in edges(name, path, known):
            # the package itself is loaded before any of its modules (its __init__ is lazy)
            if target in (name, "accessinfo") or (name, func, target) in DISPLAY_HOOKS:
                continue
            if rank(target) > rank(name):
                upward.append(f"{name} ({func or 'module level'}) imports {target}")
            if target in mods:
                every[name].add(target)
                if func is None:
                    at_import[name].add(target)
    return upward, at_import, every


def test_imports_go_one_way_without_cycles() -> None:
    upward, at_import, every = import_graphs()
    assert not upward, "imports that go up a layer:\n" + "\n".join(sorted(upward))
    cycle = find_cycle(at_import)
    assert not cycle, "import cycle at import time: " + " -> ".join(cycle)
    # the calendar and the core: no cycle even through imports inside functions
    core = {m for m in every if rank(m) <= RANKS["accessinfo.core"] or rank(m) == 8}
    cycle = find_cycle({m: every[m] & core for m in core})
    assert not cycle, "import cycle in the core: " + " -> ".join(cycle)


def test_the_graph_test_sees_a_cycle_and_an_upward_import(tmp_path: Path) -> None:
    """The checker itself: it finds a lazy upward import and a TYPE_CHECKING one is ignored."""
    f = tmp_path / "m.py"
    f.write_text(
        "TYPE_CHECKING = False\nif TYPE_CHECKING:\n    import accessinfo.tasks.requests\n"
        "def g():\n    from accessinfo.surfaces import html\n    return html\n",
        encoding="utf-8",
    )
    got = edges("accessinfo.calendar", f, {"accessinfo.surfaces.html"})
    assert got == [("accessinfo.surfaces.html", "g")]
    assert rank("accessinfo.surfaces.html") > rank("accessinfo.calendar")
    assert rank("accessinfo.core.rules") == 4 and rank("accessinfo.core.citations") == 2
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []
