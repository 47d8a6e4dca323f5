"""A worked scenario, run through the ``accessinfo`` command line end to end (``make demo``).

0. A simple request posted on Friday 20 November 2026, under Law 01/2026 and Decree 337/2026:
   due on the 3rd working day (Thursday 26/11; Tuesday 24/11 is Culture Day), with the same
   request for complex information (12 days) and for collection at the agency (at once).
1. An electronic request for complex information arrives on Friday 13 February 2026 at 16:45,
   the last working day before the Tết break: its deadlines, with the trace.
2. The same request as JSON, for machines.
3. The agency plans to take its portal down on Saturday 5 September 2026: the last day to
   publish the notice, and a check of a notice published on 20 August.
4. A bad input: a naive datetime is refused with its error code (exit code 3).

Needs only the runtime package (``pip install -e .``).
"""

from __future__ import annotations

import json
import sys
import tempfile
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

from accessinfo.surfaces.cli import EXIT_ERROR, EXIT_USAGE, main

LAW_01 = ["request", "--received", "2026-11-20", "--channel", "post"]
REQUEST = [
    "request",
    "--received",
    "2026-02-13T16:45+07:00",
    "--channel",
    "electronic",
    "--complexity",
    "complex",
]


def run(*args: str) -> int:
    print(f"\n$ accessinfo {' '.join(args)}", flush=True)
    code = main(list(args))
    sys.stdout.flush()
    return code


def main_demo() -> int:
    print("== 0. Law 01/2026 + Decree 337/2026: simple, complex, at the agency ==")
    if run(*LAW_01, "--complexity", "simple") != 0:
        return 1
    if run(*LAW_01, "--complexity", "complex") != 0:
        return 1
    if run(*LAW_01, "--complexity", "simple", "--delivery", "in_person") != 0:
        return 1

    print("\n== 1. An electronic complex request received just before Tết (Law 104) ==")
    # a new folder each run: --html refuses to overwrite, and `make demo` may run twice
    html = Path(tempfile.mkdtemp(prefix="accessinfo-demo-")) / "trace.html"
    if run(*REQUEST, "--trace", "--html", str(html)) != 0:
        return 1
    print(f"(notebook view written to {html})")

    print("\n== 2. The same, as JSON for machines ==")
    buf = StringIO()
    with redirect_stdout(buf):
        code = main([*REQUEST, "--json"])
    data = json.loads(buf.getvalue())
    print(json.dumps({k: data[k] for k in ("outcome", "status", "rule_id")}, indent=2))
    if code != 0:
        return 1

    print("\n== 3. A planned weekend maintenance ==")
    if run("suspension", "2026-09-05", "--trace") != 0:
        return 1
    if run("check-suspension", "--from", "2026-09-05", "--kind", "planned",
           "--published", "2026-08-20", "--states-recovery-time", "yes",
           "--backup-in-place", "yes") != 0:  # fmt: skip
        return 1

    print("\n== 4. The same request followed up: what is done, what is overdue ==")
    if run(*REQUEST, "--event", "handling_notice_sent=2026-02-24",
           "--event", "extension_notified=2026-03-12", "--as-of", "2026-03-20") != 0:  # fmt: skip
        return 1

    print("\n== 5. Bad input is refused, with a code ==")
    if run("day", "2026-02-13T16:45") != EXIT_USAGE:  # no offset: the form is wrong
        return 1
    print("(exit code 2: the command line cannot be read, as documented)")
    if run("day", "2040-01-01") != EXIT_ERROR:  # well formed, outside the calendar
        return 1
    print("(exit code 3: read but refused, with the error code, as documented)")
    return 0


if __name__ == "__main__":
    sys.exit(main_demo())
