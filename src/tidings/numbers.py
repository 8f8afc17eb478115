"""Numbers as news prints them: '60', '1,500', '2.5 million', 'four', 'two dozen',
'forty-five'. Vague counts ('dozens', 'hundreds', 'several') have no value."""

from __future__ import annotations

import re

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())} | {"a": 1, "an": 1}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Counts without a value: 'dozens of diplomats', 'several officials'.
VAGUE = {"dozens", "hundreds", "thousands", "millions", "scores", "several", "many", "some", "few", "numerous"}
SKIP = {"and", "about", "around", "nearly", "almost", "over", "more", "than", "some", "at", "least", "up", "to",
        "roughly", "approximately", "only", "just", "each", "of"}
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+", re.I)


def value(text: str) -> float | None:
    """The number a count phrase states, or None when it states none exactly."""
    total, current, seen = 0.0, 0.0, False
    for tok in _TOKEN.findall(text.lower().replace("-", " ")):
        if tok[0].isdigit():
            current += float(tok.replace(",", ""))
        elif tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok in SCALES:
            scale = SCALES[tok]
            if scale >= 1000:
                total += (current or 1) * scale
                current = 0.0
            else:
                current = (current or 1) * scale
        elif tok in VAGUE:
            return None
        elif tok in SKIP:
            continue
        else:
            continue  # the counted noun and its modifiers: '60 Russian diplomats'
        seen = True
    if not seen:
        return None
    n = total + current
    return int(n) if n == int(n) else n
