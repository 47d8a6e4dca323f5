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
from datetime import date, datetime, timedelta
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
NOT_YET_TRANSLATED: dict[str, str] = {}
# The modules the list started with (the i18n branch). It may lose entries, never gain them.
FIRST_LIST = frozenset(NOT_YET_TRANSLATED)

_MODULE_OF = {r.id: r.module for r in registry()}
SEEN: dict[str, list[str]] = {}  # allow-listed module -> problems seen (for the shrink test)


# English forms of instrument names and article references: never in a Vietnamese text
ENGLISH_NAMES = ("Decree No.", "Law No.", "Circular No.", "Civil Code", " Art ")


def missing_vietnamese(d: Decision[Any]) -> list[str]:
    """What of a Decision has no Vietnamese (empty: complete)."""
    out = []
    for vi in (d.explanation_vi or "", *d.caveats_vi):
        out += [f"English name {w!r} in {vi[:60]!r}" for w in ENGLISH_NAMES if w in vi]
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


# -- every facade: Decisions built outside @rule too -----------------------------------------
# The timeline, the letters, the calendar and the CLI build their Decisions themselves; the
# other facades hand back a rule's. Each is checked on hand-built scenarios that reach its
# branches (the Hypothesis sweep above rarely builds a valid request with events), and every
# facade function on the probe's plain inputs (tests/_probe.py) on dates around each change.
def _facade_scenarios() -> dict[str, Any]:
    from accessinfo.articles._outages import PortalIncident, SuspensionNotice
    from accessinfo.articles.decree_47_2020._types import DataRequest
    from accessinfo.calendar import VN_TZ, CalendarDays
    from accessinfo.models.access import (
        CostLine,
        CostOrder,
        InformationItem,
        RefusalCase,
        Requester,
    )
    from accessinfo.models.requests import InformationRequest
    from accessinfo.surfaces.cli import calendar_cmds
    from accessinfo.tasks import (
        access,
        data_sharing,
        letters,
        outages,
        requests,
        timeline,
        violations_db,
    )
    from accessinfo.tasks.timeline import RequestEvent

    out: dict[str, Any] = {}
    # requests under both laws, every way of providing, both complexities, moved day zero
    for law, received in (("104", date(2026, 3, 1)), ("01", date(2026, 9, 13))):
        for delivery in ("in_person", "electronic", "post", "fax"):
            for complexity in ("simple", "complex"):
                req = InformationRequest(
                    received_at=datetime.combine(received, datetime.min.time(), VN_TZ),
                    channel="electronic",
                    delivery=delivery,
                    complexity=complexity,
                )
                out[f"request_deadlines law {law} {delivery} {complexity}"] = lambda r=req: (
                    requests.request_deadlines(r, trace=True, receipt="next_working_day")
                )

    # the timeline: every kind of event, both laws, verdicts of every kind
    def ev(kind: str, at: date, **kw: Any) -> RequestEvent:
        return RequestEvent(kind=kind, at=at, **kw)  # type: ignore[arg-type]

    post_104 = InformationRequest(
        received_at=date(2026, 3, 3), channel="post", complexity="complex"
    )
    email_01 = InformationRequest(
        received_at=date(2026, 9, 1), channel="electronic", complexity="complex"
    )
    simple_104 = InformationRequest(
        received_at=date(2026, 3, 3), channel="electronic", complexity="simple"
    )
    at_once = InformationRequest(
        received_at=date(2026, 8, 20), channel="in_person", complexity="simple"
    )
    timelines = {
        "nothing done, overdue": (post_104, [], date(2026, 3, 27)),
        "late extension, missed notice": (
            post_104,
            [ev("extension_notified", date(2026, 3, 25)), ev("provided", date(2026, 3, 26))],
            date(2026, 4, 1),
        ),
        "timely extension over the cap, costs paid": (
            post_104,
            [
                ev("handling_notice_sent", date(2026, 3, 5)),
                ev("extension_notified", date(2026, 3, 20), extended_to=date(2026, 5, 1)),
                ev("costs_requested", date(2026, 3, 9)),
                ev("costs_paid", date(2026, 3, 10)),
                ev("provided", date(2026, 4, 1)),
            ],
            date(2026, 4, 2),
        ),
        "answered before the notice was due": (
            post_104,
            [ev("refused", date(2026, 3, 5))],
            date(2026, 3, 6),
        ),
        "extension where none is allowed; forms of Decree 337": (
            simple_104,
            [
                ev("acknowledged", date(2026, 3, 3)),
                ev("resolution_notified", date(2026, 3, 4)),
                ev("handling_notice_sent", date(2026, 3, 4)),
                ev("extension_notified", date(2026, 3, 4)),
            ],
            date(2026, 3, 4),
        ),
        "Law 01: forms 02 and 03, refusal, costs unpaid": (
            email_01,
            [
                ev("acknowledged", date(2026, 9, 3)),
                ev("resolution_notified", date(2026, 9, 4)),
                ev("costs_requested", date(2026, 9, 4)),
                ev("extension_notified", date(2026, 9, 10)),
                ev("refused", date(2026, 9, 25)),
            ],
            date(2026, 9, 30),
        ),
        "Law 104 costs awaited after Decree 13 ended": (
            at_once,
            [ev("costs_requested", date(2026, 8, 20))],
            date(2026, 9, 3),
        ),
    }
    for name, (req, evs, as_of) in timelines.items():
        out[f"timeline: {name}"] = lambda r=req, e=evs, a=as_of: timeline.request_timeline(
            r, e, as_of=a, trace=True
        )
    # letters under both laws, in both languages, Law 104 on both sides of 1/9/2026
    case = RefusalCase(
        item=InformationItem(category="open"), beyond_capacity=True, within_responsibility=False
    )
    who = {"agency": "Sở Tư pháp", "requester_name": "Nguyễn Văn A"}
    for lang in ("vi", "en"):
        for asked, on in (
            (date(2026, 3, 2), date(2026, 3, 5)),
            (date(2026, 8, 20), date(2026, 9, 3)),
            (date(2026, 9, 14), date(2026, 9, 15)),
        ):
            out[f"refusal_letter {asked} {on} {lang}"] = lambda a=asked, o=on, g=lang: (
                letters.refusal_letter(
                    access.refusal_grounds(case, on=a),
                    request_date=a,
                    on=o,
                    language=g,
                    responsible_agency="UBND xã B",
                    **who,
                )
            )
        for channel, asked, original, extended, on in (
            ("in_person", date(2026, 3, 2), date(2026, 3, 16), date(2026, 3, 30), date(2026, 3, 9)),
            ("post", date(2026, 8, 20), date(2026, 9, 14), date(2026, 9, 29), date(2026, 9, 3)),
            (
                "electronic",
                date(2026, 9, 14),
                date(2026, 9, 26),
                date(2026, 10, 8),
                date(2026, 9, 18),
            ),
        ):
            out[f"extension_notice {channel} {asked} {lang}"] = (
                lambda c=channel, a=asked, o=original, x=extended, d=on, g=lang: (
                    letters.extension_notice(
                        request_date=a,
                        channel=c,
                        original_respond_by=o,
                        extended_respond_by=x,
                        on=d,
                        language=g,
                        **who,
                    )
                )
            )
    # outages on both sides of 1/7/2026 and 15/10/2026; data sharing before its repeal
    for starts in (date(2026, 6, 25), date(2026, 7, 20)):
        for fm in (False, True):
            out[f"suspension_notice_deadline {starts} {fm}"] = lambda s=starts, f=fm: (
                outages.suspension_notice_deadline(s, force_majeure=f, trace=True)
            )
        for kind in ("planned", "incident"):
            notice = SuspensionNotice(
                suspension_from=starts,
                kind=kind,  # type: ignore[arg-type]
                published_at=starts - timedelta(days=3),
                states_recovery_time=False,
            )
            out[f"check_suspension_notice {starts} {kind}"] = lambda n=notice: (
                outages.check_suspension_notice(n)
            )
    for occurred in (date(2024, 8, 6), date(2026, 10, 20)):
        incident = PortalIncident(occurred_at=occurred, recovered_at=occurred + timedelta(days=2))
        out[f"incident_duties {occurred}"] = lambda i=incident: outages.incident_duties(
            i, trace=True
        )
    out["data_sharing_suspension_notice_deadline"] = lambda: (
        outages.data_sharing_suspension_notice_deadline(date(2025, 5, 12), trace=True)
    )
    out["user_suspension_notice_deadline"] = lambda: outages.user_suspension_notice_deadline(
        date(2025, 5, 9)
    )
    on_ds = date(2025, 5, 5)
    out["sharing_mode"] = lambda: data_sharing.sharing_mode(
        DataRequest(recipient="state_agency", ready_for_default_sharing=True), on=on_ds
    )
    out["shared_by_default"] = lambda: data_sharing.shared_by_default(
        "national_master_data", on=on_ds
    )
    out["sharing_fee"] = lambda: data_sharing.sharing_fee("organisation", on=on_ds)
    out["prohibited_acts"] = lambda: data_sharing.prohibited_acts(on=on_ds)
    out["may_ask_in_writing"] = lambda: data_sharing.may_ask_in_writing(
        obtained_by_connection=True, on=on_ds
    )
    out["may_collect_again"] = lambda: data_sharing.may_collect_again(
        available_by_sharing=True, on=on_ds
    )
    out["default_list_review_due"] = lambda: data_sharing.default_list_review_due(date(2025, 1, 6))
    # access questions on both sides of 1/9/2026
    for on in (date(2026, 8, 31), date(2026, 9, 1)):
        out[f"eligibility {on}"] = lambda o=on: access.eligibility(
            Requester(kind="organisation", members_with_same_request=3), on=o
        )
        out[f"access_class {on}"] = lambda o=on: access.access_class(
            InformationItem(category="working_secret"), on=o
        )
        out[f"refusal_grounds {on}"] = lambda o=on: access.refusal_grounds(case, on=o)
        out[f"disclosure_duty {on}"] = lambda o=on: access.disclosure_duty("planning", on=o)
        out[f"request_costs {on}"] = lambda o=on: access.request_costs(
            CostOrder(lines=(CostLine(item="photocopy_bw", quantity=4),), sending="email"),
            sent=o,
        )
    # the violations database
    on_v = date(2026, 3, 2)
    out["access_forms"] = lambda: violations_db.access_forms("supervisory_body", on=on_v)
    out["connection_deadlines"] = lambda: violations_db.connection_deadlines(on_v, trace=True)
    out["lookup_deadlines"] = lambda: violations_db.lookup_deadlines(on_v)
    out["written_request_deadline"] = lambda: violations_db.written_request_deadline(on_v)
    out["database_forms"] = lambda: violations_db.database_forms(on=on_v)
    out["managing_agency_duties"] = lambda: violations_db.managing_agency_duties(on=on_v)
    # the calendar and the CLI's calendar commands (2027: a New Year bridge still unknown)
    out["calendar add"] = lambda: PUBLIC_SECTOR.add(date(2026, 12, 28), WorkingDays(5), trace=True)
    out["calendar add calendar days"] = lambda: PUBLIC_SECTOR.add(
        date(2026, 12, 20), CalendarDays(12), trace=True
    )
    out["calendar explain"] = lambda: PUBLIC_SECTOR.explain(
        PUBLIC_SECTOR.reckon(date(2027, 2, 1), WorkingDays(10), trace=True)
    )
    out["cli day"] = lambda: calendar_cmds.day_decision(PUBLIC_SECTOR, date(2027, 1, 1))
    out["cli day swapped"] = lambda: calendar_cmds.day_decision(PUBLIC_SECTOR, date(2026, 1, 10))
    out["cli count"] = lambda: calendar_cmds.count_decision(
        PUBLIC_SECTOR, date(2026, 12, 20), date(2027, 2, 20)
    )
    out["cli special-days"] = lambda: calendar_cmds.special_days_decision(PUBLIC_SECTOR, 2027)
    return out


FACADE_SCENARIOS = _facade_scenarios()


@pytest.mark.parametrize("name", sorted(FACADE_SCENARIOS))
def test_every_facade_decision_is_in_vietnamese(name: str) -> None:
    d = FACADE_SCENARIOS[name]()
    assert isinstance(d, Decision), name
    problems = missing_vietnamese(d)
    assert not problems, f"{name}: lacks Vietnamese: " + "; ".join(problems)


def test_facade_functions_on_plain_inputs_are_in_vietnamese() -> None:
    from tests import _probe
    from tests.contract_inputs import facade_modules

    checked = set()
    for mod in facade_modules():
        for fname in getattr(mod, "__all__", []):
            fn = getattr(mod, fname)
            if not callable(fn) or isinstance(fn, type):
                continue
            for when in _probe.DATES:
                result = _probe.call(fn, when)
                if isinstance(result, dict) and "basis" in result:
                    d = Decision[Any].model_validate(result)
                    problems = missing_vietnamese(d)
                    assert not problems, f"{mod.__name__}.{fname} on {when}: " + "; ".join(problems)
                    checked.add(fname)
    assert len(checked) >= 15, sorted(checked)


def test_the_facade_scenarios_reach_every_facade_function() -> None:
    """Each public function of the request, timeline, letters and outages facades is run."""
    names = " ".join(FACADE_SCENARIOS)
    for fn in (
        "request_deadlines",
        "timeline",
        "refusal_letter",
        "extension_notice",
        "suspension_notice_deadline",
        "check_suspension_notice",
        "incident_duties",
        "data_sharing_suspension_notice_deadline",
        "user_suspension_notice_deadline",
        "cli day",
        "cli count",
        "cli special-days",
    ):
        assert fn in names, fn


# -- errors ---------------------------------------------------------------------------------
ERROR_CASES = [c for c in CASES if "raises" in c.values[0]]


@pytest.mark.parametrize("case", ERROR_CASES)
def test_golden_errors_speak_vietnamese(case: dict[str, Any]) -> None:
    """The errors a user meets in the golden cases' ``raises:`` have a real translation."""
    fn = resolve(case["function"])
    with pytest.raises(AccessInfoError) as info:
        fn(**{k: convert(v) for k, v in case["input"].items()})
    exc = info.value
    assert exc.detail_vi, f"{case['name']!r}: {exc.code} has no Vietnamese: {exc.message}"
    assert UNTRANSLATED_VI.strip() not in exc.message_vi, (
        f"{case['name']!r}: part of the message is untranslated: {exc.message_vi}"
    )
    assert not any(w in exc.message_vi for w in ENGLISH_NAMES), exc.message_vi


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
