"""Speed, side by side in one run, one core.

    python bench/speed.py [--rounds N]

Text mode: MB/s and documents/s of clean-article, jusText and datatrove's C4QualityFilter on the
same texts (the seed pages; the trafilatura-extracted scrapinghub-aeb texts). HTML mode: pages/s of
clean-article (extraction + rules) against bare trafilatura.extract on the same pages.

The systems take turns, one pass over the corpus each, for N rounds, and each is credited with
its fastest pass (as timeit does): other load on the machine only ever slows a pass down, and
taking turns exposes every system to the same load. A pass is timed in CPU time of this process
(everything runs in it, on one core), so time the VM gives to other machines does not count.
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


def fastest_passes(systems: dict, docs: list, rounds: int) -> dict[str, float]:
    """Seconds of each system's fastest pass over ``docs``, the systems taking turns."""
    best = {}
    for name, (fn, _) in systems.items():
        fn(*docs[0])  # warm-up: imports and caches are not timed
        best[name] = float("inf")
    for r in range(rounds):
        for name, (fn, system_rounds) in systems.items():
            if r >= system_rounds:
                continue
            start = time.process_time()
            for doc in docs:
                fn(*doc)
            best[name] = min(best[name], time.process_time() - start)
    return best


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
    times = fastest_passes({"trafilatura.extract": (html_trafilatura("balanced"), html_rounds),
                            "clean-article": (html_clean_article(), html_rounds)}, pages, html_rounds)
    for name, seconds in times.items():
        rows.append({"mode": "html (aeb pages)", "system": name, "MB_per_s": size / seconds / 1e6,
                     "docs_per_s": len(pages) / seconds})
        print(rows[-1], file=sys.stderr)
    overhead = times["clean-article"] / times["trafilatura.extract"] - 1
    rows.append({"mode": "html (aeb pages)", "system": f"rules overhead: {overhead:+.1%}", "MB_per_s": float("nan"),
                 "docs_per_s": float("nan")})
    write_results("speed", rows, ["mode", "system", "MB_per_s", "docs_per_s"],
                  "Speed (one process, one core, same inputs in the same run; fastest of alternating passes)",
                  "python bench/speed.py")


if __name__ == "__main__":
    main()
