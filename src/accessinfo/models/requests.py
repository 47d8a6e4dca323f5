"""Shared input and outcome models of the request-handling rules (both laws).

>>> from datetime import date
>>> InformationRequest(received_at=date(2026, 1, 9), channel="electronic").complexity is None
True
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, StrictBool

from accessinfo.core.inputs import DateOrInstant, InputModel
from accessinfo.core.messages import Text, msg
from accessinfo.core.signature import public

__all__ = [
    "COMPLEXITY_MEANING",
    "Channel",
    "Complexity",
    "Delivery",
    "InformationRequest",
    "RequestDeadlines",
    "complexity_required",
]

Channel = Literal["in_person", "electronic", "post", "fax"]
# How the information is provided (Law 104 Arts 29-31 headings; Decree 337/2026 form 01a
# item 9): at the agency, over the network, by post, by fax. Default: the channel.
Delivery = Literal["in_person", "electronic", "post", "fax"]
# simple: "thông tin đơn giản, có sẵn, có thể cung cấp ngay"; complex: "phức tạp, không có sẵn"
Complexity = Literal["simple", "complex"]

# What the two kinds of information are, in the words of both laws (for error messages).
COMPLEXITY_MEANING = (
    "'simple' is \"thông tin đơn giản, có sẵn\" (Decree 337/2026/NĐ-CP Art 10.4(a), under "
    'Law 01/2026; Law 104/2016 Arts 29.1, 30.3, 31.1 add "có thể cung cấp ngay"): simple '
    "information the agency already holds; 'complex' is \"thông tin phức tạp, không có sẵn mà "
    "cần tập hợp từ các bộ phận của cơ quan, đơn vị đó hoặc thông tin cần thiết phải có ý kiến "
    'của cơ quan, tổ chức, đơn vị khác" (Decree 337/2026 Art 10.4(b); Law 104/2016 Arts 29.2, '
    '30.4, 31.2 say "cơ quan đó"): information not to hand, to be gathered from several '
    "parts of the agency or needing another body's opinion"
)


@public
def complexity_required(law: str, law_vi: str) -> Text:
    """The InvalidInput message for a request without ``complexity`` under ``law``."""
    return msg("errors.complexity_required", law=Text(law, law_vi), meaning=COMPLEXITY_MEANING)


class InformationRequest(InputModel):
    """An information request as the agency received it.

    ``received_at`` is the first receipt; ``validated_at`` the receipt of the *valid*
    (complete) request, from which the clocks run (defaults to ``received_at``); ``sent_at``
    decides which law governs (Law 01/2026 Art 31.4; defaults to ``received_at``).
    ``complexity`` is required under both laws (Law 104 Arts 29-31; Decree 337/2026
    Art 10.4 under Law 01/2026). ``delivery`` is how the information is to be provided
    (defaults to ``channel``: reading ``delivery_default="channel"``).
    ``electronic_file_available`` and ``agency_can_send_electronically`` are the two
    conditions of Law 104 Art 30.1 for electronic provision (None: not stated, taken as met).
    """

    received_at: DateOrInstant
    channel: Channel
    complexity: Complexity | None = None
    delivery: Delivery | None = None
    electronic_file_available: StrictBool | None = None
    agency_can_send_electronically: StrictBool | None = None
    validated_at: DateOrInstant | None = None
    sent_at: DateOrInstant | None = None
    reference: str | None = None


class RequestDeadlines(BaseModel):
    """The due dates of one request. ``None`` means the duty does not exist for it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    rule_set: str
    channel: Channel
    complexity: Complexity | None
    day_zero: date  # the day of the valid request (not counted)
    delivery: Delivery | None = None  # how the information is provided (None: old records)
    # Law 104 Art 29.1 / Decree 337 Art 10.4(a): simple information asked for at the agency
    provide_at_once: bool = False
    notify_by: date | None = None  # written notice of the handling time
    respond_by: date | None = None  # provide, or refuse in writing (outer limit)
    extension_notice_by: date | None = None  # last day to notify an extension in writing
    extended_respond_by: date | None = None  # latest day if the agency extends
