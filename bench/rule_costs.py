"""Where text mode's time goes: each rule's cost, and how much of the rules' time finds nothing.

    python bench/rule_costs.py [--corpus aeb|seeds] [--rounds N]

Per rule: milliseconds over the corpus in the first pass and in the later passes (fastest of N
rounds), and in how many documents it removed a line. A rule's time includes the document's
shared indexes it is the first to ask for (word counts and phrase keys: GEN002 in the default
order; the GEN03x anchor words: GEN031). Then the whole corpus three ways, taking
turns, fastest of N rounds each: every rule; only the rules that remove something in each
document (an oracle: the floor that a per-document screen skipping the rules that cannot fire
would approach); no rule at all (the document model and the engine alone). Last, the cost every
document pays whatever its length: a two-paragraph document with nothing to remove, cleaned as many
times as the corpus has documents (at least 500), with every rule and with none. Documents are
cleaned as `bench/speed.py` cleans them, with their URL, and timed as it times them, in CPU time.
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


# Two paragraphs of plain prose: no rule removes a line of them (checked in ``fixed_times``).
PLAIN = ("The river rose by two metres overnight after heavy rain in the hills, and farmers moved their "
         "cattle to higher ground before dawn.\nEngineers said the old stone bridge held, though the road "
         "beside it stays shut until the water falls again.\n")


def fixed_times(n: int, rounds: int) -> dict[str, float]:
    """Fastest seconds for cleaning ``PLAIN`` n times with every rule and with no rule."""
    cleaners = {"every rule": Cleaner(), "no rule": Cleaner(rules=[])}
    assert not cleaners["every rule"].clean(PLAIN).removals, "PLAIN must have nothing to remove"
    best = dict.fromkeys(cleaners, float("inf"))
    for _ in range(rounds):
        for name, cleaner in cleaners.items():
            start = time.process_time()
            for _ in range(n):
                cleaner.clean(PLAIN)
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
    repeats = max(len(docs), 500)  # enough cleanings for a steady per-document figure
    fixed = fixed_times(repeats, args.rounds)
    print(f"\n{len(docs)} documents; rules removing something in a document: "
          f"{sum(fired.values()) / len(docs):.2f} on average")
    totals = [{"pass": f"{len(docs)} {args.corpus} texts, {name}", "ms": seconds * 1000,
               "us_a_document": seconds / len(docs) * 1e6} for name, seconds in whole.items()]
    totals += [{"pass": f"{repeats} times a document with nothing to remove ({len(PLAIN.split())} words), "
                        f"{name}", "ms": seconds * 1000, "us_a_document": seconds / repeats * 1e6}
               for name, seconds in fixed.items()]
    write_results(f"rule_costs_{args.corpus}_totals", totals, ["pass", "ms", "us_a_document"],
                  f"Whole passes and the fixed cost a document pays, {args.corpus} "
                  f"(CPU time, fastest of {args.rounds} rounds)", command)


if __name__ == "__main__":
    main()
