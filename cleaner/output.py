"""Writing outcomes: clean text, JSON/JSONL records, the --explain view, errors and the summary."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from typing import IO

from .decode import looks_like_html
from .records import Keys, output_record
from .runner import Outcome

_RED, _GREEN, _DIM, _RESET = "\x1b[31m", "\x1b[32m", "\x1b[2m", "\x1b[0m"


def write_outcome(out: IO[str], outcome: Outcome, fmt: str, keys: Keys, keep_text: bool,
                  label_only: bool) -> None:
    """Write one cleaned document in ``fmt`` ("text", "json"/"jsonl" or "explain")."""
    result, item = outcome.result, outcome.item
    assert result is not None
    if fmt == "text":
        _write_text(out, result.text)
    elif fmt == "explain":
        _write_text(out, explain(outcome, color=out.isatty()))
    elif item.record is not None:
        _write_json(out, output_record(item, result, keys, keep_text, label_only))
    else:
        record = {"source": item.source}
        if keep_text or label_only:
            record["text_original"] = item.text
        record.update(result.as_dict())
        if label_only:  # (of HTML, the text extracted from it: the spans are in that)
            from .records import label_spans

            record["text"] = result.rules_ran_on(item.text or "")
            record["spans"] = label_spans(record["text"], result.removals)
        _write_json(out, record)


# Lone surrogates come from "\ud800"-style escapes in JSON input; UTF-8 cannot encode them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _write_json(out: IO[str], record: dict) -> None:
    """One JSON line; a record holding a lone surrogate is written with JSON's ASCII escapes,
    which keep it exactly."""
    line = json.dumps(record, ensure_ascii=False) + "\n"
    try:
        out.write(line)
    except UnicodeEncodeError:  # (the stream writes nothing of a line it cannot encode)
        out.write(json.dumps(record) + "\n")


def _write_text(out: IO[str], text: str) -> None:
    """Text as it is; a lone surrogate, which plain text cannot hold, as U+FFFD."""
    try:
        out.write(text)
    except UnicodeEncodeError:
        out.write(_SURROGATE.sub("\ufffd", text))


def explain(outcome: Outcome, color: bool = False) -> str:
    """Each input line marked kept (``  ok``) or removed (its rule code), one document."""
    result = outcome.result
    assert result is not None
    removed = {r.line: r.rule for r in result.removals}
    text = result.rules_ran_on(outcome.item.text or "")
    lines = [f"== {outcome.where} (site: {result.site or '-'}, {len(removed)} lines removed)"]
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        if not line.strip():
            continue
        code = removed.get(number)
        if code is None:
            mark = f"{_GREEN}  ok  {_RESET}" if color else "  ok  "
        else:
            mark = f"{_RED}{code}{_RESET}" if color else code
            line = f"{_DIM}{line}{_RESET}" if color else line
        lines.append(f"{number:4d} {mark} {line}")
    return "\n".join(lines) + "\n"


class Summary:
    """Counts for the end-of-run line: documents, failures, removed lines by rule code; and the
    files already looked at for ``warn_if_html``, which speaks once per file in a run."""

    def __init__(self) -> None:
        self.documents = 0
        self.failed = 0
        self.flagged = 0
        self.no_text = 0  # documents cleaned to no text at all (a page extraction found nothing in)
        self.removed: Counter = Counter()
        self._html_checked: set[str] = set()  # JSONL sources told (or found clear) about HTML text

    def warn_if_html(self, outcome: Outcome, html_field: bool) -> None:
        """Tell, once per JSONL file, that its records' text looks like HTML pages while
        ``--html-field`` is not given: they are cleaned as text, markup and all. Only a file's
        first cleaned record is looked at."""
        item = outcome.item
        if html_field or item.record is None or item.source in self._html_checked:
            return
        self._html_checked.add(item.source)
        if looks_like_html(item.text or ""):
            print(f"clean-article: {outcome.where}: the text looks like an HTML page and is cleaned as text; "
                  "with --html-field it is extracted first", file=sys.stderr)

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        if outcome.error is not None:
            self.failed += 1
            return
        assert outcome.result is not None
        self.flagged += bool(getattr(outcome.result, "flagged", False))
        self.no_text += not outcome.result.text.strip()
        self.removed.update(r.rule for r in outcome.result.removals)

    def line(self) -> str:
        rules = ", ".join(f"{code} {n}" for code, n in sorted(self.removed.items())) or "none"
        notes = f", {self.flagged} passed through uncleaned" if self.flagged else ""
        if self.no_text:
            notes += f", {self.no_text} with no article text left"
        return (f"clean-article: {self.documents} documents, {self.failed} failed{notes}; "
                f"{sum(self.removed.values())} lines removed ({rules})")


def error_entry(outcome: Outcome) -> dict:
    return {"source": outcome.item.source, "record": outcome.item.number, "error": outcome.error}


def report_error(outcome: Outcome, errors: IO[str] | None) -> None:
    print(f"clean-article: {outcome.item.source}:{outcome.item.number}: {outcome.error}", file=sys.stderr)
    if errors is not None:
        errors.write(json.dumps(error_entry(outcome), ensure_ascii=False) + "\n")
        errors.flush()
