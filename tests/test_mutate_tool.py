"""tools/mutate.py reaches the bodies of ``@rule`` functions (mutmut 3 skips them).

Checked in-process without forking: the mutants of a rule module include its decorated rule,
the mutated code object replaces the live function's code, and the decorated wrapper then
answers differently; the clean code is put back afterwards.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "accessinfo_tools_mutate", ROOT / "tools" / "mutate.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


mutate = _tool()


def test_a_decorated_rule_body_gets_mutants_and_they_take_effect() -> None:
    from accessinfo.articles.circular_13_2016.art_18 import written_request_deadlines

    path = ROOT / "src/accessinfo/articles/circular_13_2016/art_18.py"
    mutants = [m for m in mutate.mutants_of(path) if m.function == "written_request_deadlines"]
    assert mutants, "no mutant inside the @rule body"
    assert hasattr(written_request_deadlines, "__rule__")  # the public name is the wrapper
    clean = written_request_deadlines(date(2026, 3, 2)).outcome
    changed = 0
    for m in mutants:
        fns = mutate.live_functions(m)
        assert fns and all(f is not written_request_deadlines for f in fns)
        try:
            code = mutate.mutated_code(m)
        except LookupError:
            continue
        saved = [f.__code__ for f in fns]
        try:
            for f in fns:
                f.__code__ = code
            try:
                changed += written_request_deadlines(date(2026, 3, 2)).outcome != clean
            except Exception:
                changed += 1
        finally:
            for f, c in zip(fns, saved, strict=True):
                f.__code__ = c
    assert changed > 0
    assert written_request_deadlines(date(2026, 3, 2)).outcome == clean


def test_docstrings_and_annotations_are_not_mutated() -> None:
    path = ROOT / "src/accessinfo/articles/law_104_2016/art_5.py"
    kinds = {(m.kind, m.before) for m in mutate.mutants_of(path)}
    assert not any("The access class of an item" in b for _, b in kinds)
    assert all(m.function for m in mutate.mutants_of(path))


def _module_memos() -> set[tuple[str, str]]:
    """Module-level names bound to an empty dict or list in the mutated modules."""
    import ast

    src = ROOT / "src"
    files = [*sorted((src / "accessinfo" / "articles").rglob("*.py"))]
    files.append(src / "accessinfo" / "core" / "periods.py")
    found: set[tuple[str, str]] = set()
    for path in files:
        module = ".".join(path.relative_to(src).with_suffix("").parts)
        for node in ast.parse(path.read_text("utf-8")).body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                target, value = node.target, node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            else:
                continue
            empty = (isinstance(value, ast.Dict) and not value.keys) or (
                isinstance(value, ast.List) and not value.elts
            )
            if empty and isinstance(target, ast.Name) and target.id != "__all__":
                found.add((module, target.id))
    return found


def test_every_module_memo_is_registered_and_cleared() -> None:
    # a memo the parent filled before forking would hide a mutant of the line that fills it
    assert _module_memos() == set(mutate.MEMOS)
    memos = [getattr(importlib.import_module(m), n) for m, n in mutate.MEMOS]
    saved = [memo.copy() for memo in memos]
    for memo in memos:  # as the parent may leave them when it forks
        if isinstance(memo, dict):
            memo[object()] = None
        else:
            memo.append(None)
    try:
        mutate.clear_memos()
        assert all(len(memo) == 0 for memo in memos)
    finally:
        for memo, old in zip(memos, saved, strict=True):
            memo.clear()
            memo.extend(old) if isinstance(memo, list) else memo.update(old)


def test_a_new_golden_case_re_traces_every_test_file_that_reads_the_cases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seed 16: new cases in tests/cases/ were run by test_golden_basis.py, but only
    test_golden_cases.py was re-traced, so two killed mutants were reported as survivors."""
    import os

    (tmp_path / "tests" / "cases").mkdir(parents=True)
    readers = {
        "test_golden_cases.py": "CASES = load()\n",
        "test_golden_basis.py": "from tests.test_golden_cases import CASES\n",
    }
    for name, text in {**readers, "test_pickle.py": "import pickle\n"}.items():
        (tmp_path / "tests" / name).write_text(text, "utf-8")
        os.utime(tmp_path / "tests" / name, (1_000, 1_000))
    case = tmp_path / "tests" / "cases" / "new.yaml"
    case.write_text("- name: new\n", "utf-8")
    os.utime(case, (2_000, 2_000))
    monkeypatch.setattr(mutate, "ROOT", tmp_path)
    files = mutate._test_files(["tests"])
    assert files["tests/test_golden_cases.py"] == files["tests/test_golden_basis.py"] == 2_000
    assert files["tests/test_pickle.py"] == 1_000
