"""Slow tests, run on their own: ``python -m pytest -m slow`` (``tox -e slow``; ``.ci/run`` runs them).

A 200 MB text file through the command, and the Ray Data recipe on a local Ray instance.
"""

import json

import pytest

from cleaner import Cleaner
from cleaner.cli import main
from cleaner.integrations.batches import CleanBatch

from .conftest import FIXTURES

pytestmark = pytest.mark.slow

SEED = FIXTURES / "seeds" / "000_02d3145c0980e00f.txt"


def test_a_200mb_text_file_is_cleaned_in_text_mode(tmp_path, capsys):
    seed = SEED.read_text("utf-8")
    big = tmp_path / "big.txt"
    copies = 200_000_000 // len(seed.encode()) + 1
    with open(big, "w", encoding="utf-8") as fh:
        for _ in range(copies):
            fh.write(seed + "\n")
    size = big.stat().st_size
    assert size >= 200_000_000

    # Over the default --max-bytes: skipped with a message, exit code 1, nothing written.
    assert main([str(big), "-o", str(tmp_path / "skipped.txt")]) == 1
    assert f"{size} bytes is over --max-bytes" in capsys.readouterr().err

    # Allowed: one document cleaned; every output line is an input line, the body is kept.
    out = tmp_path / "out.txt"
    assert main([str(big), "--max-bytes", str(size + 1), "-o", str(out), "--quiet"]) == 0
    expected_body = SEED.with_suffix(".expected.txt").read_text("utf-8").splitlines()
    input_lines = set(seed.splitlines())
    kept = out.read_text("utf-8").splitlines()
    assert set(kept) - {""} <= input_lines
    assert set(expected_body) - {""} <= set(kept)


def test_ray_data_map_batches_builds_one_cleaner_per_actor():
    ray = pytest.importorskip("ray")
    docs = [{"text": p.read_text("utf-8"), "url": None}
            for p in sorted((FIXTURES / "seeds").glob("*.txt")) if ".expected" not in p.name]
    docs += [{"text": p.read_text("utf-8") + "\nShare this article\n", "url": "https://example.com/a"}
             for p in sorted((FIXTURES / "aeb").glob("*.gold.txt"))]
    for n, doc in enumerate(docs):
        doc["id"] = n
    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True, log_to_driver=False)
    try:
        ds = ray.data.from_items(docs).map_batches(CleanBatch, batch_format="pandas", batch_size=2,
                                                   concurrency=2)
        rows = sorted(ds.take_all(), key=lambda row: row["id"])
    finally:
        ray.shutdown()
    cleaner = Cleaner()
    assert [row["id"] for row in rows] == list(range(len(docs)))
    for doc, row in zip(docs, rows):
        result = cleaner.clean(doc["text"], url=doc["url"])
        assert row["text"] == result.text
        assert json.loads(row["removed_rules"]) == result.counts()
    assert any(json.loads(row["removed_rules"]) for row in rows)
