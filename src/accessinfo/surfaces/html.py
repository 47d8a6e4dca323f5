"""HTML views for notebooks and the docs: a Decision as a card, its trace as a month grid,
and the working calendar as month grids (Jupyter calls ``_repr_html_``).

Each fragment carries its own ``<style>`` (scoped under ``.accessinfo``) so it renders the
same in Jupyter, in the docs and in a standalone page from :func:`page`.

>>> from datetime import date
>>> from accessinfo.calendar import PUBLIC_SECTOR, WorkingDays
>>> html = decision_html(PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True))
>>> 'class="ai-day ai-end' in html and 'data-date="2026-01-10"' in html
True
"""

from __future__ import annotations

import calendar as _stdcal
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from html import escape as _escape
from typing import Any

from pydantic import BaseModel

from accessinfo.core.messages import Lang, check_lang, localized, msg
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput

__all__ = ["STYLE", "calendar_html", "decision_html", "escape", "page", "trace_grid_html"]

_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_HEAD = ("Mon<br>T2", "Tue<br>T3", "Wed<br>T4", "Thu<br>T5", "Fri<br>T6", "Sat<br>T7", "Sun<br>CN")
_MONTHS = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Which step a day shows when several periods touch it (a deadline wins).
_PRIORITY = {"end": 0, "start": 1, "counted": 2, "rolled": 3, "skipped": 4, "note": 5}
_REST = frozenset({"weekend", "holiday", "compensatory", "swapped_rest", "local_rest"})

STYLE = """<style>
.accessinfo{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:14px;
 color:#1b1b1b;max-width:980px;line-height:1.35}
.accessinfo .ai-head{display:flex;align-items:baseline;gap:.6em;flex-wrap:wrap}
.accessinfo .ai-outcome{font-size:1.35em;font-weight:700}
.accessinfo .ai-badge{border-radius:999px;padding:1px 9px;font-size:.8em;font-weight:600;
 text-transform:uppercase;letter-spacing:.04em}
.accessinfo .ai-final{background:#dcf3e3;color:#14532d}
.accessinfo .ai-provisional{background:#fff1c2;color:#7a4d00}
.accessinfo .ai-fields{border-collapse:collapse;margin:.4em 0}
.accessinfo .ai-fields td{padding:1px 12px 1px 0;vertical-align:top}
.accessinfo .ai-fields td:first-child{color:#555;font-family:ui-monospace,monospace}
.accessinfo .ai-basis{margin:.3em 0 .3em 1.1em;padding:0}
.accessinfo .ai-basis .ai-en{color:#555;font-size:.9em}
.accessinfo .ai-caveats{background:#fff8e1;border-left:3px solid #e0a800;margin:.4em 0;
 padding:.3em .6em .3em 1.6em}
.accessinfo .ai-meta{color:#666;font-size:.85em}
.accessinfo .ai-months{display:flex;flex-wrap:wrap;gap:14px;margin:.6em 0;
 align-items:flex-start}
.accessinfo table.ai-month{border-collapse:separate;border-spacing:3px;font-size:13px;
 table-layout:fixed}
.accessinfo table.ai-month caption{font-weight:600;text-align:left;padding:0 0 3px 3px}
.accessinfo table.ai-month th{font-weight:500;color:#666;font-size:10.5px;line-height:1.1}
.accessinfo .ai-day{width:40px;min-width:40px;max-width:40px;height:38px;overflow:hidden;
 text-align:center;vertical-align:top;border-radius:5px;border:1px solid #e3e3e3;
 background:#fff;padding:2px 1px;position:relative}
.accessinfo .ai-day .ai-d{display:block;font-weight:600}
.accessinfo .ai-day .ai-n{display:block;font-size:10.5px;color:#2c6e2f}
.accessinfo .ai-blank{border:none;background:none}
.accessinfo .ai-out{color:#b4b4b4;border-color:#f1f1f1}
.accessinfo .ai-counted{background:#d7f2d9;border-color:#8fcf95}
.accessinfo .ai-skipped{background:#efefef;color:#777}
.accessinfo .ai-skipped.ai-k-holiday,.accessinfo .ai-skipped.ai-k-compensatory,
.accessinfo .ai-skipped.ai-k-swapped_rest,.accessinfo .ai-skipped.ai-k-local_rest,
.accessinfo .ai-cal.ai-k-holiday,.accessinfo .ai-cal.ai-k-compensatory,
.accessinfo .ai-cal.ai-k-swapped_rest,.accessinfo .ai-cal.ai-k-local_rest
 {background:#fbd9d9;color:#8a1c1c;border-color:#eeaaaa}
.accessinfo .ai-cal.ai-k-weekend{background:#efefef;color:#777}
.accessinfo .ai-k-swapped_working,.accessinfo .ai-k-local_working
 {border:2px dashed #d97706 !important}
.accessinfo .ai-k-swapped_working .ai-d::after,.accessinfo .ai-k-local_working .ai-d::after
 {content:"⇄";color:#d97706;font-size:10px;margin-left:1px}
.accessinfo .ai-rolled{background:#fff0b3;border-color:#e6c200}
.accessinfo .ai-start{box-shadow:inset 0 0 0 2px #2563eb}
.accessinfo .ai-start .ai-n{color:#2563eb}
.accessinfo .ai-end{background:#1f3f73 !important;color:#fff !important;border-color:#1f3f73}
.accessinfo .ai-end .ai-n{color:#fff;font-weight:600}
.accessinfo .ai-uncertain .ai-d::before{content:"?";color:#b45309;font-size:10px}
.accessinfo .ai-legend{display:flex;flex-wrap:wrap;gap:10px;font-size:12px;color:#444;
 margin:.2em 0 .5em}
.accessinfo .ai-legend span.ai-day{display:inline-block;width:20px;min-width:20px;height:14px;
 padding:0;vertical-align:middle;margin-right:4px;font-size:10px;line-height:14px}
.accessinfo .ai-legend .ai-d::after{font-size:9px !important}
.accessinfo details{margin-top:.4em}
.accessinfo .ai-item{border-left:3px solid #c7d2e0;padding:2px 0 2px 8px;margin:4px 0}
.accessinfo .ai-item .ai-fields{margin:0}
.accessinfo ul.ai-deadlines{list-style:none;padding:0;margin:.2em 0}
.accessinfo .ai-mark{display:inline-block;background:#1f3f73;color:#fff;border-radius:4px;
 padding:0 5px;font-size:11px}
.accessinfo table.ai-trace{border-collapse:collapse;font-size:12.5px}
.accessinfo table.ai-trace td{border-top:1px solid #eee;padding:2px 8px 2px 0}
.accessinfo table.ai-special{border-collapse:collapse;font-size:12.5px;margin-top:.5em}
.accessinfo table.ai-special td,.accessinfo table.ai-special th{border-top:1px solid #eee;
 padding:2px 10px 2px 0;text-align:left}
</style>"""


@public
def escape(value: object) -> str:
    """The one escaping function: every value that reaches the HTML, as text or in an
    attribute, goes through here (``&``, ``<``, ``>``, ``"`` and ``'`` are replaced)."""
    return _escape(str(value), quote=True)


_TOKEN = re.compile(r"[^A-Za-z0-9_-]")


def _classes(*names: str) -> str:
    """A ``class`` attribute value: each name reduced to letters, digits, ``_`` and ``-``."""
    return " ".join(_TOKEN.sub("_", n) for name in names for n in str(name).split() if n)


def _fmt(value: object) -> str:
    if value is None:
        return "— (none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return f"{_EN[value.weekday()]} {value.day:02d}/{value.month:02d}/{value.year}"
    return str(value)


def _value_html(value: object) -> str:
    """Any outcome value as HTML: models as field tables, lists of models as tables."""
    if isinstance(value, BaseModel) and hasattr(value, "en") and hasattr(value, "instrument"):
        return f'{escape(str(value))} <span class="ai-en">({escape(str(value.en))})</span>'
    if isinstance(value, BaseModel):
        rows = "".join(
            f"<tr><td>{escape(k)}</td><td>{_value_html(v)}</td></tr>"
            for k, v in value.__dict__.items()
        )
        return f'<table class="ai-fields">{rows}</table>'
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, BaseModel) for v in value):
            if all(hasattr(v, "instrument") for v in value):
                return "<br>".join(_value_html(v) for v in value)
            items = []
            for v in value:
                fields = list(v.__dict__.items())
                (k0, v0), rest = fields[0], fields[1:]
                rows = "".join(
                    f"<tr><td>{escape(k)}</td><td>{_value_html(x)}</td></tr>"
                    for k, x in rest
                    if x is not None
                )
                items.append(
                    f'<div class="ai-item"><b>{escape(_fmt(v0))}</b> '
                    f'<span class="ai-en">{escape(k0)}</span>'
                    f'<table class="ai-fields">{rows}</table></div>'
                )
            return "".join(items)
        return "<br>".join(escape(_fmt(v)) for v in value) or "—"
    return escape(_fmt(value))


def _outcome_html(outcome: object) -> tuple[str, str]:
    """(headline, details) for an outcome of any type."""
    if isinstance(outcome, BaseModel):
        return escape(type(outcome).__name__), _value_html(outcome)
    if isinstance(outcome, (list, tuple)):
        return f"{escape(len(outcome))} item(s)", _value_html(outcome)
    return escape(_fmt(outcome)), ""


def _legend(items: Iterable[tuple[str, str]]) -> str:
    return (
        '<div class="ai-legend">'
        + "".join(
            f'<span><span class="{escape(_classes("ai-day", c))}"><span class="ai-d"></span>'
            f"</span>{escape(t)}</span>"
            for c, t in items
        )
        + "</div>"
    )


_TRACE_LEGEND = (  # (classes, message key html.legend.<key>)
    ("ai-start", "start"),
    ("ai-counted", "counted"),
    ("ai-skipped", "skipped"),
    ("ai-skipped ai-k-holiday", "holiday"),
    ("ai-counted ai-k-swapped_working", "swapped_working"),
    ("ai-rolled", "rolled"),
    ("ai-end", "end"),
)


def _month_table(year: int, month: int, cell: Any, caption_extra: str = "") -> str:
    """One month as a Monday-first grid; ``cell(d)`` returns (classes, inner html, title)."""
    rows = []
    for week in _stdcal.Calendar(firstweekday=0).monthdatescalendar(year, month):
        tds = []
        for d in week:
            if d.month != month:
                tds.append('<td class="ai-day ai-blank"></td>')
                continue
            classes, inner, title = cell(d)
            tds.append(
                f'<td class="{escape(_classes("ai-day", classes))}" '
                f'data-date="{escape(d.isoformat())}" title="{escape(title)}">'
                f'<span class="ai-d">{escape(d.day)}</span>{inner}</td>'
            )
        rows.append("<tr>" + "".join(tds) + "</tr>")
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in _HEAD) + "</tr>"
    cap = f"{_MONTHS[month]} {year} · tháng {month}/{year}{caption_extra}"
    return (
        f'<table class="ai-month" data-month="{escape(f"{year:04d}-{month:02d}")}">'
        f"<caption>{escape(cap)}</caption>{head}{''.join(rows)}</table>"
    )


def _months_between(lo: date, hi: date) -> list[tuple[int, int]]:
    out = []
    y, m = lo.year, lo.month
    while (y, m) <= (hi.year, hi.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _steps(trace: object) -> tuple[Any, ...]:
    from accessinfo.core.decisions import Step

    if trace is None:
        return ()
    if isinstance(trace, (str, bytes)) or not isinstance(trace, (list, tuple)):
        raise InvalidInput(
            msg("errors.must_be", name="trace", expected="Sequence[Step]", got=type(trace).__name__)
        )
    if not all(isinstance(s, Step) for s in trace):
        raise InvalidInput(msg("errors.html.steps_only"))
    return tuple(trace)


def _decision(decision: object) -> Any:
    from accessinfo.core.decisions import Decision

    if not isinstance(decision, Decision):
        raise InvalidInput(
            msg("errors.must_be", name="decision", expected="Decision", got=type(decision).__name__)
        )
    return decision


@public
def trace_grid_html(trace: Sequence[Any], lang: Lang = "en") -> str:
    """The trace as month grids: day zero, counted, skipped, holidays, swaps, deadline."""
    trace = _steps(trace)
    if not trace:
        return ""
    vi = check_lang(lang) == "vi"
    due_word = msg("html.due").get(lang)
    by_day: dict[date, list[Any]] = {}
    ends_on: dict[str, date] = {}  # label -> deadline, in the order the periods end
    for s in trace:
        by_day.setdefault(s.date, []).append(s)
        if s.action == "end":
            ends_on[s.label or "deadline"] = s.date
    numbers = {label: i for i, label in enumerate(ends_on, start=1)}

    def cell(d: date) -> tuple[str, str, str]:
        steps = by_day.get(d)
        if not steps:
            return "ai-out", "", d.isoformat()
        top = min(steps, key=lambda s: _PRIORITY.get(s.action, 9))
        kinds = {s.kind for s in steps if s.kind}
        classes = [f"ai-{top.action}"] + [f"ai-k-{k}" for k in sorted(kinds)]
        if top.action == "end" and all(k in _REST for k in kinds):
            classes.append("ai-rolled")
        if any("projected" in s.reason or "derived" in s.reason for s in steps):
            classes.append("ai-uncertain")
        ends = [s.label or "deadline" for s in steps if s.action == "end"]
        counted = [s.n for s in steps if s.action == "counted" and s.n is not None]
        if ends:
            marks = " ".join(f"⚑{numbers[e]}" if len(numbers) > 1 else due_word for e in ends)
            inner = f'<span class="ai-n">{escape(marks)}</span>'
            if counted:
                classes.append("ai-counted")
        elif top.action == "start":
            inner = '<span class="ai-n">0</span>'
        elif counted:
            inner = f'<span class="ai-n">{escape(counted[0])}</span>'
        else:
            inner = ""
        title = "\n".join(
            f"{s.action}{'' if s.n is None else ' ' + str(s.n)}"
            f"{' [' + s.label + ']' if s.label else ''}: "
            f"{(s.reason_vi or s.reason) if vi else s.reason}"
            for s in steps
        )
        return " ".join(classes), inner, title

    lo, hi = min(by_day), max(by_day)
    months = "".join(_month_table(y, m, cell) for y, m in _months_between(lo, hi))
    due = "".join(
        f'<li data-label="{escape(label)}"><span class="ai-mark">'
        f"{escape('⚑' + str(i) if len(numbers) > 1 else due_word)}</span> {escape(label)}: "
        f"<b>{escape(_fmt(when))}</b></li>"
        for label, (i, when) in ((k, (numbers[k], ends_on[k])) for k in numbers)
    )
    return (
        _legend((c, msg(f"html.legend.{k}").get(lang)) for c, k in _TRACE_LEGEND)
        + f'<div class="ai-months">{months}</div>'
        + f'<ul class="ai-deadlines">{due}</ul>'
    )


def _trace_table(trace: Sequence[Any], lang: Lang = "en") -> str:
    vi = lang == "vi"
    body = "".join(
        f'<tr class="{escape(_classes("ai-step-" + s.action))}"><td>{escape(_fmt(s.date))}</td>'
        f"<td>{escape(s.label or '')}</td>"
        f"<td>{escape(msg('cli.action.' + s.action).vi if vi else s.action)}</td>"
        f"<td>{'' if s.n is None else escape(s.n)}</td>"
        f"<td>{escape((s.reason_vi or s.reason) if vi else s.reason)}</td></tr>"
        for s in trace
    )
    summary = f"{msg('cli.label.trace').get(lang).rstrip(':')} {len(trace)}"
    return (
        f"<details><summary>{escape(summary)}</summary>"
        f'<table class="ai-trace">{body}</table></details>'
    )


@public
def decision_html(decision: Any, *, style: bool = True, lang: Lang = "en") -> str:
    """A Decision as an HTML card: outcome, status, explanation, citations, trace grid.

    ``lang="vi"``: the Vietnamese explanation and caveats (untranslated ones marked), the
    citations in Vietnamese only, Vietnamese labels and trace reasons.
    """
    vi = check_lang(lang) == "vi"
    decision = _decision(decision)
    if not isinstance(style, bool):
        raise InvalidInput(msg("errors.true_or_false", name="style", value=f"{style!r:.60}"))
    head, details = _outcome_html(decision.outcome)
    basis = "".join(
        f'<li><span class="ai-vi">{escape(str(c))}</span>'
        + ("" if vi else f'<br><span class="ai-en">{escape(c.en)}</span>')
        + "</li>"
        for c in decision.basis
    )
    explanation, caveat_texts = localized(decision, lang)
    caveats = "".join(f"<li>{escape(c)}</li>" for c in caveat_texts)
    readings = ", ".join(f"{escape(k)}={escape(v)}" for k, v in sorted(decision.readings.items()))

    def t(key: str, **params: Any) -> str:
        return msg(f"cli.{key}", **params).get(lang)

    meta = [escape(t("label.rule_set", rule_set=decision.rule_set))]
    if decision.rule_id:
        meta.insert(
            0, f"{escape(t('label.rule', rule='')).strip()} <code>{escape(decision.rule_id)}</code>"
        )
    if decision.calendar_version:
        meta.append(escape(t("label.calendar", version=decision.calendar_version)))
    if readings:
        meta.append(f"{escape(t('label.readings'))} {readings}")
    trace = ""
    if decision.trace:
        trace = trace_grid_html(decision.trace, lang) + _trace_table(decision.trace, lang)
    status = escape(decision.status)
    badge = escape(_classes("ai-badge", "ai-" + decision.status))
    return (
        (STYLE if style else "")
        + f'<div class="accessinfo accessinfo-decision" data-status="{status}" '
        f'lang="{escape(lang)}">'
        f'<div class="ai-head"><span class="ai-outcome">{head}</span>'
        f'<span class="{badge}">{escape(t("status." + decision.status))}</span></div>'
        f"{details}<p>{escape(explanation)}</p>"
        f'<ul class="ai-basis">{basis}</ul>'
        + (f'<ul class="ai-caveats">{caveats}</ul>' if caveats else "")
        + f'<div class="ai-meta">{" · ".join(meta)}</div>'
        + trace
        + "</div>"
    )


_CAL_LEGEND = (
    ("ai-cal ai-k-working", "working day"),
    ("ai-cal ai-k-weekend", "weekend"),
    ("ai-cal ai-k-holiday", "holiday / day off"),
    ("ai-cal ai-k-swapped_working", "swapped working Saturday"),
    ("ai-cal ai-uncertain", "? projected or derived (provisional)"),
)


@public
def calendar_html(
    calendar: Any, year: int | None = None, month: int | None = None, *, style: bool = True
) -> str:
    """Month grids of ``calendar`` for ``year`` (or one ``month``), with the special days.

    Without ``year`` it shows the last year of announced schedules (``known_until``).
    """
    from accessinfo.core.periods import check_calendar

    cal = check_calendar(calendar)
    if year is None:
        year = cal.known_until.year
    if type(year) is not int or not cal.first.year <= year <= cal.last.year:
        raise InvalidInput(
            msg(
                "errors.whole_in_range",
                name="year",
                low=cal.first.year,
                high=cal.last.year,
                value=f"{year!r:.60}",
            )
        )
    if month is not None and (type(month) is not int or not 1 <= month <= 12):
        raise InvalidInput(
            msg("errors.whole_in_range", name="month", low=1, high=12, value=f"{month!r:.60}")
        )
    special = {i.date: i for i in cal.special_days(year)}

    def cell(d: date) -> tuple[str, str, str]:
        info = special.get(d)
        if info is None:
            kind = "weekend" if d.weekday() >= 5 else "working"
            return f"ai-cal ai-k-{kind}", "", f"{d.isoformat()}: {kind}"
        classes = f"ai-cal ai-k-{info.kind}"
        if info.status in ("derived", "projected"):
            classes += " ai-uncertain"
        src = info.source.en if info.source else "override"
        return classes, "", f"{d.isoformat()}: {info.name_en} / {info.name_vi} ({src})"

    months = [month] if month is not None else list(range(1, 13))
    grids = "".join(_month_table(year, m, cell) for m in months)
    rows = "".join(
        f'<tr class="{escape(_classes("ai-k-" + i.kind))}"><td>{escape(_fmt(i.date))}</td>'
        f"<td>{escape(i.kind)}</td><td>{escape(i.name_vi)}<br>{escape(i.name_en)}</td>"
        f"<td>{escape(i.source.en if i.source else 'agency override')}</td>"
        f"<td>{escape(i.status)}</td></tr>"
        for d, i in sorted(special.items())
        if month is None or d.month == month
    )
    return (
        (STYLE if style else "")
        + f'<div class="accessinfo accessinfo-calendar" data-year="{escape(year)}">'
        f'<div class="ai-head"><span class="ai-outcome">{escape(cal.name)} {year}</span>'
        f'<span class="ai-meta">version {escape(cal.version)}, announced schedules until '
        f"{escape(cal.known_until.isoformat())}</span></div>"
        + _legend(_CAL_LEGEND)
        + f'<div class="ai-months">{grids}</div>'
        f'<table class="ai-special"><tr><th>date</th><th>kind</th><th>name</th>'
        f"<th>source</th><th>status</th></tr>{rows}</table></div>"
    )


@public
def page(content: Any, *, title: str = "accessinfo", lang: Lang = "en") -> str:
    """A standalone HTML document for a Decision (or an HTML fragment: trusted markup)."""
    check_lang(lang)
    if not isinstance(title, str):
        raise InvalidInput(
            msg("errors.must_be", name="title", expected="str", got=type(title).__name__)
        )
    body = content if isinstance(content, str) else decision_html(_decision(content), lang=lang)
    return (
        f'<!doctype html><html lang="{escape(lang)}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head>"
        f'<body style="margin:16px;background:#fff">{body}</body></html>'
    )
