"""A PNG plot of F1 against pages/s for every system of the HTML benchmarks.

    python bench/plot.py      # reads bench/results/html_*.json, writes bench/results/f1_vs_speed.png
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS  # noqa: E402


def main() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = [(name, RESULTS / f"{name}.json") for name in ("html_aeb", "html_trafilatura_eval")]
    panels = [(n, p) for n, p in panels if p.exists()]
    fig, axes = plt.subplots(1, len(panels), figsize=(6.5 * len(panels), 5), squeeze=False)
    for ax, (name, path) in zip(axes[0], panels):
        rows = [r for r in json.loads(path.read_text()) if not math.isnan(r.get("pages_per_s", math.nan))]
        f1s, speeds = [row["f1"] for row in rows], [row["pages_per_s"] for row in rows]
        near = 0.03 * (max(f1s) - min(f1s) or 1)  # labels of points this close are stacked, top down
        width = 0.25 * (max(speeds) - min(speeds) or 1)  # (about one label's width)
        placed: list[tuple[float, float]] = []
        for row in sorted(rows, key=lambda r: -r["f1"]):  # (a label below a higher neighbour's, not above)
            ours = row["system"].startswith("clean-article")
            x, y = row["pages_per_s"], row["f1"]
            ax.scatter(x, y, s=60 if ours else 35, marker="*" if ours else "o",
                       color="tab:red" if ours else "tab:blue")
            below = sum(abs(y - py) < near and abs(x - px) < width for px, py in placed)
            ax.annotate(row["system"], (x, y), fontsize=8, xytext=(4, 4 - 11 * below), textcoords="offset points")
            placed.append((x, y))
        ax.set_xlabel("pages/s (one core; the same run for every system)")
        ax.set_ylabel("F1")
        ax.set_title({"html_aeb": "scrapinghub-aeb (shingle F1)",
                      "html_trafilatura_eval": "trafilatura-eval (snippet F1)"}[name])
        ax.grid(True, alpha=0.3)
    fig.tight_layout()
    out = RESULTS / "f1_vs_speed.png"
    fig.savefig(out, dpi=110)
    print(out)


if __name__ == "__main__":
    main()
