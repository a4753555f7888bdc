import json
import os
import subprocess
import sys

from cleaner.cli import main

from .conftest import FIXTURES

SEED = FIXTURES / "seeds" / "004_4005daf9653c459e.txt"


def test_clean_file_to_stdout(capsys):
    assert main([str(SEED)]) == 0
    assert capsys.readouterr().out == SEED.with_name(SEED.stem + ".expected.txt").read_text("utf-8")


def test_output_file_trace_and_json(tmp_path, capsys):
    out = tmp_path / "out.txt"
    assert main([str(SEED), "-o", str(out), "--trace"]) == 0
    assert "ENGLISH" not in out.read_text("utf-8")
    assert ":3: GEN002 ENGLISH" in capsys.readouterr().err
    assert main(["--format", "json", str(SEED)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["site"] == "israj"
    assert {"line": 3, "text": "ENGLISH", "rule": "GEN002"} in record["removed"]


def test_rules_and_rule(capsys):
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    assert "GEN001" in listing and "ISJ001" in listing and "israj" in listing
    assert main(["rule", "gen007"]) == 0
    assert "Example" in capsys.readouterr().out
    assert main(["rule", "NOPE999"]) == 2


def test_bad_input_is_reported_and_others_still_cleaned(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main([str(bad), str(SEED)]) == 1
    captured = capsys.readouterr()
    assert "bad.txt:1: binary data (PNG image), not text" in captured.err
    assert "حميميم" in captured.out


def test_unknown_site_is_a_usage_error(capsys):
    assert main(["--site", "nope", str(SEED)]) == 2


def test_console_script_reads_stdin():
    proc = subprocess.run([sys.executable, "-m", "cleaner", "--url", "https://israj.net/x"],
                          input="head2\nنص المقال الطويل بما يكفي ليكون فقرة كاملة من المقال الأصلي هنا.\n",
                          capture_output=True, text=True, check=True)
    assert proc.stdout == "نص المقال الطويل بما يكفي ليكون فقرة كاملة من المقال الأصلي هنا.\n"


def test_jsonl_on_stdin_streams_plain_gzip_or_zstd():
    import gzip

    import zstandard

    lines = "".join(json.dumps({"id": n, "text": SEED.read_text("utf-8")}) + "\n" for n in range(3)) + "{broken\n"
    expected = SEED.with_name(SEED.stem + ".expected.txt").read_text("utf-8")
    for data in (lines.encode(), gzip.compress(lines.encode()), zstandard.ZstdCompressor().compress(lines.encode())):
        proc = subprocess.run([sys.executable, "-m", "cleaner", "--input-format", "jsonl", "--quiet"],
                              input=data, capture_output=True)
        assert proc.returncode == 1 and b"<stdin>:4: malformed JSON" in proc.stderr
        records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
        assert [r["id"] for r in records] == [0, 1, 2] and all(r["text"] == expected for r in records)


def test_a_document_on_stdin_over_max_bytes_is_reported_not_read_whole():
    proc = subprocess.run([sys.executable, "-m", "cleaner", "--max-bytes", "1000"], input=b"word " * 100_000,
                          capture_output=True)
    assert proc.returncode == 1 and b"<stdin>:1: more than 1000 bytes, over --max-bytes; skipped" in proc.stderr


def test_a_closed_pipe_ends_the_command_quietly(monkeypatch, tmp_path):
    # `clean-article rules | head -1`: the reader has gone away; no traceback, the shell's status 141.
    for args in (["rules"], [str(SEED)]):
        read_end, write_end = os.pipe()
        os.close(read_end)
        with open(write_end, "w", encoding="utf-8") as closed_pipe:
            monkeypatch.setattr(sys, "stdout", closed_pipe)
            assert main(args) == 141
            monkeypatch.undo()


def test_a_lone_surrogate_in_json_input_is_cleaned_and_written(tmp_path):
    # "\ud800" escapes are valid JSON but not UTF-8: the record is cleaned, kept exactly in JSON
    # output (escaped) and written as U+FFFD in plain text; the batch goes on.
    source = tmp_path / "in.jsonl"
    text = "Title\nA lone \ud800 surrogate in a sentence long enough to count as a paragraph.\nShare"
    source.write_text(json.dumps({"id": "1", "text": text}) + "\n" + json.dumps({"id": "2", "text": "ok"}) + "\n")
    for fmt in ("jsonl", "text"):
        proc = subprocess.run([sys.executable, "-m", "cleaner", str(source), "--format", fmt],
                              capture_output=True, text=True, encoding="utf-8")
        assert proc.returncode == 0, proc.stderr
        if fmt == "jsonl":
            first, second = map(json.loads, proc.stdout.splitlines())
            assert first["text"] == text[:-len("Share")] and second["text"] == "ok\n"
        else:
            assert proc.stdout == text[:-len("Share")].replace("\ud800", "\ufffd") + "ok\n"
