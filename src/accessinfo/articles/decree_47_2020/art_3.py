"""Điều 3. Giải thích từ ngữ

Decree 47/2020/NĐ-CP, Art. 3: definitions. Default sharing is the routine sharing of
frequently used data through ready-made sharing services, with a standardised exchange
structure, for many agencies; sharing on specific request serves one agency's own need for
data not commonly used, and needs technical coordination first. Open data (clause 4) was data
published for anyone to use, reuse and share; Decree 194/2025/NĐ-CP Art 40 repealed clause 4
and the open-data section (Arts 17–21) from 19/08/2025, so a question about open data on or
after that day is answered "repealed", citing the repeal, until the whole decree was repealed
by Decree 278/2025/NĐ-CP on 22/10/2025; from then both versions raise ``NoApplicableRule``.

Clauses encoded (verbatim, pháp điển; clause 4 as it stood before its repeal):

4. Dữ liệu mở của cơ quan nhà nước: là dữ liệu được cơ quan nhà nước có thẩm quyền công bố rộng
rãi cho cơ quan, tổ chức, cá nhân tự do sử dụng, tái sử dụng, chia sẻ. Trong Nghị định này, dữ
liệu mở được hiểu là dữ liệu mở của cơ quan nhà nước.

5. Chia sẻ dữ liệu mặc định: là hình thức chia sẻ các dữ liệu thường xuyên trong cơ quan nhà
nước theo quy trình đơn giản, trong đó cơ quan nhà nước chuẩn bị sẵn các dịch vụ chia sẻ dữ
liệu và cung cấp dữ liệu đã được chuẩn hóa cấu trúc dữ liệu trao đổi thông qua dịch vụ chia sẻ
dữ liệu cho nhiều cơ quan nhà nước sử dụng.

6. Chia sẻ dữ liệu theo yêu cầu đặc thù: là hình thức chia sẻ dữ liệu cho cơ quan nhà nước khác
sử dụng theo yêu cầu riêng đối với dữ liệu không được sử dụng thông dụng bởi nhiều cơ quan nhà
nước khác nhau; việc chia sẻ dữ liệu theo hình thức này cần thực hiện các hoạt động phối hợp
của các bên về mặt kỹ thuật để chuẩn bị về mặt hạ tầng, kỹ thuật, công nghệ để xử lý hoặc tạo
ra dữ liệu phục vụ chia sẻ dữ liệu.

>>> from datetime import date
>>> open_data_sharing(on=date(2025, 8, 18)).outcome.in_force
True
>>> d = open_data_repealed(on=date(2025, 8, 19))
>>> d.outcome.in_force, d.basis[1].en
(False, 'Decree No. 194/2025/NĐ-CP, Art. 40')
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.rules import rule
from accessinfo.errors import NoApplicableRule

from . import INSTRUMENT as DECREE
from . import OPEN_DATA_REPEALED_ON, REPEALING, in_force_on
from ._types import SharingRoute

__all__ = ["open_data_repealed", "open_data_sharing"]


# Khoản 4: "Dữ liệu mở của cơ quan nhà nước: là dữ liệu được … công bố rộng rãi … tự do sử dụng,
# tái sử dụng, chia sẻ" (in force until 18/08/2025)
@rule(
    DECREE.cite(3, 4),
    DECREE.cite(6, 2),
    family="data_sharing.open_data",
    valid_until=OPEN_DATA_REPEALED_ON,
)
def open_data_sharing(*, on: date | datetime) -> Finding[SharingRoute]:
    """Open data: published for anyone to use, reuse and share (until 18 August 2025)."""
    in_force_on(on, until=OPEN_DATA_REPEALED_ON)
    return Finding(
        outcome=SharingRoute(
            way="open_data",
            procedure="Decree 47/2020 Art 6.2 and Chapter II Section 3 (Arts 17–21)",
        ),
        explanation=msg("decree_47_2020.art3.open_data_sharing"),
    )


# Nghị định 194/2025/NĐ-CP Điều 40: bãi bỏ "Khoản 4 Điều 3, khoản 2 Điều 12, Điều 17, Điều 18,
# Điều 19, Điều 20, Điều 21, điểm a, điểm b khoản 1 Điều 53" (from 19/08/2025)
@rule(
    DECREE.cite(3, 4),
    REPEALING.cite(40),
    family="data_sharing.open_data",
    valid_from=OPEN_DATA_REPEALED_ON,
    rule_set=REPEALING.id,
)
def open_data_repealed(*, on: date | datetime) -> Finding[SharingRoute]:
    """Open data under Decree 47/2020: repealed from 19 August 2025 by Decree 194/2025.

    Answered until 21 October 2025; from 22 October 2025 the whole decree is repealed (Decree
    278/2025) and this raises ``NoApplicableRule``.
    """
    day = in_force_on(on)
    if day < OPEN_DATA_REPEALED_ON:
        raise NoApplicableRule(
            msg("errors.articles.open_data_repealed", repealed=OPEN_DATA_REPEALED_ON, day=day)
        )
    return Finding(
        outcome=SharingRoute(
            way="open_data",
            in_force=False,
            procedure="Decree 194/2025/NĐ-CP (open data), no longer Decree 47/2020",
            repealed_on=OPEN_DATA_REPEALED_ON,
        ),
        explanation=msg("decree_47_2020.art3.open_data_repealed", on=OPEN_DATA_REPEALED_ON),
    )
