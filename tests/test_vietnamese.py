"""(c) Vietnamese completeness: every Decision has its Vietnamese, every error code its title.

Every Decision produced by the golden cases and by a Hypothesis sweep over the rule registry
(valid inputs of every rule) must have ``explanation_vi``, one ``caveats_vi`` per caveat with
none left untranslated, and a Vietnamese reason on every trace step.

Modules are being translated by their owners in parallel: ``NOT_YET_TRANSLATED`` lists the
ones still allowed to answer in English only, each with its owner. The list only shrinks: a
module on it whose answers have become complete fails ``test_the_allow_list_only_shrinks``
until its entry is removed, and the lead empties it when every branch has landed.
"""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accessinfo.calendar import PUBLIC_SECTOR, WorkingDays, as_vn_date
from accessinfo.core.decisions import Decision
from accessinfo.core.messages import UNTRANSLATED_VI, catalogue
from accessinfo.core.periods import choose
from accessinfo.core.rules import applicable, registry
from accessinfo.errors import ERROR_CODES, AccessInfoError, InvalidInput
from accessinfo.surfaces import cli
from tests.contract_inputs import build, targets, valid_for
from tests.test_golden_cases import CASES, convert, resolve

# module (accessinfo.articles.<…>) -> who is translating it. Remove an entry when it is done.
NOT_YET_TRANSLATED: dict[str, str] = {
    "accessinfo.articles.law_104_2016.chapter_3": "law-requests",
    "accessinfo.articles.decree_47_2020.art_6": "law-status",
}
# The modules the list started with (the i18n branch). It may lose entries, never gain them.
FIRST_LIST = frozenset(NOT_YET_TRANSLATED)

_MODULE_OF = {r.id: r.module for r in registry()}
SEEN: dict[str, list[str]] = {}  # allow-listed module -> problems seen (for the shrink test)


def missing_vietnamese(d: Decision[Any]) -> list[str]:
    """What of a Decision has no Vietnamese (empty: complete)."""
    out = []
    if d.explanation_vi is None:
        out.append(f"explanation ({d.explanation[:60]!r})")
    if len(d.caveats_vi) != len(d.caveats):
        out.append(f"caveats ({len(d.caveats_vi)} of {len(d.caveats)} in Vietnamese)")
    else:
        out += [
            f"caveat {c[:60]!r}"
            for c, v in zip(d.caveats, d.caveats_vi, strict=True)
            if v.startswith(UNTRANSLATED_VI)
        ]
    if d.explanation_vi is not None and UNTRANSLATED_VI in d.explanation_vi:
        out.append("explanation (part untranslated)")
    for s in d.trace or ():
        if s.reason_vi is None:
            out.append(f"trace step {s.date} {s.action} ({s.reason[:40]!r})")
            break
    return out


def check(d: Decision[Any], where: str) -> None:
    problems = missing_vietnamese(d)
    module = _MODULE_OF.get(d.rule_id or "", "")
    if module in NOT_YET_TRANSLATED:
        SEEN.setdefault(module, []).extend(problems)
        return
    assert not problems, (
        f"{where}: rule {d.rule_id} ({module or d.rule_set}) lacks Vietnamese: "
        + "; ".join(problems)
        + " — put its texts in accessinfo/_messages/ (msg/later), see docs/i18n.md"
    )


# -- golden cases ---------------------------------------------------------------------------
GOLDEN = [c for c in CASES if "expected" in c.values[0]]


@pytest.mark.parametrize("case", GOLDEN)
def test_golden_decisions_are_in_vietnamese(case: dict[str, Any]) -> None:
    fn = resolve(case["function"])
    d = fn(**{k: convert(v) for k, v in case["input"].items()})
    assert isinstance(d, Decision)
    check(d, f"golden case {case['name']!r}")


# -- every rule, valid inputs ---------------------------------------------------------------
RULES = [t for t in targets() if t.name.startswith("rule:")]
SWEEP = settings(
    max_examples=int(os.environ.get("VI_EXAMPLES", "12")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
    derandomize=True,
)


@pytest.mark.parametrize("target", RULES, ids=[t.name for t in RULES])
@SWEEP
@given(data=st.data())
def test_every_rule_answers_in_vietnamese(target: Any, data: st.DataObject) -> None:
    kwargs: dict[str, Any] = {}
    for p in target.signature.parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.default is not p.empty and data.draw(st.booleans(), label=f"omit {p.name}"):
            continue
        kwargs[p.name] = data.draw(valid_for(target.hints.get(p.name, Any)), label=p.name)
    try:
        d = target.function(**{k: build(v) for k, v in kwargs.items()})
    except AccessInfoError as exc:
        assert exc.message_vi  # refused inputs: the error still speaks Vietnamese
        return
    assert isinstance(d, Decision)
    check(d, target.name)


def test_the_allow_list_only_shrinks() -> None:
    assert set(NOT_YET_TRANSLATED) <= FIRST_LIST
    assert all(owner.strip() for owner in NOT_YET_TRANSLATED.values())
    modules = set(_MODULE_OF.values())
    gone = [m for m in NOT_YET_TRANSLATED if m not in modules]
    assert not gone, f"allow-listed modules that no longer exist: remove them: {gone}"


def test_allow_listed_modules_are_really_untranslated() -> None:
    """A module on the list whose sampled answers are all complete must leave the list."""
    for r in registry():
        if r.module not in NOT_YET_TRANSLATED or r.module in SEEN:
            continue
        # not reached by the sweep in this session (run alone): sample it here
        target = next(t for t in RULES if t.name == f"rule:{r.id}")
        _sample_module(target)
    done = [m for m in NOT_YET_TRANSLATED if m in SEEN and not SEEN[m]]
    assert not done, (
        f"now complete in Vietnamese: remove from NOT_YET_TRANSLATED in {__file__}: {done}"
    )


@settings(max_examples=12, deadline=None, database=None, derandomize=True)
@given(data=st.data())
def _sweep_one(target: Any, data: st.DataObject) -> None:
    kwargs = {
        p.name: data.draw(valid_for(target.hints.get(p.name, Any)))
        for p in target.signature.parameters.values()
        if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    }
    try:
        d = target.function(**{k: build(v) for k, v in kwargs.items()})
    except AccessInfoError:
        return
    check(d, target.name)


def _sample_module(target: Any) -> None:
    _sweep_one(target)


# -- errors ---------------------------------------------------------------------------------
def test_every_error_code_has_a_vietnamese_title() -> None:
    titles = catalogue("errors")
    for code in (*ERROR_CODES, "accessinfo-error"):
        entry = titles.get(f"errors.title.{code}")
        assert entry and entry["vi"].strip(), (
            f'error code {code!r} has no Vietnamese title: add ["title.{code}"] to '
            "accessinfo/_messages/errors.toml"
        )


def _raised(fn: Any) -> AccessInfoError:
    with pytest.raises(AccessInfoError) as info:
        fn()
    return info.value


def test_the_errors_raised_most_speak_vietnamese() -> None:
    from accessinfo.models.requests import InformationRequest
    from accessinfo.tasks.requests import request_deadlines

    cases = {
        "naive datetime": lambda: as_vn_date(datetime(2026, 1, 9, 9, 0)),
        "not a date": lambda: as_vn_date("9/1/2026"),
        "outside the calendar": lambda: PUBLIC_SECTOR.is_working_day(date(2016, 1, 1)),
        "result outside": lambda: PUBLIC_SECTOR.add(date(2035, 12, 1), WorkingDays(400)),
        "unknown option": lambda: choose("pigeon", "channel", ("in_person", "electronic")),
        "no rule in force": lambda: applicable("simple_electronic_respond_by", on=date(2017, 1, 2)),
        "calendar unknown": lambda: PUBLIC_SECTOR.add(
            date(2027, 12, 20), WorkingDays(20), strict=True
        ),
        "missing complexity": lambda: request_deadlines(
            InformationRequest(received_at=date(2026, 3, 2), channel="electronic")
        ),
    }
    for name, fn in cases.items():
        exc = _raised(fn)
        assert exc.detail_vi, f"{name}: {exc.code} has no Vietnamese message ({exc.message})"
        assert exc.message_vi == exc.detail_vi and UNTRANSLATED_VI.strip() not in exc.message_vi
    cli_exc = _raised(lambda: cli._common.parse_date("2026-13-01"))
    assert cli_exc.detail_vi and "YYYY-MM-DD" in cli_exc.detail_vi


def test_an_untranslated_error_degrades_to_its_title_and_marked_english() -> None:
    exc = InvalidInput("something odd")
    assert exc.detail_vi is None and exc.title_vi == "Dữ liệu đầu vào không hợp lệ"
    assert exc.message_vi == (
        "Dữ liệu đầu vào không hợp lệ. Chi tiết (chưa có bản tiếng Việt): something odd"
    )
    assert str(exc) == "[invalid-input] something odd" and exc.message == "something odd"

    class Odd(AccessInfoError):
        code = "odd-new-code"

    assert Odd("x").title_vi == "Lỗi của accessinfo"  # a code without a title: the root's


# -- the command line -----------------------------------------------------------------------
def run(argv: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = os.environ.get("ACCESSINFO_LANG")
    if env is not None and "ACCESSINFO_LANG" in env:
        os.environ["ACCESSINFO_LANG"] = env["ACCESSINFO_LANG"]
    else:
        os.environ.pop("ACCESSINFO_LANG", None)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = cli.main(argv)
    finally:
        if old is None:
            os.environ.pop("ACCESSINFO_LANG", None)
        else:
            os.environ["ACCESSINFO_LANG"] = old
    return code, out.getvalue(), err.getvalue()


def test_cli_lang_vi() -> None:
    code, out, _ = run(["add", "2026-01-09", "3", "--trace", "--lang", "vi"])
    assert code == 0
    assert out.splitlines()[0] == (
        "3 ngày làm việc kể từ ngày Thứ Sáu, 09/01/2026: Thứ Ba, 13/01/2026  [chính thức]"
    )
    assert "Căn cứ:" in out and "khoản 3 Điều 147 Bộ luật Dân sự số 91/2015/QH13" in out
    assert "Civil Code" not in out  # the English citation is left out in Vietnamese
    assert "10/01/2026  tính      1  Thứ Bảy: ngày làm việc bù do hoán đổi" in out
    code, out, _ = run(["day", "2026-01-10"], {"ACCESSINFO_LANG": "vi_VN.UTF-8"})
    assert code == 0 and out.startswith("Thứ Bảy, 10/01/2026: NGÀY LÀM VIỆC  [chính thức]")
    code, out, _ = run(["day", "2026-01-10", "--lang", "en"], {"ACCESSINFO_LANG": "vi"})
    assert out.startswith("Saturday 2026-01-10 (Thứ Bảy): WORKING DAY  [final]")


def test_cli_lang_default_and_bad_values() -> None:
    code, out, _ = run(["day", "2026-01-10"])
    assert code == 0 and "WORKING DAY" in out
    code, _, err = run(["day", "2026-01-10"], {"ACCESSINFO_LANG": "fr"})
    assert code == cli.EXIT_USAGE and "ACCESSINFO_LANG" in err
    code, _, err = run(["day", "2026-01-10", "--lang", "fr"])
    assert code == cli.EXIT_USAGE
    code, _, err = run(["day", "2016-01-01", "--lang", "vi"])
    assert code == cli.EXIT_ERROR
    assert err == (
        "accessinfo: lỗi outside-calendar: Ngày 01/01/2016 nằm ngoài phạm vi của lịch làm việc "
        "(từ ngày 01/01/2018 đến ngày 31/12/2035)\n"
    )


def test_html_in_both_languages() -> None:
    from accessinfo.surfaces.html import decision_html, page

    d = PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True)
    vi = decision_html(d, lang="vi")
    assert "Thời hạn 3 ngày làm việc kể từ ngày 09/01/2026" in vi and "chính thức" in vi
    assert "Civil Code" not in vi and 'lang="vi"' in vi
    en = decision_html(d)
    assert "3 working day(s) after 2026-01-09" in en and "Civil Code" in en
    assert page(d, lang="vi").startswith('<!doctype html><html lang="vi">')
    with pytest.raises(InvalidInput):
        decision_html(d, lang="fr")  # type: ignore[arg-type]
