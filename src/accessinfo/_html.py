"""HTML rendering of Decisions for notebooks (Jupyter calls ``_repr_html_``)."""

from __future__ import annotations

from html import escape
from typing import Any

__all__ = ["decision_html"]


def decision_html(decision: Any) -> str:
    """A compact HTML card: outcome, status, explanation, citations and the trace table."""
    rows = "".join(
        f"<li>{escape(str(c))} <small>({escape(c.en)})</small></li>" for c in decision.basis
    )
    caveats = "".join(f"<li>{escape(c)}</li>" for c in decision.caveats)
    trace = ""
    if decision.trace:
        body = "".join(
            f'<tr class="{escape(s.action)}"><td>{s.date.isoformat()}</td>'
            f"<td>{escape(s.action)}</td><td>{'' if s.n is None else s.n}</td>"
            f"<td>{escape(s.reason)}</td></tr>"
            for s in decision.trace
        )
        trace = f'<table class="accessinfo-trace">{body}</table>'
    return (
        f'<div class="accessinfo-decision" data-status="{escape(decision.status)}">'
        f"<b>{escape(str(decision.outcome))}</b> <em>{escape(decision.status)}</em>"
        f"<p>{escape(decision.explanation)}</p><ul>{rows}</ul>"
        + (f'<ul class="caveats">{caveats}</ul>' if caveats else "")
        + trace
        + "</div>"
    )
