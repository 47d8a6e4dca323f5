"""A worked scenario: an electronic request received on Friday 9 January 2026.

Run with ``make demo``.
"""

from __future__ import annotations

from datetime import date

from accessinfo.articles.law_104_2016.art_30 import simple_electronic_respond_by
from accessinfo.calendar import PUBLIC_SECTOR


def main() -> None:
    d = simple_electronic_respond_by(date(2026, 1, 9), trace=True)
    print(f"Respond by: {d.outcome:%A %d/%m/%Y} ({d.status})")
    print(d.explanation)
    for c in d.basis:
        print(f"  - {c}  [{c.en}]")
    for s in d.trace or ():
        print(f"    {s.date:%a %d/%m} {s.action:<8} {s.reason}")
    print(f"Calendar {PUBLIC_SECTOR.version}, known until {PUBLIC_SECTOR.known_until}")


if __name__ == "__main__":
    main()
