"""The compliance report of a judged register: one self-contained HTML page.

:func:`report_html` writes the counts (rows read, judged, refused), the summary tables
(counts and shares by verdict, law, channel and month), the charts (inline SVG images, no
script, no network: ``report_charts``), the due dates of the coming weeks as month grids
shaded by how many duties fall due each day (like the calendar view of
``surfaces/html.py``), the late, missed and overdue rows with their citations, and the
refused rows with their reasons. Every value from the register is escaped.

>>> from datetime import date
>>> from accessinfo.tasks.registers import judge_requests
>>> j = judge_requests({"received": ["2026-11-20"], "channel": ["post"],
...                     "complexity": ["simple"], "reference": ["<b>A</b>"]},
...                    as_of=date(2026, 12, 1))
>>> html = report_html(j, charts=False)
>>> "&lt;b&gt;A&lt;/b&gt;" in html and "<b>A</b>" not in html
True
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from html import escape as _html_escape
from typing import Any

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, check_calendar
from accessinfo.core.messages import Lang, check_lang, msg
from accessinfo.core.signature import check_whole, public
from accessinfo.surfaces.html import STYLE, _month_table, _months_between
from accessinfo.surfaces.report_charts import (
    COLOURS,
    available,
    lateness_figure,
    lead_time_figure,
    months_figure,
    svg_data_uri,
)
from accessinfo.tasks.registers import Judged, summarize

__all__ = ["REPORT_STYLE", "due_heatmap_html", "report_html"]

MAX_WEEKS = 520  # ten years of month grids: more is not a report


def escape(value: object) -> str:
    """Text for HTML, in an element or an attribute (``& < > " '`` replaced)."""
    return _html_escape(str(value), quote=True)


REPORT_STYLE = """<style>
.accessinfo h1{font-size:1.5em;margin:.2em 0}
.accessinfo h2{font-size:1.15em;margin:1.2em 0 .3em}
.accessinfo table.ai-sum{border-collapse:collapse;font-size:12.5px;margin:.3em 0}
.accessinfo table.ai-sum th,.accessinfo table.ai-sum td{border-bottom:1px solid #e6e6e6;
 padding:2px 9px;text-align:right} .accessinfo table.ai-sum th{background:#f4f6f9}
.accessinfo table.ai-sum td:first-child,.accessinfo table.ai-sum th:first-child,
.accessinfo table.ai-sum td.ai-l{text-align:left}
.accessinfo table.ai-late td,.accessinfo table.ai-late th{text-align:left;white-space:nowrap}
.accessinfo table.ai-late td:last-child{white-space:normal}
.accessinfo .ai-counts{display:flex;gap:18px;margin:.4em 0}
.accessinfo .ai-count{background:#f4f6f9;border-radius:6px;padding:6px 12px}
.accessinfo .ai-count b{display:block;font-size:1.4em}
.accessinfo img.ai-chart{max-width:100%;height:auto;border:1px solid #eee;margin:.3em 0}
.accessinfo .ai-heat-1{background:#dbe7f7} .accessinfo .ai-heat-2{background:#a9c4ea}
.accessinfo .ai-heat-3{background:#6d9bd8;color:#fff}
.accessinfo .ai-heat-4{background:#2f62b0;color:#fff}
.accessinfo .ai-heat-5{background:#1f3f73;color:#fff}
.accessinfo .ai-heat-1 .ai-n,.accessinfo .ai-heat-2 .ai-n{color:#1f3f73}
.accessinfo .ai-heat-3 .ai-n,.accessinfo .ai-heat-4 .ai-n,.accessinfo .ai-heat-5 .ai-n{color:#fff}
.accessinfo .ai-v{border-radius:4px;padding:0 5px;color:#fff;font-size:11.5px;white-space:nowrap}
</style>"""


def _t(key: str, lang: Lang, **params: Any) -> str:
    return escape(msg(f"registers.report.{key}", **params).get(lang))


def _verdict(v: object) -> str:
    colour = COLOURS.get(str(v), "#777")
    return f'<span class="ai-v" style="background:{colour}">{escape(v)}</span>'


def _summary_table(rows: list[dict[str, Any]], verdicts: tuple[str, ...], lang: Lang) -> str:
    shown = [v for v in verdicts if any(r[v] for r in rows)]
    head = (
        f"<tr><th>{_t('group', lang)}</th><th>{_t('rows', lang)}</th>"
        + "".join(f"<th>{escape(v)}</th>" for v in shown)
        + "</tr>"
    )
    body = "".join(
        f'<tr data-dimension="{escape(r["dimension"])}" data-value="{escape(r["value"])}">'
        f"<td>{escape(r['dimension'])}: {escape(r['value'])}</td><td>{escape(r['rows'])}</td>"
        + "".join(
            f"<td>{escape(r[v])}"
            + (f" ({escape(format(r['share_' + v], '.1%'))})" if r[v] else "")
            + "</td>"
            for v in shown
        )
        + "</tr>"
        for r in rows
    )
    return f'<table class="ai-sum">{head}{body}</table>'


@public
def due_heatmap_html(
    judged: Judged,
    *,
    weeks: int = 6,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    lang: Lang = "en",
) -> str:
    """Month grids of the ``weeks`` weeks from ``as_of``: each day shaded by how many pending
    duties fall due on it (requests only), rest days greyed as in the calendar view."""
    check_whole(weeks, "weeks", 1, MAX_WEEKS)
    check_lang(lang)
    calendar = check_calendar(calendar)
    if judged.kind != "requests" or judged.as_of is None:
        return ""
    start = judged.as_of
    end = start + timedelta(days=7 * weeks - 1)
    due: Counter[date] = Counter()
    for r in judged.rows:
        for duty in ("respond", "notify_handling_time", "notify_extension"):
            if r.get(f"{duty}_verdict") == "pending":
                d = r[f"{duty}_due"]
                if start <= d <= end:
                    due[d] += 1
    top = max(due.values(), default=0)
    word = msg("registers.report.due_on").get(lang)

    def cell(d: date) -> tuple[str, str, str]:
        if not start <= d <= end:
            return "ai-out", "", d.isoformat()
        n = due.get(d, 0)
        rest = d <= calendar.last and not calendar.is_working_day(d)
        classes = "ai-cal ai-k-weekend" if rest and not n else "ai-cal"
        if n:
            level = 1 + (4 * n) // (top + 1) if top > 1 else 3
            classes += f" ai-heat-{min(level, 5)}"
        inner = f'<span class="ai-n">{n}</span>' if n else ""
        return classes, inner, f"{d.isoformat()}: {n} {word}"

    grids = "".join(_month_table(y, m, cell) for y, m in _months_between(start, end))
    return f'<div class="ai-months" data-heatmap="due">{grids}</div>'


_MAX_ROWS = 1000


def _late_rows(judged: Judged, lang: Lang, limit: int) -> tuple[str, int]:
    refs = judged.columns.get("reference")
    cite = "citations_vi" if lang == "vi" else "citations"
    lines: list[str] = []
    total = shown = 0
    requests = judged.kind == "requests"
    for i, r in enumerate(judged.rows):
        if r.get("error_code") is not None:
            continue
        ref = "" if refs is None or refs[i] is None else refs[i]
        if requests:
            bad = [
                d
                for d in ("notify_handling_time", "notify_extension", "respond")
                if r[f"{d}_verdict"] in ("late", "missed", "overdue")
            ]
        else:
            bad = [d for d in r["breaches"].split(";") if d]
        if not bad:
            continue
        total += 1
        if shown >= limit:
            continue
        shown += 1
        for d in bad:
            if requests:
                cells = (
                    escape(r["law"]),
                    escape(d),
                    escape(r[f"{d}_due"] or ""),
                    escape(r[f"{d}_done"] or ""),
                    _verdict(r[f"{d}_verdict"]),
                    escape(
                        "" if r[f"{d}_working_days_late"] is None else r[f"{d}_working_days_late"]
                    ),
                )
            else:
                cells = (
                    escape(r["decree"]),
                    escape(d),
                    escape(r["latest_notice_day"] or ""),
                    escape("" if r["lead_working_days"] is None else r["lead_working_days"]),
                    _verdict("breached"),
                    escape(
                        ""
                        if r["advance_notice_working_days_late"] is None or d != "advance_notice"
                        else r["advance_notice_working_days_late"]
                    ),
                )
            lines.append(
                f'<tr data-row="{i + 1}"><td>{i + 1}</td><td class="ai-l">{escape(ref)}</td>'
                + "".join(f"<td>{c}</td>" for c in cells)
                + f'<td class="ai-l">{escape(r[cite])}</td></tr>'
            )
    keys = (
        ("law", "duty", "due", "done", "verdict", "working_days_late")
        if requests
        else ("decree", "duty", "latest_notice_day", "lead", "verdict", "working_days_late")
    )
    head = (
        f"<tr><th>{_t('col.row', lang)}</th><th>{_t('col.reference', lang)}</th>"
        + "".join(f"<th>{_t('col.' + k, lang)}</th>" for k in keys)
        + f"<th>{_t('col.citations', lang)}</th></tr>"
    )
    return f'<table class="ai-sum ai-late">{head}{"".join(lines)}</table>', total


@public
def report_html(
    judged: Judged,
    *,
    lang: Lang = "en",
    source: str | None = None,
    title: str | None = None,
    weeks: int = 6,
    charts: bool = True,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    max_rows: int = _MAX_ROWS,
) -> str:
    """The whole report as one HTML document (charts inline when matplotlib is installed)."""
    from accessinfo.tasks.registers import NOTICE_VERDICTS, VERDICTS

    check_lang(lang)
    check_whole(weeks, "weeks", 1, MAX_WEEKS)
    check_whole(max_rows, "max_rows", 0, 10**9)
    calendar = check_calendar(calendar)
    requests = judged.kind == "requests"
    verdicts = VERDICTS if requests else NOTICE_VERDICTS
    heading = title or msg(f"registers.report.title.{judged.kind}").get(lang)
    summary = summarize(judged)
    parts = [f"<h1>{escape(heading)}</h1>"]
    meta = []
    if source:
        meta.append(_t("meta.source", lang, source=source))
    if judged.as_of is not None:
        meta.append(_t("meta.as_of", lang, as_of=judged.as_of))
    meta.append(_t("meta.calendar", lang, version=judged.calendar_version))
    if judged.readings:
        readings = ", ".join(f"{k}={v}" for k, v in sorted(judged.readings.items()))
        meta.append(_t("meta.readings", lang, readings=readings))
    parts.append(f'<div class="ai-meta">{" · ".join(meta)}</div>')
    parts.append(
        '<div class="ai-counts">'
        + "".join(
            f'<div class="ai-count" data-count="{k}"><b>{escape(n)}</b>'
            f"{_t('count.' + k, lang)}</div>"
            for k, n in (
                ("read", judged.read),
                ("judged", judged.judged),
                ("refused", judged.refused_count),
            )
        )
        + "</div>"
    )
    main = "respond" if requests else "advance_notice"
    parts.append(f"<h2>{_t('h.summary', lang, duty=main)}</h2>")
    parts.append(_summary_table([r for r in summary if r["dimension"] != "duty"], verdicts, lang))
    parts.append(f"<h2>{_t('h.duties', lang)}</h2>")
    parts.append(_summary_table([r for r in summary if r["dimension"] == "duty"], verdicts, lang))
    if charts and available():
        figures = (
            (("lateness", lateness_figure), ("months", months_figure))
            if requests
            else (("lead", lead_time_figure), ("months", months_figure))
        )
        for key, make in figures:
            fig = make(judged, lang)
            if fig is None:
                continue
            parts.append(f"<h2>{_t('h.' + key, lang)}</h2>")
            parts.append(
                f'<img class="ai-chart" data-chart="{key}" alt="{_t("h." + key, lang)}" '
                f'src="{svg_data_uri(fig)}">'
            )
    elif charts:
        parts.append(f'<p class="ai-caveats">{_t("no_charts", lang)}</p>')
    if requests:
        parts.append(f"<h2>{_t('h.heatmap', lang, weeks=weeks)}</h2>")
        parts.append(due_heatmap_html(judged, weeks=weeks, calendar=calendar, lang=lang))
    table, total = _late_rows(judged, lang, max_rows)
    key = "h.late" if requests else "h.breached"
    parts.append(f"<h2>{_t(key, lang, n=total)}</h2>")
    if total > max_rows:
        parts.append(f"<p>{_t('first_rows', lang, shown=max_rows, total=total)}</p>")
    parts.append(table)
    if judged.refused:
        parts.append(f"<h2>{_t('h.refused', lang, n=judged.refused_count)}</h2>")
        rows = "".join(
            f'<tr data-row="{r.row}"><td>{r.row}</td><td class="ai-l">{escape(r.code)}</td>'
            f'<td class="ai-l">{escape(r.reason_vi if lang == "vi" else r.reason)}</td></tr>'
            for r in judged.refused
        )
        parts.append(
            f'<table class="ai-sum ai-refused"><tr><th>{_t("col.row", lang)}</th>'
            f"<th>{_t('col.code', lang)}</th><th>{_t('col.reason', lang)}</th></tr>{rows}</table>"
        )
    body = "".join(parts)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(heading)}</title>{STYLE}{REPORT_STYLE}</head>"
        f'<body style="margin:16px;background:#fff">'
        f'<div class="accessinfo accessinfo-report" data-kind="{escape(judged.kind)}">{body}'
        "</div></body></html>"
    )
