"""Where text mode's time goes: each rule's cost, and how much of the rules' time finds nothing.

    python bench/rule_costs.py [--corpus aeb|seeds] [--rounds N]

Per rule: milliseconds over the corpus in the first pass and in the later passes (fastest of N
rounds), and in how many documents it removed a line. A rule's time includes the document's
shared indexes it is the first to ask for (word counts and phrase keys: GEN002 in the default
order; the GEN03x anchor words: GEN031). Then the whole corpus three ways, taking
turns, fastest of N rounds each: every rule; only the rules that remove something in each
document (an oracle: the floor that a per-document screen skipping the rules that cannot fire
would approach); no rule at all (the document model and the engine alone). Documents are cleaned
as `bench/speed.py` cleans them, with their URL, and timed as it times them, in CPU time.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import write_results  # noqa: E402
from text_quality import aeb_corpus, seed_corpus  # noqa: E402

from cleaner import Cleaner  # noqa: E402


def rule_times(cleaner: Cleaner, docs: list[tuple[str, str | None]], rounds: int):
    """({(code, later pass): fastest seconds over the corpus}, {code: documents it removed lines from})."""
    best: dict[tuple[str, bool], float] = defaultdict(lambda: float("inf"))
    fired: Counter = Counter()
    seen: set[str] = set()  # the rules run on the current document
    spent: dict[tuple[str, bool], float] = defaultdict(float)

    def timed(rule, apply):
        def run(doc):
            later = rule.code in seen
            seen.add(rule.code)
            start = time.process_time()
            try:
                return apply(doc)
            finally:
                spent[rule.code, later] += time.process_time() - start
        return run

    for rule in cleaner.rules:
        rule.apply = timed(rule, rule.apply)  # an instance attribute over the class's method
    try:
        for r in range(rounds):
            spent.clear()
            for text, url in docs:
                seen.clear()
                result = cleaner.clean(text, url=url)
                if r == 0:
                    fired.update(result.counts().keys())
            for key, seconds in spent.items():
                best[key] = min(best[key], seconds)
    finally:
        for rule in cleaner.rules:
            del rule.apply
    return best, fired


def corpus_times(docs: list[tuple[str, str | None]], rounds: int) -> dict[str, float]:
    """Fastest seconds over the corpus with every rule, with each document's firing rules only,
    and with no rule."""
    everything = Cleaner()
    firing = [frozenset(everything.clean(text, url=url).counts()) for text, url in docs]
    none = Cleaner(rules=[])
    by_codes = {codes: Cleaner(select=sorted(codes)) if codes else none for codes in set(firing)}
    runs = {
        "every rule": [(everything, text, url) for text, url in docs],
        "only the rules that remove something (oracle)": [(by_codes[codes], text, url)
                                                           for (text, url), codes in zip(docs, firing)],
        "no rule": [(none, text, url) for text, url in docs],
    }
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for name, calls in runs.items():
            start = time.process_time()
            for cleaner, text, url in calls:
                cleaner.clean(text, url=url)
            best[name] = min(best[name], time.process_time() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=("aeb", "seeds"), default="aeb")
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    corpus = aeb_corpus() if args.corpus == "aeb" else seed_corpus()
    docs = [(text, url) for text, _, _, url in corpus]
    command = f"python bench/rule_costs.py --corpus {args.corpus}"

    times, fired = rule_times(Cleaner(), docs, args.rounds)
    codes = sorted({code for code, _ in times}, key=lambda c: -(times[c, False] + times.get((c, True), 0.0)))
    rows = [{"rule": code, "first_pass_ms": times[code, False] * 1000,
             "later_passes_ms": times.get((code, True), 0.0) * 1000, "documents_removed_from": fired[code]}
            for code in codes]
    write_results(f"rule_costs_{args.corpus}", rows, ["rule", "first_pass_ms", "later_passes_ms",
                                                      "documents_removed_from"],
                  f"Rule costs, {len(docs)} {args.corpus} texts (fastest of {args.rounds} rounds)", command)

    whole = corpus_times(docs, args.rounds)
    print(f"\n{len(docs)} documents; rules removing something in a document: "
          f"{sum(fired.values()) / len(docs):.2f} on average")
    for name, seconds in whole.items():
        print(f"{name}: {seconds * 1000:.1f} ms")


if __name__ == "__main__":
    main()
