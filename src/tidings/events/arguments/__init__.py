"""Argument finding: the source and target actors of a trigger, through passives, relative
clauses, control, coordination and partitives; people the text ties to no country. One
module per concern: doers, targets, the setting's people, noun phrases."""

from __future__ import annotations

from .common import REFLEXIVE, UNKNOWN_COUNTRY, VIOLENT_ROOTS, unknown_country
from .doers import Doers, elliptic_patient, shared_patient
from .phrases import Phrases
from .setting import Setting, dominant_country, reference_place, settings
from .targets import Targets

__all__ = ["REFLEXIVE", "UNKNOWN_COUNTRY", "VIOLENT_ROOTS", "Arguments", "dominant_country", "elliptic_patient",
           "reference_place", "settings", "shared_patient", "unknown_country"]


class Arguments(Doers, Targets, Setting, Phrases):
    """Sources, targets and counts of an act (a mixin of ``EventCoder``)."""
