"""What the coder's stages share about the dependency parse: argument relations and the
shapes of a bare count ('four each')."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

from ..records import Actor

SUBJECTS = {"nsubj", "csubj"}
NP_LEFT = {"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "npadvmod", "prt"}
QUANTITY_WORDS = {"each", "some", "many", "several", "all", "both", "others", "more", "few", "dozens", "hundreds"}
# Heads that count what follows 'of': 'dozens of Russian diplomats', 'two dozen of them'.
COUNT_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "scores"}
RELATIVE = {"who", "which", "that", "whom"}
# Verbs that carry a nominal event: 'launched an attack on', 'carried out a bombing'.
SUPPORT_VERBS = {"launch", "carry", "conduct", "stage", "mount", "order", "make", "begin", "step", "wage", "claim",
                 "open", "start", "initiate", "hold", "announce", "issue", "express", "voice", "offer", "provide",
                 "lead", "head", "resume", "continue", "undertake", "perform", "intensify", "escalate", "deliver",
                 "extend", "pledge", "declare", "impose", "lodge", "file", "level", "join"}


# Verbs whose subject takes part in the act their 'in' names: 'engaged in talks', 'took part in'.
TAKING_PART = {"engage", "participate", "take", "join", "involve", "embroil", "lock", "mire", "enter", "remain"}
# Participles whose agent did the act the noun they qualify names: 'a siege called by Maoist
# insurgents', 'an attack carried out by militants', 'a strike led by the union'.
DOING = {"call", "carry", "launch", "stage", "mount", "conduct", "order", "impose", "declare", "lead", "organize",
         "organise", "wage", "perpetrate", "commit", "claim", "stage", "enforce", "initiate", "announce", "issue"}
# Words whose holder answers for the act their 'for' names: 'the Taliban were responsible for
# the bombing', 'the group responsible for the kidnapping' (with 'behind': 'Hamas was behind the attacks').
ANSWERING = {"responsible", "accountable", "culpable", "blame"}
# Verbs whose subject carries on the act their 'with' names: 'pushed on with the offensive',
# 'pressed ahead with talks', 'went ahead with the strikes'.
PRESSING_ON = {"push", "press", "forge", "go", "carry", "continue", "proceed", "plough", "plow", "persist", "keep"}
# Verbs whose subject answers with the act their 'with' names: 'Israel responded with air
# strikes', 'the rebels retaliated with a mortar attack'.
RESPONDING = {"respond", "retaliate", "react", "reply", "answer", "hit", "strike", "counter", "counterattack"}
# Nouns of a rise in what their 'in' names, carried as that act by a support verb: 'announced a
# sharp increase in aid', 'ordered a surge in air strikes' (not a cut: 'a cut in aid' is no aid).
GROWTH = {"increase", "increases", "boost", "rise", "surge", "expansion", "escalation", "step-up", "spike", "jump"}
# Nouns that hold the act their 'of' names: 'investigate allegations of torture' is about torture.
CONTAINERS = {"allegation", "allegations", "charge", "charges", "accusation", "accusations", "claim", "claims",
              "report", "reports", "case", "cases", "incident", "incidents", "act", "acts", "evidence", "suspicion"}
# Verbs whose subject is given the act their object names, by the one their 'from' names:
# 'Haiti received aid from Japan', 'won backing from the Arab League'.
RECEIVING = {"receive", "get", "accept", "obtain", "secure", "win", "welcome", "gain", "garner", "earn", "face",
             "draw", "attract"}


def is_quantity(tok: Token) -> bool:
    """'four', 'four each', 'some': a count standing for things named before."""
    return tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_WORDS or tok.lower_ in QUANTITY_WORDS or \
        (tok.pos_ == "PRON" and any(c.pos_ == "NUM" for c in tok.children))


def is_passive(verb: Token) -> bool:
    return verb.i in _passive_heads(verb.doc)


# the parse last asked about and the positions of its words with a passive subject or auxiliary
_PASSIVE: list = [None, frozenset()]


def _passive_heads(doc: Doc) -> frozenset[int]:
    """The words of a parse that have a 'nsubjpass' or 'auxpass' dependent, read from its
    arrays at once: asked of every verb the coder looks at, many times over."""
    if _PASSIVE[0] is not doc:
        deps, heads = doc.to_array([DEP, HEAD]).reshape(-1, 2).T
        strings = doc.vocab.strings
        at = numpy.flatnonzero((deps == strings["nsubjpass"]) | (deps == strings["auxpass"]))
        offsets = heads[at].astype(numpy.int64)  # the head's offset from the word (the root's is 0)
        _PASSIVE[:] = [doc, frozenset((at + offsets)[offsets != 0].tolist())]
    return _PASSIVE[1]


def reduced_passive(verb: Token, headline: bool) -> Token | None:
    """The noun a past participle is done to, told without 'was': 'a journalist kidnapped
    by militants', 'soldiers killed in a blast' (the participle modifies the noun) and, in a
    headline, 'Australian reporter freed in Iraq' (parsed as the subject of a past tense with
    no object and no auxiliary)."""
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "NUM") and \
            verb.head.i < verb.i:
        return verb.head
    ordered = ordered_participle(verb)
    if ordered is not None:
        return ordered
    if headline and verb.tag_ in ("VBD", "VBN") and verb.dep_ == "ROOT" and \
            not any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "dative", "ccomp", "xcomp") for c in verb.children):
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "NUM")), None)
    return None


# verbs that order an act done to someone, told as 'ordered X freed' ('X' parsed the participle's subject)
ORDERING = {"order", "command", "direct"}


def ordered_participle(verb: Token) -> Token | None:
    """The one an act is ordered done to, told as a participle after the order: 'a Spanish judge
    has ordered nine ex-members of the government jailed', 'Putin ordered the diplomats expelled'
    (the patient parsed as the participle's subject); the act is the orderer's."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "mark") for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "obj") and verb.head.i < verb.i and \
            verb.head.head.lemma_.lower() in ORDERING:
        return verb.head  # 'a Venezuelan court ordered Salazar arrested' (the participle parsed on the object)
    if verb.dep_ not in ("ccomp", "oprd", "xcomp") or verb.head.lemma_.lower() not in ORDERING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "NUM", "PRON")), None)


def ordering_verb(verb: Token) -> Token | None:
    """The verb that orders the act of an ``ordered_participle``: its doer is the act's."""
    if ordered_participle(verb) is None:
        return None
    return verb.head.head if verb.dep_ == "acl" else verb.head


NEGATIONS = {"not", "n't", "never", "no"}


def refusing_negation(verb: Token, refusal_aux: frozenset[str]) -> Token | None:
    """The 'not' of a cooperation refused as a stance: 'will not lift the embargo', "won't
    release them", 'cannot accept more refugees' (a modal with the negation); 'did not
    release' tells only what did not happen."""
    aux = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in refusal_aux]
    neg = next((c for c in verb.children if c.dep_ == "neg" and c.lower_ in NEGATIONS), None)
    return neg if aux and neg is not None else None


def same_actor(a: Actor, b: Actor) -> bool:
    """Whether two actors are one: two people are one when they are the same person (by id,
    else by name), whatever their codes ('Arroyo pardoned former president Joseph Estrada' is
    PHLGOV -> PHLGOV, an event); two bodies of the tables are one when they are the same body
    ('Democrats accused Republicans of lying' is USAPTY -> USAPTY, an event); anyone else by
    code and country."""
    if a.kind == b.kind == "person" and (a.id or a.name) and (b.id or b.name):
        return (a.id or a.name) == (b.id or b.name)
    if a.kind == b.kind == "organization" and a.id and b.id:
        return a.id == b.id
    return a.code == b.code and a.country == b.country


# verbs that report, in the past, what their subject said it would do
ANNOUNCING = {"say", "announce", "tell", "state", "add", "confirm", "declare", "indicate", "pledge", "vow", "insist"}


def reported_will(verb: Token) -> bool:
    """Whether 'would' on ``verb`` is the reported 'will' of its teller: 'the government said it
    would free 1,500 prisoners', 'said they would boycott the vote'; not a condition ('would end
    if the fighters left') nor a 'would' said of no one ('the EU would step up')."""
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("would", "'d")), None)
    if aux is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ANNOUNCING:
        return False
    clause = list(verb.subtree)
    return not any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in clause) and \
        not any(t.lower_ in ("if", "unless") and t.head.head == verb for t in clause)
