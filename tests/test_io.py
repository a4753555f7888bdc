"""Inputs and outputs: HTML, JSONL (plain, gzip, zstd), directories, workers, explain, labels."""

import gzip
import json

import pytest

from cleaner import Cleaner
from cleaner.cli import main
from cleaner.decode import looks_like_html
from cleaner.extract import clean_html, page_metadata

from .conftest import FIXTURES

SEEDS = FIXTURES / "seeds"
ISRAJ = SEEDS / "004_4005daf9653c459e.txt"


@pytest.mark.parametrize("name,site,removed,kept", [
    ("israj.html", "israj", ["اقرأ أيضا :", "بوتين يبلغ أوباما بقرار سحب الوحدات الأساسية", "Share This:",
                             "قد يُعجبك أيضاً", "اترك رد", "ENGLISH"],
     ["سحب القوات لا يعني وقف توريد السلاح", "موسكو – وكالات – شبكة الإسراء والمعراج ( إسراج )"]),
    ("ayyamsyria.html", "ayyamsyria", ["اقرأ المزيد :", "اشترك في قائمة البريد", "حدث خطء ما. يرجى المحاولة لاحقا",
                                       "Send this to a friend", "قد يعجبك ايضا", "لن يتم نشر عنوان بريدك الإلكتروني.",
                                       # the page's <h1> headline, printed above the body (GEN018)
                                       "بوتين يلتقي الأسد في حميميم ويعلن بدء انسحاب قواته من سورية"],
     ["تحرير: أحمد عليّان"]),
])
def test_html_seed_sites(cleaner, name, site, removed, kept):
    result = clean_html(cleaner, (FIXTURES / "html" / name).read_text("utf-8"))
    assert result.site == site  # from the page's canonical URL
    lines = [line.strip() for line in result.text.split("\n")]
    for line in removed:
        assert line not in lines
    for line in kept:
        assert line in lines
    assert all(r.text in result.input_text for r in result.removals)


def test_prune_xpath_from_a_rule_file(tmp_path, capsys):
    (tmp_path / "promo.toml").write_text('''
[site]
id = "promosite"
domains = ["promo.example"]
prune_xpath = ["//div[@class='promo']"]
''', encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<html><head><link rel='canonical' href='https://promo.example/a'></head><body><article>"
                    "<h1>Title of the story</h1>"
                    "<p>The council approved the new budget on Tuesday after a long debate in the chamber.</p>"
                    "<div class='promo'><p>Our partners offer the best holiday deals of the season for you.</p></div>"
                    "<p>The mayor said the plan would be reviewed again in the spring by an independent panel.</p>"
                    "</article></body></html>", encoding="utf-8")
    assert main([str(page)]) == 0
    assert "holiday deals" in capsys.readouterr().out
    assert main(["--rules-dir", str(tmp_path), str(page)]) == 0
    out = capsys.readouterr().out
    assert "holiday deals" not in out and "independent panel" in out


@pytest.mark.parametrize("before", [
    "<script type='text/javascript'>\nvar preroll = 1;\n" + "// ad loader\n" * 300 + "</script>\n",
    "<br />\n<b>Deprecated</b>: Assigning the return value of new by reference is deprecated in "
    "/var/www/inc/functions.php on line 10<br />\n" * 30,
    "<style>\n" + "  .visible-media { display: none; }\n" * 100 + "</style>\n",
])
def test_a_page_with_markup_before_its_html_tag_is_html(tmp_path, capsys, before):
    # (trafilatura-eval has such pages; with 2 kB of script, PHP warnings or styles before <html>
    # they were once taken for text, and the output was their markup)
    body = ISRAJ.read_text("utf-8").split("\n\n")[6:12]
    page = tmp_path / "page.html"
    page.write_text(before + "<html><head><title>x</title></head><body><article><p>" + "</p><p>".join(body)
                    + "</p></article></body></html>", encoding="utf-8")
    assert main([str(page)]) == 0
    out = capsys.readouterr().out
    assert body[0].strip() in out and "<" not in out


def test_documents_with_no_article_text_left_are_counted_in_the_summary(tmp_path, capsys):
    # A page with no article gives empty output; the summary says so, even for one page, so that
    # a page extraction found nothing in does not pass unnoticed.
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>")
    assert main([str(empty)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "1 documents, 0 failed, 1 with no article text left" in err
    text = tmp_path / "text.txt"
    text.write_text(ISRAJ.read_text("utf-8"), encoding="utf-8")
    assert main([str(text)]) == 0
    assert capsys.readouterr().err == ""  # one document with text: no summary line


def test_text_is_not_taken_for_html():
    assert not any(looks_like_html(p.read_text("utf-8")) for p in SEEDS.glob("*.txt"))
    assert not looks_like_html("The <html> element is the root of a page.\nIt holds <head> and <body>.")


def test_html_headline_and_dek_from_the_page(cleaner):
    page = ("<html><head><title>Council approves the new budget | Example News</title>"
            "<meta property='og:title' content='Council approves the new budget'></head><body><article>"
            "<header><h1>Council approves the new budget</h1>"
            "<h2>The city will spend more on schools and less on roads, after a long debate.</h2></header>"
            "<p>The council approved the new budget on Tuesday after a long debate in the chamber.</p>"
            "<p>The mayor said the plan would be reviewed again in the spring by an independent panel.</p>"
            "</article></body></html>")
    meta = page_metadata(page)
    assert meta.titles == ("Council approves the new budget | Example News", "Council approves the new budget")
    assert meta.subtitles == ("The city will spend more on schools and less on roads, after a long debate.",)
    result = clean_html(cleaner, page)
    assert sorted(r.rule for r in result.removals) == ["GEN018", "GEN026"]
    assert result.text.startswith("The council approved the new budget on Tuesday")
    assert "independent panel" in result.text


def aeb_pages():
    return sorted(p for p in (FIXTURES / "aeb").glob("*.html"))


@pytest.mark.parametrize("page", aeb_pages(), ids=lambda p: p.name[:10])
def test_aeb_pages_removals_are_not_gold(cleaner, page):
    """On real pages, what the rules remove from trafilatura's text is not article text."""
    gold = page.with_name(page.name[:-5] + ".gold.txt").read_text("utf-8")
    result = clean_html(cleaner, page.read_text("utf-8"))
    assert result.removals, "the page has boilerplate the rules should find"
    for removal in result.removals:
        assert removal.text.strip() not in gold


def _records(path):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "in.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for n, seed in enumerate(sorted(p for p in SEEDS.glob("*.txt") if ".expected" not in p.name)):
            fh.write(json.dumps({"id": f"doc-{n}", "text": seed.read_text("utf-8"),
                                 "metadata": {"url": None, "n": n}}, ensure_ascii=False) + "\n")
        fh.write("{not json\n")
        fh.write(json.dumps({"id": "no-text"}) + "\n")
        fh.write(json.dumps({"id": "null-text", "text": None}) + "\n")
        fh.write(json.dumps({"id": "int-text", "text": 3}) + "\n")
        fh.write(json.dumps({"id": "dup", "text": "A short body line that is kept as it is."}) + "\n")
        fh.write(json.dumps({"id": "dup", "text": "Another body with the same id, also kept as it is."}) + "\n")
    return path


def test_jsonl_round_trip_and_error_entries(corpus, tmp_path, capsys):
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert main([str(corpus), "-o", str(out), "--errors", str(errors)]) == 1
    records = _records(out)
    assert [r["id"] for r in records] == ["doc-0", "doc-1", "doc-2", "doc-3", "doc-4", "dup", "dup"]
    for record, seed in zip(records, sorted(p for p in SEEDS.glob("*.txt") if ".expected" not in p.name)):
        assert record["text"] == seed.with_name(seed.stem + ".expected.txt").read_text("utf-8")
        assert record["metadata"]["n"] == records.index(record)
    assert records[4]["clean_article"]["site"] == "israj"
    assert records[4]["clean_article"]["counts"]["GEN001"] == 1
    assert [(e["record"], e["error"].split(":")[0]) for e in _records(errors)] == [
        (6, "malformed JSON"), (7, "missing text key 'text'"), (8, "text key 'text' is null, not a string"),
        (9, "text key 'text' holds int, not a string")]
    err = capsys.readouterr().err
    assert "in.jsonl:6: malformed JSON" in err
    assert "11 documents, 4 failed" in err  # every input line is accounted for


@pytest.mark.parametrize("name", ["in.jsonl", "in.jsonl.gz", "in.jsonl.zst", "in.json"])
def test_a_jsonl_line_that_is_not_utf8_is_its_records_error_and_the_others_are_cleaned(tmp_path, capsys, name):
    # (such a line once ended the whole file: "cannot read: 'utf-8' codec can't decode byte 0xe9",
    # and every record after it was lost)
    lines = [json.dumps({"id": "a", "text": "The first body line, kept as it is."}).encode(),
             b'{"id": "b", "text": "caf\xe9 in Windows-1252"}',
             json.dumps({"id": "c", "text": "The third body line, kept as it is."}).encode()]
    data = b"\n".join(lines) + b"\n"
    path = tmp_path / name
    if name.endswith(".gz"):
        data = gzip.compress(data)
    elif name.endswith(".zst"):
        import zstandard

        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert main([str(path), "-o", str(out), "--errors", str(errors)]) == 1
    assert [r["id"] for r in _records(out)] == ["a", "c"]
    assert [(e["record"], e["error"]) for e in _records(errors)] == [(2, "not UTF-8: byte 0xe9 at byte 25")]
    assert "3 documents, 1 failed" in capsys.readouterr().err


def test_gzip_in_zstd_out_and_keys(tmp_path):
    import zstandard

    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"doc": {"body": ISRAJ.read_text("utf-8"), "link": "https://israj.net/x"},
                             "key": 7}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl.zst"
    assert main([str(src), "-o", str(out), "--text-key", "doc.body", "--url-key", "doc.link",
                 "--id-key", "key", "--keep-text"]) == 0
    text = zstandard.ZstdDecompressor().decompress(out.read_bytes(), max_output_size=10**7).decode("utf-8")
    record = json.loads(text)
    assert record["key"] == 7 and record["clean_article"]["site"] == "israj"
    assert "ENGLISH" not in record["doc"]["body"] and "ENGLISH" in record["text_original"]


def test_a_gzip_outputs_header_names_the_output_not_its_temporary_file(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": ISRAJ.read_text("utf-8")}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "clean.jsonl.gz"
    assert main([str(src), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data[3] & 0x08  # FNAME: the header records a file name, the one gunzip -N restores
    assert data[10:data.index(b"\0", 10)] == b"clean.jsonl"
    assert [r["id"] for r in _records(out)] == [1]


def test_a_json_file_may_hold_an_array_of_records_or_one_record(tmp_path, capsys):
    text = ISRAJ.read_text("utf-8")
    (tmp_path / "array.json").write_text(json.dumps([{"id": 1, "text": text}, {"id": 2}, {"id": 3, "text": text}],
                                                    ensure_ascii=False, indent=2), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"id": 4, "text": text}, indent=2), encoding="utf-8")
    assert main([str(tmp_path / "array.json"), str(tmp_path / "one.json")]) == 1  # record 2 has no text
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == [1, 3, 4] and all("ENGLISH" not in r["text"] for r in records)
    assert "array.json:2: missing text key" in err and "4 documents, 1 failed" in err


def test_trace_and_explain_name_the_record_of_a_jsonl_line(tmp_path, capsys):
    records = tmp_path / "r.jsonl"
    records.write_text("\n".join(json.dumps({"id": n, "text": ISRAJ.read_text("utf-8")}) for n in (1, 2)) + "\n")
    assert main(["--trace", "--quiet", str(records)]) == 0
    err = capsys.readouterr().err
    assert f"{records}:1:3: GEN002 ENGLISH" in err and f"{records}:2:3: GEN002 ENGLISH" in err
    assert main(["--explain", str(records)]) == 0
    assert [line for line in capsys.readouterr().out.splitlines() if line.startswith("==")] == [
        f"== {records}:{n} (site: israj, 13 lines removed)" for n in (1, 2)]


def test_jsonl_records_of_html_without_html_field_are_pointed_out_once(tmp_path, capsys):
    page = (FIXTURES / "html" / "israj.html").read_text("utf-8")
    records = tmp_path / "crawl.jsonl"
    records.write_text("".join(json.dumps({"id": n, "text": page}) + "\n" for n in range(3)), encoding="utf-8")
    assert main(["--quiet", str(records)]) == 0
    err = capsys.readouterr().err
    assert err.count("looks like an HTML page") == 1 and f"{records}:1:" in err
    assert main(["--quiet", "--html-field", str(records)]) == 0
    assert "looks like" not in capsys.readouterr().err
    records.write_text(json.dumps({"id": 1, "text": ISRAJ.read_text("utf-8")}) + "\n", encoding="utf-8")
    assert main(["--quiet", str(records)]) == 0
    assert "looks like" not in capsys.readouterr().err  # text records are not pointed out


def test_label_only_keeps_text_and_marks_spans(tmp_path, capsys):
    assert main(["--label-only", str(ISRAJ)]) == 0
    record = json.loads(capsys.readouterr().out)
    text = record["text"]
    assert text == ISRAJ.read_text("utf-8")
    assert [text[s:e] for s, e, rule in record["spans"] if rule == "GEN002"] == ["ENGLISH"]


def test_label_only_on_html_labels_the_extracted_text(tmp_path, capsys):
    page = FIXTURES / "html" / "israj.html"
    records = tmp_path / "pages.jsonl"
    records.write_text(json.dumps({"id": "p1", "text": page.read_text("utf-8")}) + "\n", encoding="utf-8")
    assert main(["--label-only", str(page)]) == 0
    assert main(["--label-only", "--html-field", "--keep-text", str(records)]) == 0
    plain, record = map(json.loads, capsys.readouterr().out.splitlines())
    for text, info in ((plain["text"], plain), (record["text"], record["clean_article"])):
        assert not text.lstrip().startswith("<")  # the extracted text, which the spans are in
        assert [text[s:e] for s, e, _ in info["spans"]] == [r["text"] for r in info["removed"]]
        assert "اقرأ أيضا :" in [r["text"].strip() for r in info["removed"]]
    assert record["text_original"] == page.read_text("utf-8")


def test_the_python_api_cleans_html_as_the_command_does(capsys):
    import cleaner

    page = FIXTURES / "html" / "ayyamsyria.html"
    assert main([str(page)]) == 0
    result = cleaner.clean_html(page.read_text("utf-8"))
    assert result.text == capsys.readouterr().out and result.site == "ayyamsyria"
    assert [r.text for r in result.removals] == [
        result.input_text.split("\n")[r.line - 1] for r in result.removals]
    kept = Cleaner(ignore=["GEN007"]).clean_html(page.read_text("utf-8"), options=cleaner.ExtractOptions(lead=False))
    assert "GEN007" not in kept.counts() and "GEN007" in result.counts()


def test_explain_marks_each_line(capsys):
    assert main(["--explain", str(ISRAJ)]) == 0
    out = capsys.readouterr().out
    assert "   3 GEN002 ENGLISH" in out
    assert "  ok   أوعز الرئيس" in out
    assert "\x1b[" not in out  # no colour when not a terminal


def test_directory_batch_is_mirrored_and_workers_agree(tmp_path, corpus):
    src = tmp_path / "src"
    (src / "a" / "b").mkdir(parents=True)
    for seed in SEEDS.glob("0*.txt"):
        if ".expected" not in seed.name:
            (src / "a" / "b" / seed.name).write_bytes(seed.read_bytes())
    (src / "page.html").write_bytes((FIXTURES / "html" / "israj.html").read_bytes())
    (src / "records.jsonl").write_bytes(corpus.read_bytes())
    outputs = {}
    for workers in ("1", "2"):
        dst = tmp_path / f"out{workers}"
        assert main(["--input-dir", str(src), "--output-dir", str(dst), "--workers", workers, "--quiet"]) == 1
        outputs[workers] = {p.relative_to(dst): p.read_bytes() for p in sorted(dst.rglob("*")) if p.is_file()}
    assert outputs["1"] == outputs["2"]
    names = {str(p) for p in outputs["1"]}
    assert "page.txt" in names and "records.jsonl" in names
    assert not any(name.endswith(".tmp") for name in names)
    for seed in SEEDS.glob("0*.txt"):
        if ".expected" not in seed.name:
            got = outputs["1"][(tmp_path / "x" / "a" / "b" / seed.name).relative_to(tmp_path / "x")]
            assert got == seed.with_name(seed.stem + ".expected.txt").read_bytes()


def test_a_tree_run_builds_one_cleaner_and_one_pool_for_all_its_files(tmp_path, monkeypatch):
    # (it once built them for every file: 990 pages took 9 minutes with 2 workers, 26 s since)
    from cleaner import runner

    src = tmp_path / "src"
    src.mkdir()
    seeds = sorted(p for p in SEEDS.glob("0*.txt") if ".expected" not in p.name)
    for seed in seeds:
        (src / seed.name).write_bytes(seed.read_bytes())
    (src / "000_empty.jsonl").write_text("")  # files without a document, first and last
    (src / "zzz_empty.jsonl").write_text("")
    built, pools = [], []
    real_build, real_pool = runner.build_cleaner, runner._pool
    monkeypatch.setattr(runner, "build_cleaner", lambda opts: built.append(opts) or real_build(opts))
    monkeypatch.setattr(runner, "_pool", lambda *args: pools.append(args) or real_pool(*args))
    for workers in ("1", "2"):
        dst = tmp_path / f"out{workers}"
        assert main(["--input-dir", str(src), "--output-dir", str(dst), "--workers", workers, "--quiet"]) == 0
        assert (dst / "000_empty.jsonl").read_text() == "" and (dst / "zzz_empty.jsonl").read_text() == ""
        for seed in seeds:  # each file's documents reach its own output
            assert (dst / seed.name).read_bytes() == seed.with_name(seed.stem + ".expected.txt").read_bytes()
    assert len(built) == 1 and len(pools) == 1  # one cleaner for --workers 1, one pool for --workers 2


def test_an_output_dir_inside_the_input_dir_is_not_read_as_input(tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    (src / "a.txt").write_bytes(ISRAJ.read_bytes())
    for _ in range(2):  # the second run must not clean the first run's output
        assert main(["--input-dir", str(src), "--output-dir", str(src / "clean"), "--quiet"]) == 0
    assert sorted(str(p.relative_to(src)) for p in src.rglob("*") if p.is_file()) == ["a.txt", "clean/a.txt"]


def test_fail_fast_in_a_tree_run_stops_at_the_first_failure(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_bytes(ISRAJ.read_bytes())
    (src / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    (src / "c.txt").write_bytes(ISRAJ.read_bytes())
    dst = tmp_path / "out"
    assert main(["--input-dir", str(src), "--output-dir", str(dst), "--workers", "1", "--quiet",
                 "--fail-fast"]) == 1
    assert sorted(p.name for p in dst.iterdir()) == ["a.txt", "b.txt"]


def test_usage_errors():
    assert main(["--input-dir", "x"]) == 2
    assert main(["--input-dir", "x", "--output-dir", "y", "z.txt"]) == 2


@pytest.mark.parametrize("args", [
    ["--workers", "-1"], ["--max-bytes", "-5"], ["--max-bytes", "lots"],
    ["--select", "GEN99"], ["--ignore", "GEN07"], ["--select", "GEN0", "--ignore", "XYZ"],
])
def test_bad_option_values_are_usage_errors(args, capsys):
    # (a typo in --select once cleaned with no rule at all, and exited 0)
    with pytest.raises(SystemExit) as exit_:
        raise SystemExit(main([*args, str(ISRAJ)]))
    assert exit_.value.code == 2 and capsys.readouterr().out == ""


def test_a_rules_dir_that_is_not_a_directory_is_a_usage_error(tmp_path, capsys):
    assert main(["--rules-dir", str(tmp_path / "nowhere"), "rules"]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_an_unknown_rule_code_is_an_error_in_the_api_too():
    with pytest.raises(ValueError, match="GEN99"):
        Cleaner(select=["GEN99"])
    with pytest.raises(ValueError, match="ZZZ"):
        Cleaner(ignore=["GEN001", "ZZZ"])
    assert Cleaner(select=["GEN"], ignore=["GEN001"]).rules_by_code.keys() >= {"GEN002"}


def test_max_bytes_0_is_no_limit(capsys):
    assert main(["--max-bytes", "0", str(ISRAJ)]) == 0
    assert "ENGLISH" not in capsys.readouterr().out


def test_fail_fast_stops_at_first_failure(corpus, tmp_path, capsys):
    assert main([str(corpus), "--fail-fast", "-o", str(tmp_path / "o.jsonl")]) == 1
    assert len(_records(tmp_path / "o.jsonl")) == 5
    assert "in.jsonl:7" not in capsys.readouterr().err


def test_cleaner_built_once_cleans_html_and_text_alike():
    cleaner = Cleaner()
    html = "<html><body><article><p>" + "</p><p>".join(
        ISRAJ.read_text("utf-8").split("\n\n")[6:12]) + "</p><p>Share This:</p></article></body></html>"
    assert "Share This:" not in clean_html(cleaner, html, url="https://israj.net/a").text


def test_jsonl_in_many_chunks_keeps_order_with_workers(tmp_path, monkeypatch):
    from cleaner import runner

    monkeypatch.setattr(runner, "CHUNK_DOCS", 3)  # many chunks in flight at once
    seeds = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt")) if ".expected" not in p.name]
    big = tmp_path / "big.jsonl"
    with open(big, "w", encoding="utf-8") as fh:
        for n in range(40):
            fh.write(json.dumps({"id": f"doc-{n}", "text": seeds[n % len(seeds)]}, ensure_ascii=False) + "\n")
    outs = {}
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        assert main([str(big), "-o", str(out), "--workers", workers, "--quiet"]) == 0
        outs[workers] = out.read_bytes()
    assert outs["1"] == outs["2"]
    records = [json.loads(line) for line in outs["2"].decode("utf-8").splitlines()]
    assert [r["id"] for r in records] == [f"doc-{n}" for n in range(40)]
    assert sum(bool(r["clean_article"]["counts"]) for r in records) == 32  # seed 003 has no boilerplate
