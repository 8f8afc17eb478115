"""Accuracy against the project's gold data: precision, recall and F1 per stage.

Gold is JSON lines (docs/annotation.md). Annotators quote text instead of counting
characters: an event's ``evidence``, an actor's ``text`` and a quote's ``text`` are
exact substrings of the document as tidings cleans it, and the loader turns them
into character spans, so gold and predictions are compared span against span.
Repeated entries for the same actor text take its successive occurrences.

Matching (written out in docs/annotation.md):
- an event matches when its evidence span overlaps the gold event's, and its source
  and target keys (country, or the code of an international body) and its CAMEO root
  (strict) or PLOVER type (plover) are the gold's; one prediction matches one gold
  event at most;
- status, event date and place are scored on the strict matches: a prediction counts
  when it has a value, a gold event when it has one, and a hit needs both equal;
- an actor mention matches a gold mention it overlaps; it counts for ``country`` or
  ``name`` when that field is also equal;
- a quote matches a gold quote it overlaps; ``speaker`` also needs the speaker's name.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import codebook, data, geo, ingest
from .records import Document, Span

STAGES = ["events", "events_plover", "actors_country", "actors_name", "quotes", "quotes_speaker",
          "status", "event_date", "event_place", "published"]


class GoldError(ValueError):
    """A gold file that cannot be read: the message names the file, line and field."""


@dataclass
class GoldEvent:
    evidence: Span
    source: str | None
    target: str | None
    cameo: str
    plover: str | None
    status: str = "asserted"
    date: str | None = None
    place: dict[str, Any] | None = None


@dataclass
class GoldActor:
    span: Span
    name: str | None
    country: str | None


@dataclass
class GoldQuote:
    span: Span
    speaker: str | None


@dataclass
class GoldDoc:
    doc: Document  # ingested, not coded: its text is what the spans point into
    published: str | None
    events: list[GoldEvent] = field(default_factory=list)
    actors: list[GoldActor] = field(default_factory=list)
    quotes: list[GoldQuote] = field(default_factory=list)
    has_events: bool = True
    has_actors: bool = True
    has_quotes: bool = True


@dataclass
class Prediction:
    """What a system said about one document, in the shape of the JSONL output."""

    events: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    published: str | None = None


@dataclass
class Score:
    tp_pred: int = 0  # predictions that are right
    n_pred: int = 0
    tp_gold: int = 0  # gold items found
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> None:
        self.tp_pred += tp_pred
        self.n_pred += n_pred
        self.tp_gold += tp_gold
        self.n_gold += n_gold


@dataclass
class Report:
    scores: dict[str, Score]
    n_docs: int
    errors: list[str]  # per item: misses (gold not found) and false alarms (predictions not in gold)

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {k: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "n_gold": s.n_gold, "n_pred": s.n_pred}
                for k, s in self.scores.items()}


# --- reading gold ---------------------------------------------------------------------

def find_span(text: str, snippet: str, start: int = 0, *, words: bool = False) -> Span | None:
    """The first occurrence of ``snippet`` at or after ``start``; with ``words``, only as whole words."""
    if words:
        pattern = (r"(?<!\w)" if snippet[:1].isalnum() else "") + re.escape(snippet) + \
                  (r"(?!\w)" if snippet[-1:].isalnum() else "")
        m = re.compile(pattern).search(text, start)
        return Span(m.start(), m.end(), m.group()) if m else None
    i = text.find(snippet, start)
    return Span(i, i + len(snippet), snippet) if i >= 0 else None


def _source_record(item: dict[str, Any], shared: Path) -> dict[str, Any]:
    """The raw record a gold item annotates: inline text, a corpus line, or a file."""
    if "text" in item:
        return {"id": item["doc_id"], "title": item.get("title"), "text": item["text"]}
    if "corpus" in item:
        path = shared / "corpus" / item["corpus"]
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            if record.get("id") == item["doc_id"]:
                return record
        raise GoldError(f"{item['doc_id']}: not in {path}")
    if "file" in item:
        path = shared / item["file"]
        return {"id": item["doc_id"], "path": path}
    raise GoldError(f"{item['doc_id']}: needs 'text', 'corpus' or 'file'")


def _ingest(record: dict[str, Any]) -> Document:
    if "path" in record:
        docs = list(ingest.read([record["path"]]))
        doc = docs[0]
        doc.doc_id = record["id"]
        return doc
    return ingest.from_record(record, record["id"])


def _actor_spans(text: str, entries: Sequence[dict[str, Any]], where: str) -> list[GoldActor]:
    """Each entry at the next whole-word occurrence of its text that is neither in the
    dateline nor overlapping a mention placed before: 'Gibraltar' listed after
    "Gibraltar's" is the next Gibraltar, not the same one."""
    found: list[GoldActor] = []
    after: dict[str, int] = {}
    line = geo.dateline(text)
    taken = [(line.start, line.end)] if line is not None else []
    for a in entries:
        span = find_span(text, a["text"], after.get(a["text"], 0), words=True)
        while span is not None and any(s < span.end and span.start < e for s, e in taken):
            span = find_span(text, a["text"], span.end, words=True)
        if span is None:
            raise GoldError(f"{where}: actor {a['text']!r} not found (again) in the text")
        after[a["text"]] = span.end
        taken.append((span.start, span.end))
        found.append(GoldActor(span, a.get("name"), a.get("country")))
    return found


def load_gold(paths: Iterable[str | Path], shared: str | Path | None = None) -> list[GoldDoc]:
    """Gold documents from ``.jsonl`` files or folders of them."""
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.glob("*.jsonl")) if p.is_dir() else [p])
    shared_dir = Path(shared) if shared else Path("../shared")
    out: list[GoldDoc] = []
    for file in files:
        for n, line in enumerate(file.open(encoding="utf-8"), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            if item.get("record") == "header":
                continue
            where = f"{file}:{n} ({item.get('doc_id')})"
            doc = _ingest(_source_record(item, shared_dir))
            if not doc.ok:
                raise GoldError(f"{where}: ingest failed: {doc.status} {doc.error}")
            gold = GoldDoc(doc, item.get("published"))
            for e in item.get("events") or []:
                span = find_span(doc.text, e["evidence"])
                if span is None:
                    raise GoldError(f"{where}: evidence {e['evidence']!r} not in the cleaned text")
                cameo = str(e["cameo"])  # a PLOVER type left out is the code book's for the CAMEO code
                gold.events.append(GoldEvent(span, e.get("source"), e.get("target"), cameo,
                                             e.get("plover") or codebook.load().cameo[cameo].plover_type, e.get("status", "asserted"), e.get("date"),
                                             e.get("place")))
            # null (or absent) actors or quotes: that layer is not annotated for this document
            gold.has_events = item.get("events", []) is not None
            gold.has_actors, gold.has_quotes = item.get("actors") is not None, item.get("quotes") is not None
            gold.actors = _actor_spans(doc.text, item.get("actors") or [], where)
            for q in item.get("quotes") or []:
                span = find_span(doc.text, q["text"])
                if span is None:
                    raise GoldError(f"{where}: quote {q['text']!r} not in the cleaned text")
                gold.quotes.append(GoldQuote(span, q.get("speaker")))
            out.append(gold)
    return out


# --- predictions ----------------------------------------------------------------------

def from_documents(docs: Iterable[Document]) -> dict[str, Prediction]:
    preds: dict[str, Prediction] = {}
    for d in docs:
        preds[d.doc_id] = Prediction(
            events=[e.to_json() for e in d.events],
            actors=[a.to_json() for a in d.actors],
            quotes=[q.to_json() for q in d.quotes if not q.fragment and q.kind != "act"],
            published=d.published.value if d.published else None,
        )
    return preds


def read_predictions(path: str | Path) -> dict[str, Prediction]:
    """Predictions from a ``tidings code --format jsonl`` stream (or any file in that shape)."""
    preds: dict[str, Prediction] = {}
    for line in Path(path).open(encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        p = preds.setdefault(r.get("doc_id"), Prediction())
        kind = r.get("record")
        if kind == "document":
            p.published = (r.get("published") or {}).get("value")
        elif kind == "event":
            p.events.append(r)
        elif kind == "quote" and r.get("kind") != "act":  # a speech act's attribution is no quote (item 8)
            p.quotes.append(r)
        elif kind == "actor":
            p.actors.append(r)
    return preds


def from_store(store: Any) -> dict[str, Prediction]:
    """Predictions from a tidings store (``tidings code --db``): what a past run wrote, scored
    without coding again."""
    from .store import event_json

    preds: dict[str, Prediction] = {}
    keys: dict[str, str] = {}
    for d in store.query("SELECT doc_key, doc_id, published FROM documents WHERE status = 'ok'"):
        preds[d["doc_id"]] = Prediction(published=d["published"])
        keys[d["doc_key"]] = d["doc_id"]
    for row in store.events():
        if row["doc_id"] in preds:
            preds[row["doc_id"]].events.append(event_json(row))
    for a in store.query("SELECT * FROM actors ORDER BY doc_key, mention"):
        if a["doc_key"] in keys:
            preds[keys[a["doc_key"]]].actors.append(
                {"text": a["text"], "start": a["start_char"], "end": a["end_char"], "name": a["name"],
                 "id": a["entity_id"], "country": a["country"], "sector": a["sector"], "code": a["code"]})
    for q in store.quotes():
        if q["doc_id"] in preds and q["kind"] != "act":
            preds[q["doc_id"]].quotes.append(
                {"text": q["text"], "start": q["start_char"], "end": q["end_char"],
                 "speaker": {"name": q["speaker_name"], "country": q["speaker_country"], "code": q["speaker_code"]}
                 if q["speaker_name"] or q["speaker_code"] else None})
    return preds


# --- scoring --------------------------------------------------------------------------

def norm(name: str | None) -> str:
    """Names compared without case, accents, punctuation or a leading 'the'."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return re.sub(r"^the ", "", " ".join(s.split()))


def actor_key(actor: dict[str, Any] | None) -> str | None:
    """The country of an actor, or the code of an international body: what 'who' means in strict matching."""
    if not actor:
        return None
    return actor.get("country") or (actor.get("code") or "")[:3] or None


def overlaps(a_start: int, a_end: int, b: Span) -> bool:
    return a_start < b.end and b.start < a_end


def _match(gold: Sequence[Any], pred: Sequence[dict[str, Any]], same: Callable[[Any, dict[str, Any]], bool]
           ) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, prediction index), in text order."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _event_same(by: str) -> Callable[[GoldEvent, dict[str, Any]], bool]:
    def same(g: GoldEvent, p: dict[str, Any]) -> bool:
        ev = p["evidence"]
        if not overlaps(ev["start"], ev["end"], g.evidence):
            return False
        if actor_key(p.get("source")) != g.source or actor_key(p.get("target")) != g.target:
            return False
        if by == "plover":
            return (p.get("plover") or {}).get("type") == g.plover
        return p["cameo"]["code"][:2] == g.cameo[:2]
    return same


def _found_date(e: dict[str, Any]) -> str | None:
    """The date an event's text gave it; 'on or before publication' is a bound, not a date."""
    date = e.get("date") or {}
    return None if date.get("precision") == "on_or_before" else date.get("value")


def _place_right(gold: dict[str, Any], pred: dict[str, Any] | None) -> bool:
    if not pred:
        return False
    if gold.get("country") and gold["country"] != pred.get("country"):
        return False
    g, p = norm(gold.get("name")), norm(pred.get("name"))
    return bool(g and p and (g == p or g in p or p in g))


def _attribute(score: Score, pairs: list[tuple[GoldEvent, dict[str, Any]]],
               gold_value: Callable[[GoldEvent], Any], pred_value: Callable[[dict[str, Any]], Any],
               right: Callable[[GoldEvent, dict[str, Any]], bool]) -> None:
    for g, p in pairs:
        hit = gold_value(g) is not None and pred_value(p) is not None and right(g, p)
        score.add(int(hit), int(pred_value(p) is not None), int(hit), int(gold_value(g) is not None))


def _country_right(g: GoldActor, a: dict[str, Any]) -> bool:
    return g.country == actor_key(a)


def _name_right(g: GoldActor, a: dict[str, Any]) -> bool:
    return bool(g.name) and norm(g.name) == norm(a.get("name"))


def _match_actors(gold: Sequence[GoldActor],
                  pred: Sequence[dict[str, Any]]) -> tuple[list[tuple[int, int]], list[int]]:
    """Pairs of gold and predicted mentions, and the predictions outside every gold mention.

    A gold mention is the whole phrase ('Australian Foreign Minister Alexander Downer');
    of the predictions inside it, the one that names it best is its match and the others
    are parts of it, neither hits nor false alarms."""
    pairs, inside = [], set()
    for gi, g in enumerate(gold):
        cands = [pi for pi, a in enumerate(pred) if overlaps(a["start"], a["end"], g.span)]
        inside.update(cands)
        free = [pi for pi in cands if pi not in {p for _, p in pairs}]
        if free:
            best = max(free, key=lambda pi: (_name_right(g, pred[pi]), _country_right(g, pred[pi]), -pi))
            pairs.append((gi, best))
    return pairs, [pi for pi in range(len(pred)) if pi not in inside]


def _event_line(e: dict[str, Any]) -> str:
    return (f"{actor_key(e.get('source'))}->{actor_key(e.get('target'))} {e['cameo']['code']} "
            f"{(e.get('plover') or {}).get('type')} [{e.get('status')}] {e['trigger']['text']!r}: "
            f"{e['evidence']['text'][:90]!r}")


def _gold_line(g: GoldEvent) -> str:
    return f"{g.source}->{g.target} {g.cameo} {g.plover} [{g.status}]: {g.evidence.text[:90]!r}"


def score(gold_docs: Sequence[GoldDoc], preds: dict[str, Prediction]) -> Report:
    scores = {k: Score() for k in STAGES}
    errors: list[str] = []
    for gd in gold_docs:
        doc_id = gd.doc.doc_id
        p = preds.get(doc_id, Prediction())
        if not gd.has_events:  # events not annotated for this document: its predictions are not scored
            p = Prediction(actors=p.actors, quotes=p.quotes)

        strict = _match(gd.events, p.events, _event_same("strict"))
        scores["events"].add(len(strict), len(p.events), len(strict), len(gd.events))
        plover = _match(gd.events, p.events, _event_same("plover"))
        scores["events_plover"].add(len(plover), len(p.events), len(plover), len(gd.events))
        found = {gi for gi, _ in strict}
        claimed = {pi for _, pi in strict}
        errors += [f"{doc_id}  miss         {_gold_line(g)}" for i, g in enumerate(gd.events) if i not in found]
        errors += [f"{doc_id}  false alarm  {_event_line(e)}" for i, e in enumerate(p.events) if i not in claimed]

        pairs = [(gd.events[gi], p.events[pi]) for gi, pi in strict]
        _attribute(scores["status"], pairs, lambda g: g.status, lambda e: e.get("status"),
                   lambda g, e: g.status == e.get("status"))
        for g, e in pairs:
            if g.status != e.get("status"):
                errors.append(f"{doc_id}  status       {g.status} != {e.get('status')}: {_gold_line(g)}")
        _attribute(scores["event_date"], pairs, lambda g: g.date, _found_date, lambda g, e: _found_date(e) == g.date)
        _attribute(scores["event_place"], pairs, lambda g: g.place, lambda e: e.get("location"),
                   lambda g, e: _place_right(g.place, e.get("location")))
        for g, e in pairs:
            date = _found_date(e)
            if date != g.date and (date or g.date):
                errors.append(f"{doc_id}  date         {g.date} != {date}: {_gold_line(g)}")
            where = e.get("location")
            if (where or g.place) and not (g.place and _place_right(g.place, where)):
                got = f"{where['name']} ({where['country']})" if where else None
                errors.append(f"{doc_id}  place        {g.place} != {got}: {_gold_line(g)}")

        actor_pairs, alarms = _match_actors(gd.actors, p.actors if gd.has_actors else [])
        n_pred = len(actor_pairs) + len(alarms)
        for stage, right in (("actors_country", _country_right), ("actors_name", _name_right)):
            hits = sum(1 for gi, pi in actor_pairs if right(gd.actors[gi], p.actors[pi]))
            scores[stage].add(hits, n_pred, hits, len(gd.actors))
        for gi, pi in actor_pairs:
            g, a = gd.actors[gi], p.actors[pi]
            if not (_country_right(g, a) and _name_right(g, a)):
                errors.append(f"{doc_id}  actor        {g.span.text!r}: gold {g.name} ({g.country}), "
                              f"got {a.get('name')} ({actor_key(a)})")
        matched = {gi for gi, _ in actor_pairs}
        errors += [f"{doc_id}  actor miss   {g.span.text!r} {g.name} ({g.country})"
                   for i, g in enumerate(gd.actors) if i not in matched]
        errors += [f"{doc_id}  actor alarm  {p.actors[pi]['text']!r} {p.actors[pi].get('name')} "
                   f"({actor_key(p.actors[pi])})" for pi in alarms]

        pred_quotes = p.quotes if gd.has_quotes else []
        quote_pairs = _match(gd.quotes, pred_quotes, lambda g, q: overlaps(q["start"], q["end"], g.span))
        scores["quotes"].add(len(quote_pairs), len(pred_quotes), len(quote_pairs), len(gd.quotes))
        hits = sum(1 for gi, pi in quote_pairs
                   if norm(gd.quotes[gi].speaker) == norm((p.quotes[pi].get("speaker") or {}).get("name")))
        scores["quotes_speaker"].add(hits, len(pred_quotes), hits, len(gd.quotes))
        for gi, pi in quote_pairs:
            got = (p.quotes[pi].get("speaker") or {}).get("name")
            if norm(gd.quotes[gi].speaker) != norm(got):
                errors.append(f"{doc_id}  speaker      {gd.quotes[gi].speaker} != {got}: "
                              f"{gd.quotes[gi].span.text[:70]!r}")
        found_q, claimed_q = {gi for gi, _ in quote_pairs}, {pi for _, pi in quote_pairs}
        errors += [f"{doc_id}  quote miss   {g.speaker}: {g.span.text[:80]!r}"
                   for i, g in enumerate(gd.quotes) if i not in found_q]
        errors += [f"{doc_id}  quote alarm  {(q.get('speaker') or {}).get('name')}: {q['text'][:80]!r}"
                   for i, q in enumerate(pred_quotes) if i not in claimed_q]

        if gd.published or p.published:
            hit = bool(gd.published and p.published == gd.published)
            scores["published"].add(int(hit), int(p.published is not None), int(hit), int(gd.published is not None))
    return Report(scores, len(gold_docs), errors)


def evaluate(gold_docs: Sequence[GoldDoc], pipeline: Any) -> Report:
    """Code the gold documents with ``pipeline`` and score them."""
    docs = [Document(**{f: getattr(g.doc, f) for f in ("doc_id", "text", "title", "published", "url", "outlet",
                                                       "byline", "path", "captions", "removed")})
            for g in gold_docs]
    return score(gold_docs, from_documents(pipeline.run(docs)))


def load_floors(path: str | Path | None = None) -> dict[str, dict[str, float]]:
    """Minimum scores the tests hold the coder to (eval/floors.yaml)."""
    return data.read_yaml(Path(path)) if path else {}


def below_floors(report: Report, floors: dict[str, dict[str, float]]) -> list[str]:
    scores = report.as_dict()
    return [f"{stage} {metric} {scores[stage][metric]:.3f} < floor {floor:.3f}"
            for stage, metrics in floors.items() for metric, floor in metrics.items()
            if scores[stage][metric] < floor]
