"""JSONL records in the datatrove/dolma shape, streamed line by line (gzip and zstd by extension)."""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any


def open_stream(path: str) -> IO[str]:
    """A text stream writing ``path``: ``.gz`` and ``.zst``/``.zstd`` are compressed on the fly.
    (JSON lines are read with ``open_lines``.)"""
    return io.TextIOWrapper(_open_binary(path, "wb"), encoding="utf-8", newline="\n")


def open_lines(path: str) -> IO[bytes]:
    """A binary stream of ``path``'s lines, decompressed on the fly (``.gz``, ``.zst``, ``.zstd``);
    ``stream_records`` decodes each line, so that one that is not UTF-8 is that record's error
    rather than the end of the file."""
    return _open_binary(path, "rb")


def _open_binary(path: str, mode: str) -> IO[bytes]:
    if path.endswith(".gz"):
        return gzip.open(path, mode)
    if path.endswith((".zst", ".zstd")):
        try:
            import zstandard
        except ImportError:  # pragma: no cover - zstandard is a dependency
            raise OSError(f"{path}: reading zstd needs the zstandard package") from None
        raw = open(path, mode)
        if "r" in mode:
            return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=True))
        return zstandard.ZstdCompressor().stream_writer(raw, closefd=True)
    return open(path, mode)


def _not_utf8(err: UnicodeDecodeError) -> str:
    return f"not UTF-8: byte 0x{err.object[err.start]:02x} at byte {err.start + 1}"


def _uncompressed_name(path: str) -> str:
    """``path`` lowercased, without a compression extension (.gz, .zst, .zstd)."""
    name = path.lower()
    for ext in (".gz", ".zst", ".zstd"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    return name


def is_jsonl_path(path: str) -> bool:
    return _uncompressed_name(path).endswith((".jsonl", ".ndjson", ".json"))


def get_path(record: Any, dotted: str, missing: Any = None) -> Any:
    """``get_path({"metadata": {"url": u}}, "metadata.url") == u``; ``missing`` when any step is missing."""
    value = record
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return missing
        value = value[part]
    return value


_MISSING = object()


def set_path(record: dict, dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    for part in parts[:-1]:
        record = record.setdefault(part, {})
    record[parts[-1]] = value


@dataclass(frozen=True)
class Keys:
    """Where a record keeps its text, id and URL (dotted paths), and whether the text is HTML."""

    text: str = "text"
    id: str = "id"
    url: str = "metadata.url"
    html: bool = False


@dataclass
class Item:
    """One document to clean: where it came from and its raw content, or why it can't be read."""

    source: str  # file path
    number: int  # 1-based line (JSONL) or 1 for a whole file
    text: str | None = None
    url: str | None = None
    record: dict | None = None  # the JSONL record, to be written back with the clean text
    error: str | None = None
    html: bool = False


def _json_document(path: str) -> list | None:
    """The records of a ``.json`` file that holds one JSON document: an array of records, or one
    record spread over several lines. None for a file of JSON lines (or not JSON at all), which
    is then read line by line."""
    if not _uncompressed_name(path).endswith(".json"):
        return None
    with open_lines(path) as stream:
        first = next((line for line in stream if line.strip()), b"")
        if not first.lstrip().startswith(b"["):  # JSON lines are read as they stream (flat memory)
            try:
                json.loads(first.decode("utf-8"))
                return None
            except UnicodeDecodeError:  # read line by line: that line is its record's error
                return None
            except json.JSONDecodeError:
                pass
        data = first + stream.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:  # (one document: no record of it can be told from the others)
        raise ValueError(_not_utf8(err)) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        return None
    return document if isinstance(document, list) else [document]


def read_records(path: str, keys: Keys) -> Iterator[Item]:
    """Every line of a JSONL file as an ``Item`` (a ``.json`` file may also hold an array of
    records, each an ``Item`` numbered by its place in it); a bad line or record gives an ``Item``
    with an error."""
    document = _json_document(path)
    if document is not None:
        for number, record in enumerate(document, start=1):
            yield _item(path, number, record, keys)
        return
    with open_lines(path) as stream:
        yield from stream_records(stream, path, keys)


def stream_records(stream: IO[bytes], source: str, keys: Keys) -> Iterator[Item]:
    """Every line of a binary stream of JSON lines as an ``Item`` (``source`` names the stream);
    a line that is not UTF-8 is an ``Item`` with that error, and the lines after it are read."""
    for number, data in enumerate(stream, start=1):
        try:
            line = data.decode("utf-8")
        except UnicodeDecodeError as err:
            yield Item(source, number, error=_not_utf8(err))
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Item(source, number, error=f"malformed JSON: {err.msg} at column {err.colno}")
            continue
        yield _item(source, number, record, keys)


def open_binary_stream(raw: IO[bytes]) -> IO[bytes]:
    """``raw`` (standard input), decompressed when it starts like gzip or zstd data, for
    ``stream_records``."""
    head = raw.peek(4)[:4] if hasattr(raw, "peek") else b""
    if head.startswith(b"\x1f\x8b"):
        raw = gzip.GzipFile(fileobj=raw, mode="rb")
    elif head.startswith(b"\x28\xb5\x2f\xfd"):
        import zstandard

        raw = io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw))
    return raw


def _item(path: str, number: int, record, keys: Keys) -> Item:
    """The ``Item`` of one parsed record, or one with the error that makes it no record."""
    if not isinstance(record, dict):
        return Item(path, number, error=f"a record must be a JSON object, not {type(record).__name__}")
    text = get_path(record, keys.text, _MISSING)
    if text is _MISSING:
        return Item(path, number, record=record, error=f"missing text key {keys.text!r}")
    if text is None:
        return Item(path, number, record=record, error=f"text key {keys.text!r} is null, not a string")
    if not isinstance(text, str):
        return Item(path, number, record=record,
                    error=f"text key {keys.text!r} holds {type(text).__name__}, not a string")
    url = get_path(record, keys.url)
    return Item(path, number, text=text, url=url if isinstance(url, str) else None, record=record, html=keys.html)


def output_record(item: Item, result, keys: Keys, keep_text: bool, label_only: bool) -> dict:
    """The input record with its text cleaned (unless ``label_only``) and a ``clean_article`` field."""
    record = dict(item.record or {})
    info = {"site": result.site, "removed": [r.as_dict() for r in result.removals], "counts": result.counts()}
    if getattr(result, "flagged", False):
        info["errors"] = list(result.errors)
    if label_only:  # the text kept; of HTML, the text extracted from it, which the spans are in
        text = result.rules_ran_on(item.text or "")
        info["spans"] = label_spans(text, result.removals)
        if result.input_text is not None:
            if keep_text:
                record["text_original"] = item.text
            set_path(record, keys.text, text)
    else:
        if keep_text:
            record["text_original"] = item.text
        set_path(record, keys.text, result.text)
    record["clean_article"] = info
    return record


def label_spans(text: str, removals) -> list[list]:
    """``[start, end, rule]`` character spans of the removed lines in ``text`` (line ends as LF)."""
    starts, offset = [], 0
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        starts.append((offset, offset + len(line)))
        offset += len(line) + 1
    return [[starts[r.line - 1][0], starts[r.line - 1][1], r.rule] for r in removals]


def atomic_writer(path: str):
    """Write to ``path`` through a temporary file renamed into place on success."""
    return _AtomicWriter(path)


class _AtomicWriter:
    def __init__(self, path: str) -> None:
        self.path = path
        directory = os.path.dirname(os.path.abspath(path))
        os.makedirs(directory, exist_ok=True)
        base = os.path.basename(path)
        self.tmp = os.path.join(directory, f".{base}.{os.getpid()}.tmp")
        # keep the compression extension last so open_stream picks the right codec
        for ext in (".gz", ".zst", ".zstd"):
            if base.endswith(ext):
                self.tmp = os.path.join(directory, f".{base}.{os.getpid()}.tmp{ext}")
        self.stream: IO[str] | None = None
        self._raw: IO[bytes] | None = None  # a gzip output's file, which GzipFile leaves open

    def __enter__(self) -> IO[str]:
        if self.path.endswith(".gz"):  # the gzip header names the output, not the temporary file
            self._raw = open(self.tmp, "wb")
            gz = gzip.GzipFile(filename=self.path, mode="wb", fileobj=self._raw)
            self.stream = io.TextIOWrapper(gz, encoding="utf-8", newline="\n")
        else:
            self.stream = open_stream(self.tmp)
        return self.stream

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.stream is not None
        self.stream.close()
        if self._raw is not None:
            self._raw.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
