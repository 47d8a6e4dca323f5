"""Nghị định số 13/2018/NĐ-CP — detailing and implementing the Law on Access to Information.

In force 2018-07-01 with Law 104/2016/QH13; ended on 2026-09-01, when Decree 337/2026/NĐ-CP
took effect (its Art 15.3), with no saving clause. Law 104 requests sent before 2026-09-01 and
not yet resolved still run under Law 104 (Law 01/2026 Art 31.4), so its rules may still be
applied to them: pass ``on`` (the day the rule is applied); from 2026-09-01 the answer is
``provisional`` with a caveat saying exactly this, and ``strict=True`` refuses it
(``docs/readings/decree-13-2018-after-1-september-2026.md``).
"""

from datetime import date, datetime

from accessinfo.calendar import as_vn_date
from accessinfo.core.citations import Citation, instrument
from accessinfo.core.messages import Text, msg
from accessinfo.errors import AmbiguousReading, InvalidInput

# Helpers of this package's rules (after_end): importable, not public API.
__all__ = ["ENDED_ON", "INSTRUMENT"]

INSTRUMENT = instrument("decree_13_2018")
# Decree 337/2026/NĐ-CP Art 15.3: "hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực"
ENDED_ON: date = instrument("decree_337_2026").valid_from


def after_end(
    on: date | datetime | None, strict: object
) -> tuple[tuple[Text, ...], tuple[Citation, ...]]:
    """Caveats and citations for applying a rule of this decree on ``on`` (none before 2026-09-01).

    From 2026-09-01 the decree survives only for pending Law 104 requests, by Law 01/2026 Art
    31.4 and without a saving clause of its own: a caveat, the two provisions, and a refusal
    when ``strict``.
    """
    if not isinstance(strict, bool):
        raise InvalidInput(msg("errors.true_or_false", name="strict", value=f"{strict!r:.60}"))
    if on is None:
        return (), ()
    day = as_vn_date(on, "on")
    if day < ENDED_ON:
        return (), ()
    if strict:
        raise AmbiguousReading(msg("decree_13_2018.after_end_strict", ended=ENDED_ON, on=day))
    basis = (
        instrument("decree_337_2026").cite(15, 3),
        instrument("law_01_2026").cite(31, 4),
    )
    return (msg("decree_13_2018.after_end", ended=ENDED_ON, on=day),), basis
