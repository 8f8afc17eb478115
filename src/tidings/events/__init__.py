"""Events: code who did what to whom from the dependency parse, in CAMEO and PLOVER.

The coder reads each parsed sentence that holds a lexicon trigger, finds the
trigger's source and target arguments (active and passive clauses, relative
clauses, control verbs, coordination, nominalizations) and asks the actors
stage to resolve them. A small discourse memory per document fills arguments a
sentence leaves implicit: 'France and Germany only expelled four each' borrows
the target of the expulsions told before, and 'called the expulsions
unfortunate' targets whoever expelled.
"""

from .chunks import Chunk, candidate_chunks, split_sentences
from .coder import EventCoder
from .memory import DocState, Frame

__all__ = ["Chunk", "DocState", "EventCoder", "Frame", "candidate_chunks", "split_sentences"]
