"""Where a document stands, for what its text does not say of an actor: the dateline, the
country its known actors belong to most, the outlet's home country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ...records import Actor


@dataclass(frozen=True)
class Setting:
    """Where a document stands, for what its text does not say of an actor: the dateline's
    country, the country the story's known actors belong to most, and the home country of
    the outlet that published it (outlets.tsv)."""

    dateline: str | None = None
    story: str | None = None
    outlet: str | None = None

    def country(self, affiliated: bool = False) -> tuple[str | None, str | None]:
        """The country (and its cue) of an official or body the text gives no country: the
        dateline's, else the story's, else the outlet's. A person the text ties to a body of
        no known country ('an insurgency expert at the Brookings Institution') is no official
        of the story's country: the text gives none, and none is guessed."""
        if affiliated:
            return None, None
        if self.dateline:
            return self.dateline, "dateline"
        if self.story:
            return self.story, "document"
        return (self.outlet, "outlet") if self.outlet else (None, None)


def dominant_country(found: Sequence[Actor]) -> str | None:
    """The country the document's known actors belong to most, when one leads clearly (at least
    two mentions, half as many again as any other)."""
    counts = Counter(m.country for m in found if m.country)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    return top if n >= 2 and n > 1.5 * rest[0][1] else None
