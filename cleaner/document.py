"""The document model every input format is turned into and every rule works on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import key_of_norm, normalize

MAX_PHRASE_WORDS = 20  # phrase rules match whole lines of at most this many words
# White_Space characters and invisible format characters: a line of only these is blank.
_BLANK = ("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
          "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
          "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff")
_SENTENCE_END = frozenset(".!?؟。…:;؛»”\"')")
_WORD = re.compile(r"[^\W_]+")  # a run of str.isalnum characters
_EDGE_PUNCTUATION = ".,;:!?\"'()[]«»“”‘’،؛؟-–—…/"


@dataclass(frozen=True)
class Removal:
    """One removed line: its 1-based line number in the input, its text and the rule that removed it."""

    line: int
    text: str
    rule: str

    def as_dict(self) -> dict:
        return {"line": self.line, "text": self.text, "rule": self.rule}


class Line:
    """A non-blank input line. Its word count is computed up front; the folded forms rules match
    on (``norm``, ``key``) on first use, so long prose lines are never folded at all."""

    __slots__ = ("number", "text", "removed_by", "words", "is_prose", "_norm", "_key")

    def __init__(self, number: int, text: str) -> None:
        self.number = number  # 1-based line number in the input
        self.text = text
        self.removed_by: str | None = None
        self.words = count_words(text)
        # A sentence-like paragraph: many words ending in sentence punctuation, or very long.
        self.is_prose = self.words >= 25 or (self.words >= 10 and text.rstrip()[-1:] in _SENTENCE_END)
        self._norm: str | None = None
        self._key: str | None = None

    @property
    def norm(self) -> str:
        """The line folded for matching (see ``cleaner.normalize.normalize``)."""
        if self._norm is None:
            self._norm = normalize(self.text)
        return self._norm

    @property
    def key(self) -> str:
        """The folded line without punctuation: what phrase rules compare."""
        if self._key is None:
            self._key = key_of_norm(self.norm)
        return self._key

    def key_in(self, keys: frozenset[str]) -> bool:
        """Whether the line's key is one of ``keys`` (phrase sets); long lines are never folded."""
        return self.words <= MAX_PHRASE_WORDS and self.key in keys

    def __repr__(self) -> str:
        return f"Line({self.number}, {self.text!r}, removed_by={self.removed_by!r})"


def count_words(text: str) -> int:
    """Runs of letters and digits (``str.isalnum``) in ``text``; a whitespace token that is one
    such run, maybe with punctuation around it, is counted without a regex (the common case)."""
    n = 0
    for token in text.split():
        if token.isalnum() or token.strip(_EDGE_PUNCTUATION).isalnum():
            n += 1
        else:
            n += len(_WORD.findall(token))
    return n


class Document:
    """An article as lines: the shape text, HTML (after extraction) and JSONL input all become.

    Rules see only ``lines`` (the non-blank ones) and mark them with ``remove``; the separators
    between lines are kept so the output keeps the input's paragraph layout.
    """

    # The page's headlines (<title>, og:title, its first <h1>) and the subtitles of its article
    # header (h2/h3 in the <header> with the <h1>), set in HTML mode.
    titles: tuple[str, ...] = ()
    subtitles: tuple[str, ...] = ()

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
            if value.strip(_BLANK):
                self.lines.append(Line(number, value))
                self._separators.append(pending)
                pending = []
            else:
                pending.append(value)
        self._kept: list[int] | None = None
        self.head_end, self.tail_start = self._blocks()

    def _blocks(self) -> tuple[int, int]:
        """Index bounds of the head block (the kept lines before the first kept prose line, at
        most 12) and the tail block (the kept lines after the last prose line); without prose,
        the first and the last 8 kept lines."""
        kept = self.kept()
        prose = [n for n, i in enumerate(kept) if self.lines[i].is_prose]
        if prose:
            head, tail = min(prose[0], 12), prose[-1] + 1
        else:
            head, tail = min(len(kept), 8), max(0, len(kept) - 8)
        end = len(self.lines)
        return (kept[head] if head < len(kept) else end), (kept[tail] if tail < len(kept) else end)

    def update_blocks(self) -> bool:
        """Recompute the head and tail blocks over the kept lines; True if they moved.

        The engine does this between passes, so the blocks are what they will be when the clean
        text is cleaned again: that is what makes cleaning idempotent.
        """
        bounds = self._blocks()
        moved = bounds != (self.head_end, self.tail_start)
        self.head_end, self.tail_start = bounds
        return moved

    def in_head(self, index: int) -> bool:
        return index < self.head_end

    def in_tail(self, index: int) -> bool:
        return index >= self.tail_start

    def in_scope(self, index: int, scope: str) -> bool:
        """Whether line ``index`` is in ``scope``: "any", "head", "tail" or "edges" (head or tail)."""
        if scope == "head":
            return index < self.head_end
        if scope == "tail":
            return index >= self.tail_start
        if scope == "edges":
            return index < self.head_end or index >= self.tail_start
        return True

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
