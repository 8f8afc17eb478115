"""Ingest: read files and folders of .txt, .html/.htm, .json and .jsonl into Documents.

One job: turn bytes into clean text with its metadata (title, outlet, byline,
publication date) and a per-document status when that is impossible. Nothing
here raises for a bad document; the batch goes on.
"""

from __future__ import annotations

import json
import os
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from . import data
from .records import Document, Span, TimeValue

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES
DEFAULT_MAX_CHARS = 1_000_000
# Byte order marks, longest first: UTF-32's little-endian mark begins with UTF-16's.
BOMS = [(b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
# A lone surrogate (JSON allows '\ud800') or a NUL cannot be encoded or stored; each becomes
# U+FFFD, one character for one, so every span's offsets stay the same.
UNSTORABLE = re.compile("[\ud800-\udfff\x00]")

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
    drop_phrase: list[re.Pattern[str]]
    slide_end: list[re.Pattern[str]]
    slide_label: list[re.Pattern[str]]


@cache
def boilerplate_rules() -> Boilerplate:
    spec = data.read_yaml("ingest/boilerplate.yaml")
    return Boilerplate(**{k: [re.compile(p, re.I) for p in spec[k]] for k in Boilerplate.__dataclass_fields__})


def _any(patterns: list[re.Pattern[str]], line: str) -> bool:
    return any(p.search(line) for p in patterns)


def _slides(line: str, rules: Boilerplate) -> list[str] | None:
    """The captions of a photo gallery flattened into one line ('Photos: Anti-U.S. protests
    Photos: Anti-U.S. protests Anti-U.S. protests – Pakistani demonstrators ... Hide Caption 1
    of 157 Photos: Anti-U.S. protests Protesters storm U.S. Embassy – ...'), one a line, with
    the titles every slide prints again kept once (the gallery's own title not at all): a
    gallery of 157 slides tells 'Protesters storm U.S. Embassy' once, not 30 times. None when
    the line is no gallery."""
    ends = next((p for p in rules.slide_end if p.search(line)), None)
    if ends is None:
        return None
    out: list[str] = []
    gallery: str | None = None
    seen: set[str] = set()
    for piece in ends.split(line):
        parts = [x.strip() for p in rules.slide_label[:1] for x in p.split(piece)]
        heads, body = [x for x in parts[:-1] if x], parts[-1] if parts else ""
        if gallery is None and heads:
            gallery = heads[0]
        while gallery and body.startswith(gallery):
            body = body[len(gallery):].lstrip()
        title, dash, caption = ("", " – ", body[2:]) if body.startswith("– ") else body.partition(" – ")
        if not dash or len(title) > 120:
            title, caption = "", body
        title = title.strip()
        if title and title != gallery and title.lower() not in seen:
            seen.add(title.lower())
            out.append(title)
        if caption.strip():
            out.append(caption.strip())
    return out


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
        if calendar_date(year, month, day):
            return TimeValue(f"{year:04d}-{month:02d}-{day:02d}", "day", m.group(0).strip()), m
    return None


def calendar_date(year: int, month: int = 1, day: int = 1) -> bool:
    """Whether these numbers name a day of the calendar (no 30 February, no month 13, no year 0)."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def parse_iso_date(value: str | None, source: str = "metadata") -> TimeValue | None:
    """A metadata date ('2018-04-02', '2018-04-02T15:16:00Z', '2018-04', '2018') with its precision;
    None when there is none or it is not a day of the calendar (see ``read_date``)."""
    return read_date(value, source)[0]


def read_date(value: object, source: str = "metadata") -> tuple[TimeValue | None, str | None]:
    """(date, note): a metadata date with its precision, or None and, when a value was given
    but cannot be a date ('2013-02-30', '2018-13-45', '0000-00-00'), a note saying it was dropped."""
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        return None, f"the published date {value!r} is not a string; dropped"
    m = ISO_DATE.match(value.strip())
    if not m:
        found = parse_date_text(value)
        if found:
            return TimeValue(found[0].value, "day", value, source), None
        return None, f"the published date {value[:40]!r} is not a date tidings reads (ISO 8601: 2018-04-02); dropped"
    year, month, day = m.groups()
    if not calendar_date(int(year), int(month or 1), int(day or 1)):
        return None, f"the published date {value[:40]!r} is not a day of the calendar; dropped"
    if day:
        return TimeValue(f"{year}-{month}-{day}", "day", value, source), None
    if month:
        return TimeValue(f"{year}-{month}", "month", value, source), None
    return TimeValue(year, "year", value, source), None


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
        for phrase in rules.drop_phrase:
            line = phrase.sub("", line).strip()
        if not line:
            continue
        slides = _slides(line, rules)
        if slides is not None:
            removed.append(line)
            kept.extend((caption, True) for caption in slides)
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

def iter_files(paths: Iterable[str | Path], skipped: list[Path] | None = None) -> Iterator[Path]:
    """Files to ingest under the given files and folders, in a stable order. Files in folders
    whose names tidings does not read are left out (and listed in ``skipped``); anything that
    is not a regular file (a FIFO, a device, a socket) is yielded, to be refused with a status."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_dir():
                    continue
                if f.suffix.lower() in SUFFIXES or not _regular(f):
                    yield f
                elif skipped is not None:
                    skipped.append(f)
        else:
            yield p


def _regular(path: Path) -> bool:
    """A regular file (followed through links): stat never opens it, so a FIFO cannot block."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # unreadable: reading it says why


def count_documents(paths: Iterable[str | Path]) -> int:
    """How many documents ``read`` will give, when that is cheap to know: a file is one, a
    JSON lines file one per line, a JSON array one per item. Files are read, never parsed as text."""
    n = 0
    for file in iter_files(paths):
        suffix = file.suffix.lower()
        if not _regular(file) or suffix not in JSONL_SUFFIXES | JSON_SUFFIXES:
            n += 1
            continue
        try:
            if suffix in JSONL_SUFFIXES:
                with file.open("rb") as f:
                    n += sum(1 for line in f if line.strip())
            else:
                found = json.loads(file.read_bytes())
                n += len(found) if isinstance(found, list) and found else 1
        except (OSError, ValueError, RecursionError):
            n += 1
    return n


@cache
def _language_identifier():
    from py3langid import langid  # a small offline model shipped in the package

    # kept unpacked in the cache (data.cached): unpacking the shipped LZMA file costs ten times more
    model = langid.MODEL_DIR / langid.MODEL_FILE
    return data.cached("langid", lambda: langid.LanguageIdentifier.from_modelpath(model, norm_probs=True),
                       (model,), packages=("py3langid",))


def script_of(text: str) -> tuple[str, float]:
    """The writing system most letters of ``text`` are in ('LATIN', 'CJK', 'ARABIC', 'CYRILLIC'),
    by the first word of each letter's Unicode name, with its share of the letters."""
    if text.isascii():  # every ASCII letter is LATIN: no name to look up
        return ("LATIN", 1.0) if any(c.isalpha() for c in text) else ("NONE", 0.0)
    counts: dict[str, int] = {}
    # each letter's name looked up once: by letter first, then by script, in the order the
    # scripts first appear (a tie goes to the first, as letter by letter)
    for c, n in Counter(filter(str.isalpha, text)).items():
        name = _script(c)
        counts[name] = counts.get(name, 0) + n
    if not counts:
        return "NONE", 0.0
    best = max(counts, key=counts.__getitem__)
    return best, counts[best] / sum(counts.values())


@cache
def _script(letter: str) -> str:
    return unicodedata.name(letter, "UNKNOWN").split()[0]


def detect_language(text: str, sample: int = 3000) -> tuple[str, float] | None:
    """(language, probability) when ``text`` is confidently not English, else None.

    Text mostly in a script other than Latin is not English, whatever the language model
    guesses (it knows some scripts poorly). Short texts, or texts where English is likely,
    pass: a headline or a wire item with names in it should not be refused for a guess."""
    head = text[:sample]
    letters = sum(map(str.isalpha, head))
    if letters < 20:
        return None
    script, share = script_of(head)
    if script != "LATIN" and share >= 0.5:
        return script.lower() + " script", share
    if letters < 60:
        return None
    lang, prob = _language_identifier().classify(head)
    return (lang, prob) if lang != "en" and prob >= 0.95 else None


def failed(doc_id: str, status: str, error: str, path: str | None = None) -> Document:
    return Document(doc_id=doc_id, status=status, error=error, path=path)


def storable(text: str) -> str:
    """``text`` with lone surrogates and NULs replaced, one character for one (see UNSTORABLE)."""
    return UNSTORABLE.sub("\ufffd", text)


def decode(raw: bytes) -> tuple[str | None, str | None, str | None]:
    """(text, status, error): text in UTF-8, or UTF-16/32 with a byte order mark, or why the
    bytes are not article text."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                return None, "bad_encoding", (f"not valid {encoding.upper()} after its byte order mark (offset "
                                              f"{exc.start}); convert the file to UTF-8")
            text = text.lstrip("\ufeff")
            if not text.strip():
                return None, "empty", "the file is empty or holds only white space"
            return text, None, None
    if not raw.strip():
        return None, "empty", "the file is empty or holds only white space"
    head = raw[:8192]
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) * 0.1:
        return None, "binary", "the file holds binary data, not text"
    try:
        return raw.decode("utf-8"), None, None
    except UnicodeDecodeError as exc:
        return None, "bad_encoding", (f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                                      "convert the file to UTF-8")


def from_text(doc_id: str, text: str, *, title: str | None = None, published: TimeValue | None = None,
              url: str | None = None, outlet: str | None = None, path: str | None = None,
              max_chars: int = DEFAULT_MAX_CHARS, verbatim: bool = False) -> Document:
    """A Document from plain article text (the title is its first line unless given).

    ``verbatim`` keeps the text exactly as given, with no boilerplate removed and no lines
    rejoined, so every span's offsets are the caller's own (scoring against gold offsets)."""
    doc_id = storable(doc_id)
    if len(text) > max_chars:
        return failed(doc_id, "too_large", f"{len(text):,} characters of text, over the limit of {max_chars:,} "
                      "(--max-chars, TIDINGS_MAX_CHARS)", path)
    text = storable(text)
    cleaned = Cleaned(text, title) if verbatim else clean_text(text, title)
    if not cleaned.text.strip():
        return failed(doc_id, "empty", "no article text left after removing boilerplate", path)
    language = detect_language(cleaned.text)
    if language is not None:
        return failed(doc_id, "not_english", f"the text reads as {language[0]!r} (p={language[1]:.2f}); "
                      "tidings codes English", path)
    return Document(doc_id=doc_id, text=cleaned.text, title=storable(cleaned.title) if cleaned.title else None,
                    published=published or cleaned.published, url=url, outlet=outlet, byline=cleaned.byline,
                    path=path, captions=cleaned.captions, removed=cleaned.removed)


def from_html(doc_id: str, html: str, *, path: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Document:
    """A Document from an HTML page: main text and metadata by trafilatura."""
    import trafilatura  # imported here: HTML is the slow, less common path

    if len(html) > 20 * max_chars:  # the page, markup and all, is bounded too
        return failed(doc_id, "too_large", f"an HTML page of {len(html):,} characters, over 20 times the limit of "
                      f"{max_chars:,} (--max-chars, TIDINGS_MAX_CHARS)", path)
    try:
        result = trafilatura.bare_extraction(storable(html), with_metadata=True, include_comments=False,
                                             include_tables=False, deduplicate=True)
    except Exception as exc:  # trafilatura/lxml refuse some malformed pages
        return failed(doc_id, "bad_html", f"could not parse HTML: {type(exc).__name__}: {exc}", path)
    body = getattr(result, "text", None) if result is not None else None
    if not body:
        return failed(doc_id, "empty", "no main text found in the HTML page", path)
    title = getattr(result, "title", None)
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    published, note = read_date(getattr(result, "date", None))
    doc = from_text(doc_id, text, title=title, url=getattr(result, "url", None),
                    outlet=getattr(result, "sitename", None), path=path, max_chars=max_chars, published=published)
    doc.byline = doc.byline or getattr(result, "author", None)
    if doc.ok and note:
        doc.error = note
    return doc


def _string(value: object) -> str | None:
    """A metadata field as one string: a list gives its first string; numbers their digits."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        value = str(value)
    return storable(value.strip()) or None if isinstance(value, str) else None


def from_record(record: object, fallback_id: str, *, path: str | None = None,
                max_chars: int = DEFAULT_MAX_CHARS) -> Document:
    """A Document from one JSON article: ``id``, ``text``, optional ``title``, ``published``
    (or ``date``), ``url``, ``source``. A field of the wrong type is left out (a list gives
    its first string); an impossible date is dropped, and the document's message says so."""
    if not isinstance(record, dict):
        return failed(fallback_id, "bad_record", "an article must be a JSON object with a 'text'", path)
    doc_id = _string(record.get("id")) or fallback_id
    text = record.get("text")
    if isinstance(text, list) and all(isinstance(t, str) for t in text):
        text = "\n\n".join(text)  # paragraphs
    if not isinstance(text, str) or not text.strip():
        return failed(doc_id, "empty", "the record has no 'text'", path)
    title = _string(record.get("title"))
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"  # the headline is text too: spans point into title + body
    published, note = read_date(record.get("published") or record.get("date"))
    notes = [note] if note else []
    url = _string(record.get("url"))
    if record.get("url") is not None and url is None:
        notes.append(f"the url {str(record.get('url'))[:60]!r} is not a string; left out")
    doc = from_text(doc_id, text, title=title, url=url, outlet=_string(record.get("source")), path=path,
                    published=published, max_chars=max_chars)
    if doc.ok and notes:
        doc.error = "; ".join(notes)
    return doc


def read(paths: Iterable[str | Path], *, max_chars: int = DEFAULT_MAX_CHARS,
         skipped: list[Path] | None = None) -> Iterator[Document]:
    """Documents from files and folders; unreadable ones come back with a status. Nothing
    raised while reading one file stops the others."""
    for file in iter_files(paths, skipped):
        try:
            yield from read_file(file, max_chars=max_chars)
        except Exception as exc:  # a bug here must cost one file, never the run
            yield failed(file.stem, "ingest_error", f"could not read {file}: {type(exc).__name__}: {exc}",
                         str(file))


def read_file(file: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Document]:
    """The documents of one file, by its name and its content: .jsonl lines, a .json article
    or array of articles, an HTML page, or text; a file of another kind holding JSON or HTML
    is read as what it holds."""
    name = str(file)
    if not _regular(file):
        yield failed(file.stem, "not_a_file", f"{name} is not a regular file (a FIFO, a device or a socket); "
                     "give files or folders", name)
        return
    suffix = file.suffix.lower()
    try:
        size = file.stat().st_size
        if size > 20 * max_chars and suffix not in JSONL_SUFFIXES:
            yield failed(file.stem, "too_large", f"a file of {size:,} bytes, over 20 times the limit of "
                         f"{max_chars:,} characters (--max-chars, TIDINGS_MAX_CHARS)", name)
            return
        raw = file.read_bytes()
    except OSError as exc:
        yield failed(file.stem, "unreadable", f"cannot read {name}: {exc.strerror or exc}", name)
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(raw, file.stem, path=name, max_chars=max_chars)
        return
    text, status, error = decode(raw)
    if text is None:
        yield failed(file.stem, status or "error", error or "", name)
        return
    head = text.lstrip()[:200].lower()
    if suffix in JSON_SUFFIXES or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and head[:1] in "{["
                                   and _json_or_none(text) is not None):
        yield from read_json(text, file.stem, path=name, max_chars=max_chars)
    elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and head.startswith(("<!doctype html", "<html"))):
        yield from_html(file.stem, text, path=name, max_chars=max_chars)
    else:
        yield from_text(file.stem, text, path=name, max_chars=max_chars)


def _json_or_none(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def read_json(text: str, stem: str, *, path: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
              ) -> Iterator[Document]:
    """The articles of a JSON file: one object, or an array of them (``{"articles": [...]}`` too)."""
    try:
        found = json.loads(text)
    except json.JSONDecodeError as exc:
        yield failed(stem, "bad_json", f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})", path)
        return
    except RecursionError:
        yield failed(stem, "bad_json", "JSON nested too deeply to read", path)
        return
    if isinstance(found, dict) and "text" not in found:
        found = next((v for v in found.values() if isinstance(v, list)), found)
    if isinstance(found, list):
        if not found:
            yield failed(stem, "empty", "the JSON array holds no articles", path)
        for i, record in enumerate(found, 1):
            yield from_record(record, f"{stem}:{i}", path=path, max_chars=max_chars)
    else:
        yield from_record(found, stem, path=path, max_chars=max_chars)


def read_jsonl(raw: bytes, stem: str, *, path: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
               ) -> Iterator[Document]:
    for bom, encoding in BOMS:
        if raw.startswith(bom) and encoding != "utf-8-sig":
            try:
                raw = raw.decode(encoding).lstrip("\ufeff").encode("utf-8", "surrogatepass")
            except UnicodeDecodeError:
                yield failed(stem, "bad_encoding", f"not valid {encoding.upper()} after its byte order mark; "
                             "convert the file to UTF-8", path)
                return
            break
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    for lineno, line in enumerate(raw.split(b"\n"), 1):
        if not line.strip():
            continue
        fallback = f"{stem}:{lineno}"
        try:
            if len(line) > 20 * max_chars:
                yield failed(fallback, "too_large", f"line {lineno}: {len(line):,} bytes, over 20 times the limit of "
                             f"{max_chars:,} characters (--max-chars, TIDINGS_MAX_CHARS)", path)
                continue
            text, status, error = decode(line)
            if text is None:
                yield failed(fallback, status or "error", f"line {lineno}: {error}", path)
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                yield failed(fallback, "bad_json", f"line {lineno}: not valid JSON ({exc.msg} at column {exc.colno})",
                             path)
                continue
            except RecursionError:
                yield failed(fallback, "bad_json", f"line {lineno}: JSON nested too deeply to read", path)
                continue
            yield from_record(record, fallback, path=path, max_chars=max_chars)
        except Exception as exc:  # one line's bug must not cost the rest of the file
            yield failed(fallback, "ingest_error", f"line {lineno}: {type(exc).__name__}: {exc}", path)
