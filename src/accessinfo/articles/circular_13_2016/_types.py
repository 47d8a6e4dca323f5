"""Typed values of Circular 13/2016/TT-BTP Arts 15–20 (the violations database).

The three forms of use come from Decree 20/2016/NĐ-CP Art 16.1; the deadlines, the six
cases in which information is not provided and the costs from the circular.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from accessinfo.core.inputs import InputModel

__all__ = [
    "AccessDeadlines",
    "AccessForm",
    "CostItem",
    "RefusalGround",
    "RefusalGroundCode",
    "RequestCosts",
    "RequestItem",
    "Secrecy",
    "ViolationInfoRequest",
    "ViolationRequester",
    "WrittenRequestDeadlines",
]

# Decree 20/2016 Art 16.1: a) kết nối qua mạng máy tính; b) tra cứu thông tin trực tuyến;
# c) văn bản yêu cầu.
AccessForm = Literal["network_connection", "online_lookup", "written_request"]

# Circular Art 18.1: who may ask in writing.
ViolationRequester = Literal["supervisory_body", "sanctioned_organisation", "sanctioned_individual"]
# Art 18.1 đoạn 2: "lý do, phạm vi, mục đích, nội dung thông tin cần được cung cấp và hình thức
# cung cấp thông tin".
RequestItem = Literal["reason", "scope", "purpose", "content", "form"]
# Art 19.2: "Danh mục bí mật nhà nước độ Tuyệt mật, Tối mật và Mật".
Secrecy = Literal["none", "mat", "toi_mat", "tuyet_mat"]

RefusalGroundCode = Literal[
    "request_incomplete",  # khoản 1
    "state_secret",  # khoản 2
    "not_signed_or_identified",  # khoản 3
    "unlawful_purpose",  # khoản 4
    "provided_twice",  # khoản 5
    "costs_unpaid",  # khoản 6
]

CostItem = Literal["printing_copying", "postage"]


class AccessDeadlines(BaseModel):
    """Due dates of a request to connect to, or look up, the violations database."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    form: AccessForm
    received: date  # day zero: the day the written application was received
    decide_by: date  # approve, or refuse in writing with reasons
    approved: date | None = None  # the day of the approval letter, if known
    account_by: date | None = None  # account due after the actual approval
    latest_account_by: date  # account due if approval comes on ``decide_by``
    approval_late: bool = False  # the approval letter came after ``decide_by``


class WrittenRequestDeadlines(BaseModel):
    """Due dates of a written request for information from the violations database."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    received: date  # day zero
    respond_by: date  # 5 working days
    consultation: bool  # other bodies must help verify, complete or provide the information
    extended_respond_by: date | None = None  # at most 15 working days from receipt


class RefusalGround(BaseModel):
    """One of the six cases of Art 19 in which information is not provided."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: RefusalGroundCode
    clause: int
    text_vi: str
    summary_en: str


class ViolationInfoRequest(InputModel):
    """A written request for information from the violations database (Art 18.1).

    Defaults describe a complete, signed request; set the facts that are missing.
    ``times_provided`` counts earlier provisions of the same information at the request of
    the sanctioned organisation or individual.
    """

    requester: ViolationRequester
    omits: frozenset[RequestItem] = frozenset()
    secrecy: Secrecy = "none"
    signed: bool = True
    sealed: bool = True  # bodies and organisations: the seal (đóng dấu xác nhận)
    gives_full_name: bool = True  # individuals
    gives_identity_number: bool = True  # số định danh cá nhân, CMND or passport number
    gives_address: bool = True  # individuals: a specific address
    purpose_lawful: bool = True
    times_provided: int = Field(default=0, ge=0, strict=True)
    costs_paid: bool = True


class RequestCosts(BaseModel):
    """What a requester pays for a written request (Art 20): actual costs, integer VND."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    payable: bool
    items: tuple[CostItem, ...] = ()
    printing_copying: int = 0
    postage: int = 0
    total: int = 0
