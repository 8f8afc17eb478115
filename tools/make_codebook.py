"""Build tidings' code book data files from the public CAMEO and PLOVER facts.

Run once when the sources change:  python tools/make_codebook.py ../shared/codebook
Writes src/tidings/data/codebook/cameo.tsv and plover.yaml. The facts are
public (CAMEO 1.1b3 as used by GDELT 2.0, Goldstein 1992, PLOVER 2.0 draft);
the files are written in tidings' own format, documented in docs/data.md.
"""

import csv
import json
import sys
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / "codebook"

# tidings' own decision where the 2021 CAMEO->PLOVER table drops a root: PLOVER 2.0's
# REQUEST covers appeals, so CAMEO 02 (APPEAL) maps to REQUEST; 01 stays without a type.
APPEAL_MODES = {"021": "assist", "022": "assist", "023": "assist", "024": "change",
                "025": "yield", "026": "meet", "027": "meet", "028": "meet"}

# Modes renamed between the 2021 table and the PLOVER 2.0 manual.
RENAMED_MODES = {"assassinate": "targeted", "massacre": "targeted", "ban": "restrict", "ease": ""}


def main(src: Path) -> None:
    names = {r["CAMEOEVENTCODE"]: r["EVENTDESCRIPTION"]
             for r in csv.DictReader(open(src / "cameo_eventcodes.tsv"), delimiter="\t")}
    gold = {r["CAMEOEVENTCODE"]: float(r["GOLDSTEINSCALE"])
            for r in csv.DictReader(open(src / "cameo_goldstein.tsv"), delimiter="\t")}
    rows = list(csv.DictReader(open(src / "cameo_plover_map.csv")))
    onto = json.load(open(src / "plover_ontology.json"))
    valid_modes = {t["type"]: {m["name"] for m in t["modes"]} for t in onto["event_types"]}
    context_names = {c["name"] for c in onto["contexts"]}
    assert set(names) == set(gold) == {r["cameo_code"] for r in rows}
    with open(OUT / "cameo.tsv", "w", newline="") as fh:
        fh.write("# CAMEO 1.1b3 event codes (Gerner et al. 2002, as used by GDELT 2.0) with Goldstein (1992)\n")
        fh.write("# scores and GDELT quad classes; PLOVER 2.0 type/mode/context from the 2021 CAMEO2PLOVER\n")
        fh.write("# table (CC BY-SA 4.0), except CAMEO 02 -> REQUEST (see docs/data.md). Made by tools/make_codebook.py.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "root", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context"])
        for r in rows:
            code = r["cameo_code"]
            ptype = r["plover_event"] if r["plover_event"] != "dropped" else ""
            mode = r["plover_mode"]
            if code[:2] == "02":
                ptype, mode = "REQUEST", APPEAL_MODES.get(code, "")
            if ptype == "CONCEDE|RETREAT":  # a root's own row: the subcodes say which
                ptype = "CONCEDE"
            ctx = [c.strip() for c in r["plover_context"].split(";") if c.strip()]
            # The 2021 table predates PLOVER 2.0: keep only modes 2.0 defines for the type.
            mode = RENAMED_MODES.get(mode, mode)
            if mode and mode not in valid_modes.get(ptype, ()):
                if mode in context_names and mode not in ctx:
                    ctx.append(mode)
                mode = ""
            ctx = ";".join(ctx)
            w.writerow([code, code[:2], names[code], gold[code], r["gdelt_quad_class"], ptype, mode, ctx])
    plover = {
        "source": "PLOVER 2.0 draft manual (openeventdata/PLOVER, CC BY-SA 4.0); definitions paraphrased",
        "types": [{"type": t["type"], "quad_class": t["quad_code"], "requires_recipient": t["requires_recipient"],
                   "score": t["plover_score"], "definition": t["definition"],
                   "modes": [{"name": m["name"], "score": m["plover_score"], "definition": m["definition"]}
                             for m in t["modes"]]}
                  for t in onto["event_types"]],
        "contexts": [{"name": c["name"], "definition": c["definition"]} for c in onto["contexts"]],
    }
    with open(OUT / "plover.yaml", "w") as fh:
        fh.write("# PLOVER 2.0 event types, modes and contexts. Made by tools/make_codebook.py.\n")
        yaml.safe_dump(plover, fh, sort_keys=False, allow_unicode=True, width=110)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/codebook"))
