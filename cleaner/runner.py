"""Batch runs: read inputs, clean each document (in worker processes if asked), keep order.

Every input document gives exactly one ``Outcome``: a result or an error naming the source and
the line/record number. Memory stays flat: at most a bounded window of documents is in flight.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace

from .decode import DEFAULT_MAX_BYTES, InputError, decode, looks_like_html
from .engine import Cleaner, Result
from .extract import ExtractOptions
from .records import Item, Keys, is_jsonl_path, open_binary_stream, read_records, stream_records


@dataclass(frozen=True)
class RunOptions:
    """Everything a worker needs to build its cleaner and clean one document (picklable)."""

    url: str | None = None
    site: str | None = None
    lang: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    rules_dirs: tuple[str, ...] = ()
    input_format: str = "auto"  # auto, text, html or jsonl
    keys: Keys = Keys()
    extract: ExtractOptions = ExtractOptions()
    max_bytes: int | None = DEFAULT_MAX_BYTES


@dataclass
class Outcome:
    item: Item
    result: Result | None = None
    error: str | None = None
    attempts: int = field(default=1, repr=False)

    @property
    def where(self) -> str:
        return f"{self.item.source}:{self.item.number}" if self.item.record is not None or \
            self.item.number > 1 else self.item.source


def iter_files(paths: Iterable[str]) -> Iterator[str]:
    """Files named directly, and every file under a named directory (sorted, hidden ones skipped)."""
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield path


def read_items(path: str, opts: RunOptions) -> Iterator[Item]:
    """The documents in one input: each record of a JSONL file, or the whole file as one."""
    label = "<stdin>" if path == "-" else path
    if opts.input_format == "jsonl" or (opts.input_format == "auto" and path != "-" and is_jsonl_path(path)):
        if path == "-":
            yield from _stdin_records(opts)
        else:
            try:
                yield from read_records(path, opts.keys)
            except (OSError, EOFError, ValueError) as err:  # unreadable or corrupt compressed file
                yield Item(label, 0, error=f"cannot read: {err}")
        return
    try:
        data = _read_stdin(opts.max_bytes) if path == "-" else _read_bytes(path, opts.max_bytes)
        text = decode(data, label, opts.max_bytes)
    except (OSError, InputError) as err:
        yield Item(label, 1, error=str(err).removeprefix(f"{label}: "))
        return
    html = opts.input_format == "html" or (opts.input_format == "auto" and looks_like_html(text))
    yield Item(label, 1, text=text, url=opts.url, html=html)


def _read_stdin(max_bytes: int | None) -> bytes:
    """Standard input as one document; no more than one byte over ``max_bytes`` is read, so a
    runaway stream is not held in memory."""
    if max_bytes is None:
        return sys.stdin.buffer.read()
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"more than {max_bytes} bytes, over --max-bytes; skipped")
    return data


def _read_bytes(path: str, max_bytes: int | None) -> bytes:
    size = os.path.getsize(path)
    if max_bytes is not None and size > max_bytes:
        raise InputError(f"{size} bytes is over --max-bytes {max_bytes}; skipped")
    with open(path, "rb") as fh:
        return fh.read()


def _stdin_records(opts: RunOptions) -> Iterator[Item]:
    """The JSON lines of standard input, as they come (gzip or zstd data is decompressed)."""
    try:
        yield from stream_records(open_binary_stream(sys.stdin.buffer), "<stdin>", opts.keys)
    except (OSError, EOFError, ValueError) as err:  # corrupt compressed data, or not UTF-8
        yield Item("<stdin>", 0, error=f"cannot read: {err}")


def build_cleaner(opts: RunOptions) -> Cleaner:
    if opts.rules_dirs:
        from clean_article_plugins.rulefiles import add_rules_dir

        for d in opts.rules_dirs:
            add_rules_dir(d)
    return Cleaner(select=list(opts.select) if opts.select else None,
                   ignore=list(opts.ignore) if opts.ignore else None)


def clean_item(cleaner: Cleaner, item: Item, opts: RunOptions) -> Outcome:
    """Clean one document; any failure becomes an error outcome, never an exception."""
    if item.error is not None:
        return Outcome(item, error=item.error)
    text = item.text or ""
    if opts.max_bytes is not None and len(text) > opts.max_bytes:
        return Outcome(item, error=f"{len(text)} characters is over --max-bytes {opts.max_bytes}; skipped")
    url = item.url or opts.url
    try:
        if item.html:
            result = cleaner.clean_html(text, url=url, site=opts.site, lang=opts.lang, options=opts.extract)
        else:
            result = cleaner.clean(text, url=url, site=opts.site, lang=opts.lang)
    except Exception as err:  # noqa: BLE001 - one bad document must not stop the batch
        return Outcome(item, error=f"{type(err).__name__}: {err}")
    return Outcome(item, result=result)


_worker_cleaner: Cleaner | None = None
_worker_opts: RunOptions | None = None


def _init_worker(opts: RunOptions) -> None:
    global _worker_cleaner, _worker_opts
    _worker_cleaner, _worker_opts = build_cleaner(opts), opts


def _work(chunk: list[Item]) -> list[tuple[Result | None, str | None]]:
    """Clean a chunk in a worker; only the results travel back (the parent still holds the items)."""
    assert _worker_cleaner is not None and _worker_opts is not None
    outcomes = [clean_item(_worker_cleaner, item, _worker_opts) for item in chunk]
    return [(outcome.result, outcome.error) for outcome in outcomes]


def _for_worker(item: Item) -> Item:
    """The item without its JSONL record: the worker needs the text only (half the pickling)."""
    return replace(item, record=None) if item.record is not None else item


CHUNK_BYTES = 256 * 1024  # documents go to a worker in chunks of about this much text...
CHUNK_DOCS = 64  # ...or this many documents, whichever comes first


def _chunks(items: Iterator[Item]) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += len(item.text or "")
        if size >= CHUNK_BYTES or len(chunk) >= CHUNK_DOCS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def run(items: Iterable[Item], opts: RunOptions, workers: int = 1) -> Iterator[Outcome]:
    """Outcomes in input order. With ``workers > 1`` documents are cleaned in worker processes,
    in chunks (see ``CHUNK_BYTES``) so the cost of passing them is spread.

    A worker that dies (killed, out of memory) breaks the pool: it is replaced and every document
    that was in flight is retried once, alone, so the one that kills a worker by itself is
    reported as an error and the others come out cleaned.
    """
    if workers <= 1:
        cleaner = build_cleaner(opts)
        for item in items:
            yield clean_item(cleaner, item, opts)
        return
    window = workers * 4  # chunks in flight
    chunks = _chunks(iter(items))
    pending: deque = deque()  # (chunk, future) in input order
    suspects: deque = deque()  # items in flight when a worker died: retried one at a time
    pool = _pool(workers, opts)
    try:
        while True:
            if suspects:
                item = suspects.popleft()
                try:
                    [(result, error)] = pool.submit(_work, [_for_worker(item)]).result()
                    yield Outcome(item, result, error)
                except BrokenProcessPool:
                    pool = _restart(pool, workers, opts)
                    yield Outcome(item, error="a worker process died cleaning this document (retried once)",
                                  attempts=2)
                continue
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, pool.submit(_work, [_for_worker(item) for item in chunk])))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                pool = _restart(pool, workers, opts)
                suspects.extend(chunk + [item for waiting, _ in pending for item in waiting])
                pending.clear()
                continue
            for item, (result, error) in zip(chunk, results):
                yield Outcome(item, result, error)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _pool(workers: int, opts: RunOptions) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(opts,))


def _restart(pool: ProcessPoolExecutor, workers: int, opts: RunOptions) -> ProcessPoolExecutor:
    pool.shutdown(wait=False, cancel_futures=True)
    return _pool(workers, opts)
