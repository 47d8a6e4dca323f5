"""Điều 6. Thực hiện kết nối, chia sẻ dữ liệu

Decree 47/2020/NĐ-CP, Art. 6: how agencies connect and share. Data ready for default sharing
is shared by default (Chapter III Section 2); data not yet ready is shared on specific request,
the agencies agreeing the details (Section 3); when neither works, the obstacle-resolution
rules apply (Section 5). Clause 2 (open data) points to Chapter II Section 3, repealed from
19/08/2025 (see ``art_3``).

Clauses encoded (verbatim, pháp điển):

3. Thực hiện kết nối, chia sẻ dữ liệu giữa các cơ quan nhà nước thực hiện theo quy định sau:

a) Đối với dữ liệu đã sẵn sàng được chia sẻ theo hình thức mặc định, thực hiện theo các quy
định chi tiết tại Mục 2 Chương III của Nghị định này;

b) Đối với dữ liệu chưa sẵn sàng chia sẻ theo hình thức mặc định, các cơ quan cung cấp và khai
thác dữ liệu phối hợp, thống nhất thực hiện chia sẻ theo yêu cầu đặc thù quy định chi tiết tại
Mục 3 Chương III của Nghị định này;

c) Trường hợp không thực hiện được kết nối, chia sẻ dữ liệu theo các quy định tại điểm a, b
khoản này thì thực hiện theo quy định giải quyết vướng mắc về kết nối, chia sẻ dữ liệu quy định
tại Mục 5 Chương III của Nghị định này.

>>> from datetime import date
>>> req = DataRequest(recipient="state_agency", ready_for_default_sharing=True)
>>> sharing_between_agencies(req, on=date(2025, 3, 3)).outcome.way
'default'
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as DECREE
from . import in_force_on
from ._types import DataRequest, SharingRoute

__all__ = ["DataRequest", "sharing_between_agencies"]


# Khoản 3: "a) … đã sẵn sàng được chia sẻ theo hình thức mặc định …; b) … chưa sẵn sàng … theo
# yêu cầu đặc thù …; c) Trường hợp không thực hiện được … giải quyết vướng mắc"
@rule(DECREE.cite(6, 3), family="data_sharing.between_agencies")
def sharing_between_agencies(request: DataRequest, *, on: date | datetime) -> Finding[SharingRoute]:
    """How data is shared with another state agency: by default, on specific request, or else."""
    if not isinstance(request, DataRequest):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="request",
                expected=msg("errors.type.data_request"),
                got=type(request).__name__,
            )
        )
    if request.recipient != "state_agency":
        raise InvalidInput(msg("errors.articles.sharing_between_agencies_only"))
    in_force_on(on)
    if request.ready_for_default_sharing:
        return Finding(
            outcome=SharingRoute(way="default", procedure="Chapter III Section 2 (Art 34 ff.)"),
            explanation=msg("decree_47_2020.art6.default"),
            basis=(DECREE.cite(6, 3, "a"), DECREE.cite(3, 5)),
        )
    if not request.specific_request_failed:
        return Finding(
            outcome=SharingRoute(way="specific_request", procedure="Chapter III Section 3"),
            explanation=msg("decree_47_2020.art6.specific_request"),
            basis=(DECREE.cite(6, 3, "b"), DECREE.cite(3, 6)),
        )
    return Finding(
        outcome=SharingRoute(way="obstacle_resolution", procedure="Chapter III Section 5"),
        explanation=msg("decree_47_2020.art6.obstacle_resolution"),
        basis=(DECREE.cite(6, 3, "c"),),
    )
