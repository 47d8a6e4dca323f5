"""A small mutation tester that also reaches decorated functions (``make mutation-rules``).

mutmut 3 builds a trampoline per function and skips decorated ones, so the body of every
``@rule`` got no mutant. This tool mutates the source instead: for each mutant it re-parses the
module, changes one node inside one function, compiles the module and swaps the new code object
into the *live* function object (``fn.__code__``) in a forked child, then runs the tests that
executed that function. A ``@rule`` wrapper keeps calling the same function object, so its body
is mutated like any other; so are methods, validators and nested functions (through their
outermost function).

Operators (mutmut's usual set): comparisons (``<``↔``<=``, ``>``↔``>=``, ``==``↔``!=``,
``is``↔``is not``, ``in``↔``not in``), arithmetic (``+``↔``-``, ``*``↔``/``, ``//``→``*``,
``%``→``//``), ``and``↔``or``, ``not x``→``x``, ``-x``→``x``, numbers n→n+1, ``True``↔``False``,
strings "s"→"XXsXX" (not docstrings, not ``cast`` targets), ``return x``→``return None``,
a keyword argument's value→``None``, ``break``↔``continue``.

Usage::

    python tools/mutate.py run FILE.py... --tests TESTS... [--jobs 2] [--only GLOB]
    python tools/mutate.py report [--survivors]

``run`` writes ``.mutation/results.json``; ``report`` prints the score per module (killed =
killed + timeout; a mutant no test executes counts as survived) and, with ``--survivors``,
each surviving mutant with its line. Exit code 0 either way: the score is for people.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import fnmatch
import functools
import gc
import hashlib
import importlib
import io
import json
import os
import signal
import sys
import time
import types
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / ".mutation"
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

_CMP = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}
_BIN = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
    ast.Mod: ast.FloorDiv,
}


@dataclass
class Mutant:
    id: str
    file: str
    module: str
    function: str  # qualname of the outermost function holding the change
    line: int
    col: int
    kind: str
    before: str
    after: str
    status: str = "pending"  # killed | survived | timeout | no-tests | error | equivalent
    digest: str = ""  # of the file's text when the status was found
    reason: str = ""  # why an equivalent mutant cannot change any answer


# -- generating -----------------------------------------------------------------------------
def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def _skipped_strings(tree: ast.AST) -> set[int]:
    """Docstrings, ``cast("T", x)`` targets and f-string pieces: changing them means nothing."""
    out = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "cast" and node.args:
            out.add(id(node.args[0]))
        if isinstance(node, ast.JoinedStr):
            out.update(id(v) for v in node.values)
    return out


def _owners(tree: ast.Module) -> dict[int, str]:
    """Node id → qualname of the outermost function containing it (module and class level
    statements are not mutated: they run once, at import)."""
    owner: dict[int, str] = {}

    def claim(fn: ast.AST, qual: str) -> None:
        assert isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))
        for stmt in fn.body:  # not the decorators, defaults or annotations
            for node in ast.walk(stmt):
                owner[id(node)] = qual

    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            claim(node, node.name)
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    claim(item, f"{node.name}.{item.name}")
    return owner


def _candidates(tree: ast.Module) -> list[tuple[ast.AST, str, str, str]]:
    """(node, kind, before, after) in a fixed order; applied by position in this list."""
    owner = _owners(tree)
    skip = _skipped_strings(tree)
    annotations = {
        id(n)
        for a in ast.walk(tree)
        if isinstance(a, (ast.arg, ast.AnnAssign)) and a.annotation is not None
        for n in ast.walk(a.annotation)
    }
    out: list[tuple[ast.AST, str, str, str]] = []
    for node in ast.walk(tree):
        if id(node) not in owner or id(node) in annotations:
            continue
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                if type(op) in _CMP:
                    out.append((node, f"cmp{i}", type(op).__name__, _CMP[type(op)].__name__))
        elif isinstance(node, ast.BinOp) and type(node.op) in _BIN:
            out.append((node, "binop", type(node.op).__name__, _BIN[type(node.op)].__name__))
        elif isinstance(node, ast.BoolOp):
            new = "Or" if isinstance(node.op, ast.And) else "And"
            out.append((node, "boolop", type(node.op).__name__, new))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
            out.append((node, "unary", type(node.op).__name__, "removed"))
        elif isinstance(node, ast.Constant) and id(node) not in skip:
            v = node.value
            if isinstance(v, bool):
                out.append((node, "const", repr(v), repr(not v)))
            elif isinstance(v, int):
                out.append((node, "const", repr(v), repr(v + 1)))
            elif isinstance(v, str) and v:
                out.append((node, "const", repr(v)[:40], repr("XX" + v + "XX")[:44]))
        elif isinstance(node, ast.Return) and node.value is not None:
            if not (isinstance(node.value, ast.Constant) and node.value.value is None):
                out.append((node, "return", "return …", "return None"))
        elif isinstance(node, ast.keyword) and node.arg is not None:
            if not (isinstance(node.value, ast.Constant) and node.value.value is None):
                out.append((node, "kwarg", f"{node.arg}=…", f"{node.arg}=None"))
        elif isinstance(node, (ast.Break, ast.Continue)):
            new = "Continue" if isinstance(node, ast.Break) else "Break"
            out.append((node, "loop", type(node).__name__, new))
    return out


def _apply(node: ast.AST, kind: str, after: str) -> None:
    if kind.startswith("cmp"):
        assert isinstance(node, ast.Compare)
        node.ops[int(kind[3:])] = getattr(ast, after)()
    elif kind == "binop":
        assert isinstance(node, ast.BinOp)
        node.op = getattr(ast, after)()
    elif kind == "boolop":
        assert isinstance(node, ast.BoolOp)
        node.op = getattr(ast, after)()
    elif kind == "const":
        assert isinstance(node, ast.Constant)
        v = node.value
        node.value = (
            (not v) if isinstance(v, bool) else v + 1 if isinstance(v, int) else ("XX" + v + "XX")
        )
    elif kind == "return":
        assert isinstance(node, ast.Return)
        node.value = ast.Constant(value=None)
    elif kind == "kwarg":
        assert isinstance(node, ast.keyword)
        node.value = ast.Constant(value=None)


class _Rewrite(ast.NodeTransformer):
    """Replace ``not x``/``-x`` by ``x`` and break/continue by the other (node swaps)."""

    def __init__(self, target: ast.AST, kind: str) -> None:
        self.target, self.kind = target, kind

    def visit(self, node: ast.AST) -> Any:
        if node is self.target:
            if self.kind == "unary":
                assert isinstance(node, ast.UnaryOp)
                return ast.copy_location(node.operand, node)
            if self.kind == "loop":
                return ast.copy_location(
                    ast.Continue() if isinstance(node, ast.Break) else ast.Break(), node
                )
        return self.generic_visit(node)


def _module_name(path: Path) -> str:
    rel = path.resolve().relative_to(ROOT / "src")
    return ".".join(rel.with_suffix("").parts)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


# -- equivalent mutants ----------------------------------------------------------------------
# A mutant that cannot change any answer, whatever the input, is marked here with the reason
# (one mutant each, never a whole function or file). Keyed by module, function, the operator
# and the text of the mutated source line (stripped), so unrelated edits do not unmark it; a
# mutant whose line changes runs again. Only what a reader can check from the code alone.
EQUIVALENT: dict[tuple[str | int, ...], str] = {
    (
        "accessinfo.articles.law_104_2016.art_18",
        "proactive_disclosure_by",
        "const",
        "'created' -> 'XXcreatedXX'",
        'day = as_vn_date(created, "created")',
    ): "the name shows only in as_vn_date's error, and the @rule wrapper (key='created') has "
    "already refused, under the same name, a created that is not a date or an aware datetime",
    (
        "accessinfo.articles.decree_337_2026.art_10",
        "tiers",
        "cmp0",
        "Is -> IsNot",
        'start = day_zero if type(day_zero) is date else _as_vn_date(day_zero, "law_cap")',
    ): "a fast path: every caller passes a date already converted (_start, _receipt_day), and "
    "_as_vn_date of a date returns it unchanged, so both branches give the same day",
    (
        "accessinfo.articles.law_104_2016.chapter_3",
        "request_deadlines",
        "boolop",
        "Or -> And",
        "if type(strict) is not bool or type(trace) is not bool:",
    ): "the @rule wrapper refuses a strict or trace that is not True or False before the body "
    "runs (core/rules.py), and the body is reached only through it: the guard is always False",
    (
        "accessinfo.articles.law_104_2016.chapter_3",
        "_basis",
        "cmp0",
        "Gt -> GtE",
        "if len(_BASES) > 64:",
    ): "_BASES is a memo of a pure function of its key: emptying it at 64 entries instead of "
    "65 only recomputes the same basis",
    (
        "accessinfo.articles._outages",
        "_flag",
        "return",
        "return … -> return None",
        "return value",
    ): "every caller uses _flag for its check only and drops the returned value",
    (
        "accessinfo.articles._outages",
        "check_notice",
        "const",
        "0 -> 1",
        "key, count=repr(reading), published=published, latest=latest, late=late or 0",
    ): "late is falsy only with the key advance.late, whose en and vi texts (every article) "
    "have no {late}: the value is never shown",
    (
        "accessinfo.articles.law_01_2026.art_26",
        "_extended",
        "const",
        "'extension_unit' -> 'XXextension_unitXX'",
        'period = days(12, extension_unit, "extension_unit", _Q_EXTENSION)',
    ): "the name is shown only for a bad unit, and _extended's one caller (extended_provide_by) "
    "has already validated extension_unit under its own name",
    (
        "accessinfo.articles.law_104_2016.art_12",
        "access_fee",
        "const",
        "'?' -> 'XX?XX'",
        'basis = o.other_law_fee_basis or "?"',
    ): "CostOrder refuses a fee without other_law_fee_basis, so the '?' is never used",
    (
        "accessinfo.articles.circular_13_2016.art_19",
        "refusal_grounds",
        "const",
        "'.' -> 'XX.XX'",
        'summary=Text(g.summary_en.rstrip("."), g.text_vi.rstrip(".")),',
    ): "rstrip takes a set of characters: 'XX.XX' strips 'X' as well as '.', and no ground's "
    "summary_en or text_vi ends in 'X' before its final dots (tests/test_exact_error_texts.py "
    "checks the GROUNDS data), so both calls strip the same",
    **{
        (
            "accessinfo.articles.law_104_2016.chapter_3",
            "request_deadlines",
            kind,
            change,
            'en=able.explanation.split(": ", 1)[-1].rstrip("."),',
        ): (
            "every explanation of electronic_provision_available (en and vi) holds exactly one "
            "': ', so split(': ', 1) gives two parts and [1] is [-1]"
        )
        for kind, change in (("unary", "USub -> removed"),)
    },
    (
        "accessinfo.articles.law_104_2016.chapter_3",
        "request_deadlines",
        "const",
        "1 -> 2",
        'en=able.explanation.split(": ", 1)[-1].rstrip("."),',
        48,
    ): "every explanation of electronic_provision_available holds exactly one ': ', so "
    "split(': ', 2) gives the same two parts as split(': ', 1)",
    (
        "accessinfo.articles.law_104_2016.chapter_3",
        "request_deadlines",
        "const",
        "1 -> 2",
        'vi=(able.explanation_vi or "").split(": ", 1)[-1].rstrip("."),',
        59,
    ): "every Vietnamese explanation of electronic_provision_available holds exactly one ': '",
    (
        "accessinfo.articles.law_104_2016.chapter_3",
        "request_deadlines",
        "unary",
        "USub -> removed",
        'vi=(able.explanation_vi or "").split(": ", 1)[-1].rstrip("."),',
    ): "every Vietnamese explanation of electronic_provision_available holds exactly one ': ', "
    "so [1] is [-1]",
    (
        "accessinfo.articles.law_01_2026._common",
        "then",
        "boolop",
        "And -> Or",
        "trace = (*first.trace, *second.trace) if first.trace and second.trace else None",
    ): "its one caller (Art 26 _extended) passes two findings counted with the same trace flag: "
    "both traced (each has at least its start step) or both None, where and/or agree",
    **{
        (
            "accessinfo.articles.decree_47_2020.art_43",
            function,
            "const",
            f"{n!r} -> {f'XX{n}XX'!r}",
            line,
        ): (
            "the name in_force_on gives as_vn_date is shown only for a value that is not a date; "
            "found.outcome is always a date"
        )
        for function, n, line in (
            (
                "data_sharing_suspension_notice_deadline",
                "latest_notice_day",
                '"latest_notice_day",',
            ),
            (
                "user_suspension_notice_deadline",
                "notify_consumer_by",
                'found.outcome, "notify_consumer_by", '
                'what=msg("decree_47_2020.what.latest_notice_day")',
            ),
        )
    },
}


def _equivalent_key(m: Mutant, line_text: str) -> tuple[str, str, str, str, str]:
    return (m.module, m.function, m.kind, f"{m.before} -> {m.after}", line_text.strip())


def sampled(m: Mutant, every: int, seed: int) -> bool:
    """The fixed sample ``--sample K --seed S``: a mutant is in it when a hash of the seed and
    its id falls in one of K buckets — about 1 in K of every file, the same on every run."""
    if every <= 1:
        return True
    h = hashlib.sha256(f"{seed}:{m.id}".encode()).digest()
    return int.from_bytes(h[:8], "big") % every == 0


def mutants_of(path: Path) -> list[Mutant]:
    source = path.read_text("utf-8")
    tree = ast.parse(source)
    owner = _owners(tree)
    module = _module_name(path)
    digest = _digest(path)
    lines = source.splitlines()
    out = []
    for k, (node, kind, before, after) in enumerate(_candidates(tree)):
        line = getattr(node, "lineno", 0)
        col = getattr(node, "col_offset", 0)
        m = Mutant(
            id=f"{module}:{k}",
            file=str(path.resolve().relative_to(ROOT)),
            module=module,
            function=owner[id(node)],
            line=line,
            col=col,
            kind=kind,
            before=before,
            after=after,
            digest=digest,
        )
        key = _equivalent_key(m, lines[line - 1] if line else "")
        reason = EQUIVALENT.get(key) or EQUIVALENT.get((*key, col))  # col: two alike on a line
        if reason:
            m.status, m.reason = "equivalent", reason
        out.append(m)
    return out


def mutated_code(m: Mutant) -> types.CodeType:
    path = ROOT / m.file
    tree = ast.parse(path.read_text("utf-8"))
    k = int(m.id.rsplit(":", 1)[1])
    node, kind, _, after = _candidates(tree)[k]
    if kind in ("unary", "loop"):
        tree = _Rewrite(node, kind).visit(tree)
    else:
        _apply(node, kind, after)
    ast.fix_missing_locations(tree)
    module_code = compile(tree, str(path.resolve()), "exec")
    return _find_code(module_code, m.function)


def _find_code(code: types.CodeType, qualname: str) -> types.CodeType:
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            if c.co_qualname == qualname:
                return c
            if "." in qualname and c.co_name == qualname.split(".")[0]:  # a class body
                return _find_code(c, qualname)
    raise LookupError(qualname)


def live_functions(m: Mutant) -> list[types.FunctionType]:
    path = str((ROOT / m.file).resolve())
    return [
        o
        for o in gc.get_objects()
        if isinstance(o, types.FunctionType)
        and o.__code__.co_filename == path
        and o.__code__.co_qualname == m.function
    ]


# -- which tests execute which function -------------------------------------------------------
SRC = str((ROOT / "src" / "accessinfo").resolve())
# data files read by a test file at collection: a change re-maps that test file
# A data directory, and the words by which a test file shows it reads it (directly or through
# the golden-case loader): a change of the data re-traces every such file.
DATA_OF = {"tests/cases": ("tests/cases", "test_golden_cases", "CASES")}


class _Tracer:
    """Records, per test, the (file, qualname) of every function of ``src/accessinfo`` it
    called (the whole package, so one map serves every run), and each test's duration."""

    def __init__(self) -> None:
        self.current: str | None = None
        self.hits: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.durations: dict[str, float] = {}
        self._t0 = 0.0
        self._seen: set[Any] = set()  # code objects already recorded for the current test

    def _profile(self, frame: Any, event: str, arg: Any) -> None:
        if event != "call":
            return
        code = frame.f_code
        if code in self._seen:
            return
        self._seen.add(code)
        if self.current and code.co_filename.startswith(SRC):
            outer = code.co_qualname.split(".<locals>.")[0]
            self.hits[(code.co_filename, outer)].add(self.current)

    # pytest hooks
    def pytest_runtest_setup(self, item: Any) -> None:
        self.current = item.nodeid
        self._seen = set()
        self._t0 = time.perf_counter()
        sys.setprofile(self._profile)

    def pytest_runtest_teardown(self, item: Any) -> None:
        sys.setprofile(None)
        self.durations[item.nodeid] = time.perf_counter() - self._t0
        self.current = None


def _pytest(args: list[str], plugins: list[Any] | None = None, quiet: bool = True) -> int:
    import pytest

    base = ["-p", "no:cacheprovider", "-q", "-o", "addopts=", "-p", "no:randomly"]
    sink = io.StringIO()
    ctx = contextlib.redirect_stdout(sink) if quiet else contextlib.nullcontext()
    with ctx:
        return int(pytest.main(base + args, plugins=plugins or []))


def _test_files(tests: list[str]) -> dict[str, float]:
    """Every test file the arguments name (directories searched), with its modification time;
    a change in a data directory of ``DATA_OF`` counts as a change of every test file that
    reads it (test_golden_basis.py read the new cases of seed 16 but kept its old map)."""
    out: dict[str, float] = {}
    for t in tests:
        path = ROOT / t.split("::")[0]
        files = sorted(path.rglob("test_*.py")) if path.is_dir() else [path]
        for f in files:
            out[str(f.relative_to(ROOT))] = f.stat().st_mtime
    for data, words in DATA_OF.items():
        newest = max((f.stat().st_mtime for f in (ROOT / data).rglob("*")), default=0.0)
        for reader in out:
            text = (ROOT / reader).read_text("utf-8")
            if any(w in text for w in words):
                out[reader] = max(out[reader], newest)
    return out


def _src_digest() -> str:
    h = hashlib.sha256()
    for f in sorted(Path(SRC).rglob("*")):
        if f.is_file() and f.suffix in (".py", ".toml", ".csv", ".json"):
            h.update(str(f).encode() + f.read_bytes())
    return h.hexdigest()[:16]


def _trace(tests: list[str], tracer: _Tracer, deselect: list[str]) -> None:
    rc = _pytest([*tests, *(f"--deselect={d}" for d in deselect)], plugins=[tracer])
    if rc not in (0, 5):
        raise SystemExit(f"the tests fail without mutants (pytest exit {rc}); fix them first")


def test_map(
    tests: list[str], deselect: list[str], fresh: bool = False, any_src: bool = False
) -> _Tracer:
    """Which tests call which function of ``src/accessinfo`` (``.mutation/map.json``).

    Built once by running the tests under a profiler; reused while the source is unchanged
    and the tests arguments are the same, re-tracing only the test files changed since (so a
    new test file costs its own run, not the whole suite's)."""
    tracer = _Tracer()
    cache = OUT / "map.json"
    files = _test_files(tests)
    src = _src_digest()
    data = json.loads(cache.read_text("utf-8")) if cache.exists() and not fresh else None
    if (
        data
        and data.get("tests") == tests
        and (data.get("src") == src or any_src)
        and data.get("deselect") == deselect
    ):
        changed = sorted(f for f, t in files.items() if data["files"].get(f) != t)
        gone = set(data["files"]) - set(files)
        stale = {*changed, *gone}
        for k, v in data["hits"].items():
            kept = {n for n in v if n.split("::")[0] not in stale}
            if kept:
                tracer.hits[tuple(k.split("|", 1))] = kept  # type: ignore[index]
        tracer.durations.update(
            {n: d for n, d in data["durations"].items() if n.split("::")[0] not in stale}
        )
        if changed:
            print(f"map: re-tracing {len(changed)} changed test file(s)", flush=True)
            _trace(changed, tracer, deselect)
        else:
            print("map: reused .mutation/map.json", flush=True)
    else:
        print(f"map: running {' '.join(tests)} once to map tests to functions…", flush=True)
        t0 = time.perf_counter()
        _trace(tests, tracer, deselect)
        print(f"map: {time.perf_counter() - t0:.0f}s, {len(tracer.durations)} tests", flush=True)
    OUT.mkdir(exist_ok=True)
    hits = {f"{k[0]}|{k[1]}": sorted(v) for k, v in tracer.hits.items()}
    cache.write_text(
        json.dumps(
            {
                "tests": tests,
                "deselect": deselect,
                "src": src,
                "files": files,
                "hits": hits,
                "durations": tracer.durations,
            }
        ),
        "utf-8",
    )
    return tracer


# -- running ------------------------------------------------------------------------------
class _Select:
    """Keep only the given test ids, in their order. Passed as arguments, ids with ``/`` or
    ``::`` inside their parameters (the Vietnamese titles, the golden cases) are not found."""

    def __init__(self, ids: list[str]) -> None:
        self.order = {t: i for i, t in enumerate(ids)}

    def pytest_collection_modifyitems(self, items: list[Any]) -> None:
        kept = [it for it in items if it.nodeid in self.order]
        kept.sort(key=lambda it: self.order[it.nodeid])
        items[:] = kept


# Module-level memos (a dict or list filled on first use) in the mutated modules. The parent
# may fill them before forking (re-tracing a test file, or importing), and a mutant on a line
# that runs only when the memo is empty would then never run: each child empties them all.
# An explicit registry, not a rule on names: add a memo here when you add one to src/ (an
# entry whose module no longer has the name fails the mutant loudly, in child-errors.log).
MEMOS: tuple[tuple[str, str], ...] = (
    ("accessinfo.articles.law_01_2026.art_26", "_POINTS"),
    ("accessinfo.articles.law_104_2016.art_30", "_EXTENSIONS"),
    ("accessinfo.articles.law_104_2016.art_31", "_EXTENSIONS"),
    ("accessinfo.articles.law_104_2016.chapter_3", "_BASES"),
    ("accessinfo.articles.law_104_2016.chapter_3", "_CONDITIONS"),
    ("accessinfo.core.periods", "_DAY_ZERO"),
)


def clear_memos() -> None:
    """Empty every memo in :data:`MEMOS` whose module is loaded."""
    for module, name in MEMOS:
        mod = sys.modules.get(module)
        if mod is not None:
            memo = getattr(mod, name)  # AttributeError: the registry is out of date
            if not isinstance(memo, (dict, list)):
                raise TypeError(f"{module}.{name} is not a dict or list memo")
            memo.clear()


def _child(m: Mutant, tests: list[str]) -> None:
    os.environ["MUTANT_UNDER_TEST"] = m.id
    try:
        code = mutated_code(m)
        fns = live_functions(m)
        if not fns:
            os._exit(5)
        for fn in fns:
            fn.__code__ = code
        for o in gc.get_objects():  # results cached by the clean code would hide the mutant
            if isinstance(o, functools._lru_cache_wrapper):
                o.cache_clear()
        clear_memos()
        OUT.mkdir(exist_ok=True)
        out = OUT / f"child-{os.getpid()}.out"
        sink = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(sink, 1)
        os.dup2(sink, 2)
        files = list(dict.fromkeys(t.split("::")[0] for t in tests))
        rc = _pytest(["-x", *files], plugins=[_Select(tests)], quiet=False)
        if rc not in (0, 1):  # keep the end of pytest's output for the log
            with open(OUT / "child-errors.log", "a", encoding="utf-8") as log:
                tail = out.read_text("utf-8", "replace").splitlines()[-15:]
                log.write(f"--- {m.id}: pytest exit {rc}\n" + "\n".join(tail) + "\n")
        out.unlink()
    except BaseException:
        import traceback

        with open(OUT / "child-errors.log", "a", encoding="utf-8") as log:
            log.write(f"--- {m.id}\n{traceback.format_exc()}\n")
        os._exit(4)
    # pytest: 0 all passed (survived), 1 a test failed (killed); anything else (usage error,
    # no test collected, internal error) says nothing about the mutant
    os._exit({0: 0, 1: 1}.get(rc, 6))


def load_results() -> dict[str, dict[str, Any]]:
    path = OUT / "results.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text("utf-8"))
    if isinstance(data, list):  # the first format: one run's list
        return {d["id"]: d for d in data}
    return dict(data)


def _save(results: dict[str, dict[str, Any]], mutants: list[Mutant]) -> None:
    """Merge this run's mutants into ``.mutation/results.json`` (keyed by id: the other
    modules' results stay, so packages can be run one at a time)."""
    OUT.mkdir(exist_ok=True)
    results.update({m.id: asdict(m) for m in mutants})
    tmp = OUT / "results.json.tmp"
    tmp.write_text(json.dumps(results, indent=1), "utf-8")
    tmp.replace(OUT / "results.json")


DONE = {"killed", "timeout", "survived", "no-tests", "error"}


def run(
    files: list[Path],
    tests: list[str],
    jobs: int,
    only: str | None,
    keep: str = "none",
    deselect: tuple[str, ...] = (),
    fresh_map: bool = False,
    keep_map: bool = False,
    sample: int = 1,
    seed: int = 0,
) -> list[Mutant]:
    """Run the mutants of ``files``. ``keep``: which earlier results to keep for a mutant
    whose file is unchanged — ``none`` (run all), ``done`` (``--resume``: every finished one),
    ``killed`` (``--survivors``: tests only get stronger, so run again what survived)."""
    tracer = test_map(tests, list(deselect), fresh_map, keep_map)
    results = load_results()
    for f in files:  # mutants of a module that changed shape are dropped with it
        module = _module_name(f)
        for k in [k for k, v in results.items() if v["module"] == module]:
            if results[k]["digest"] != _digest(f) or keep == "none":
                del results[k]
    mutants = [m for f in files for m in mutants_of(f)]
    # the children swap code into live functions and run tests forked from this process:
    # import the targets and collect the tests here once (a reused map imported nothing)
    for module in dict.fromkeys(m.module for m in mutants):
        importlib.import_module(module)
    _pytest(["--collect-only", *tests])
    if only:
        mutants = [m for m in mutants if fnmatch.fnmatch(f"{m.module}.{m.function}", only)]
    if sample > 1:
        every = len(mutants)
        mutants = [m for m in mutants if sampled(m, sample, seed)]
        print(f"sample: {len(mutants)} of {every} mutants (1 in {sample}, seed {seed})")
    kept = {"done": DONE, "killed": {"killed", "timeout"}}.get(keep, set())
    for m in mutants:
        old = results.get(m.id)
        if old and m.status == "pending" and old["status"] in kept:
            m.status = old["status"]
    print(f"{len(mutants)} mutants in {len(files)} files; {jobs} at a time", flush=True)
    running: dict[int, tuple[Mutant, float, float]] = {}
    todo = [m for m in mutants if m.status == "pending"]
    print(f"{len(todo)} to run", flush=True)
    done = 0
    while todo or running:
        while todo and len(running) < jobs:
            m = todo.pop(0)
            key = (str((ROOT / m.file).resolve()), m.function)
            # fastest first: a killed mutant is usually killed by its quickest test
            selected = sorted(
                tracer.hits.get(key, ()), key=lambda t: (tracer.durations.get(t, 1), t)
            )
            if not selected:  # first called outside a test (import, collection, a cache
                # filled early): the tests of any function of its module, caches cleared
                selected = sorted(
                    {t for (f, _), ts in tracer.hits.items() if f == key[0] for t in ts},
                    key=lambda t: (tracer.durations.get(t, 1), t),
                )
            if not selected:
                m.status = "no-tests"
                continue
            budget = max(20.0, 10 * sum(tracer.durations.get(t, 1) for t in selected))
            pid = os.fork()
            if pid == 0:
                _child(m, selected)
            running[pid] = (m, time.monotonic(), budget)
        if not running:
            continue
        pid, status = _wait_any(running)
        if pid == 0:
            continue
        m, _, _ = running.pop(pid)
        code = os.waitstatus_to_exitcode(status)
        m.status = {0: "survived", 1: "killed", -signal.SIGKILL: "timeout"}.get(code, "error")
        if m.status == "error":
            with open(OUT / "child-errors.log", "a", encoding="utf-8") as log:
                log.write(f"--- {m.id}: child exit {code}\n")
        done += 1
        if done % 25 == 0:
            _save(results, mutants)
            print(f"  {done}/{len(todo) + len(running) + done}", flush=True)
    _save(results, mutants)
    return mutants


def _wait_any(running: dict[int, tuple[Mutant, float, float]]) -> tuple[int, int]:
    while True:
        pid, status = os.waitpid(-1, os.WNOHANG)
        if pid:
            return pid, status
        now = time.monotonic()
        for p, (_, start, budget) in running.items():
            if now - start > budget:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(p, signal.SIGKILL)
        time.sleep(0.02)


# -- reporting ----------------------------------------------------------------------------


def _group(path: str, depth: int) -> str:
    """``depth`` 0: the module; 1: its package (``articles/law_01_2026``)."""
    if depth == 0:
        return path
    parent = str(Path(path).parent)
    return parent if parent.startswith("src/accessinfo/articles/") else path


def report(
    mutants: list[dict[str, Any]], survivors: bool, files: list[str] | None = None, depth: int = 0
) -> None:
    """Per module (or package): killed, survived (a mutant no test executes included),
    equivalent, timeout, total, and the score = (killed + timeout) / (total - equivalent);
    mutants that did not load (error) or have not run are shown apart and not counted."""
    by_module: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mutants:
        if files and not any(m["file"].startswith(f) for f in files):
            continue
        by_module[_group(m["file"], depth)].append(m)
    head = f"{'':56} {'killed':>6} {'surv':>5} {'equiv':>5} {'tmout':>5} {'total':>5}  score"
    print(head)
    sums = [0, 0, 0, 0, 0]
    for path, ms in sorted(by_module.items()):
        n = [
            sum(m["status"] == "killed" for m in ms),
            sum(m["status"] in ("survived", "no-tests") for m in ms),
            sum(m["status"] == "equivalent" for m in ms),
            sum(m["status"] == "timeout" for m in ms),
        ]
        n.append(sum(n))
        sums = [a + b for a, b in zip(sums, n, strict=True)]
        print(_row(path, n, ms))
    if len(by_module) > 1:
        print(_row("all", sums, [m for ms in by_module.values() for m in ms]))
    if survivors:
        for ms in by_module.values():
            for m in ms:
                if m["status"] in ("survived", "no-tests"):
                    print(
                        f"{m['file']}:{m['line']}  {m['function']}  {m['kind']} "
                        f"{m['before']} -> {m['after']}  [{m['status']}]"
                    )


def _row(path: str, n: list[int], ms: list[dict[str, Any]]) -> str:
    killed, _, equivalent, timeout, total = n
    counted = total - equivalent
    score = f"{100 * (killed + timeout) / counted:5.1f}%" if counted else "    -"
    other = sum(m["status"] not in _SHOWN for m in ms)
    more = f"  ({other} not run or not loaded)" if other else ""
    return f"{path:56} {n[0]:6d} {n[1]:5d} {n[2]:5d} {n[3]:5d} {n[4]:5d}  {score}{more}"


_SHOWN = {"killed", "survived", "no-tests", "equivalent", "timeout"}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("files", nargs="+", type=Path)
    r.add_argument("--tests", nargs="+", required=True)
    r.add_argument("--deselect", action="append", default=[], help="a test id to leave out")
    r.add_argument("--jobs", type=int, default=2)
    r.add_argument("--only", help="glob over module.function, e.g. '*.art_29.*'")
    g = r.add_mutually_exclusive_group()
    g.add_argument("--resume", action="store_true", help="keep every finished mutant")
    g.add_argument(
        "--survivors", action="store_true", help="run again only what survived (or had no test)"
    )
    r.add_argument("--fresh-map", action="store_true", help="re-trace every test")
    r.add_argument(
        "--keep-map",
        action="store_true",
        help="keep the map although src changed (a change that moves no call between "
        "functions); changed test files are still re-traced",
    )
    r.add_argument("--sample", type=int, default=1, help="run about 1 mutant in K (fixed)")
    r.add_argument("--seed", type=int, default=0, help="which fixed sample (with --sample)")
    p = sub.add_parser("report")
    p.add_argument("files", nargs="*", help="only the modules under these paths")
    p.add_argument("--survivors", action="store_true")
    p.add_argument("--packages", action="store_true", help="one line per article package")
    a = ap.parse_args(argv)
    if a.cmd == "run":
        os.environ.pop("CI", None)
        keep = "done" if a.resume else "killed" if a.survivors else "none"
        files = [f for f in a.files if f.name != "__init__.py" or mutants_of(f)]
        mutants = run(
            files,
            a.tests,
            a.jobs,
            a.only,
            keep,
            tuple(a.deselect),
            a.fresh_map,
            a.keep_map,
            a.sample,
            a.seed,
        )
        report([asdict(m) for m in mutants], survivors=False)
        return 0
    data = list(load_results().values())
    report(data, survivors=a.survivors, files=a.files or None, depth=int(a.packages))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
