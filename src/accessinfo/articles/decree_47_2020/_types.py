"""Typed values of Decree 47/2020/NĐ-CP: the ways data is shared and who asks for it."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

from accessinfo.core.inputs import InputModel

__all__ = [
    "ChargeRegime",
    "DataKind",
    "DataRequest",
    "DataSubject",
    "ProhibitedAct",
    "ProhibitedActCode",
    "Recipient",
    "SharingRoute",
    "SharingWay",
]

# default: Art 3.5, 6.3(a), 34; specific_request: Art 3.6, 6.3(b); obstacle_resolution:
# Art 6.3(c); own_data, with_consent: Art 5.6(a); access_to_information: Art 5.6(b);
# open_data: Art 3.4, 6.2 (repealed from 2025-08-19); state_secret_law: Art 1.2 (outside).
SharingWay = Literal[
    "default",
    "specific_request",
    "obstacle_resolution",
    "own_data",
    "with_consent",
    "access_to_information",
    "open_data",
    "state_secret_law",
]
Recipient = Literal["state_agency", "organisation", "individual"]
# whose data: the recipient's own, another organisation's or individual's, or no one's
DataSubject = Literal["recipient", "third_party", "no_one"]
# free: Art 5.5; fee_under_fee_law: Art 5.5 exception; not_settled_here: Art 5.5 covers only
# sharing between state agencies.
ChargeRegime = Literal["free", "fee_under_fee_law", "not_settled_here"]
# Art 34.1 a)–d), or anything else
DataKind = Literal[
    "national_master_data", "sector_master_data", "shared_catalogue", "commonly_used", "other"
]
ProhibitedActCode = Literal[
    "obstruct_lawful_use",
    "unlawful_trade_or_sharing",
    "ip_or_personal_data_breach",
    "falsify_in_transit",
    "sabotage_or_disrupt",
]


class DataRequest(InputModel):
    """Who asks a state agency for which data.

    ``ready_for_default_sharing``: the data is on the provider's default-sharing list (Art 34)
    and its sharing service is ready; ``specific_request_failed``: the agencies could not agree
    a sharing on specific request; ``open_data``: the request is for data published as open
    data; ``state_secret``: the data contains state secrets (Art 1.2).
    """

    recipient: Recipient
    data_about: DataSubject = "no_one"
    consent: bool = False
    ready_for_default_sharing: bool = False
    specific_request_failed: bool = False
    open_data: bool = False
    state_secret: bool = False

    @model_validator(mode="after")
    def _consent_needs_a_third_party(self) -> DataRequest:
        if self.consent and self.data_about != "third_party":
            raise ValueError("consent is given by a third party: set data_about='third_party'")
        return self


class SharingRoute(BaseModel):
    """How the data is shared, and whether that way is still in force."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    way: SharingWay
    in_force: bool = True
    procedure: str
    repealed_on: date | None = None


class ProhibitedAct(BaseModel):
    """One of the acts Art 8 forbids."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: ProhibitedActCode
    clause: int
    text_vi: str
    summary_en: str
