"""The document model every input format is turned into and every rule works on."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from .normalize import key_of_norm, normalize

MAX_PHRASE_WORDS = 20  # phrase rules match whole lines of at most this many words
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_VISIBLE = regex.compile(r"[^\s\u200b-\u200f\u2060\ufeff]")
_SENTENCE_END = regex.compile(r"[.!?؟。…:;؛»”\"')]\s*$")


@dataclass(frozen=True)
class Removal:
    """One removed line: its 1-based line number in the input, its text and the rule that removed it."""

    line: int
    text: str
    rule: str

    def as_dict(self) -> dict:
        return {"line": self.line, "text": self.text, "rule": self.rule}


@dataclass
class Line:
    """A non-blank input line; its matching keys are computed on first use, once."""

    number: int  # 1-based line number in the input
    text: str
    removed_by: str | None = None

    @cached_property
    def words(self) -> int:
        return len(_WORD.findall(self.text))

    @cached_property
    def norm(self) -> str:
        """The line folded for matching (see ``cleaner.normalize.normalize``)."""
        return normalize(self.text)

    @cached_property
    def key(self) -> str:
        """The folded line without punctuation: what phrase rules compare."""
        return key_of_norm(self.norm)

    def key_in(self, keys: frozenset[str]) -> bool:
        """Whether the line's key is one of ``keys`` (phrase sets); long lines are never folded."""
        return self.words <= MAX_PHRASE_WORDS and self.key in keys

    @cached_property
    def is_prose(self) -> bool:
        """A sentence-like paragraph: many words ending in sentence punctuation, or very long."""
        return self.words >= 25 or (self.words >= 10 and bool(_SENTENCE_END.search(self.text)))


class Document:
    """An article as lines: the shape text, HTML (after extraction) and JSONL input all become.

    Rules see only ``lines`` (the non-blank ones) and mark them with ``remove``; the separators
    between lines are kept so the output keeps the input's paragraph layout.
    """

    def __init__(self, text: str, url: str | None = None, site: str | None = None,
                 lang: str | None = None) -> None:
        self.url = url
        self.site = site
        self.lang = lang
        self.site_info = None  # the detected Site, set by the engine
        raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.lines: list[Line] = []
        # blank (or invisible-only) lines before each content line, kept verbatim in the output
        self._separators: list[list[str]] = []
        pending: list[str] = []
        for number, value in enumerate(raw, start=1):
            if _VISIBLE.search(value):
                self.lines.append(Line(number, value))
                self._separators.append(pending)
                pending = []
            else:
                pending.append(value)
        self.head_end, self.tail_start = self._blocks()
        self._kept: list[int] | None = None

    def _blocks(self) -> tuple[int, int]:
        """Index bounds of the head block (before the first prose line) and the tail block."""
        prose = [i for i, line in enumerate(self.lines) if line.is_prose]
        if not prose:
            return min(len(self.lines), 8), max(0, len(self.lines) - 8)
        return min(prose[0], 12), prose[-1] + 1

    def in_head(self, index: int) -> bool:
        return index < self.head_end

    def in_tail(self, index: int) -> bool:
        return index >= self.tail_start

    def kept(self) -> list[int]:
        """Indexes of the lines no rule has removed yet (a fresh list; cached until a removal)."""
        if self._kept is None:
            self._kept = [i for i, line in enumerate(self.lines) if line.removed_by is None]
        return list(self._kept)

    def remove(self, index: int, rule: str) -> None:
        """Mark line ``index`` removed by ``rule`` (the first rule to remove a line keeps it)."""
        line = self.lines[index]
        if line.removed_by is None:
            line.removed_by = rule
            self._kept = None

    def restore(self) -> None:
        """Undo every removal (a document passed through uncleaned)."""
        for line in self.lines:
            line.removed_by = None
        self._kept = None

    def removals(self) -> list[Removal]:
        return [Removal(l.number, l.text, l.removed_by) for l in self.lines if l.removed_by]

    def text(self) -> str:
        """The kept lines with the input's separators between them, newline-terminated."""
        out: list[str] = []
        for i, line in enumerate(self.lines):
            if line.removed_by is not None:
                continue
            if out:
                out.extend(self._separators[i])
            out.append(line.text)
        return "\n".join(out) + "\n" if out else ""
