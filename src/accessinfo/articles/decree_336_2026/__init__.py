"""Nghị định số 336/2026/NĐ-CP — the National Single Window and the ASEAN Single Window.

Signed 22/08/2026, in force 15/10/2026; it replaces Decree 85/2019/NĐ-CP (its Art 48). The
number, the dates and the replacement agree in three independent secondary sources
(research-update-2026-12 §3); the text of its articles was not found. So the instrument is
``unverified`` and the one rule here answers provisionally, with the duties of Decree 85/2019
Art 17, naming what is unknown; ``strict=True`` refuses.
"""

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT", "REPLACES_FROM"]

INSTRUMENT = instrument("decree_336_2026")
# Art 48: "thay thế Nghị định 85/2019/NĐ-CP", from the decree's entry into force.
REPLACES_FROM = INSTRUMENT.valid_from
