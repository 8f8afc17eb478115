"""Merge: the same event told by several mentions becomes one record listing its sources.

The rule is data (data/merge/rule.yaml, or a user's file): same dyad, same kind of act,
dates whose days meet, alike evidence. Every mention has a time *window*: the days its date
covers, or, undated or ``on_or_before``, days around its document's publication (the rule's
``window_days``). Mentions are clustered in *blocks*: one merge key and one stretch of
``block_days`` days, the stretch the mention is anchored in (its document's publication when
its window is near it, else the window's first day). A block is clustered as a whole,
complete-link, so the merged events are a function of the mentions alone, whatever order or
batches they came in; a batch re-clusters only the blocks its mentions fall in, whose size
is how often a story is retold in those days, not the size of the store.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from . import data
from .timex import interval

TRIGGER_BONUS = 0.25  # added to the likeness of two mentions whose triggers share a stem
WORD = re.compile(r"[a-z0-9]+")
NUMBER = re.compile(r"\b\d[\d,.]*\b")
EPOCH = date(1970, 1, 1)  # blocks are counted from here: the same days make the same block in every store
UNDATED = "undated"  # the block of mentions with no date in a document with no publication date


@dataclass(frozen=True)
class Rule:
    by: str = "cameo"  # or "plover"
    min_similarity: float = 0.3
    numbers_must_agree: bool = True
    stopwords: frozenset[str] = field(default_factory=frozenset)
    window_days: int = 7  # an undated mention: publication +- this; on_or_before: this many days up to its date
    block_days: int = 30  # the stretch of days one block covers


def load_rule(path: str | Path | None = None) -> Rule:
    raw = data.read_yaml(Path(path) if path else "merge/rule.yaml")
    if raw.get("by") not in ("cameo", "plover"):
        raise ValueError(f"merge rule: 'by' must be cameo or plover, not {raw.get('by')!r}")
    rule = Rule(by=raw["by"], min_similarity=float(raw.get("min_similarity", 0.3)),
                numbers_must_agree=bool(raw.get("numbers_must_agree", True)),
                stopwords=frozenset(raw.get("stopwords", [])), window_days=int(raw.get("window_days", 7)),
                block_days=int(raw.get("block_days", 30)))
    if rule.window_days < 0 or rule.block_days < 1:
        raise ValueError("merge rule: window_days must be >= 0 and block_days >= 1")
    return rule


def merge_key(rule: Rule, row: dict[str, Any]) -> str:
    """Events can merge only within one key: source|target|CAMEO root or PLOVER type (a stored event row)."""
    kind = row["plover_type"] if rule.by == "plover" else row["cameo_root"]
    source = row.get("source_country") or row.get("source_code") or ""
    target = row.get("target_country") or row.get("target_code") or ""
    return f"{source}|{target}|{kind or ''}"


def _shift(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:  # past year 1 or 9999: the calendar's own end
        return date.min if days < 0 else date.max


def window(rule: Rule, row: dict[str, Any]) -> tuple[date, date] | None:
    """The days a mention's event can fall on: its date's days; for an ``on_or_before`` date
    the days of the date it bounds and the rule's ``window_days`` before them; undated, the publication day(s) give or take
    ``window_days``. None: no date and no publication date (nothing bounds it)."""
    precision = row.get("date_precision")
    span = interval(row.get("date"), precision)
    if span is not None and precision != "on_or_before":
        return span
    if span is not None:  # it bounds the event: the days of its value and window_days before them
        bound = interval(row.get("date"), None) or span
        return _shift(bound[0], -rule.window_days), bound[1]
    published = interval(row.get("doc_published"), None)
    if published is None:
        return None
    return _shift(published[0], -rule.window_days), _shift(published[1], rule.window_days)


def _meet(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    """Two windows meet when they share a day; two unbounded mentions meet (one block holds them)."""
    if a is None or b is None:
        return a is None and b is None
    return a[0] <= b[1] and b[0] <= a[1]


def block_of(rule: Rule, row: dict[str, Any]) -> str:
    """The block a mention is clustered in: its merge key and the stretch of ``block_days``
    days it is anchored in, named by the stretch's first day (``USA||19@2013-03-27``).
    The anchor is the document's publication day when the mention's window comes within
    ``window_days`` of it (the story the article tells: its retellings are published on
    the same days), else the window's first day (a past event: all mentions of '1986' meet
    there); a mention with no window goes to the key's ``undated`` block."""
    key = row.get("merge_key") or merge_key(rule, row)
    span = window(rule, row)
    if span is None:
        return f"{key}@{UNDATED}"
    anchor = span[0]
    published = interval(row.get("doc_published"), None)
    if published is not None and _meet(span, (_shift(published[0], -rule.window_days),
                                              _shift(published[1], rule.window_days))):
        anchor = published[0]
    first = EPOCH + timedelta(days=(anchor - EPOCH).days // rule.block_days * rule.block_days)
    return f"{key}@{first.isoformat()}"


def _words(rule: Rule, text: str) -> set[str]:
    """Content words, cut to five letters so 'expel', 'expelled' and 'expulsion' meet."""
    return {w[:5] for w in WORD.findall(text.lower()) if w not in rule.stopwords and (len(w) > 2 or w.isdigit())}


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in NUMBER.findall(text)}


@dataclass(frozen=True)
class _Evidence:
    words: frozenset[str]
    numbers: frozenset[str]
    span: Any = None  # the mention's window (``window``), read once per row


def evidence_of(rule: Rule, row: dict[str, Any]) -> _Evidence:
    text = row["evidence_text"] or ""
    return _Evidence(frozenset(_words(rule, text)), frozenset(_numbers(text)), window(rule, row))


def likeness(rule: Rule, a: dict[str, Any], b: dict[str, Any],
             ea: _Evidence | None = None, eb: _Evidence | None = None) -> float | None:
    """How alike two mentions are (None: they cannot be one event): the share of the
    shorter evidence's content words found in the other, plus a quarter when the two
    triggers share their stem ('expelled', 'expulsion'). Their windows must meet.
    ``ea``/``eb`` are the rows' evidence features when the caller has them already."""
    ea, eb = ea or evidence_of(rule, a), eb or evidence_of(rule, b)
    if not _meet(ea.span, eb.span):
        return None
    if a["doc_key"] == b["doc_key"] and a["evidence_start"] == b["evidence_start"] and \
            a["trigger_start"] != b["trigger_start"]:
        return None  # two acts of one sentence ('expelled ... and closed') are two events
    if rule.numbers_must_agree and ea.numbers and eb.numbers and not ea.numbers & eb.numbers:
        return None
    if not ea.words or not eb.words:
        return None
    same_trigger = (a.get("trigger_text") or "").lower()[:4] == (b.get("trigger_text") or "").lower()[:4]
    return len(ea.words & eb.words) / min(len(ea.words), len(eb.words)) + (TRIGGER_BONUS if same_trigger else 0.0)


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


def _scores(rule: Rule, rows: Sequence[dict[str, Any]]) -> dict[tuple[int, int], float]:
    """The likeness of every alike pair of ``rows``, by position (i < j)."""
    evidence = [evidence_of(rule, r) for r in rows]
    score = {}
    for i, j in _pairs(rule, evidence):
        s = likeness(rule, rows[i], rows[j], evidence[i], evidence[j])
        if s is not None and s >= rule.min_similarity:
            score[i, j] = s
    return score


def _complete_link(n: int, score: dict[tuple[int, int], float]) -> list[list[int]]:
    """Complete-link clusters of n items from their alike pairs, the most alike first, ties
    by position. Two clusters may join when every pair across them is alike: the alike
    pairs between clusters are counted as they join, so no pair is looked at twice."""
    home = list(range(n))  # cluster id of each item
    members = {i: [i] for i in range(n)}
    links: dict[int, dict[int, int]] = {i: {} for i in range(n)}  # links[a][b]: alike pairs between a and b
    for i, j in score:
        links[i][j] = links[j][i] = 1
    for (i, j), _ in sorted(score.items(), key=lambda kv: (-kv[1], kv[0])):
        ci, cj = home[i], home[j]
        if ci == cj or links[ci].get(cj, 0) < len(members[ci]) * len(members[cj]):
            continue
        for x in members[cj]:
            home[x] = ci
        members[ci] += members.pop(cj)
        for k, count in links.pop(cj).items():
            del links[k][cj]
            if k != ci:
                links[ci][k] = links[k][ci] = links[ci].get(k, 0) + count
    return [sorted(m) for _, m in sorted(members.items())]


def cluster(rule: Rule, rows: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Complete-link clusters of one block's events (or of any events of one merge key).

    The most alike pairs join first; two clusters join only when every event of one is
    like every event of the other, so no chain of look-alikes pulls a 1986 expulsion
    into a 2018 one. Ties break on event ids: the same events always give the same
    clusters, whatever order they were stored in."""
    rows = sorted(rows, key=lambda r: r["id"])
    return [[rows[i] for i in c] for c in _complete_link(len(rows), _scores(rule, rows))]


# The place columns an event row and a merged event share (store.py writes them).
LOCATION_COLUMNS = [f"location_{k}" for k in ("name", "country", "admin1", "lat", "lon", "feature", "id")]
# The columns of a stored event row the merge reads (merge_key, block_of, cluster,
# merged_record), with its document's ``doc_url`` and ``doc_published``: what the store
# reads back, and keeps, of the events of a block it merges again.
MEMBER_COLUMNS = [
    "id", "doc_key", "doc_id", "evidence_text", "evidence_start", "trigger_text", "trigger_start",
    *(f"{side}_{k}" for side in ("source", "target") for k in ("code", "name", "country")),
    "cameo_code", "cameo_root", "cameo_name", "goldstein", "quad_class", "plover_type",
    "date", "date_precision", "date_source", "date_first", "date_last", "status", *LOCATION_COLUMNS, "merge_key",
]


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
