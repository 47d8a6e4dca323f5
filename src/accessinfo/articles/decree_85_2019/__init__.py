"""Nghị định 85/2019/NĐ-CP — the National Single Window, the ASEAN Single Window and specialised
inspection of exports and imports. In force 2020-01-01; replaced from 2026-10-15 by Decree
336/2026/NĐ-CP (its Art 48), whose successor to Art 17 has not been read: incidents from that
day are answered provisionally (``articles.decree_336_2026.art_48``).
"""

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = instrument("decree_85_2019")
