"""Speed, side by side in one run, one core.

    python bench/speed.py [--rounds N]

Text mode: MB/s and documents/s of clean-article, jusText and datatrove's C4QualityFilter on the
same texts (the seed pages; the trafilatura-extracted scrapinghub-aeb texts). HTML mode: pages/s of
clean-article (extraction + rules) against bare trafilatura.extract on the same pages.

Text mode: the systems take turns, one pass over the corpus each, for N rounds, and each is
credited with its fastest pass (as timeit does): other load on the machine only ever slows a pass
down, and taking turns exposes every system to the same load. HTML mode: for N/2 rounds, each page
is given to both systems in turn (the order alternating), and each is credited with the sum over
the pages of its fastest time on each. A whole pass over the pages takes seconds, and one slow
second spoiled it: the overhead of HTML mode then ranged from +1.5% to +15.5% over ten runs;
per-page minima vary by about a point. (Text documents take a fraction of a millisecond: turns on
every document would time each system with the other's data in the caches, not a batch.) A run
is timed in CPU time of this process (everything runs in it, on one core), so time the VM gives
to other machines does not count.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED, manifest, read, write_results  # noqa: E402
from systems import TEXT_SYSTEMS, html_clean_article, html_trafilatura  # noqa: E402
from text_quality import aeb_corpus, seed_corpus  # noqa: E402


def _warm_up(systems: dict, doc: tuple) -> None:
    """Run each system once, untimed: imports and caches are not timed."""
    for fn, _ in systems.values():
        fn(*doc)


def fastest_passes(systems: dict, docs: list, rounds: int) -> dict[str, float]:
    """Seconds of each system's fastest pass over ``docs``, the systems taking turns.
    ``systems`` maps a name to (function, its rounds)."""
    _warm_up(systems, docs[0])
    best = dict.fromkeys(systems, float("inf"))
    for r in range(rounds):
        for name, (fn, system_rounds) in systems.items():
            if r >= system_rounds:
                continue
            start = time.process_time()
            for doc in docs:
                fn(*doc)
            best[name] = min(best[name], time.process_time() - start)
    return best


def fastest_times(systems: dict, docs: list, rounds: int) -> dict[str, float]:
    """Seconds of each system over ``docs``: the sum of its fastest time on each document, the
    systems taking turns on every document. ``systems`` maps a name to (function, its rounds)."""
    _warm_up(systems, docs[0])
    best = {name: [float("inf")] * len(docs) for name in systems}
    names = list(systems)
    for r in range(rounds):
        for n, doc in enumerate(docs):
            for name in names if (r + n) % 2 == 0 else reversed(names):
                fn, system_rounds = systems[name]
                if r >= system_rounds:
                    continue
                start = time.process_time()
                fn(*doc)
                seconds = time.process_time() - start
                if seconds < best[name][n]:
                    best[name][n] = seconds
    return {name: sum(times) for name, times in best.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    rows = []
    for corpus_name, corpus in (("seeds", seed_corpus()), ("aeb text", aeb_corpus())):
        docs = [(text, lang, url) for text, _, lang, url in corpus]
        size = sum(len(t.encode()) for t, _, _ in docs)
        systems = {name: (TEXT_SYSTEMS[name], args.rounds if name != "jusText" else 2)  # jusText is slow
                   for name in ("clean-article", "datatrove C4QualityFilter", "jusText")}
        for name, seconds in fastest_passes(systems, docs, args.rounds).items():
            rows.append({"mode": f"text ({corpus_name})", "system": name, "MB_per_s": size / seconds / 1e6,
                         "docs_per_s": len(docs) / seconds})
            print(rows[-1], file=sys.stderr)
    base = SHARED / "scrapinghub-aeb" / "pages"
    pages = [(read(base / f"{p['id']}.html"), p.get("language"), p.get("url")) for p in manifest("scrapinghub-aeb")]
    size = sum(len(h.encode()) for h, _, _ in pages)
    html_rounds = max(3, args.rounds // 2)  # a page takes ~30 ms: fewer rounds, but enough to see past noise
    times = fastest_times({"trafilatura.extract": (html_trafilatura("balanced"), html_rounds),
                           "clean-article": (html_clean_article(), html_rounds)}, pages, html_rounds)
    for name, seconds in times.items():
        rows.append({"mode": "html (aeb pages)", "system": name, "MB_per_s": size / seconds / 1e6,
                     "docs_per_s": len(pages) / seconds})
        print(rows[-1], file=sys.stderr)
    overhead = times["clean-article"] / times["trafilatura.extract"] - 1
    rows.append({"mode": "html (aeb pages)", "system": f"clean-article overhead: {overhead:+.1%}",
                 "MB_per_s": float("nan"), "docs_per_s": float("nan")})
    write_results("speed", rows, ["mode", "system", "MB_per_s", "docs_per_s"],
                  "Speed (one process, one core, same inputs in the same run; text: fastest of alternating passes; "
                  "HTML: sum of each page's fastest run, the systems taking turns)",
                  "python bench/speed.py")


if __name__ == "__main__":
    main()
