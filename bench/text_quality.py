"""Text mode: already extracted text in (one paragraph a line), clean text out, against gold.

    python bench/text_quality.py

Corpora: the seed pages (fixtures/seeds, committed expected outputs as gold) and the
trafilatura-extracted text of the scrapinghub-aeb pages (the benchmark's gold article bodies).
Metrics: token precision/recall/F1 (bag of \\w+ tokens) and boilerplate lines left: input lines
that are not in the gold but are still in the output.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, SHARED, manifest, read, timed, write_results  # noqa: E402
from metrics import token_scores  # noqa: E402
from systems import TEXT_SYSTEMS  # noqa: E402


def seed_corpus() -> list[tuple[str, str, str, str | None]]:
    """(input text, gold text, language, url) for each seed page."""
    seeds = sorted(p for p in (ROOT / "fixtures" / "seeds").glob("*.txt") if ".expected" not in p.name)
    return [(read(p), read(p.with_name(p.stem + ".expected.txt")), "ar", None) for p in seeds]


def aeb_corpus() -> list[tuple[str, str, str, str | None]]:
    from trafilatura import extract

    base = SHARED / "scrapinghub-aeb" / "pages"
    out = []
    for page in manifest("scrapinghub-aeb"):
        text = extract(read(base / f"{page['id']}.html"), url=page.get("url")) or ""
        out.append((text, read(base / f"{page['id']}.gold.txt"), page.get("language", "en"), page.get("url")))
    return out


def boilerplate_left(corpus, outputs) -> tuple[int, int]:
    """(boilerplate lines left, boilerplate lines in the input): lines not in the gold text."""
    left = total = 0
    for (text, gold, _, _), out in zip(corpus, outputs):
        gold_lines = {line.strip() for line in gold.split("\n")}
        kept = {line.strip() for line in out.split("\n")}
        for line in {line.strip() for line in text.split("\n")} - gold_lines - {""}:
            total += 1
            left += line in kept
    return left, total


def evaluate(name: str, corpus) -> list[dict]:
    rows = []
    for system_name, system in TEXT_SYSTEMS.items():
        outputs, seconds = [], 0.0
        timed(system, corpus[0][0], corpus[0][2], corpus[0][3])  # warm-up, not timed
        for text, _, lang, url in corpus:
            out, dt = timed(system, text, lang, url)
            outputs.append(out)
            seconds += dt
        left, total = boilerplate_left(corpus, outputs)
        size = sum(len(t.encode()) for t, _, _, _ in corpus)
        rows.append({"system": system_name, **token_scores([(g, o) for (_, g, _, _), o in zip(corpus, outputs)]),
                     "boilerplate_left": left, "boilerplate_share": left / total if total else 0.0,
                     "MB_per_s": size / seconds / 1e6 if seconds else float("inf")})
        print(name, rows[-1], file=sys.stderr)
    return rows


def main() -> None:
    cols = ["system", "precision", "recall", "f1", "boilerplate_left", "boilerplate_share", "MB_per_s"]
    write_results("text_seeds", evaluate("seeds", seed_corpus()), cols,
                  "Text mode, seed pages (5 Arabic pages, committed expected outputs as gold)",
                  "python bench/text_quality.py")
    write_results("text_aeb", evaluate("aeb", aeb_corpus()), cols,
                  "Text mode, scrapinghub-aeb text extracted by trafilatura (181 pages, gold article bodies)",
                  "python bench/text_quality.py")


if __name__ == "__main__":
    main()
