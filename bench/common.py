"""Shared helpers for the benchmark scripts: paths, loading the corpora, timing, writing results."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
RESULTS = ROOT / "bench" / "results"


def manifest(name: str) -> list[dict]:
    with open(SHARED / name / "manifest.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def read(path: Path) -> str:
    """A file's text: a page (.html) decoded as the command decodes a file (``cleaner.decode``: 27
    of the bench pages are not UTF-8), any other file as UTF-8."""
    if path.suffix == ".html":
        from cleaner.decode import decode

        return decode(path.read_bytes(), str(path), max_bytes=None)
    return path.read_text(encoding="utf-8", errors="replace")


def timed(fn, *args, **kwargs):
    """(result, seconds of CPU time of this process: time the VM gives to other machines does not
    count); an exception counts as an empty result (a crash is a total miss)."""
    start = time.process_time()
    try:
        out = fn(*args, **kwargs)
    except Exception as err:  # noqa: BLE001 - a peer crashing on a page is scored, not fatal
        print(f"  {getattr(fn, '__name__', fn)} failed: {type(err).__name__}: {err}", file=sys.stderr)
        out = ""
    return out, time.process_time() - start


def write_results(name: str, rows: list[dict], columns: list[str], title: str, command: str) -> None:
    """bench/results/NAME.json and NAME.md (a Markdown table with the command that produced it)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    lines = [f"### {title}", "", f"`{command}`", "", "| " + " | ".join(columns) + " |",
             "|" + "---|" * len(columns)]
    for row in rows:
        cells = [f"{row[c]:.3f}" if isinstance(row[c], float) else str(row[c]) for c in columns]
        lines.append("| " + " | ".join(cells) + " |")
    (RESULTS / f"{name}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
