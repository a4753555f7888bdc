"""Speed, side by side in one run, one core.

    python bench/speed.py [--repeat N]

Text mode: MB/s and documents/s of clean-article, jusText and datatrove's C4QualityFilter on the
same texts (the seed pages; the trafilatura-extracted scrapinghub-aeb texts). HTML mode: pages/s of
clean-article (extraction + rules) against bare trafilatura.extract on the same pages.
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


def measure(fn, docs, repeat: int) -> float:
    fn(*docs[0])  # warm-up
    start = time.perf_counter()
    for _ in range(repeat):
        for doc in docs:
            fn(*doc)
    return (time.perf_counter() - start) / repeat


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    rows = []
    for corpus_name, corpus in (("seeds", seed_corpus()), ("aeb text", aeb_corpus())):
        docs = [(text, lang, url) for text, _, lang, url in corpus]
        size = sum(len(t.encode()) for t, _, _ in docs)
        for name in ("clean-article", "datatrove C4QualityFilter", "jusText"):
            repeat = args.repeat if name != "jusText" else 1
            seconds = measure(TEXT_SYSTEMS[name], docs, repeat)
            rows.append({"mode": f"text ({corpus_name})", "system": name, "MB_per_s": size / seconds / 1e6,
                         "docs_per_s": len(docs) / seconds})
            print(rows[-1], file=sys.stderr)
    base = SHARED / "scrapinghub-aeb" / "pages"
    pages = [(read(base / f"{p['id']}.html"), p.get("language"), p.get("url")) for p in manifest("scrapinghub-aeb")]
    size = sum(len(h.encode()) for h, _, _ in pages)
    times = {}
    for name, fn in (("trafilatura.extract", html_trafilatura("balanced")), ("clean-article", html_clean_article())):
        times[name] = measure(fn, pages, 1)
        rows.append({"mode": "html (aeb pages)", "system": name, "MB_per_s": size / times[name] / 1e6,
                     "docs_per_s": len(pages) / times[name]})
        print(rows[-1], file=sys.stderr)
    overhead = times["clean-article"] / times["trafilatura.extract"] - 1
    rows.append({"mode": "html (aeb pages)", "system": f"rules overhead: {overhead:+.1%}", "MB_per_s": float("nan"),
                 "docs_per_s": float("nan")})
    write_results("speed", rows, ["mode", "system", "MB_per_s", "docs_per_s"],
                  "Speed (one process, one core, same inputs in the same run)", "python bench/speed.py")


if __name__ == "__main__":
    main()
