"""Rows, targets and their rendering: a text table for the terminal, a Markdown page."""

from __future__ import annotations

from dataclasses import dataclass, field

from benchmarks.timing import Stat

PEERS = ("limit", "python-holidays", "numpy", "pandas", "polars", "workalendar")
TITLES = {
    "limit": "hand-written limit",
    "python-holidays": "python-holidays",
    "numpy": "numpy",
    "pandas": "pandas CBD",
    "polars": "polars",
    "workalendar": "workalendar",
}


@dataclass
class Row:
    """One operation: our time and each peer's, in ``unit`` (min and median)."""

    operation: str
    unit: str
    ours: Stat
    peers: dict[str, Stat] = field(default_factory=dict)
    approx: set[str] = field(default_factory=set)  # peers whose figure is extrapolated
    note: str = ""

    def ratio(self, peer: str) -> float | None:
        """How many times slower the peer is than ours (minimum against minimum)."""
        other = self.peers.get(peer)
        if other is None or self.ours.min <= 0:
            return None
        return other.min / self.ours.min


@dataclass
class Target:
    """One target of issue 13 (or an earlier one), as measured in this run."""

    what: str
    measured: str  # how the figure is formed
    value: float
    limit: float
    unit: str  # "×" (a ratio) or a time unit
    note: str = ""

    @property
    def passed(self) -> bool:
        return self.value <= self.limit


def num(x: float) -> str:
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    if x >= 1:
        return f"{x:.2f}"
    return f"{x:.3f}"


def ratio(x: float | None, approx: bool = False) -> str:
    if x is None:
        return "–"
    body = f"{x:,.1f}" if x < 100 else f"{x:,.0f}"
    return ("≈×" if approx else "×") + body


def row_cells(r: Row) -> list[str]:
    out = [r.operation, r.unit, num(r.ours.min), num(r.ours.median)]
    out += [ratio(r.ratio(p), p in r.approx) for p in PEERS]
    return [*out, r.note]


ROW_HEAD = [
    "operation",
    "unit",
    "ours (min)",
    "ours (median)",
    *(f"{TITLES[p]} / ours" for p in PEERS),
    "note",
]


def target_cells(t: Target) -> list[str]:
    value = f"{num(t.value)}{t.unit}" if t.unit != "×" else f"×{num(t.value)}"
    limit = f"≤ {num(t.limit)}{t.unit}" if t.unit != "×" else f"≤ ×{num(t.limit)}"
    verdict = "PASS" if t.passed else "**FAIL**"
    return [t.what, t.measured, value, limit, verdict, t.note]


TARGET_HEAD = ["target (issue 13 unless noted)", "measured as", "this run", "target", "", "note"]


def text_table(head: list[str], rows: list[list[str]]) -> str:
    table = [head, *rows]
    widths = [max(len(line[k].replace("**", "")) for line in table) for k in range(len(head))]
    out = []
    for n, line in enumerate(table):
        out.append(
            "  ".join(c.replace("**", "").ljust(w) for c, w in zip(line, widths, strict=True))
        )
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def markdown_table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(lines)
