"""The CAMEO and PLOVER code book, loaded from data/codebook/ (see docs/data.md)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import data
from .records import Cameo, Plover

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...]


@dataclass(frozen=True)
class PloverType:
    type: str
    quad_class: int
    requires_recipient: bool
    score: float | None
    definition: str
    modes: tuple[str, ...]


class Codebook:
    """CAMEO codes with Goldstein scores and quad classes, PLOVER types with modes,
    and the mapping between the two."""

    def __init__(self) -> None:
        self.cameo: dict[str, CameoCode] = {}
        for row in data.read_tsv("codebook/cameo.tsv"):
            self.cameo[row["code"]] = CameoCode(
                code=row["code"], root=row["root"], name=row["name"], goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]), plover_type=row["plover_type"] or None,
                plover_mode=row["plover_mode"] or None,
                plover_context=tuple(c for c in row["plover_context"].split(";") if c))
        spec = data.read_yaml("codebook/plover.yaml")
        self.plover: dict[str, PloverType] = {
            t["type"]: PloverType(t["type"], t["quad_class"], t["requires_recipient"], t["score"],
                                  t["definition"], tuple(m["name"] for m in t["modes"]))
            for t in spec["types"]}
        self.contexts: tuple[str, ...] = tuple(c["name"] for c in spec["contexts"])

    @property
    def roots(self) -> list[str]:
        return sorted(code for code in self.cameo if len(code) == 2)

    def cameo_record(self, code: str) -> Cameo:
        c = self.cameo[code]
        return Cameo(code=c.code, root=c.root, name=c.name, goldstein=c.goldstein, quad_class=c.quad_class)

    def plover_record(self, code: str, type_: str | None = None, mode: str | None = None) -> Plover:
        """PLOVER coding of a CAMEO code; a lexicon entry may name the type or mode itself."""
        c = self.cameo[code]
        ptype = type_ or c.plover_type
        pmode = mode if mode is not None else (c.plover_mode if ptype == c.plover_type else None)
        return Plover(type=ptype, mode=pmode or None, context=list(c.plover_context))

    def check_mode(self, type_: str, mode: str | None) -> bool:
        return mode is None or mode in self.plover[type_].modes


@cache
def load() -> Codebook:
    return Codebook()
