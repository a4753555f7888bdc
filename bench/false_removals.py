"""False removals: article lines that share a notice's words or shape (fixtures/keep/*.tsv, one
file per rule they were written against), each placed as the opening, a middle paragraph and the
end of a plain article; counts, per file, the lines some rule removes in each place.

The lines were written to look like each rule's boilerplate while being article text (reported
speech, subheadings, sentences about newsletters, cookies, copyright, dates…): a hard sample by
design, not a measure of how often such lines occur. ``tests/test_keep_corpus.py`` holds the
verdicts fixed.

    python bench/false_removals.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import write_results  # noqa: E402

from cleaner import Cleaner  # noqa: E402
from tests.test_keep_corpus import PLACES, load_rows, removals  # noqa: E402


def main() -> None:
    cleaner = Cleaner()
    counts: dict[str, Counter] = {}
    for stem, _lang, _status, snippet in load_rows():
        found = removals(cleaner, snippet)
        c = counts.setdefault(stem, Counter())
        c["lines"] += 1
        for place in PLACES:
            c[place] += bool(found[place])
        c["anywhere"] += any(found.values())
    total = Counter()
    for c in counts.values():
        total.update(c)
    rows = [{"written_against": stem, **{k: c[k] for k in ("lines", *PLACES, "anywhere")}}
            for stem, c in sorted(counts.items())]
    rows.append({"written_against": "all", **{k: total[k] for k in ("lines", *PLACES, "anywhere")}})
    write_results("false_removals", rows, ["written_against", "lines", *PLACES, "anywhere"],
                  "Article lines removed (fixtures/keep: lines written to look like boilerplate)",
                  "python bench/false_removals.py")


if __name__ == "__main__":
    main()
