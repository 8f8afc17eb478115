"""Argument finding: the source and target actors of a trigger, through passives, relative
clauses, control, coordination and partitives; people the text ties to no country. One
module per concern: doers, named doers no table knows, doers a noun's clause tells,
targets, the setting's people, noun phrases."""

from __future__ import annotations

from .clauses import Clauses
from .common import REFLEXIVE, UNKNOWN_COUNTRY, VIOLENT_ROOTS, unknown_country
from .fallback import Fallback
from .doers import Doers, elliptic_patient, shared_patient
from .named import Named
from .phrases import Phrases
from .setting import Setting, dominant_country, reference_place, settings
from .targets import Targets

__all__ = ["REFLEXIVE", "UNKNOWN_COUNTRY", "VIOLENT_ROOTS", "Arguments", "dominant_country", "elliptic_patient",
           "reference_place", "settings", "shared_patient", "unknown_country"]


class Arguments(Doers, Named, Clauses, Targets, Fallback, Setting, Phrases):
    """Sources, targets and counts of an act (a mixin of ``EventCoder``)."""
