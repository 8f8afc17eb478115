"""Ingest: read files and folders of .txt, .html/.htm and .jsonl into Documents.

One job: turn bytes into clean text with its metadata (title, outlet, byline,
publication date) and a per-document status when that is impossible. Nothing
here raises for a bad document; the batch goes on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from . import data
from .records import Document, Span, TimeValue

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
# '02 April 2018', 'Monday 02 April 2018 15:16', 'April 2, 2018', '2018-04-02'
DATELINE_RES = [
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
]
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# A dateline line holds the date and little else: a time, a timezone, 'Updated', 'Published'.
DATELINE_REST = re.compile(r"^[\s,|:.\-–]*(?:(?:updated|published|last updated|posted)\s*:?\s*)?"
                           r"(?:\d{1,2}[:.]\d\d\s*(?:am|pm)?\s*(?:[A-Z]{2,4}|utc|gmt|bst|est|edt)?)?[\s,|.\-–]*$", re.I)
BYLINE = re.compile(r"^(?:by\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}$")
BULLET = re.compile(r"^[•·▪●◦*‣-]\s+")


@dataclass
class Boilerplate:
    drop_line: list[re.Pattern[str]]
    drop_tail: list[re.Pattern[str]]
    photo_credit: list[re.Pattern[str]]
    caption_marker: list[re.Pattern[str]]


@cache
def boilerplate_rules() -> Boilerplate:
    spec = data.read_yaml("ingest/boilerplate.yaml")
    return Boilerplate(**{k: [re.compile(p, re.I) for p in spec[k]] for k in Boilerplate.__dataclass_fields__})


def _any(patterns: list[re.Pattern[str]], line: str) -> bool:
    return any(p.search(line) for p in patterns)


def parse_date_text(text: str) -> tuple[TimeValue, re.Match[str]] | None:
    """A day-precision date written as in a dateline, and the match that found it."""
    for rx in DATELINE_RES:
        m = rx.search(text)
        if not m:
            continue
        if m.groupdict().get("mnum"):
            month = int(m["mnum"])
        else:
            month = next(i for i, name in enumerate(MONTHS, 1) if name.startswith(m["month"].lower()[:3]))
        day, year = int(m["day"]), int(m["year"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return TimeValue(f"{year:04d}-{month:02d}-{day:02d}", "day", m.group(0).strip()), m
    return None


def parse_iso_date(value: str | None, source: str = "metadata") -> TimeValue | None:
    """A metadata date ('2018-04-02', '2018-04-02T15:16:00Z', '2018-04', '2018') with its precision."""
    if not value or not isinstance(value, str):
        return None
    m = ISO_DATE.match(value.strip())
    if not m:
        found = parse_date_text(value)
        return TimeValue(found[0].value, "day", value, source) if found else None
    year, month, day = m.groups()
    if day:
        return TimeValue(f"{year}-{month}-{day}", "day", value, source)
    if month:
        return TimeValue(f"{year}-{month}", "month", value, source)
    return TimeValue(year, "year", value, source)


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    published: TimeValue | None = None
    byline: str | None = None
    captions: list[Span] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def clean_text(raw: str, title: str | None = None) -> Cleaned:
    """Clean plain article text: drop boilerplate, read title, byline and dateline,
    mark photo captions. The result's ``text`` is what every span points into."""
    rules = boilerplate_rules()
    lines = [BULLET.sub("", line.strip()) for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    removed: list[str] = []
    n = len(lines)
    # A paywall or registration block near the end takes the rest of the text with it.
    for i, line in enumerate(lines):
        if line and i >= n * 0.6 and _any(rules.drop_tail, line):
            removed.extend(x for x in lines[i:] if x)
            lines = lines[:i]
            break
    kept: list[tuple[str, bool]] = []  # (paragraph, is_caption)
    published = byline = None
    head_seen = 0
    for line in lines:
        if not line:
            continue
        if _any(rules.photo_credit, line):
            removed.append(line)
            if kept:
                kept[-1] = (kept[-1][0], True)  # the line a credit follows is the photo's caption
            continue
        if _any(rules.drop_line, line):
            removed.append(line)
            continue
        if kept and line == kept[-1][0]:
            removed.append(line)  # caption printed twice (alt text and caption)
            kept[-1] = (kept[-1][0], True)
            continue
        head_seen += 1
        if head_seen <= 8 and published is None:
            found = parse_date_text(line)
            if found and DATELINE_REST.match(line[: found[1].start()] + line[found[1].end():]):
                published = TimeValue(found[0].value, "day", found[0].text, "dateline")
                removed.append(line)
                # byline and place lines just above the dateline ('Emily Shugerman', 'New York')
                block: list[str] = []
                while len(kept) > 1 and BYLINE.match(kept[-1][0]) and len(kept[-1][0].split()) <= 4:
                    block.insert(0, kept.pop()[0])
                if block:
                    removed.extend(block)
                    byline = re.sub(r"^by\s+", "", block[0], flags=re.I)
                continue
        kept.append((line, _any(rules.caption_marker, line)))
    if title is None and kept:
        title = kept[0][0]
    text_parts: list[str] = []
    captions: list[Span] = []
    offset = 0
    for para, is_caption in kept:
        if text_parts:
            offset += 2
        if is_caption:
            captions.append(Span(offset, offset + len(para), para))
        text_parts.append(para)
        offset += len(para)
    return Cleaned("\n\n".join(text_parts), title, published, byline, captions, removed)


# --- reading files -----------------------------------------------------------------

def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to ingest under the given files and folders, in a stable order."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield p


@cache
def _language_identifier():
    from py3langid import langid  # a small offline model shipped in the package

    return langid.LanguageIdentifier.from_modelpath(langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True)


def detect_language(text: str, sample: int = 3000) -> tuple[str, float] | None:
    """(language, probability) when ``text`` is confidently not English, else None.

    Short texts, or texts where English is likely, pass: a headline or a wire item
    with names in it should not be refused for a guess."""
    head = text[:sample]
    if sum(c.isalpha() for c in head) < 60:
        return None
    lang, prob = _language_identifier().classify(head)
    return (lang, prob) if lang != "en" and prob >= 0.95 else None


def failed(doc_id: str, status: str, error: str, path: str | None = None) -> Document:
    return Document(doc_id=doc_id, status=status, error=error, path=path)


def decode(raw: bytes) -> tuple[str | None, str | None, str | None]:
    """(text, status, error): UTF-8 text, or why the bytes are not article text."""
    if not raw.strip():
        return None, "empty", "the file is empty or holds only white space"
    head = raw[:8192]
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) * 0.1:
        return None, "binary", "the file holds binary data, not text"
    try:
        return raw.decode("utf-8-sig"), None, None
    except UnicodeDecodeError as exc:
        return None, "bad_encoding", (f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                                      "convert the file to UTF-8")


def from_text(doc_id: str, text: str, *, title: str | None = None, published: TimeValue | None = None,
              url: str | None = None, outlet: str | None = None, path: str | None = None,
              max_chars: int = 5_000_000, verbatim: bool = False) -> Document:
    """A Document from plain article text (the title is its first line unless given).

    ``verbatim`` keeps the text exactly as given, with no boilerplate removed and no lines
    rejoined, so every span's offsets are the caller's own (scoring against gold offsets)."""
    if len(text) > max_chars:
        return failed(doc_id, "too_large", f"{len(text):,} characters of text, over the limit of {max_chars:,}", path)
    cleaned = Cleaned(text, title) if verbatim else clean_text(text, title)
    if not cleaned.text.strip():
        return failed(doc_id, "empty", "no article text left after removing boilerplate", path)
    language = detect_language(cleaned.text)
    if language is not None:
        return failed(doc_id, "not_english", f"the text reads as {language[0]!r} (p={language[1]:.2f}); "
                      "tidings codes English", path)
    return Document(doc_id=doc_id, text=cleaned.text, title=cleaned.title, published=published or cleaned.published,
                    url=url, outlet=outlet, byline=cleaned.byline, path=path, captions=cleaned.captions,
                    removed=cleaned.removed)


def from_html(doc_id: str, html: str, *, path: str | None = None, max_chars: int = 5_000_000) -> Document:
    """A Document from an HTML page: main text and metadata by trafilatura."""
    import trafilatura  # imported here: HTML is the slow, less common path

    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=False, deduplicate=True)
    except Exception as exc:  # trafilatura/lxml refuse some malformed pages
        return failed(doc_id, "bad_html", f"could not parse HTML: {type(exc).__name__}: {exc}", path)
    body = getattr(result, "text", None) if result is not None else None
    if not body:
        return failed(doc_id, "empty", "no main text found in the HTML page", path)
    title = getattr(result, "title", None)
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    doc = from_text(doc_id, text, title=title, url=getattr(result, "url", None),
                    outlet=getattr(result, "sitename", None), path=path, max_chars=max_chars,
                    published=parse_iso_date(getattr(result, "date", None)))
    doc.byline = doc.byline or getattr(result, "author", None)
    return doc


def from_record(record: object, fallback_id: str, *, path: str | None = None,
                max_chars: int = 5_000_000) -> Document:
    """A Document from one JSONL record: ``id``, ``text``, optional ``title``,
    ``published`` (or ``date``), ``url``, ``source``."""
    if not isinstance(record, dict):
        return failed(fallback_id, "bad_record", "a JSONL line must be a JSON object", path)
    doc_id = str(record.get("id") or fallback_id)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return failed(doc_id, "empty", "the record has no 'text'", path)
    title = record.get("title") if isinstance(record.get("title"), str) else None
    if title and not text.lstrip().startswith(title.strip()):
        text = f"{title}\n\n{text}"  # the headline is text too: spans point into title + body
    return from_text(doc_id, text, title=title, url=record.get("url"), outlet=record.get("source"), path=path,
                     published=parse_iso_date(record.get("published") or record.get("date")),
                     max_chars=max_chars)


def read(paths: Iterable[str | Path], *, max_chars: int = 5_000_000) -> Iterator[Document]:
    """Documents from files and folders; unreadable ones come back with a status."""
    for file in iter_files(paths):
        name = str(file)
        suffix = file.suffix.lower()
        try:
            raw = file.read_bytes()
        except OSError as exc:
            yield failed(file.stem, "unreadable", f"cannot read {name}: {exc.strerror or exc}", name)
            continue
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(raw, file.stem, path=name, max_chars=max_chars)
            continue
        text, status, error = decode(raw)
        if text is None:
            yield failed(file.stem, status or "error", error or "", name)
        elif suffix in HTML_SUFFIXES:
            yield from_html(file.stem, text, path=name, max_chars=max_chars)
        else:
            yield from_text(file.stem, text, path=name, max_chars=max_chars)


def read_jsonl(raw: bytes, stem: str, *, path: str | None = None, max_chars: int = 5_000_000) -> Iterator[Document]:
    for lineno, line in enumerate(raw.split(b"\n"), 1):
        if not line.strip():
            continue
        fallback = f"{stem}:{lineno}"
        text, status, error = decode(line)
        if text is None:
            yield failed(fallback, status or "error", f"line {lineno}: {error}", path)
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield failed(fallback, "bad_json", f"line {lineno}: not valid JSON ({exc.msg} at column {exc.colno})", path)
            continue
        yield from_record(record, fallback, path=path, max_chars=max_chars)
