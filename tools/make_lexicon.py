"""Propose synonyms and nominalizations for the event lexicon from WordNet 3.0.

Build-time only: reads the WordNet dict files the Debian package `wordnet-base` installs
(/usr/share/wordnet) and the lexicon entries in src/tidings/data/lexicon/; prints, per
entry, the verbs and nouns WordNet offers that the entry does not yet have, with the gloss
of the sense they come from. A person reviews the proposals (drops wrong senses) and
writes the accepted words into the entry; nothing here runs when tidings does.

A sense of a seed verb is proposed only when it is the verb's most frequent sense or it
shares a lemma with another verb of the same entry: the entry's own words choose the sense.
Nominalizations come from WordNet's derivational links into acts, events and
communications (noun.act, noun.event, noun.communication).

    python tools/make_lexicon.py [--dict /usr/share/wordnet] [--code 11] > proposals.txt
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "src" / "tidings" / "data" / "lexicon"
NOUN_FILES = {"04": "noun.act", "11": "noun.event", "10": "noun.communication"}


def read_index(path: Path) -> dict[str, list[str]]:
    """lemma -> synset offsets, most frequent sense first."""
    index: dict[str, list[str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, n_ptr = parts[0], int(parts[3])
        n_synsets = int(parts[2])
        index[lemma] = parts[6 + n_ptr:6 + n_ptr + n_synsets]
    return index


def read_data(path: Path) -> dict[str, dict]:
    """offset -> {lexfile, words, derived (noun offsets), gloss}."""
    synsets: dict[str, dict] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        head, _, gloss = line.partition(" | ")
        parts = head.split()
        offset, lexfile, n_words = parts[0], parts[1], int(parts[3], 16)
        words = [parts[4 + 2 * i].lower() for i in range(n_words)]
        k = 4 + 2 * n_words
        n_ptr = int(parts[k])
        derived = []
        for i in range(n_ptr):
            sym, target, pos = parts[k + 1 + 4 * i:k + 4 + 4 * i]
            if sym == "+" and pos == "n":
                derived.append(target)
        synsets[offset] = {"lexfile": lexfile, "words": words, "derived": derived, "gloss": gloss.strip()}
    return synsets


def entries() -> list[dict]:
    from tidings import lexicon  # the loader: YAML as the package reads it, classes expanded
    from tidings.data import read_yaml

    classes, _ = lexicon.parse_senses(read_yaml("lexicon/senses.yaml"))
    return [lexicon.expand(e, classes) for e in lexicon.read_entries()]


def propose(wn: Path, code: str | None) -> None:
    vindex = read_index(wn / "index.verb")
    vdata, ndata = read_data(wn / "data.verb"), read_data(wn / "data.noun")
    known_verbs = {v.lower() for e in entries() for v in e.get("verbs", [])}
    known_nouns = {n.lower() for e in entries() for n in e.get("nouns", [])}
    for e in entries():
        if code and not str(e["cameo"]).startswith(code):
            continue
        own = [v.lower().replace(" ", "_") for v in e.get("verbs", [])]
        verbs: dict[str, str] = {}
        nouns: dict[str, str] = defaultdict(str)
        for seed in own:
            for rank, off in enumerate(vindex.get(seed, [])):
                syn = vdata[off]
                shared = set(syn["words"]) & (set(own) - {seed})
                if rank > 0 and not shared:
                    continue
                for w in syn["words"]:
                    phrase = w.replace("_", " ")
                    if phrase not in known_verbs:
                        verbs.setdefault(phrase, syn["gloss"][:70])
                for noff in syn["derived"]:
                    nsyn = ndata.get(noff)
                    if nsyn and nsyn["lexfile"] in NOUN_FILES:
                        for w in nsyn["words"]:
                            phrase = w.replace("_", " ")
                            if phrase not in known_nouns:
                                nouns.setdefault(phrase, nsyn["gloss"][:70])
        if verbs or nouns:
            print(f"# {e['id']} ({e['cameo']})")
            for w, g in sorted(verbs.items()):
                print(f"  verb {w:24s} {g}")
            for w, g in sorted(nouns.items()):
                print(f"  noun {w:24s} {g}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dict", type=Path, default=Path("/usr/share/wordnet"), help="WordNet 3.0 dict folder")
    ap.add_argument("--code", help="only entries whose CAMEO code starts with this")
    args = ap.parse_args(argv)
    if not (args.dict / "index.verb").exists():
        print(f"no WordNet dict files in {args.dict}: apt-get install wordnet-base", file=sys.stderr)
        return 2
    propose(args.dict, args.code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
