"""Điều 20. Chi phí phải trả cho việc yêu cầu cung cấp thông tin về xử lý vi phạm hành chính bằng văn bản

Circular 13/2016/TT-BTP, Art. 20: a sanctioned organisation or individual asking in writing for
information about itself pays the actual costs of printing, copying and photographing the
documents and, if they are posted, the postage; the rates are set by the Minister of Finance.
Supervisory bodies pay nothing under this article. Decree 20/2016 Art 16.2(d) calls the charge
a "phí"; the circular, which details it, charges actual costs: that is the default reading.

Clauses encoded (verbatim, seed 001):

1. Tổ chức bị xử phạt, cá nhân bị xử lý vi phạm hành chính yêu cầu cung cấp thông tin bằng văn
bản liên quan đến tổ chức, cá nhân mình từ Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính
phải trả chi phí thực tế để in, sao, chụp, gửi thông tin.

2. Chi phí phải trả cho việc yêu cầu cung cấp thông tin về xử lý vi phạm hành chính bao gồm các
khoản sau:

a) Chi phí để in, sao, chụp tài liệu;

b) Chi phí gửi tài liệu bằng dịch vụ bưu chính (nếu có).

3. Mức chi phí phải trả cho việc yêu cầu cung cấp thông tin về xử lý vi phạm hành chính thực
hiện theo quy định của Bộ trưởng Bộ Tài chính.

>>> from datetime import date
>>> c = written_request_costs("sanctioned_individual", printing_copying=12_000, postage=25_000,
...                           on=date(2026, 3, 2)).outcome
>>> c.items, c.total
(('printing_copying', 'postage'), 37000)
"""  # noqa: E501

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, get_args

from accessinfo.articles.decree_20_2016 import INSTRUMENT as DECREE_20
from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.periods import ambiguous, choose
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as CIRCULAR
from ._types import CostItem, RequestCosts, ViolationRequester

__all__ = ["ChargeReading", "written_request_costs"]

ChargeReading = Literal["actual_cost", "raise"]


def _amount(value: object, name: str) -> int:
    if type(value) is not int or value < 0:
        raise InvalidInput(msg("errors.articles.amount_vnd", name=name, value=f"{value!r:.60}"))
    return value


# Khoản 1: "phải trả chi phí thực tế để in, sao, chụp, gửi thông tin"; khoản 2 a), b)
@rule(
    CIRCULAR.cite(20, 1),
    CIRCULAR.cite(20, 2),
    CIRCULAR.cite(20, 3),
    family="violations_db.written_request_costs",
    key="on",
)
def written_request_costs(
    requester: ViolationRequester,
    *,
    on: date | datetime,
    printing_copying: int = 0,
    postage: int = 0,
    charge: ChargeReading = "actual_cost",
) -> Finding[RequestCosts]:
    """What the requester pays for information provided in writing: actual costs, if any.

    ``printing_copying`` and ``postage`` are the actual amounts in VND at the Minister of
    Finance's rates (the library holds no rate table for this database). ``charge="raise"``
    refuses to choose between the decree's "phí" and the circular's actual costs.
    """
    who = choose(requester, "requester", get_args(ViolationRequester))
    reading = choose(charge, "charge", get_args(ChargeReading))
    as_vn_date(on, "on")
    copying = _amount(printing_copying, "printing_copying")
    post = _amount(postage, "postage")
    if reading == "raise":
        raise ambiguous("charge", msg("circular_13_2016.art20.charge_question"))
    if who == "supervisory_body":
        return Finding(
            outcome=RequestCosts(payable=False),
            explanation=msg("circular_13_2016.art20.supervisory_body"),
            readings={"charge": reading},
        )
    items: tuple[CostItem, ...] = ("printing_copying", "postage") if post else ("printing_copying",)
    basis = (
        CIRCULAR.cite(20, 2, "a"),
        *((CIRCULAR.cite(20, 2, "b"),) if post else ()),
        DECREE_20.cite(16, 2, "d"),
    )
    return Finding(
        outcome=RequestCosts(
            payable=True,
            items=items,
            printing_copying=copying,
            postage=post,
            total=copying + post,
        ),
        explanation=msg(
            "circular_13_2016.art20.costs",
            copying=copying,
            postage=(
                msg("circular_13_2016.art20.postage", amount=post)
                if post
                else msg("circular_13_2016.art20.no_postage")
            ),
            total=copying + post,
        ),
        basis=basis,
        readings={"charge": reading},
    )
