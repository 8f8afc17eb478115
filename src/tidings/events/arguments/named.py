"""Named doers no table knows: a person or a body the NER names, the holder of an office
acting for the body it is of, and the country a story is told from."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...records import Actor
from ..chunks import title_cased
from ..memory import DocState
from .common import Finder, unknown_country
from .setting import dominant_country

# NER labels of names that can do a political act
NAMED_DOERS = {"PERSON", "ORG", "NORP"}
# Sectors of the holders of an office ('spokesman', 'envoy', 'commander'), who act for the body it is of.
OFFICES = {"GOV", "MIL", "DIP", "LEG", "JUD", "COP"}
# Heads of a body of any sector ('the chairman of the African Union Commission', 'the head of
# the IAEA'): who holds the office acts for the body.
HEADS = {"chairman", "chairwoman", "chairperson", "chair", "head", "chief", "director", "secretary-general"}


class Named(Finder):
    """Doers the text names that no table knows (a mixin of ``EventCoder``)."""

    def _unlisted(self, state: DocState, tok: Token) -> list[Actor]:
        """A doer the NER names but no table knows ('Mayor Dayton King', 'the Tis Hazari
        court'): an actor of unknown country, with the sector its head word gives."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        at = self._offset + tok.idx
        entity = next((e for e in state.doc.entities if e.start <= at < e.end and e.label in NAMED_DOERS), None)
        if entity is None:
            return []
        headline_end = self._text.find("\n\n")
        if entity.start < headline_end and title_cased(self._text[:headline_end]):
            return []  # the NER misreads title case: 'Jackson Squares Off With Prosecutor'
        if entity.label == "PERSON":
            # 'Arroyo said', 'Sharif met Singh': a person the text names is a doer all the same,
            # of the country the story is told from (its dateline, else the one its places name
            # most), else of an unknown country (docs/format.md)
            if not entity.text[:1].isupper() or not any(w.role == "head" for w in self._np_words(tok)):
                return []
            country = self._told_from(state)
            person = self.resolver.of_country(country, entity.text, entity.start, None) if country is not None \
                else unknown_country(entity.text, entity.start, None)
            cue = "dateline" if country is not None and state.doc.dateline is not None else "document"
            return [replace(person, name=entity.text, id=None, kind="person", cue=cue if country else None)]
        sector = self.resolver.sector_of(self._np_words(tok))
        # an institution's sector ('the Education Department', 'the Tis Hazari court in New
        # Delhi') is of the place it acts in, where the text gives one
        country = self._setting(state, tok, doer=True) if entity.label == "ORG" and sector else None
        if country is not None:
            return [self.resolver.of_country(country, entity.text, entity.start, sector)]
        return [unknown_country(entity.text, entity.start, sector)]

    def _told_from(self, state: DocState) -> str | None:
        """The country a story is told from: its dateline's, else the one its places name most
        (twice at least: 'met Nawaz Sharif in London' does not make him British)."""
        dateline = state.doc.dateline
        if dateline is not None and dateline.country:
            return dateline.country
        return dominant_country(state, least=2)

    def _appositive(self, state: DocState, tok: Token) -> list[Actor]:
        """'Cipollone, White House counsel since late 2018, has rejected ...': a name no table
        knows is who its apposition says ('White House counsel', 'a spokesman for the Iraqi
        government')."""
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"):
                # (the body the office is of may be told before it, 'White House counsel', or
                # after it, 'the special rapporteur for the U.N.'s Office of ...')
                bodies = [g for g in c.children if g.dep_ in ("compound", "poss") and g.i < c.i] + \
                    [p for g in c.children if g.dep_ == "prep" and g.lower_ in ("for", "of", "at")
                     for p in g.children if p.dep_ == "pobj"]
                found = self._actors(state, c) or self._office_of(state, c) or \
                    next((f for b in bodies if (f := self._actors(state, b))), [])
                if found:
                    return found
        return []

    def _office_of(self, state: DocState, tok: Token) -> list[Actor]:
        """'The chairman of the African Union Commission Moussa Faki Mahamat has condemned',
        'a spokesman for the Iraqi government said': a holder of an office, named by it, acts
        for the body the office is of."""
        if tok.pos_ != "NOUN" or (self.resolver.sector_of(self._np_words(tok)[-1:]) not in OFFICES and
                                  tok.lower_ not in HEADS):
            return []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                found = self._actors(state, pobj) if pobj is not None else []
                if found:
                    return found
        return []
