"""Shared input and outcome models of the request-handling rules (both laws).

>>> from datetime import date
>>> InformationRequest(received_at=date(2026, 1, 9), channel="electronic").complexity is None
True
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

from accessinfo.core.inputs import DateOrInstant, InputModel

__all__ = ["Channel", "Complexity", "InformationRequest", "RequestDeadlines"]

Channel = Literal["in_person", "electronic", "post", "fax"]
# simple: "thông tin đơn giản, có sẵn, có thể cung cấp ngay"; complex: "phức tạp, không có sẵn"
Complexity = Literal["simple", "complex"]


class InformationRequest(InputModel):
    """An information request as the agency received it.

    ``received_at`` is the first receipt; ``validated_at`` the receipt of the *valid*
    (complete) request, from which the clocks run (defaults to ``received_at``); ``sent_at``
    decides which law governs (Law 01/2026 Art 31.4; defaults to ``received_at``).
    ``complexity`` is required under Law 104/2016, ignored under Law 01/2026.
    """

    received_at: DateOrInstant
    channel: Channel
    complexity: Complexity | None = None
    validated_at: DateOrInstant | None = None
    sent_at: DateOrInstant | None = None
    reference: str | None = None


class RequestDeadlines(BaseModel):
    """The due dates of one request. ``None`` means the duty does not exist for it."""

    model_config = ConfigDict(frozen=True)

    rule_set: str
    channel: Channel
    complexity: Complexity | None
    day_zero: date  # the day of the valid request (not counted)
    provide_at_once: bool = False  # Law 104 Art 29.1: simple request in person
    notify_by: date | None = None  # written notice of the handling time
    respond_by: date | None = None  # provide, or refuse in writing
    extended_respond_by: date | None = None  # latest day if the agency extends
