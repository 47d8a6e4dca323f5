"""Bộ luật Dân sự số 91/2015/QH13 — the Civil Code (Arts 144–148: counting periods).

The counting rules live in :mod:`accessinfo.calendar` (day zero, Art 147.3; a period
ending on a rest day, Art 148.5); this package holds the instrument for citations.
"""

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = instrument("code_91_2015")
