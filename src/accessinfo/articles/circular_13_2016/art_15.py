"""Điều 15. Trách nhiệm của cơ quan chủ quản trong việc khai thác và sử dụng Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính

Circular 13/2016/TT-BTP, Art. 15: the duties of the agency in charge of the national database
on administrative violations towards its users — provide information fully, promptly and
accurately; support connection and lookup; keep the data current and accurate; offer an easy
search tool; use standard data formats; take in and handle reports of errors; refuse only in
writing with reasons; and collect and manage the costs payable by sanctioned persons lawfully.

Clauses encoded (verbatim, seed 001):

Cơ quan chủ quản Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính có trách nhiệm:

1. Cung cấp thông tin từ Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính cho các đối tượng
quy định tại khoản 1 Điều 18 Thông tư này khi được yêu cầu và bảo đảm cung cấp đầy đủ, kịp
thời, chính xác các thông tin theo đề nghị của cơ quan, tổ chức, cá nhân.

2. Bảo đảm và hỗ trợ cho đối tượng khai thác, sử dụng Cơ sở dữ liệu quốc gia về xử lý vi phạm
hành chính quy định tại khoản 1 Điều 16 và khoản 1 Điều 17 Thông tư này trong việc kết nối,
tích hợp dữ liệu, truy nhập thông tin hoặc truy nhập, tra cứu dữ liệu trong Cơ sở dữ liệu quốc
gia về xử lý vi phạm hành chính được thuận lợi.

3. Bảo đảm cập nhật thường xuyên, kịp thời, tính chính xác của dữ liệu trong Cơ sở dữ liệu
quốc gia về xử lý vi phạm hành chính.

4. Bảo đảm thiết lập công cụ tìm kiếm dữ liệu dễ sử dụng.

5. Bảo đảm khuôn dạng dữ liệu theo đúng tiêu chuẩn, quy chuẩn kỹ thuật để hiển thị nhanh chóng.

6. Tiếp nhận và xử lý thông tin về những sai sót, nhầm lẫn về dữ liệu hoặc thiếu thông tin
trong Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính do các cơ quan, tổ chức, cá nhân quy
định tại khoản 1 Điều 16, khoản 1 Điều 17 và khoản 1 Điều 18 Thông tư này cung cấp.

7. Trả lời bằng văn bản và nêu rõ lý do đối với các trường hợp từ chối việc kết nối, tích hợp
dữ liệu, truy nhập thông tin hoặc từ chối việc truy nhập; tra cứu thông tin trực tuyến hoặc từ
chối cung cấp thông tin từ Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính.

8. Thu, quản lý và sử dụng chi phí cung cấp thông tin đối với tổ chức bị xử phạt, cá nhân bị xử
lý vi phạm hành chính theo đúng quy định của pháp luật.

>>> from datetime import date
>>> [d.code for d in managing_agency_duties(on=date(2026, 3, 2)).outcome][-2:]
['reasoned_written_refusal', 'collect_costs_lawfully']
"""  # noqa: E501

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.rules import rule

from . import INSTRUMENT as CIRCULAR

__all__ = ["DUTIES", "ManagingAgencyDuty", "managing_agency_duties"]

DutyCode = Literal[
    "provide_information",
    "support_connection_and_lookup",
    "keep_data_current",
    "easy_search_tool",
    "standard_formats",
    "handle_error_reports",
    "reasoned_written_refusal",
    "collect_costs_lawfully",
]


class ManagingAgencyDuty(BaseModel):
    """One duty of the agency in charge of the database (Art 15, by clause)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: DutyCode
    clause: int
    summary_en: str


DUTIES: tuple[ManagingAgencyDuty, ...] = tuple(
    ManagingAgencyDuty(code=code, clause=i, summary_en=text)
    for i, (code, text) in enumerate(
        (
            (
                "provide_information",
                "Provide information to written requesters fully, promptly and accurately.",
            ),
            (
                "support_connection_and_lookup",
                "Make connection and online lookup easy for their users.",
            ),
            ("keep_data_current", "Keep the data regularly updated, timely and accurate."),
            ("easy_search_tool", "Offer an easy-to-use search tool."),
            ("standard_formats", "Keep data in standard formats that display quickly."),
            ("handle_error_reports", "Take in and handle reports of errors or missing data."),
            (
                "reasoned_written_refusal",
                "Refuse connection, lookup or information only in writing, stating the reasons.",
            ),
            (
                "collect_costs_lawfully",
                "Collect, manage and use the costs paid by sanctioned persons lawfully.",
            ),
        ),
        start=1,
    )
)


# "Cơ quan chủ quản … có trách nhiệm": khoản 1–8
@rule(CIRCULAR.cite(15), family="violations_db.managing_agency_duties", key="on")
def managing_agency_duties(*, on: date | datetime) -> Finding[tuple[ManagingAgencyDuty, ...]]:
    """The duties of the agency in charge of the violations database towards its users."""
    as_vn_date(on, "on")
    return Finding(outcome=DUTIES, explanation=msg("circular_13_2016.art15.duties", n=len(DUTIES)))
