"""Charts of a judged register, drawn with matplotlib (the optional ``charts`` extra).

matplotlib, not Altair: its SVG output is a static file that needs no JavaScript and no
network, so the report stays one self-contained page that opens offline and prints; the same
figures show in a notebook. ``docs/registers.md`` says more.

Each ``*_figure`` function returns a matplotlib ``Figure`` (for notebooks) or None when there
is nothing to draw; :func:`svg_data_uri` turns a figure into a ``data:`` URI for an ``<img>``.
"""

from __future__ import annotations

import base64
import io
from collections import Counter
from typing import Any

from accessinfo.core.messages import Lang, check_lang, msg
from accessinfo.core.signature import check_whole, public
from accessinfo.errors import InvalidInput
from accessinfo.tasks.registers import Judged

__all__ = [
    "available",
    "lateness_figure",
    "lead_time_figure",
    "months_figure",
    "svg_data_uri",
]

# verdict -> colour (the same in every chart and in the report's tables)
COLOURS = {
    "on_time": "#3f8f4f",
    "met": "#3f8f4f",
    "late": "#e08a00",
    "missed": "#b45309",
    "breached": "#c0392b",
    "overdue": "#c0392b",
    "pending": "#6b8fc7",
    "undetermined": "#9a9a9a",
    "not_applicable": "#d0d0d0",
    "no_due_date": "#d0d0d0",
}


@public
def available() -> bool:
    """True if matplotlib is installed."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:  # pragma: no cover - matplotlib is in the dev environment
        return False
    return True


def _plt() -> Any:
    try:  # no backend is forced: a notebook keeps its inline one, a headless run gets Agg
        import matplotlib.pyplot as plt
    except ImportError:  # pragma: no cover - matplotlib is in the dev environment
        raise InvalidInput(msg("registers.report.needs_matplotlib")) from None
    return plt


def _figure(plt: Any, width: float = 7.5, height: float = 3.2) -> tuple[Any, Any]:
    fig, ax = plt.subplots(figsize=(width, height), dpi=100)
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


@public
def lateness_figure(judged: Judged, lang: Lang = "en", cap: int = 20) -> Any:
    """Requests: how many working days late the answers were (late) and how far past the due
    date the open ones are (overdue), one bar per number of working days; more than ``cap``
    working days share the last bar."""
    check_lang(lang)
    check_whole(cap, "cap", 1, 1000)
    late: Counter[int] = Counter()
    overdue: Counter[int] = Counter()
    for r in judged.rows:
        n = r.get("respond_working_days_late")
        if n is None:
            continue
        (late if r["respond_verdict"] == "late" else overdue)[min(int(n), cap + 1)] += 1
    if not late and not overdue:
        return None
    plt = _plt()
    fig, ax = _figure(plt)
    top = max([*late, *overdue])
    xs = list(range(top + 1))
    if top > cap:
        ticks = [x for x in xs if x % 5 == 0 and x < cap]
        ax.set_xticks([*ticks, cap + 1], [*map(str, ticks), f"> {cap}"])
    ax.bar(
        xs,
        [late[x] for x in xs],
        color=COLOURS["late"],
        label=msg("registers.report.chart.answered_late").get(lang),
    )
    ax.bar(
        xs,
        [overdue[x] for x in xs],
        bottom=[late[x] for x in xs],
        color=COLOURS["overdue"],
        label=msg("registers.report.chart.overdue").get(lang),
    )
    ax.set_xlabel(msg("registers.report.chart.working_days_late").get(lang))
    ax.set_ylabel(msg("registers.report.chart.requests").get(lang))
    ax.legend(frameon=False)
    fig.tight_layout()
    return fig


@public
def months_figure(judged: Judged, lang: Lang = "en") -> Any:
    """Requests by month of receipt (notices by month of the start), stacked by the verdict
    of the answer (of the advance notice)."""
    check_lang(lang)
    from accessinfo.tasks.registers import NOTICE_VERDICTS, VERDICTS, _month

    requests = judged.kind == "requests"
    col = judged.columns.get("received" if requests else "start")
    main = "respond_verdict" if requests else "advance_notice_verdict"
    counts: dict[str, Counter[str]] = {}
    for i, r in enumerate(judged.rows):
        if r.get("error_code") is not None:
            continue
        month = _month(col, i)
        if month is not None:
            counts.setdefault(month, Counter())[r[main]] += 1
    if not counts:
        return None
    plt = _plt()
    fig, ax = _figure(plt)
    months = sorted(counts)
    bottom = [0] * len(months)
    for v in VERDICTS if requests else NOTICE_VERDICTS:
        ys = [counts[m][v] for m in months]
        if any(ys):
            ax.bar(months, ys, bottom=bottom, color=COLOURS[v], label=v)
            bottom = [b + y for b, y in zip(bottom, ys, strict=True)]
    ax.set_ylabel(msg(f"registers.report.chart.{'requests' if requests else 'notices'}").get(lang))
    ax.set_xlabel(msg("registers.report.chart.month").get(lang))
    ax.tick_params(axis="x", labelrotation=45)
    ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    return fig


@public
def lead_time_figure(judged: Judged, lang: Lang = "en", line: int = 7) -> Any:
    """Notices: each planned suspension's lead time in working days, against the
    7-working-day line of the decrees (a dot per notice, by the day the suspension starts)."""
    check_lang(lang)
    check_whole(line, "line", 0, 1000)
    from accessinfo.tasks.registers import _when

    col = judged.columns.get("start")
    points: list[tuple[Any, int, str]] = []
    for i, r in enumerate(judged.rows):
        lead = r.get("lead_working_days")
        if lead is None or col is None or r.get("advance_notice_verdict") == "not_applicable":
            continue
        start = _when(col[i], "start")
        points.append((start, int(lead), r["advance_notice_verdict"]))
    if not points:
        return None
    plt = _plt()
    fig, ax = _figure(plt)
    for verdict in ("met", "breached", "undetermined"):
        pts = [p for p in points if p[2] == verdict]
        if pts:
            ax.scatter(
                [p[0] for p in pts],
                [p[1] for p in pts],
                color=COLOURS[verdict],
                label=verdict,
                s=22,
                zorder=3,
            )
    ax.axhline(line, color="#1f3f73", linestyle="--", linewidth=1)
    ax.text(
        0.0,
        line + 0.3,
        msg("registers.report.chart.line", n=line).get(lang),
        color="#1f3f73",
        fontsize=8,
        transform=ax.get_yaxis_transform(),
    )
    ax.set_ylabel(msg("registers.report.chart.lead").get(lang))
    ax.set_xlabel(msg("registers.report.chart.start").get(lang))
    ax.tick_params(axis="x", labelrotation=30)
    ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    return fig


@public
def svg_data_uri(fig: Any) -> str:
    """The figure as an SVG ``data:`` URI (text drawn as paths: no font needed), closed."""
    plt = _plt()
    from matplotlib.figure import Figure

    if not isinstance(fig, Figure):
        raise InvalidInput(
            msg(
                "errors.call.wrong_type",
                call="svg_data_uri(fig)",
                name="fig",
                expected="matplotlib.figure.Figure",
                got=type(fig).__name__,
                value=f"{fig!r:.60}",
            )
        )
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    plt.close(fig)
    return "data:image/svg+xml;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
