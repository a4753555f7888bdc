"""clean-article as a datatrove step on LocalPipelineExecutor, and the dataframe batch recipe."""

import json
import pickle

import pytest

from cleaner import Cleaner
from cleaner.cli import main
from cleaner.integrations.batches import CleanBatch

from .conftest import FIXTURES


def _corpus(path):
    docs = []
    for n, seed in enumerate(sorted(p for p in (FIXTURES / "seeds").glob("*.txt") if ".expected" not in p.name)):
        docs.append({"id": f"seed-{n}", "text": seed.read_text("utf-8"),
                     "metadata": {"url": "https://www.israj.net/a" if n == 4 else None}})
    for n, gold in enumerate(sorted((FIXTURES / "aeb").glob("*.gold.txt"))):
        docs.append({"id": f"aeb-{n}", "text": gold.read_text("utf-8") + "\nShare this article\nLeave a Reply\n",
                     "metadata": {"url": "https://example.com/a"}})
    with open(path, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return docs


def test_cleaner_pickles_small_and_rebuilds_the_same_rules():
    cleaner = Cleaner(ignore=["GEN011"])
    data = pickle.dumps(cleaner)
    again = pickle.loads(data)
    assert len(data) < 1000
    assert [r.code for r in again.rules] == [r.code for r in cleaner.rules]
    text = (FIXTURES / "seeds" / "004_4005daf9653c459e.txt").read_text("utf-8")
    assert again.clean(text).text == cleaner.clean(text).text


def test_datatrove_pipeline_two_tasks_matches_the_cli(tmp_path):
    pytest.importorskip("datatrove")
    from datatrove.executor import LocalPipelineExecutor

    check_pipeline_matches_the_cli(tmp_path, lambda pipeline, logs: LocalPipelineExecutor(
        pipeline=pipeline, tasks=2, workers=2, logging_dir=logs))


@pytest.mark.slow
def test_datatrove_pipeline_on_the_ray_executor_matches_the_cli(tmp_path):
    """The same pipeline, unchanged, on datatrove's Ray executor over a local Ray instance."""
    pytest.importorskip("datatrove")
    ray = pytest.importorskip("ray")
    from datatrove.executor.ray import RayPipelineExecutor

    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True, log_to_driver=False)
    try:
        check_pipeline_matches_the_cli(tmp_path, lambda pipeline, logs: RayPipelineExecutor(
            pipeline=pipeline, tasks=2, workers=2, logging_dir=logs, mem_per_cpu_gb=0.5))
    finally:
        ray.shutdown()


def check_pipeline_matches_the_cli(tmp_path, make_executor):
    """Run reader → CleanArticle → writer with ``make_executor(pipeline, logging_dir)`` over two
    JSONL files; every document comes out, equal to the CLI's output, and the stats name the rules."""
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner.integrations.datatrove import CleanArticle

    (tmp_path / "in").mkdir()
    docs = _corpus(tmp_path / "in" / "part-0.jsonl")
    half = len(docs) // 2
    lines = (tmp_path / "in" / "part-0.jsonl").read_text("utf-8").splitlines(keepends=True)
    (tmp_path / "in" / "part-0.jsonl").write_text("".join(lines[:half]), encoding="utf-8")
    (tmp_path / "in" / "part-1.jsonl").write_text("".join(lines[half:]), encoding="utf-8")
    make_executor([JsonlReader(str(tmp_path / "in")), CleanArticle(),
                   JsonlWriter(str(tmp_path / "out"), compression=None)], str(tmp_path / "logs")).run()
    out = {}
    for path in (tmp_path / "out").glob("*.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line)
            out[record["id"]] = record
    assert set(out) == {d["id"] for d in docs}  # every document out, none empty here
    cli_out = tmp_path / "cli.jsonl"
    with open(tmp_path / "all.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(lines)
    main([str(tmp_path / "all.jsonl"), "-o", str(cli_out), "--quiet"])
    totals: dict[str, int] = {}
    for record in map(json.loads, cli_out.read_text("utf-8").splitlines()):
        assert out[record["id"]]["text"] == record["text"]
        assert out[record["id"]]["metadata"]["clean_article"]["counts"] == record["clean_article"]["counts"]
        for code, n in record["clean_article"]["counts"].items():
            totals[code] = totals.get(code, 0) + n
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text("utf-8"))
    step = next(s for s in stats if "clean-article" in s["name"])
    counts = {k: v["total"] if isinstance(v, dict) else v for k, v in step["stats"].items()}  # (Ray: summaries)
    assert counts["documents"] == len(docs)
    assert {code: counts[code] for code in totals} == totals
    assert totals["GEN012"] >= 5 and totals["ISJ001"] == 2


def test_datatrove_step_drops_or_keeps_empty_documents():
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from cleaner.integrations.datatrove import CleanArticle

    docs = [Document(text="Share This:\nTweet\n", id="a"), Document(text="A body line, kept.\n", id="b")]
    assert [d.id for d in CleanArticle().run(iter(docs))] == ["b"]
    docs = [Document(text="Share This:\nTweet\n", id="a")]
    kept = list(CleanArticle(drop_empty=False).run(iter(docs)))
    assert kept[0].text == "" and kept[0].metadata["clean_article"]["counts"] == {"GEN005": 2}


def test_batch_recipe_on_columns():
    seed = (FIXTURES / "seeds" / "004_4005daf9653c459e.txt").read_text("utf-8")
    batch = {"text": [seed, "Body line.\nTweet\n"], "url": ["https://israj.net/x", None]}
    out = CleanBatch()(batch)
    assert out["text"][0] == Cleaner().clean(seed).text
    assert out["site"] == ["israj", ""]
    assert json.loads(out["removed_rules"][1]) == {"GEN005": 1}


def test_batch_recipe_on_a_pandas_frame():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"text": ["Body line.\nTweet\n"]})
    assert list(CleanBatch(url_column=None)(frame)["text"]) == ["Body line.\n"]
