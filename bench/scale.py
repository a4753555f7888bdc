"""Scaling: documents/s and peak memory on a large JSONL file, with the CLI's --workers 1 and 2
and with the datatrove step on LocalPipelineExecutor (1 and 2 workers).

    python bench/scale.py [--gb 1.0] [--skip-datatrove]

The file is generated from the trafilatura-extracted scrapinghub-aeb texts, repeated with ids
made unique, into a temporary directory. Peak RSS is measured with ``resource`` on the children.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import write_results  # noqa: E402
from text_quality import aeb_corpus  # noqa: E402

DATATROVE_RUN = """
import sys
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from cleaner.integrations.datatrove import CleanArticle
src, dst, logs, workers = sys.argv[1:5]
LocalPipelineExecutor(pipeline=[JsonlReader(src), CleanArticle(keep_removed=False),
                                JsonlWriter(dst, compression=None)],
                      tasks=int(workers) * 4, workers=int(workers), logging_dir=logs).run()
"""


def generate(path: Path, target_bytes: int, parts: int) -> int:
    texts = [t for t, _, _, _ in aeb_corpus() if t]
    written, n = 0, 0
    files = [open(path / f"part-{k}.jsonl", "w", encoding="utf-8") for k in range(parts)]
    try:
        while written < target_bytes:
            for text in texts:
                line = json.dumps({"id": f"doc-{n}", "text": text, "metadata": {"url": None}}) + "\n"
                files[n % parts].write(line)
                written += len(line.encode())
                n += 1
    finally:
        for fh in files:
            fh.close()
    return n


_WRAPPER = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
            " print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def run(cmd: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the largest process the command ran), in a fresh wrapper
    process so earlier runs do not count."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], check=True, capture_output=True, text=True)
    return time.perf_counter() - start, int(out.stdout.split()[-1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gb", type=float, default=1.0)
    ap.add_argument("--skip-datatrove", action="store_true")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        docs = generate(src, int(args.gb * 1e9), parts=8)
        size = sum(p.stat().st_size for p in src.iterdir())
        whole = Path(tmp) / "all.jsonl"
        with open(whole, "wb") as out:
            for part in sorted(src.iterdir()):
                out.write(part.read_bytes())
        print(f"{docs} documents, {size / 1e9:.2f} GB", file=sys.stderr)
        for workers in (1, 2):
            seconds, rss = run([sys.executable, "-m", "cleaner", str(whole), "-o", str(Path(tmp) / f"o{workers}.jsonl"),
                                "--workers", str(workers), "--quiet"])
            rows.append({"runner": f"clean-article CLI --workers {workers}", "docs_per_s": docs / seconds,
                         "MB_per_s": size / seconds / 1e6, "peak_rss_MB": rss})
            print(rows[-1], file=sys.stderr)
            os.unlink(Path(tmp) / f"o{workers}.jsonl")
        if not args.skip_datatrove:
            for workers in (1, 2):
                seconds, rss = run([sys.executable, "-c", DATATROVE_RUN, str(src), str(Path(tmp) / f"dt{workers}"),
                                    str(Path(tmp) / f"logs{workers}"), str(workers)])
                rows.append({"runner": f"datatrove LocalPipelineExecutor, {workers} workers",
                             "docs_per_s": docs / seconds, "MB_per_s": size / seconds / 1e6, "peak_rss_MB": rss})
                print(rows[-1], file=sys.stderr)
    write_results("scale", rows, ["runner", "docs_per_s", "MB_per_s", "peak_rss_MB"],
                  f"Scaling on a {size / 1e9:.2f} GB JSONL file ({docs} documents)",
                  f"python bench/scale.py --gb {args.gb}")


if __name__ == "__main__":
    main()
