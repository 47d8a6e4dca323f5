"""Input and outcome models of the substantive access rules, shared by both laws.

Who asks (:class:`Requester`), what is asked for (:class:`InformationItem`), the facts that
decide a refusal (:class:`RefusalCase`) and what is to be copied and sent
(:class:`CostOrder`); the typed answers are :class:`Eligibility`, :class:`AccessClass`,
:class:`RefusalGround` and :class:`CostBreakdown`. The vocabulary is law-neutral: Law
104/2016/QH13 (Arts 4–7, 12, 28, 36) and Law 01/2026/QH16 (Arts 15–16, 25, 27, 29) both read
these models; each law decides what the facts mean.

>>> Requester(kind="citizen").acts_through
'self'
>>> InformationItem(category="state_secret", declassified=True).declassified
True
>>> CostOrder(lines=(CostLine(item="photocopy_bw", quantity=10),)).sending
'none'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from accessinfo.core.citations import Citation
from accessinfo.core.inputs import InputModel
from accessinfo.core.messages import msg
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput

# as_model is for the authors of rules (they pass checked values): importable, outside the
# public API and its bad-input contract (docs/public-api.md).
__all__ = [
    "PAGE_ITEMS",
    "AccessClass",
    "AccessKind",
    "ActsThrough",
    "AreaKind",
    "CostBreakdown",
    "CostCircular",
    "CostItem",
    "CostLine",
    "CostLineAmount",
    "CostOrder",
    "CostsStatus",
    "DisclosureException",
    "Eligibility",
    "InformationCategory",
    "InformationItem",
    "LegalCapacity",
    "PaperSize",
    "RefusalCase",
    "RefusalGround",
    "RefusalGroundKind",
    "Requester",
    "RequesterKind",
    "SendingMethod",
    "check_flag",
]

M = TypeVar("M", bound=BaseModel)


def as_model(cls: type[M], value: object, name: str) -> M:
    """``value`` as a ``cls`` instance: the instance itself, or a mapping of its fields.

    Anything else (or a mapping with bad fields) raises :class:`InvalidInput`.
    """
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        return cls.model_validate(dict(value))
    raise InvalidInput(
        msg("errors.must_be", name=name, expected=cls.__name__, got=type(value).__name__)
    )


@public
def check_flag(**flags: object) -> None:
    """Each keyword must be exactly ``True`` or ``False``, else :class:`InvalidInput`."""
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise InvalidInput(msg("errors.true_or_false", name=name, value=f"{value!r:.60}"))


# ---------------------------------------------------------------------------------------------
# Who asks
# ---------------------------------------------------------------------------------------------

# citizen: công dân Việt Nam; foreigner_resident: người nước ngoài cư trú tại Việt Nam;
# foreigner_nonresident: a foreigner not residing in Vietnam; organisation: tổ chức, đoàn thể,
# doanh nghiệp asking on behalf of several of its members (Law 104 Art 36.2, Law 01 Art 29.2).
RequesterKind = Literal["citizen", "foreigner_resident", "foreigner_nonresident", "organisation"]
# full: đủ năng lực hành vi dân sự; lost: mất năng lực hành vi dân sự (Civil Code Art 22);
# cognitive_difficulty: có khó khăn trong nhận thức, làm chủ hành vi (Civil Code Art 23).
LegalCapacity = Literal["full", "lost", "cognitive_difficulty"]
# self; legal_representative: người đại diện theo pháp luật; guardian: người giám hộ;
# authorised_person: a person authorised by the requester (ủy quyền, Law 104 Art 24.1(a)).
ActsThrough = Literal["self", "legal_representative", "guardian", "authorised_person"]


class Requester(InputModel):
    """The person (or organisation) asking for information.

    ``age`` ``None`` means not stated and is read as 18 or over. For foreigners,
    ``concerns_own_rights`` says whether the information relates directly to their own rights
    and duties (``None``: not yet known). For organisations, ``members_with_same_request`` is
    the number of members who want the same information and ``member_list_complete`` whether
    the list of them (name, identity number, reason and purpose of each) is attached.
    """

    kind: RequesterKind
    age: int | None = Field(default=None, ge=0, le=150)
    legal_capacity: LegalCapacity = "full"
    acts_through: ActsThrough = "self"
    concerns_own_rights: bool | None = None
    members_with_same_request: int | None = Field(default=None, ge=0)
    member_list_complete: bool | None = None
    name: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Requester:
        if self.kind != "organisation" and (
            self.members_with_same_request is not None or self.member_list_complete is not None
        ):
            raise ValueError(
                "members_with_same_request and member_list_complete apply only to "
                "kind='organisation'"
            )
        if self.kind == "organisation" and (self.age is not None or self.legal_capacity != "full"):
            raise ValueError("age and legal_capacity apply to natural persons, not organisations")
        if self.kind in ("citizen", "organisation") and self.concerns_own_rights is not None:
            raise ValueError("concerns_own_rights applies only to foreigners")
        return self


class Eligibility(BaseModel):
    """Whether this requester may ask, how, and for what.

    ``must_act_through`` is the way the law requires the request to be made;
    ``scope`` is ``"own_rights_and_duties"`` for foreigners residing in Vietnam.
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    eligible: bool
    must_act_through: Literal[
        "self", "legal_representative", "guardian", "organisation_representative"
    ]
    scope: Literal["all_information", "own_rights_and_duties"] | None
    reasons: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------
# What is asked for
# ---------------------------------------------------------------------------------------------

# open: nothing below; state_secret: bí mật nhà nước; harmful: information whose release
# would harm the State, defence, security, foreign relations, public order, morals, public
# health or another's life or property; working_secret: bí mật công tác; internal_meeting:
# cuộc họp nội bộ; internal_working_document: tài liệu soạn thảo cho công việc nội bộ;
# business_secret: bí mật kinh doanh; private_life: bí mật đời sống riêng tư; personal_secret:
# bí mật cá nhân; family_secret: bí mật gia đình; personal_data: dữ liệu cá nhân (named by
# Law 01/2026 only); historical_archive: tài liệu lưu trữ tại lưu trữ lịch sử (Law 01 Art 16.3).
InformationCategory = Literal[
    "open",
    "state_secret",
    "harmful",
    "working_secret",
    "internal_meeting",
    "internal_working_document",
    "business_secret",
    "private_life",
    "personal_secret",
    "family_secret",
    "personal_data",
    "historical_archive",
]
# The cases of Art 23.1 (both laws) in which information that must be disclosed is still
# provided on request: (a) not yet disclosed within its disclosure period; (b) its disclosure
# period has expired; (c) disclosed, but force majeure keeps the requester from reaching it.
DisclosureException = Literal["not_yet_disclosed", "disclosure_period_expired", "force_majeure"]

_CONSENT_CATEGORIES = frozenset(
    {"business_secret", "private_life", "personal_secret", "family_secret", "personal_data"}
)


class InformationItem(InputModel):
    """One piece of information asked for.

    ``consent``: the written consent of the secret's owner, the person concerned or (for a
    family secret) the family members is attached. ``public_interest_decision``: the head of
    the agency has decided to provide it for the public interest or public health without
    consent. ``mandatory_disclosure``: the item is on the list of information that must be
    disclosed (Art 17); ``disclosure_exception`` the Art 23.1 case that applies to it, if any.
    """

    category: InformationCategory
    declassified: bool = False
    consent: bool = False
    public_interest_decision: bool = False
    mandatory_disclosure: bool = False
    disclosure_exception: DisclosureException | None = None
    description: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> InformationItem:
        if self.declassified and self.category != "state_secret":
            raise ValueError("declassified applies only to category='state_secret'")
        if (self.consent or self.public_interest_decision) and (
            self.category not in _CONSENT_CATEGORIES
        ):
            raise ValueError(
                "consent and public_interest_decision apply only to the categories "
                + ", ".join(sorted(_CONSENT_CATEGORIES))
            )
        if self.disclosure_exception is not None and not self.mandatory_disclosure:
            raise ValueError("disclosure_exception applies only when mandatory_disclosure=True")
        return self


AccessKind = Literal["open", "forbidden", "conditional"]


class AccessClass(BaseModel):
    """The access class of an item and whether it may be provided now.

    ``condition`` names what makes conditional information accessible (``"owner_consent"``,
    ``"subject_consent"``, ``"family_consent"``, ``"public_interest_decision"``) and
    ``condition_met`` whether it is met; both are ``None`` for open or forbidden information.
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    category: InformationCategory
    access: AccessKind
    accessible: bool
    condition: str | None = None
    condition_met: bool | None = None


# ---------------------------------------------------------------------------------------------
# Refusal
# ---------------------------------------------------------------------------------------------

# none: no costs are owed (or none asked yet); paid; unpaid: the requester did not pay the
# actual costs notified to them.
CostsStatus = Literal["none", "paid", "unpaid"]


class RefusalCase(InputModel):
    """The facts that decide whether a request may (must) be refused.

    ``times_provided_before``: how many times the same information was already provided to
    this same requester; ``legitimate_reason``: the requester has a legitimate reason to ask
    again. ``within_responsibility``: providing it is this agency's responsibility.
    ``beyond_capacity``: the request exceeds the agency's capacity or would disrupt its normal
    work.
    """

    item: InformationItem
    times_provided_before: int = Field(default=0, ge=0)
    legitimate_reason: bool = False
    within_responsibility: bool = True
    beyond_capacity: bool = False
    costs: CostsStatus = "none"


# already_disclosed: the information is disclosed under Art 17 and no Art 23.1 case applies.
RefusalGroundKind = Literal[
    "excluded_information",
    "already_disclosed",
    "not_responsible",
    "provided_twice",
    "beyond_capacity",
    "costs_unpaid",
]


class RefusalGround(BaseModel):
    """One ground on which the agency refuses, with its exact citation and reasons."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    kind: RefusalGroundKind
    citation: Citation
    reason_vi: str
    reason_en: str


# ---------------------------------------------------------------------------------------------
# Costs
# ---------------------------------------------------------------------------------------------

# The rows of the cost table (the annex of Circular 46/2018, repeated by Circular 126/2026):
# photocopy (1.1, 1.2), prints from film or original photographs by size (2.1 up to 15x21 cm,
# 2.2 20x25 to 20x30 cm, 2.3 25x35 to 30x40 cm), audio copies per minute (3), film copies per
# minute (4), prints of digitised documents (5.1, 5.2).
CostItem = Literal[
    "photocopy_bw",
    "photocopy_colour",
    "photo_print_small",
    "photo_print_medium",
    "photo_print_large",
    "audio_copy_minute",
    "film_copy_minute",
    "digitised_print_bw",
    "digitised_print_colour",
]
# Paper sizes of the annex notes (multiples of the A4 price). Which items and sizes a circular
# prices is for that circular to say: Circular 46/2018 multiplies photocopies (A3, A2, the
# illegible 8x row read as A1); Circular 126/2026 multiplies printing and photocopying (A3, A2,
# A1, A0). Any other size (A5, B4, …) is InvalidInput.
PaperSize = Literal["A4", "A3", "A2", "A1", "A0"]
# Items priced per A4 page, so that a paper size can apply to them.
PAGE_ITEMS: frozenset[str] = frozenset(
    {"photocopy_bw", "photocopy_colour", "digitised_print_bw", "digitised_print_colour"}
)
# normal; difficult: địa bàn có điều kiện kinh tế - xã hội khó khăn; especially_difficult:
# địa bàn có điều kiện kinh tế - xã hội đặc biệt khó khăn. It is where the AGENCY sits.
AreaKind = Literal["normal", "difficult", "especially_difficult"]
SendingMethod = Literal["none", "email", "fax", "post"]
# The circular whose annex prices a request (Circular 126/2026 Art 5 and 6).
CostCircular = Literal["circular_46_2018", "circular_126_2026"]

# Whole numbers only: ``True`` is not a quantity (issue 12), nor is "10" or 10.0.
_Count = Annotated[int, Field(strict=True, ge=0, le=10_000_000)]
_Vnd = Annotated[int, Field(strict=True, ge=0, le=10**12)]


class CostLine(InputModel):
    """``quantity`` units of one row of the cost table (pages, prints or minutes).

    ``paper`` applies to the rows priced per A4 page (photocopies, prints of digitised
    documents); prints from film are priced per print by size and copies of recordings per
    minute, so they take no paper size.
    """

    item: CostItem
    quantity: _Count
    paper: PaperSize = "A4"

    @model_validator(mode="after")
    def _paper(self) -> CostLine:
        if self.paper != "A4" and self.item not in PAGE_ITEMS:
            raise ValueError(
                "paper sizes other than A4 apply only to rows priced per A4 page (photocopies, "
                f"prints of digitised documents); {self.item} is priced per "
                f"{_UNIT_HINT.get(self.item, 'unit')}"
            )
        return self


_UNIT_HINT = {
    "photo_print_small": "print",
    "photo_print_medium": "print",
    "photo_print_large": "print",
    "audio_copy_minute": "minute",
    "film_copy_minute": "minute",
}


def _text(value: str | None, name: str) -> str | None:
    if value is not None and not value.strip():
        raise InvalidInput(msg("errors.costs.provision_named", name=name))
    return value


class CostOrder(InputModel):
    """What the agency is to print, copy, photograph and send.

    ``materials_vnd``: the actual cost of media (CDs, tapes) for audio and film copies, which
    the table prices "không bao gồm vật tư" (materials not included). ``agency_area``: the
    area where the providing agency is located (it reduces the price under Circular 46/2018
    only). ``postage_vnd``: the postal charge (Circular 46/2018 Art 3.1.2, Circular 126/2026
    Art 3.2; the tariff is not in accessinfo's sources, so an input), required when
    ``sending="post"``; ``weight_g`` and ``destination`` are recorded with it.
    ``disclosure_exception``: the Art 23.1 case under which the information is requested, if
    any; Law 01/2026 Art 25.2 and Circular 126/2026 Art 3.3 waive the costs in cases (a) and
    (c) (Law 104 has no waiver).

    Another law may add a fee or waive the costs: ``other_law_fee_vnd`` is a fee or charge
    (phí, lệ phí) that another law provides for (Law 104 Art 12.1, Law 01/2026 Art 25.1), with
    ``other_law_fee_basis`` naming that provision; ``other_law_waiver`` names a provision of
    another law under which no actual costs are paid (Decree 337/2026 Art 14.1; Law 01/2026
    requests only). accessinfo has not read those laws: the amounts and names are the
    caller's, and the Decision says so.
    """

    lines: tuple[CostLine, ...] = ()
    disclosure_exception: DisclosureException | None = None
    materials_vnd: _Vnd = 0
    agency_area: AreaKind = "normal"
    sending: SendingMethod = "none"
    postage_vnd: _Vnd | None = None
    weight_g: Annotated[int, Field(strict=True, ge=0, le=10**9)] | None = None
    destination: str | None = None
    other_law_fee_vnd: _Vnd = 0
    other_law_fee_basis: str | None = None
    other_law_waiver: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> CostOrder:
        if self.sending == "post" and self.postage_vnd is None:
            raise InvalidInput(msg("errors.costs.postage_needed"))
        if self.sending != "post" and (self.postage_vnd is not None or self.weight_g is not None):
            raise InvalidInput(msg("errors.costs.postage_only_for_post"))
        _text(self.other_law_fee_basis, "other_law_fee_basis")
        _text(self.other_law_waiver, "other_law_waiver")
        if (self.other_law_fee_vnd > 0) != (self.other_law_fee_basis is not None):
            raise InvalidInput(msg("errors.costs.fee_with_basis"))
        return self


class CostLineAmount(BaseModel):
    """One priced line: table row, unit price, the area rate and the amount (integer VND)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    item: CostItem
    annex_row: str
    quantity: int
    paper: PaperSize
    unit_vnd: int
    size_multiplier: int
    rate_percent: int
    amount_vnd: int


class CostBreakdown(BaseModel):
    """What the requester pays, in integer VND.

    ``total_vnd`` = ``copying_vnd`` + ``materials_vnd`` + ``sending_vnd`` + ``fee_vnd``.
    ``fee_vnd`` is 0 unless another law provides for a fee (``fee_basis`` names it).
    ``circular`` is the circular whose annex priced the lines (by the day the request was
    sent). ``payable_before_provision``: the actual costs are paid before the information is
    provided (False when they are waived).
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    lines: tuple[CostLineAmount, ...]
    copying_vnd: int
    materials_vnd: int
    sending_vnd: int
    total_vnd: int
    rate_percent: int
    sending: SendingMethod
    fee_vnd: int = 0  # no fee or charge (phí, lệ phí) unless another law provides one
    fee_basis: str | None = None
    payable_before_provision: bool = True
    circular: CostCircular | None = None  # None only in Decisions saved before it was recorded
