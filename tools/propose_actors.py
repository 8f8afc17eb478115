"""Propose people and organizations for the actor tables: the PERSON and ORG names that the
corpus text names and data/actors/ does not know, most frequent first, each with a line of
context. It proposes; a person checks each proposal against public facts and writes the
rows of people.tsv, roles.tsv and organizations.tsv by hand (docs/data.md). Nothing it
prints lands in the package as it is.

    python tools/propose_actors.py [--articles 400] [--seed 24] [--top 300] [--min 2] > proposals.tsv

Sources, and only these: ../shared/corpus/articles.jsonl (a random sample of ``--articles``
articles, fixed seed; 0 for all) and ../shared/corpus/ag_world.jsonl lines 1-699 and
820-950. Lines 700-819 of ag_world.jsonl are the blind test set (eval/blind) and lines 951 on
are reserved: they are never read. Output, tab-separated: the label (PERSON, ORG), the name
as printed most often, its count, the number of documents, and one sentence it occurs in.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from tidings import nlp as nlp_stage
from tidings.actors.tables import TOKEN, Tables, _key
from tidings.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
# AG World lines (1-based, inclusive) that may be read: the team's and the tune set's
AG_ALLOWED = ((1, 699), (820, 950))
LABELS = {"PERSON", "ORG"}
# words that start a name spaCy includes but a table key leaves out
LEADING = {"the", "The", "former", "Former", "President", "Prime", "Minister", "Mr", "Mr.", "Mrs", "Mrs.", "Ms",
           "Ms.", "Dr", "Dr.", "Sen.", "Rep.", "Gen.", "General", "King", "Queen", "Prince", "Sheikh"}


def ag_allowed(number: int) -> bool:
    """Whether AG World line ``number`` (1-based) may be read: never the blind or reserved lines."""
    return any(lo <= number <= hi for lo, hi in AG_ALLOWED)


def documents(articles: int, seed: int) -> list[dict]:
    """The allowed documents: the AG World lines of AG_ALLOWED and a sample of the articles."""
    docs = []
    with open(CORPUS / "ag_world.jsonl", encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if number > AG_ALLOWED[-1][1]:
                break  # reserved lines: not read at all
            if ag_allowed(number):
                r = json.loads(line)
                docs.append({"id": r["id"], "text": f"{r['title']}\n\n{r['text']}"})
    with open(CORPUS / "articles.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    if articles:
        rows = random.Random(seed).sample(rows, min(articles, len(rows)))
    docs.extend({"id": r["id"], "text": r["text"]} for r in rows)
    return docs


def known(tables: Tables, text: str) -> bool:
    """Whether the tables know a name: the whole of it, without a leading title or 'the',
    or (a person) its last word as a listed surname."""
    text = re.sub(r"['’]s?$", "", text.strip())  # 'Donald Trump's': the possessive is no part of the name
    words = [w.title() if w.isupper() and len(w) > 3 else w for w in TOKEN.findall(text)]  # 'KABUL'
    while words and words[0] in LEADING:
        words = words[1:]
    if not words:
        return True
    key = _key(words)
    if key in tables.names:
        return True
    # every word a country, adjective or known name: 'Iraqi Shiites', 'U.S.-led'
    if all((w,) in tables.names for w in key):
        return True
    return False


def sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span, roughly, on one line."""
    left = max([text.rfind("\n", 0, start)] + [m.end() for m in re.finditer(r"[.!?][\"”’]?\s", text[:start])])
    m = re.search(r"[.!?][\"”’]?(?:\s|$)|\n", text[end:])
    right = end + m.end() if m else len(text)
    return " ".join(text[max(left, 0):right].split())[:300]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=400, help="articles sampled from articles.jsonl (0: all)")
    ap.add_argument("--seed", type=int, default=24)
    ap.add_argument("--top", type=int, default=300, help="proposals printed")
    ap.add_argument("--min", type=int, default=2, help="fewest mentions for a proposal")
    args = ap.parse_args()

    tables = Tables()
    docs = documents(args.articles, args.seed)
    model = nlp_stage.load(Settings().model)
    counts: Counter[tuple[str, str]] = Counter()
    in_docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    spelled: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    context: dict[tuple[str, str], str] = {}
    for doc, ents in zip(docs, nlp_stage.entities(model, [d["text"] for d in docs])):
        for e in ents:
            if e.label not in LABELS or not e.text[:1].isupper() or known(tables, e.text):
                continue
            name = re.sub(r"['’]s?$", "", re.sub(r"^(?:the|The)\s+", "", e.text.strip()))
            key = (e.label, name.lower())
            counts[key] += 1
            in_docs[key].add(doc["id"])
            spelled[key][name] += 1
            context.setdefault(key, sentence(doc["text"], e.start, e.end))
    print(f"# {len(docs)} documents; {len(counts)} unknown names", file=sys.stderr)
    out = sys.stdout
    for key, n in counts.most_common():
        if n < args.min or args.top <= 0:
            break
        args.top -= 1
        out.write(f"{key[0]}\t{spelled[key].most_common(1)[0][0]}\t{n}\t{len(in_docs[key])}\t{context[key]}\n")


if __name__ == "__main__":
    main()
