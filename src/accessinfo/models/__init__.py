"""Input and outcome models shared by the articles and the tasks.

``accessinfo.models.requests``: an information request and its deadlines (both laws);
``accessinfo.models.access``: requesters, information items, refusal facts and cost orders.
"""

from accessinfo.models.access import (
    AccessClass,
    AccessKind,
    ActsThrough,
    AreaKind,
    CostBreakdown,
    CostItem,
    CostLine,
    CostLineAmount,
    CostOrder,
    CostsStatus,
    DisclosureException,
    Eligibility,
    InformationCategory,
    InformationItem,
    LegalCapacity,
    PaperSize,
    RefusalCase,
    RefusalGround,
    RefusalGroundKind,
    Requester,
    RequesterKind,
    SendingMethod,
    as_model,
    check_flag,
)
from accessinfo.models.requests import (
    Channel,
    Complexity,
    InformationRequest,
    RequestDeadlines,
)

__all__ = [
    "AccessClass",
    "AccessKind",
    "ActsThrough",
    "AreaKind",
    "Channel",
    "Complexity",
    "CostBreakdown",
    "CostItem",
    "CostLine",
    "CostLineAmount",
    "CostOrder",
    "CostsStatus",
    "DisclosureException",
    "Eligibility",
    "InformationCategory",
    "InformationItem",
    "InformationRequest",
    "LegalCapacity",
    "PaperSize",
    "RefusalCase",
    "RefusalGround",
    "RefusalGroundKind",
    "RequestDeadlines",
    "Requester",
    "RequesterKind",
    "SendingMethod",
    "as_model",
    "check_flag",
]
