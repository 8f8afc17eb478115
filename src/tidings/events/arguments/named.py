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
# Offices of a town or a province: 'the mayor of Guatemala' is of its capital, no national office.
LOCAL_OFFICES = {"mayor", "governor", "councillor", "councilor", "sheriff", "alderman"}


# NER labels of names that are no doer's: times, numbers, works, laws, places (a place is a
# place's to tell), events.
NOT_DOERS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "WORK_OF_ART", "LAW",
             "PRODUCT", "LANGUAGE", "FAC", "LOC"}
# Lower-case words a body's name may hold: 'Jurisdiction for Peace', 'Action Against Hunger'.
NAME_LINKS = {"of", "for", "and", "the", "against", "on", "in", "without", "de", "&"}


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
        sector = self.resolver.sector_of(self._np_words(tok)[-1:])
        if tok.pos_ not in ("NOUN", "PROPN") or (sector not in OFFICES and tok.lower_ not in HEADS):
            return []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                found = self._actors(state, pobj) if pobj is not None else []
                national = sector in OFFICES and tok.lower_ not in LOCAL_OFFICES
                if len(found) == 1 and found[0].kind == "country" and national:
                    # 'the President of France': the country's office, told by the whole phrase
                    start = self._offset + tok.left_edge.idx
                    text = self._text[start:self._offset + pobj.idx + len(pobj.text)]
                    return [self.resolver.of_country(found[0].country, text, start, sector)]
                if found:
                    return found
        return []

    def _named_body(self, state: DocState, tok: Token) -> list[Actor]:
        """'Jurisdiction for Peace ordered an inquiry', 'the PA lifted its boycott',
        'County Commission has ended mediation': a name in capitals that neither the tables nor
        the NER know (nor a time, a number, a place) is still a doer: a body of the country the
        place it acts in gives (for one its head word gives a sector), else of an unknown
        country (docs/format.md)."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() in self.mods.partitive:
            return []  # ('Members of Justice and Prosperous Party': the party is the name, if any)
        span = self._name_span(tok)
        if span is None:
            return []
        lo = self._offset + span[0].idx
        hi = self._offset + span[-1].idx + len(span[-1].text)
        headline_end = self._text.find("\n\n")
        if lo < headline_end and title_cased(self._text[:headline_end]):
            return []  # ('Jackson Squares Off With Prosecutor': a headline's capitals tell no name)
        if any(e.start < hi and lo < e.end and e.label in NOT_DOERS for e in state.doc.entities) or \
                any(p.start < hi and lo < p.end for p in state.doc.places) or \
                any(m.start < hi and lo < m.end for m in state.mentions):
            return []
        text = self._text[lo:hi]
        sector = self.resolver.sector_of(self._np_words(tok))
        # (a name with no sector is of no place it is told in: 'the Middle Kingdom', 'Ban')
        country = self._setting(state, tok, doer=True) if sector else None
        if country is not None:
            return [replace(self.resolver.of_country(country, text, lo, sector), kind="organization", id=None)]
        return [unknown_country(text, lo, sector)]

    @staticmethod
    def _name_span(tok: Token) -> list[Token] | None:
        """The words of a name headed by ``tok``: its capitalised modifiers before it, and an
        'of', 'for' or 'against' phrase in capitals after it; None unless every word but the
        links is capitalised and the tagger takes one of them for a proper noun."""
        first = tok
        while first.i > tok.sent.start and first.doc[first.i - 1].head.i in (tok.i, first.i) and \
                first.doc[first.i - 1].dep_ in ("compound", "amod", "nmod") and first.doc[first.i - 1].is_alpha:
            first = first.doc[first.i - 1]
        last = tok
        for c in tok.children:
            if c.dep_ == "prep" and c.i == last.i + 1 and c.lower_ in NAME_LINKS:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and all(t.text[:1].isupper() or t.lower_ in NAME_LINKS
                                            for t in tok.doc[c.i + 1:pobj.i + 1]):
                    last = pobj
        span = list(tok.doc[first.i:last.i + 1])
        if not all(t.text[:1].isupper() or (t.lower_ in NAME_LINKS and first.i < t.i < last.i) for t in span):
            return None
        if not any(t.pos_ == "PROPN" for t in span) or not any(t.is_alpha and len(t.text) > 1 for t in span):
            return None
        opening = next((t for t in tok.sent if t.is_alpha), None)
        if len(span) == 1 and not (tok.is_upper and len(tok.text) > 1) and (opening is None or opening.i == tok.i):
            return None  # one capitalised word opening a sentence ('Illness sidelined her') is no evidence of a name
        return span
