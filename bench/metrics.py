"""Quality metrics used by the benchmarks (each written from its benchmark's published definition)."""

from __future__ import annotations

import re
from collections import Counter
from statistics import mean

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    """Multiset of n-token shingles of ``\\w+`` tokens (case-sensitive), as in the AEB benchmark."""
    tokens = _WORD.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_tp_fp_fn(gold: str, pred: str) -> tuple[float, float, float]:
    """Per-page shingle TP/FP/FN, scaled to sum to 1 so every page weighs the same."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def aeb_scores(pairs: list[tuple[str, str]]) -> dict:
    """AEB's metric over (gold, prediction) pages: precision averaged over pages that predicted
    something, recall over pages with gold text, F1 from the two averages."""
    counts = [page_tp_fp_fn(g, p) for g, p in pairs]

    def precision(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def recall(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    ps = [precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [recall(*c) for c in counts if c[0] + c[2] > 0]
    p, r = (mean(ps) if ps else 0.0), (mean(rs) if rs else 0.0)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "pages": len(pairs)}


def _ws(text: str) -> str:
    return " ".join((text or "").split())


def snippet_counts(pred: str, with_: list[str], without: list[str]) -> tuple[int, int, int, int]:
    """trafilatura-eval's snippet metric for one page: TP, FN ("with" found / missing),
    FP, TN ("without" found / absent), on whitespace-normalised text."""
    text = _ws(pred)
    tp = sum(1 for s in with_ if _ws(s) in text)
    fp = sum(1 for s in without if _ws(s) in text)
    return tp, len(with_) - tp, fp, len(without) - fp


def snippet_scores(rows: list[tuple[int, int, int, int]]) -> dict:
    tp, fn, fp, tn = (sum(r[i] for r in rows) for i in range(4))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": (tp + tn) / max(1, tp + fn + fp + tn),
            "pages": len(rows)}


def token_scores(pairs: list[tuple[str, str]]) -> dict:
    """Bag-of-tokens precision/recall/F1 of predictions against gold, summed over documents."""
    tp = fp = fn = 0
    for gold, pred in pairs:
        g, p = Counter(_WORD.findall(gold)), Counter(_WORD.findall(pred))
        hit = sum((g & p).values())
        tp, fp, fn = tp + hit, fp + sum(p.values()) - hit, fn + sum(g.values()) - hit
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0}
