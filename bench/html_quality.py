"""HTML mode: raw pages in, article text out; clean-article beside its peers, in one run.

    python bench/html_quality.py [--limit N] [--only aeb|eval]

scrapinghub-aeb: the benchmark's 4-token shingle metric; trafilatura-eval: its snippet metric.
Pages/s is measured in the same run, one process, for every system, in CPU time: the systems
take turns on every page (the order rotating), so a slow moment of the machine falls on all of them.
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


def run_systems(pages: list[tuple]) -> dict[str, tuple[list[str], float]]:
    """Each HTML system's outputs on ``pages`` (argument tuples: html, language, url) and its
    seconds over them; every page goes to all systems in turn, the first one changing each page."""
    names = list(HTML_SYSTEMS)
    for name in names:
        timed(HTML_SYSTEMS[name], pages[0][0])  # warm-up: imports and caches are not timed
    outputs: dict[str, list[str]] = {name: [] for name in names}
    seconds = dict.fromkeys(names, 0.0)
    for n, page in enumerate(pages):
        for name in names[n % len(names):] + names[:n % len(names)]:
            out, dt = timed(HTML_SYSTEMS[name], *page)
            outputs[name].append(out)
            seconds[name] += dt
    return {name: (outputs[name], seconds[name]) for name in names}


def run_aeb(limit: int | None) -> list[dict]:
    pages = manifest("scrapinghub-aeb")[:limit]
    base = SHARED / "scrapinghub-aeb" / "pages"
    golds = [read(base / f"{p['id']}.gold.txt") for p in pages]
    runs = run_systems([(read(base / f"{p['id']}.html"), p.get("language"), p.get("url")) for p in pages])
    rows = []
    for name, (outputs, seconds) in runs.items():
        rows.append({"system": name, **aeb_scores(list(zip(golds, outputs))), "pages_per_s": len(pages) / seconds})
        print(rows[-1], file=sys.stderr)
    if limit is None:  # published predictions, scored with the same metric
        ids = [p["id"] for p in pages]
        for path in sorted((SHARED / "scrapinghub-aeb" / "published-predictions").glob("*.json")):
            preds = json.loads(path.read_text(encoding="utf-8"))
            preds = preds.get("output", preds)  # some files nest the predictions under "output"
            pairs = [(gold, (preds.get(i) or {}).get("articleBody", "") or "") for gold, i in zip(golds, ids)]
            rows.append({"system": f"{path.stem} (published)", **aeb_scores(pairs), "pages_per_s": float("nan")})
    return rows


def run_eval(limit: int | None) -> list[dict]:
    pages = manifest("trafilatura-eval")[:limit]
    base = SHARED / "trafilatura-eval" / "pages"
    segments = [json.loads(read(base / f"{page['id']}.segments.json")) for page in pages]
    runs = run_systems([(read(base / f"{page['id']}.html"), page.get("language") or page.get("lang"), seg.get("url"))
                        for page, seg in zip(pages, segments)])
    rows = []
    for name, (outputs, seconds) in runs.items():
        counts = [snippet_counts(out, seg.get("with", []), seg.get("without", []))
                  for out, seg in zip(outputs, segments)]
        rows.append({"system": name, **snippet_scores(counts), "pages_per_s": len(pages) / seconds})
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
