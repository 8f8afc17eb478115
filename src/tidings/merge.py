"""Merge: the same event told by several mentions becomes one record listing its sources.

The rule is data (data/merge/rule.yaml, or a user's file): same dyad, same kind of act,
compatible dates, alike evidence. ``cluster`` is deterministic: the same events give the
same merged events whatever order the documents came in.

Clusters never cross a component: the events of one merge key linked, directly or through
others, by alike pairs (``components``). The store keeps each merged event's component and
re-clusters, per batch, only the components the batch's events link into, so the result is
exactly the complete-link clustering of the whole merge key, computed in the part of it
that can change.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import data
from .timex import interval

TRIGGER_BONUS = 0.25  # added to the likeness of two mentions whose triggers share a stem
WORD = re.compile(r"[a-z0-9]+")
NUMBER = re.compile(r"\b\d[\d,.]*\b")


@dataclass(frozen=True)
class Rule:
    by: str = "cameo"  # or "plover"
    min_similarity: float = 0.3
    numbers_must_agree: bool = True
    stopwords: frozenset[str] = field(default_factory=frozenset)


def load_rule(path: str | Path | None = None) -> Rule:
    raw = data.read_yaml(Path(path) if path else "merge/rule.yaml")
    if raw.get("by") not in ("cameo", "plover"):
        raise ValueError(f"merge rule: 'by' must be cameo or plover, not {raw.get('by')!r}")
    return Rule(by=raw["by"], min_similarity=float(raw.get("min_similarity", 0.3)),
                numbers_must_agree=bool(raw.get("numbers_must_agree", True)),
                stopwords=frozenset(raw.get("stopwords", [])))


def merge_key(rule: Rule, row: dict[str, Any]) -> str:
    """Events can merge only within one key: source|target|CAMEO root or PLOVER type (a stored event row)."""
    kind = row["plover_type"] if rule.by == "plover" else row["cameo_root"]
    source = row.get("source_country") or row.get("source_code") or ""
    target = row.get("target_country") or row.get("target_code") or ""
    return f"{source}|{target}|{kind or ''}"


def _words(rule: Rule, text: str) -> set[str]:
    """Content words, cut to five letters so 'expel', 'expelled' and 'expulsion' meet."""
    return {w[:5] for w in WORD.findall(text.lower()) if w not in rule.stopwords and (len(w) > 2 or w.isdigit())}


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in NUMBER.findall(text)}


def dates_compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two mentions' dates can be one event's when the days they cover overlap, or one is unknown."""
    ia, ib = interval(a.get("date"), a.get("date_precision")), interval(b.get("date"), b.get("date_precision"))
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


@dataclass(frozen=True)
class _Evidence:
    words: frozenset[str]
    numbers: frozenset[str]
    span: Any = None  # the days the date covers, read once per row (timex.interval)


def evidence_of(rule: Rule, row: dict[str, Any]) -> _Evidence:
    text = row["evidence_text"] or ""
    return _Evidence(frozenset(_words(rule, text)), frozenset(_numbers(text)),
                     interval(row.get("date"), row.get("date_precision")))


def likeness(rule: Rule, a: dict[str, Any], b: dict[str, Any],
             ea: _Evidence | None = None, eb: _Evidence | None = None) -> float | None:
    """How alike two mentions are (None: they cannot be one event): the share of the
    shorter evidence's content words found in the other, plus a quarter when the two
    triggers share their stem ('expelled', 'expulsion'). ``ea``/``eb`` are the rows'
    evidence features when the caller has them already."""
    if ea is not None and eb is not None:
        if ea.span is not None and eb.span is not None and not (ea.span[0] <= eb.span[1] and eb.span[0] <= ea.span[1]):
            return None
    elif not dates_compatible(a, b):
        return None
    if a["doc_key"] == b["doc_key"] and a["evidence_start"] == b["evidence_start"] and \
            a["trigger_start"] != b["trigger_start"]:
        return None  # two acts of one sentence ('expelled ... and closed') are two events
    ea, eb = ea or evidence_of(rule, a), eb or evidence_of(rule, b)
    if rule.numbers_must_agree and ea.numbers and eb.numbers and not ea.numbers & eb.numbers:
        return None
    if not ea.words or not eb.words:
        return None
    same_trigger = (a.get("trigger_text") or "").lower()[:4] == (b.get("trigger_text") or "").lower()[:4]
    return len(ea.words & eb.words) / min(len(ea.words), len(eb.words)) + (TRIGGER_BONUS if same_trigger else 0.0)


def alike(rule: Rule, a: dict[str, Any], b: dict[str, Any], ea: _Evidence, eb: _Evidence) -> bool:
    """Whether two mentions are alike enough to be one event: a pair complete-link can join."""
    s = likeness(rule, a, b, ea, eb)
    return s is not None and s >= rule.min_similarity


def _pairs(rule: Rule, evidence: Sequence[_Evidence]) -> Iterator[tuple[int, int]]:
    """The pairs that can be alike, i < j. When the trigger bonus alone is below the rule's
    threshold an alike pair shares a content word, so only pairs sharing one are tried."""
    n = len(evidence)
    if rule.min_similarity <= TRIGGER_BONUS:
        yield from ((i, j) for i in range(n) for j in range(i + 1, n))
        return
    postings: dict[str, list[int]] = {}
    for i, ev in enumerate(evidence):
        for w in ev.words:
            postings.setdefault(w, []).append(i)
    for i, ev in enumerate(evidence):
        partners = {j for w in ev.words for j in postings[w] if j > i}
        yield from ((i, j) for j in sorted(partners))


def linked(rule: Rule, new: Sequence[dict[str, Any]], stored: Sequence[dict[str, Any]]) -> list[int]:
    """The positions of the ``stored`` rows alike to any of the ``new`` ones (one merge key)."""
    stored_ev = [evidence_of(rule, r) for r in stored]
    postings: dict[str, list[int]] = {}
    for i, ev in enumerate(stored_ev):
        for w in ev.words:
            postings.setdefault(w, []).append(i)
    hit: set[int] = set()
    for row in new:
        ev = evidence_of(rule, row)
        tried = range(len(stored)) if rule.min_similarity <= TRIGGER_BONUS else \
            {i for w in ev.words for i in postings.get(w, ())}
        hit |= {i for i in tried if i not in hit and alike(rule, row, stored[i], ev, stored_ev[i])}
    return sorted(hit)


def components(rule: Rule, rows: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The rows linked by alike pairs, directly or through others (each sorted by id): no
    cluster spans two of them, so each can be clustered alone."""
    rows = sorted(rows, key=lambda r: r["id"])
    evidence = [evidence_of(rule, r) for r in rows]
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _pairs(rule, evidence):
        if find(i) != find(j) and alike(rule, rows[i], rows[j], evidence[i], evidence[j]):
            parent[max(find(i), find(j))] = min(find(i), find(j))
    groups: dict[int, list[dict[str, Any]]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(find(i), []).append(r)
    return [groups[k] for k in sorted(groups)]


def cluster(rule: Rule, rows: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Complete-link clusters of one merge key's events (or of one component of them).

    The most alike pairs join first; two clusters join only when every event of one is
    like every event of the other, so no chain of look-alikes pulls a 1986 expulsion
    into a 2018 one. Ties break on event ids: the same events always give the same
    clusters, whatever order they were stored in."""
    rows = sorted(rows, key=lambda r: r["id"])
    evidence = [evidence_of(rule, r) for r in rows]
    n = len(rows)
    score = {}
    for i, j in _pairs(rule, evidence):
        s = likeness(rule, rows[i], rows[j], evidence[i], evidence[j])
        if s is not None and s >= rule.min_similarity:
            score[i, j] = s
    home = list(range(n))  # cluster id of each row
    members = {i: [i] for i in range(n)}
    for (i, j), _ in sorted(score.items(), key=lambda kv: (-kv[1], kv[0])):
        ci, cj = home[i], home[j]
        if ci == cj or not all((min(x, y), max(x, y)) in score for x in members[ci] for y in members[cj]):
            continue
        for x in members[cj]:
            home[x] = ci
        members[ci] += members.pop(cj)
    return [[rows[i] for i in sorted(m)] for _, m in sorted(members.items())]


# The place columns an event row and a merged event share (store.py writes them).
LOCATION_COLUMNS = [f"location_{k}" for k in ("name", "country", "admin1", "lat", "lon", "feature", "id")]


def _days(row: dict[str, Any]) -> int:
    """Minus the days a mention's date covers: the more precise, the larger."""
    span = interval(row.get("date"), row.get("date_precision"))
    return -(span[1] - span[0]).days if span and span[0].year > 1 else -10**6


def merged_record(mkey: str, members: list[dict[str, Any]]) -> dict[str, Any]:
    """One merged event: told first by the earliest-published source, dated as precisely as any mention."""
    first = min(members, key=lambda r: (r.get("doc_published") or "9999", r["id"]))
    dated = [r for r in members if r.get("date")]
    # the most precise place any mention gives: a facility or city over a country
    placed = max((r for r in members if r.get("location_name")), default=None,
                 key=lambda r: (r["location_feature"] != "country", r["id"]))
    best_date = max(dated, key=lambda r: (r.get("date_source") == "text", _days(r), r["id"]), default=None)
    statuses = Counter(r["status"] for r in members)
    status = "asserted" if statuses.get("asserted") else statuses.most_common(1)[0][0]
    return {
        "id": hashlib.sha1(f"{mkey}|{min(r['id'] for r in members)}".encode()).hexdigest()[:16],
        "merge_key": mkey,
        **{f"{side}_{k}": first[f"{side}_{k}"] for side in ("source", "target") for k in ("code", "name", "country")},
        **{k: first[k] for k in ("cameo_code", "cameo_root", "cameo_name", "goldstein", "quad_class", "plover_type",
                                 "evidence_text")},
        **{k: placed[k] if placed else None for k in LOCATION_COLUMNS},
        "date": best_date["date"] if best_date else None,
        "date_precision": best_date["date_precision"] if best_date else None,
        "date_first": best_date["date_first"] if best_date else None,
        "date_last": best_date["date_last"] if best_date else None,
        "status": status,
        "first_doc_id": first["doc_id"],
        "url": first.get("doc_url"),
        "n_sources": len({r["doc_key"] for r in members}),
        "n_mentions": len(members),
    }
