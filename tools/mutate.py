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
    status: str = "pending"  # killed | survived | timeout | no-tests | error


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


def mutants_of(path: Path) -> list[Mutant]:
    source = path.read_text("utf-8")
    tree = ast.parse(source)
    owner = _owners(tree)
    rel = path.resolve().relative_to(ROOT / "src")
    module = ".".join(rel.with_suffix("").parts)
    out = []
    for k, (node, kind, before, after) in enumerate(_candidates(tree)):
        line = getattr(node, "lineno", 0)
        col = getattr(node, "col_offset", 0)
        out.append(
            Mutant(
                id=f"{module}:{k}",
                file=str(path.resolve().relative_to(ROOT)),
                module=module,
                function=owner[id(node)],
                line=line,
                col=col,
                kind=kind,
                before=before,
                after=after,
            )
        )
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
class _Tracer:
    """Records, per test, the (file, qualname) of target functions it called."""

    def __init__(self, files: set[str]) -> None:
        self.files = files
        self.current: str | None = None
        self.hits: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.durations: dict[str, float] = {}
        self._t0 = 0.0

    def _trace(self, frame: Any, event: str, arg: Any) -> None:
        code = frame.f_code
        if event == "call" and self.current and code.co_filename in self.files:
            outer = code.co_qualname.split(".<locals>.")[0]
            self.hits[(code.co_filename, outer)].add(self.current)
        return None

    # pytest hooks
    def pytest_runtest_setup(self, item: Any) -> None:
        self.current = item.nodeid
        self._t0 = time.perf_counter()
        sys.setprofile(self._profile)

    def _profile(self, frame: Any, event: str, arg: Any) -> None:
        if event == "call":
            self._trace(frame, event, arg)

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


# -- running ------------------------------------------------------------------------------
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
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        rc = _pytest(["-x", *tests])
    except BaseException:
        import traceback

        with open(OUT / "child-errors.log", "a", encoding="utf-8") as log:
            log.write(f"--- {m.id}\n{traceback.format_exc()}\n")
        os._exit(4)
    # pytest: 0 all passed (survived), 1 a test failed (killed); anything else (usage error,
    # no test collected, internal error) says nothing about the mutant
    os._exit({0: 0, 1: 1}.get(rc, 6))


def _save(mutants: list[Mutant]) -> None:
    OUT.mkdir(exist_ok=True)
    tmp = OUT / "results.json.tmp"
    tmp.write_text(json.dumps([asdict(m) for m in mutants], indent=1), "utf-8")
    tmp.replace(OUT / "results.json")


def _baseline(files: list[Path], tests: list[str], resume: bool) -> _Tracer:
    """Which tests call which target function (cached in .mutation/map.json for --resume)."""
    targets = {str(f.resolve()) for f in files}
    tracer = _Tracer(targets)
    cache = OUT / "map.json"
    if resume and cache.exists():
        data = json.loads(cache.read_text("utf-8"))
        if data["tests"] == tests:
            tracer.hits.update({tuple(k.split("|", 1)): set(v) for k, v in data["hits"].items()})
            tracer.durations.update(data["durations"])
            print("baseline: reused .mutation/map.json", flush=True)
            return tracer
    print(f"baseline: running {' '.join(tests)} once to map tests to functions…", flush=True)
    t0 = time.perf_counter()
    rc = _pytest(tests, plugins=[tracer])
    if rc != 0:
        raise SystemExit(f"the tests fail without mutants (pytest exit {rc}); fix them first")
    print(f"baseline: {time.perf_counter() - t0:.1f}s, {len(tracer.durations)} tests", flush=True)
    OUT.mkdir(exist_ok=True)
    hits = {f"{k[0]}|{k[1]}": sorted(v) for k, v in tracer.hits.items()}
    cache.write_text(
        json.dumps({"tests": tests, "hits": hits, "durations": tracer.durations}), "utf-8"
    )
    return tracer


def run(
    files: list[Path], tests: list[str], jobs: int, only: str | None, resume: bool = False
) -> list[Mutant]:
    tracer = _baseline(files, tests, resume)
    mutants = [m for f in files for m in mutants_of(f)]
    if only:
        mutants = [m for m in mutants if fnmatch.fnmatch(f"{m.module}.{m.function}", only)]
    if resume and (OUT / "results.json").exists():
        before = {d["id"]: d for d in json.loads((OUT / "results.json").read_text("utf-8"))}
        for m in mutants:
            old = before.get(m.id)
            if old and old["status"] != "pending" and old["line"] == m.line:
                m.status = old["status"]
    print(f"{len(mutants)} mutants in {len(files)} files; {jobs} at a time", flush=True)
    running: dict[int, tuple[Mutant, float, float]] = {}
    todo = [m for m in mutants if m.status == "pending"]
    done = len(mutants) - len(todo)
    while todo or running:
        while todo and len(running) < jobs:
            m = todo.pop(0)
            key = (str((ROOT / m.file).resolve()), m.function)
            selected = sorted(tracer.hits.get(key, ()))
            if not selected:
                m.status = "no-tests"
                done += 1
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
        if code == 6:
            m.status = "error"  # pytest could not run the selected tests
        done += 1
        if done % 25 == 0:
            _save(mutants)
            print(f"  {done}/{len(mutants)}", flush=True)
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
KILLED = {"killed", "timeout"}


def report(mutants: list[dict[str, Any]], survivors: bool) -> None:
    by_module: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mutants:
        by_module[m["file"]].append(m)
    total_k = total = 0
    for path, ms in sorted(by_module.items()):
        counted = [m for m in ms if m["status"] not in ("error", "pending")]
        k = sum(m["status"] in KILLED for m in counted)
        total_k, total = total_k + k, total + len(counted)
        pending = sum(m["status"] == "pending" for m in ms)
        if not counted:
            print(f"{path:62} not run yet ({pending} mutants)")
            continue
        score = 100 * k / len(counted)
        more = f"  ({pending} not run yet)" if pending else ""
        print(f"{path:62} {k:5d}/{len(counted):<5d} killed = {score:5.1f}%{more}")
    if total:
        print(
            f"{'mutation score':62} {total_k:5d}/{total:<5d} killed = {100 * total_k / total:5.1f}%"
        )
    errors = sum(m["status"] == "error" for m in mutants)
    if errors:
        print(f"({errors} mutants did not compile or load, not counted)")
    if survivors:
        for m in mutants:
            if m["status"] in ("survived", "no-tests"):
                print(
                    f"{m['file']}:{m['line']}  {m['function']}  {m['kind']} "
                    f"{m['before']} -> {m['after']}  [{m['status']}]"
                )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("files", nargs="+", type=Path)
    r.add_argument("--tests", nargs="+", required=True)
    r.add_argument("--jobs", type=int, default=2)
    r.add_argument("--only", help="glob over module.function, e.g. '*.art_29.*'")
    r.add_argument("--resume", action="store_true", help="keep finished mutants, reuse the map")
    p = sub.add_parser("report")
    p.add_argument("--survivors", action="store_true")
    a = ap.parse_args(argv)
    if a.cmd == "run":
        os.environ.pop("CI", None)
        mutants = run(a.files, a.tests, a.jobs, a.only, a.resume)
        _save(mutants)
        report([asdict(m) for m in mutants], survivors=False)
        return 0
    data = json.loads((OUT / "results.json").read_text("utf-8"))
    report(data, survivors=a.survivors)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
