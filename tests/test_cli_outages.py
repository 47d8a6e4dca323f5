"""The outage commands with the corrected readings (research-update-2026-12 §4.2-4.3)."""

from __future__ import annotations

import contextlib
import io
import json

from accessinfo.surfaces import cli


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = cli.main(list(argv))
    return code, out.getvalue()


def test_suspension_force_majeure_default_and_owed() -> None:
    code, text = run("suspension", "2026-06-30", "--force-majeure", "--json")
    assert code == 0
    d = json.loads(text)
    assert d["outcome"] is None and d["readings"]["force_majeure_announcement"] == "excused"
    code, text = run(
        "suspension", "2026-06-30", "--force-majeure", "--force-majeure-announcement", "owed"
    )
    assert code == 0 and "No advance notice owed" in text
    assert "announced publicly by an appropriate means at once" in text
    code, text = run(
        "suspension", "2026-06-30", "--force-majeure", "--force-majeure-announcement", "raise"
    )
    assert code == cli.EXIT_ERROR and "ambiguous-reading" in text


def test_check_suspension_after_a_failure_on_both_sides_of_1_july_2026() -> None:
    # 30/6/2026: Decree 64/2007 Art 16.1(a) owes a public notice; 1/7/2026: Decree 224/2026
    # Art 13.1(b) owes only the remedy
    args = ["--kind", "incident", "--remedy-started", "{d}", "--backup-in-place", "yes"]
    code, text = run(
        "check-suspension", "--from", "2026-06-30", *[a.format(d="2026-06-30") for a in args]
    )
    assert code == 0 and "BREACHED" in text
    code, text = run(
        "check-suspension", "--from", "2026-07-01", *[a.format(d="2026-07-01") for a in args]
    )
    assert code == 0 and "COMPLIANT" in text
    code, text = run(
        "check-suspension",
        "--from",
        "2026-06-30",
        "--force-majeure",
        "--force-majeure-announcement",
        "owed",
        *[a.format(d="2026-06-30") for a in args],
    )
    assert code == 0 and "BREACHED" in text


def test_incident_after_15_october_2026_is_provisional_and_strict_refuses() -> None:
    code, text = run("incident", "--occurred", "2026-10-15", "--recovered", "2026-10-16")
    assert code == 0 and "provisional" in text.lower() and "336/2026" in text
    code, text = run("incident", "--occurred", "2026-10-15", "--strict")
    assert code == cli.EXIT_ERROR and "ambiguous-reading" in text
