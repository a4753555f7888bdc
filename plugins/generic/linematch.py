"""A reusable shape for the GEN03x rules: remove a short line whose folded key contains a phrase.

A line of ``LONG`` words or more is a paragraph: these rules look at it only in the head or tail
block or as the first or last paragraph, where publishers put their notices. Searching every line
for dozens of phrases is slow, so each rule names anchor words (one word of each phrase, as
written and with accents folded) and only lines that have one are folded and searched; a
document's lines are split into words once for all these rules.
"""

import re
from bisect import bisect_left
from itertools import filterfalse
from typing import ClassVar
from weakref import WeakKeyDictionary

import regex

from cleaner.normalize import phrase_key, quick_fold
from cleaner.rules import Rule, alternation

_WORD = re.compile(r"\w+")
_ARABIC = re.compile("[\u0600-\u06ff]")
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff")  # quick_fold drops them
_MAX_WORDS = 60  # no rule of this shape looks at longer lines
LONG = 25  # a line of this many words or more is looked at only at the edges (see anchored_lines)
_ALL_ANCHORS: set[str] = set()  # every rule's anchors: a line with none is no rule's candidate
_ASCII_ANCHORS: set[bytes] = set()  # the ASCII ones, encoded
# A byte table for ASCII text: letters lowercased, digits, "_" and newlines kept, everything else a space.
_ASCII_WORD_BYTES = bytes(b if chr(b).isalnum() and b < 128 or chr(b) in "_\n" else 0x20
                          for b in bytes(range(256)).lower())
# The same with the bytes of other characters kept (the text is casefolded first).
_ASCII_WORD_OR_OTHER_BYTES = _ASCII_WORD_BYTES[:128] + bytes(range(128, 256))
_BELOW_LEAD_BYTE = bytes(range(0xC0))  # deleting these leaves only UTF-8 lead bytes of other characters
_NOT_ARABIC_LEAD_BYTE = bytes(b for b in range(256) if not 0xD8 <= b <= 0xDB)  # U+0600-U+06FF: D8-DB xx
# per document: the head/tail bounds they were found for, and line index -> words of each line that
# has an anchor
_CANDIDATES: "WeakKeyDictionary[object, tuple[tuple[int, int], dict[int, frozenset[str]]]]" = WeakKeyDictionary()


def line_words(text: str) -> frozenset[str]:
    """The words of ``text``, casefolded (Arabic letter variants unified when it has Arabic)."""
    arabic = not text.isascii() and _ARABIC.search(text)
    return frozenset(_WORD.findall(quick_fold(text) if arabic else text.casefold()))


def first_word(text: str) -> str:
    """The first word of ``text`` folded as in a line's key (casefolded, no accents), cheaply."""
    match = _WORD.search(text, 0, 60)
    if not match:
        return ""
    word = match.group().casefold()
    return word if word.isascii() else phrase_key(word)


def anchored_lines(doc) -> dict[int, frozenset[str]]:
    """The document's lines that have an anchor of some rule, with their words: short lines
    anywhere, lines of ``LONG`` to ``_MAX_WORDS`` words only up to the first paragraph or from the
    last one on (the head and tail blocks and the paragraphs that bound them)."""
    bounds = (doc.head_end, doc.tail_start)
    cached = _CANDIDATES.get(doc)
    if cached is None or cached[0] != bounds:
        cached = _CANDIDATES[doc] = (bounds, _find_anchored(doc))
    return cached[1]


def _find_anchored(doc) -> dict[int, frozenset[str]]:
    """``anchored_lines`` computed. The eligible lines are first searched as one text for the
    anchors it has as words (in most documents none or a few); only the lines that have one of
    those are split into words one by one."""
    kept = doc.kept()
    n = bisect_left(kept, doc.tail_start)
    last = kept[n - 1] if n else -1  # the last paragraph
    head_end, lines = doc.head_end, doc.lines
    eligible = [i for i in doc.short(_MAX_WORDS) if i <= head_end or i >= last or lines[i].words < LONG]
    texts = [lines[i].text for i in eligible]
    joined = "\n".join(texts)
    data = joined.encode("utf-8").replace(b"\xe2\x80", b"  ")  # U+2000-U+203F (E2 80 xx): no words
    if joined.isascii() or not data.translate(None, _BELOW_LEAD_BYTE):
        found = _anchored_ascii(texts, data)
    else:
        found = _anchored_other(texts, joined, data)
    return {eligible[n]: found[n] for n in sorted(found)}


def _anchored_ascii(texts: list[str], data: bytes) -> dict[int, frozenset[str]]:
    """``texts`` (by position) that have an anchor, with their words, when ``data``, their UTF-8
    joined by newlines with general punctuation as spaces, is ASCII: its words are the runs of
    ASCII letters, digits and "_", lowercased (which is casefolding them) by one byte table.
    With a space around every line, " word " finds a word and the newlines before it its line."""
    folded = b" " + data.translate(_ASCII_WORD_BYTES).replace(b"\n", b" \n ") + b" "
    found = {}
    for anchor in _ASCII_ANCHORS.intersection(folded.split()):
        needle = b" " + anchor + b" "
        at = folded.find(needle)
        while at != -1:
            n = folded.count(b"\n", 0, at)
            if n not in found:
                found[n] = line_words(texts[n])
            at = folded.find(needle, at + 1)
    return found


def _anchored_other(texts: list[str], joined: str, data: bytes) -> dict[int, frozenset[str]]:
    """``_anchored_ascii`` for other text (``joined`` is ``texts`` joined by newlines)."""
    if data.translate(None, _NOT_ARABIC_LEAD_BYTE):
        # As in line_words, a line with Arabic is folded by quick_fold, the others casefolded:
        # quick_fold does that too unless they have the invisible characters it drops.
        if any(char in joined for char in _INVISIBLE):
            joined = "\n".join([quick_fold(text) if not text.isascii() and _ARABIC.search(text)
                                 else text.casefold() for text in texts])
        else:
            joined = quick_fold(joined)
    else:
        joined = joined.casefold()
    # The runs of ASCII letters, digits, "_" and of other characters: an ASCII one is a word, the
    # others are split by the regex.
    tokens = set(joined.encode("utf-8").translate(_ASCII_WORD_OR_OTHER_BYTES).split())
    other = list(filterfalse(bytes.isascii, tokens))
    present = {anchor.decode() for anchor in _ASCII_ANCHORS.intersection(tokens)}
    if other:
        present.update(_ALL_ANCHORS.intersection(_WORD.findall(b" ".join(other).decode("utf-8"))))
    # The lines that hold one as a substring are split into words.
    found, searched = {}, set()
    for anchor in present:
        at = joined.find(anchor)
        while at != -1:
            n = joined.count("\n", 0, at)
            end = _line_end(joined, at)
            if n not in searched:
                searched.add(n)
                words = frozenset(_WORD.findall(joined, joined.rfind("\n", 0, at) + 1, end))
                if not words.isdisjoint(present):
                    found[n] = words
            at = joined.find(anchor, end)
    return found


def _line_end(text: str, at: int) -> int:
    """The end of the line of ``text`` that position ``at`` is in."""
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def anchor_words(phrases) -> frozenset[str]:
    """One word per phrase that a matching line contains, as written and folded: its longest."""
    anchors = set()
    for phrase in phrases:
        written = _WORD.findall(quick_fold(phrase))
        keys = phrase_key(phrase).split()
        if len(written) != len(keys):  # folding split or joined a word: the folded form only
            written = keys
        n = max(range(len(keys)), key=lambda k: len(keys[k]))
        anchors.update((written[n], keys[n]))
    return frozenset(anchors)


class PhraseInLineRule(Rule):
    """Base: remove a line of at most ``max_words`` words (of ``LONG`` words or more: only in the
    head or tail block or as the first or last paragraph), in ``scope``, whose key (folded, no
    punctuation) contains one of ``phrases`` as whole words. A subclass with a hand-written
    ``pattern`` sets ``anchors`` itself (words one of which every match contains)."""

    phrases: ClassVar[list[str]] = []
    pattern: ClassVar[regex.Pattern]
    anchors: ClassVar[frozenset[str]] = frozenset()
    max_words: ClassVar[int] = 40
    scope: ClassVar[str] = "any"
    local = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.phrases:
            cls.pattern = alternation(cls.phrases, anchored=False, whole_words=True)
            cls.anchors = cls.anchors | anchor_words(cls.phrases)
        assert cls.max_words <= _MAX_WORDS, cls
        _ALL_ANCHORS.update(cls.anchors)
        _ASCII_ANCHORS.update(anchor.encode() for anchor in cls.anchors if anchor.isascii())

    def candidates(self, doc):
        """The kept short lines in scope that have an anchor word: the ones worth searching."""
        for i, words in anchored_lines(doc).items():
            line = doc.lines[i]
            if line.removed_by is None and line.at_most(self.max_words) and doc.in_scope(i, self.scope) \
                    and not self.anchors.isdisjoint(words):
                yield i

    def apply(self, doc):
        for i in self.candidates(doc):
            if self.pattern.search(doc.lines[i].key):
                doc.remove(i, self.code)
