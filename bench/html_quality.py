"""HTML mode: raw pages in, article text out; clean-article beside its peers, in one run.

    python bench/html_quality.py [--limit N] [--only aeb|eval]

scrapinghub-aeb: the benchmark's 4-token shingle metric; trafilatura-eval: its snippet metric.
Pages/s is measured in the same run, one process, for every system.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED, manifest, read, timed, write_results  # noqa: E402
from metrics import aeb_scores, snippet_counts, snippet_scores  # noqa: E402
from systems import HTML_SYSTEMS  # noqa: E402


def run_aeb(limit: int | None) -> list[dict]:
    pages = manifest("scrapinghub-aeb")[:limit]
    base = SHARED / "scrapinghub-aeb" / "pages"
    htmls = {p["id"]: read(base / f"{p['id']}.html") for p in pages}
    golds = {p["id"]: read(base / f"{p['id']}.gold.txt") for p in pages}
    rows = []
    for name, system in HTML_SYSTEMS.items():
        timed(system, htmls[pages[0]["id"]])  # warm-up: imports and caches are not timed
        seconds, pairs = 0.0, []
        for page in pages:
            out, dt = timed(system, htmls[page["id"]], page.get("language"), page.get("url"))
            seconds += dt
            pairs.append((golds[page["id"]], out))
        rows.append({"system": name, **aeb_scores(pairs), "pages_per_s": len(pages) / seconds})
        print(rows[-1], file=sys.stderr)
    if limit is None:  # published predictions, scored with the same metric
        ids = [p["id"] for p in pages]
        for path in sorted((SHARED / "scrapinghub-aeb" / "published-predictions").glob("*.json")):
            preds = json.loads(path.read_text(encoding="utf-8"))
            preds = preds.get("output", preds)  # some files nest the predictions under "output"
            pairs = [(golds[i], (preds.get(i) or {}).get("articleBody", "") or "") for i in ids]
            rows.append({"system": f"{path.stem} (published)", **aeb_scores(pairs), "pages_per_s": float("nan")})
    return rows


def run_eval(limit: int | None) -> list[dict]:
    pages = manifest("trafilatura-eval")[:limit]
    base = SHARED / "trafilatura-eval" / "pages"
    data = []
    for page in pages:
        seg = json.loads(read(base / f"{page['id']}.segments.json"))
        data.append((page, read(base / f"{page['id']}.html"), seg))
    rows = []
    for name, system in HTML_SYSTEMS.items():
        timed(system, data[0][1])  # warm-up: imports and caches are not timed
        seconds, counts = 0.0, []
        for page, html, seg in data:
            out, dt = timed(system, html, page.get("language") or page.get("lang"), seg.get("url"))
            seconds += dt
            counts.append(snippet_counts(out, seg.get("with", []), seg.get("without", [])))
        rows.append({"system": name, **snippet_scores(counts), "pages_per_s": len(data) / seconds})
        print(rows[-1], file=sys.stderr)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, help="only the first N pages of each benchmark (quick check)")
    ap.add_argument("--only", choices=("aeb", "eval"))
    args = ap.parse_args()
    command = "python bench/html_quality.py" + (f" --limit {args.limit}" if args.limit else "")
    cols = ["system", "precision", "recall", "f1", "pages_per_s"]
    if args.only in (None, "aeb"):
        write_results("html_aeb", run_aeb(args.limit), cols,
                      "HTML mode, scrapinghub-aeb (181 pages, 4-token shingles, per-page averages)", command)
    if args.only in (None, "eval"):
        write_results("html_trafilatura_eval", run_eval(args.limit), cols,
                      "HTML mode, trafilatura-eval (990 pages, snippet metric)", command)


if __name__ == "__main__":
    main()
