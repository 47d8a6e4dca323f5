"""Nghị định 224/2026/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Chuyển đổi số.

In force 2026-07-01. Its text is known from one secondary (AI-maintained) mirror copy, so the
instrument is ``unverified`` and every Decision resting on it is provisional.
"""

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = instrument("decree_224_2026")
