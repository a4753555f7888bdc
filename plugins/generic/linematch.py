"""A reusable shape for the GEN03x rules: remove a short line whose folded key contains a phrase.

A line of ``LONG`` words or more is a paragraph: these rules look at it only in the head or tail
block or as the first or last paragraph, where publishers put their notices. Searching every line
for dozens of phrases is slow, so each rule names anchor words (one word of each phrase, as
written and with accents folded) and only lines that have one are folded and searched; the lines
with an anchor are found once per document for all these rules.
"""

import re
from bisect import bisect_left, bisect_right
from itertools import filterfalse
from typing import ClassVar

import regex

from cleaner.normalize import phrase_key, punctuated_ascii, quick_fold
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
_NOT_ARABIC_LEAD_BYTE = bytes(b for b in range(256) if not 0xD8 <= b <= 0xDB)  # U+0600-U+06FF: D8-DB xx
_CANDIDATES = __name__ + ".anchored"  # Document.memo's key for the document's _Anchored


def first_word(text: str) -> str:
    """The first word of ``text`` folded as in a line's key (casefolded, no accents), cheaply."""
    match = _WORD.search(text, 0, 60)
    if not match:
        return ""
    word = match.group().casefold()
    return word if word.isascii() else phrase_key(word)


def anchored_lines(doc) -> dict[int, frozenset[str]]:
    """The document's lines that have an anchor of some rule among their words, with those
    anchors: short lines anywhere, lines of ``LONG`` to ``_MAX_WORDS`` words only up to the first
    paragraph or from the last one on (the head and tail blocks and the paragraphs that bound
    them). A line's words are the ``\\w+`` runs of its text casefolded (folded by ``quick_fold``
    when it has Arabic)."""
    bounds = (doc.head_end, doc.tail_start)
    cached = doc.memo.get(_CANDIDATES)
    if cached is None:
        cached = doc.memo[_CANDIDATES] = _Anchored()
    if cached.bounds != bounds:
        # When the blocks move, only the lines not searched yet are (a line's anchors stay).
        eligible = _eligible(doc)
        new = [i for i in eligible if i not in cached.searched]
        if new:
            cached.anchors.update(_find_anchors(doc, new))
            cached.searched.update(new)
        cached.found = {i: cached.anchors[i] for i in eligible if i in cached.anchors}
        cached.bounds = bounds
    return cached.found


class _Anchored:
    """A document's ``anchored_lines`` for the bounds of its blocks, and the anchors of every
    line searched so far."""

    __slots__ = ("bounds", "found", "searched", "anchors")

    def __init__(self) -> None:
        self.bounds: tuple[int, int] | None = None
        self.found: dict[int, frozenset[str]] = {}
        self.searched: set[int] = set()
        self.anchors: dict[int, frozenset[str]] = {}  # of the searched lines that have one


def _find_anchors(doc, indexes: list[int]) -> dict[int, frozenset[str]]:
    """The lines of ``indexes`` that have an anchor, with their anchors: they are folded and
    searched as one text."""
    texts = [doc.lines[i].text for i in indexes]
    joined = "\n".join(texts)
    data = punctuated_ascii(joined)  # (general punctuation becomes spaces in _anchored_ascii)
    if data is not None:
        found = _anchored_ascii(data)
    else:
        found = _anchored_other(texts, joined, joined.encode("utf-8", "surrogatepass"))
    return {indexes[n]: frozenset(anchors) for n, anchors in found.items()}


def _eligible(doc) -> list[int]:
    """The kept lines of up to _MAX_WORDS words up to the first paragraph and from the last one,
    and of fewer than LONG words between them."""
    kept, lines = doc.kept(), doc.lines
    n = bisect_left(kept, doc.tail_start)
    last = kept[n - 1] if n else -1  # the last paragraph
    head = bisect_right(kept, doc.head_end)
    tail = max(head, bisect_left(kept, last))
    short = doc.short(LONG - 1)
    return ([i for i in kept[:head] if lines[i].at_most(_MAX_WORDS)]
            + short[bisect_right(short, doc.head_end):bisect_left(short, last)]
            + [i for i in kept[tail:] if lines[i].at_most(_MAX_WORDS)])


def _anchored_ascii(data: bytes) -> dict[int, set[str]]:
    """The anchors each line (by position) of ``data`` has, the lines' UTF-8 joined by newlines
    with general punctuation as spaces, when that is ASCII: its words are the runs of ASCII
    letters, digits and "_", lowercased (which is casefolding them) by one byte table. With a
    space around every line, " anchor " finds an anchor and the newlines before it its line."""
    folded = b" " + data.translate(_ASCII_WORD_BYTES).replace(b"\n", b" \n ") + b" "
    found: dict[int, set[str]] = {}
    for anchor in _ASCII_ANCHORS.intersection(folded.split()):
        needle, word = b" " + anchor + b" ", anchor.decode()
        at, line, counted = folded.find(needle), 0, 0  # newlines are counted on from the last find
        while at != -1:
            line += folded.count(b"\n", counted, at)
            counted = at
            found.setdefault(line, set()).add(word)
            at = folded.find(needle, at + 1)
    return found


def _anchored_other(texts: list[str], joined: str, data: bytes) -> dict[int, set[str]]:
    """``_anchored_ascii`` for other ``texts`` (``joined`` by newlines, ``data`` as there)."""
    if data.translate(None, _NOT_ARABIC_LEAD_BYTE):
        # A line with Arabic is folded by quick_fold, the others casefolded: quick_fold does that
        # too unless they have the invisible characters it drops.
        if any(char in joined for char in _INVISIBLE):
            joined = "\n".join([quick_fold(text) if not text.isascii() and _ARABIC.search(text)
                                 else text.casefold() for text in texts])
        else:
            joined = quick_fold(joined)
    else:
        joined = joined.casefold()
    present = _anchor_words_of(joined)
    # Where each is a whole word: no word character on either side.
    found: dict[int, set[str]] = {}
    for anchor in present:
        at, line, counted = joined.find(anchor), 0, 0  # newlines are counted on from the last find
        while at != -1:
            end = at + len(anchor)
            if not (at and _is_word_char(joined[at - 1]) or end < len(joined) and _is_word_char(joined[end])):
                line += joined.count("\n", counted, at)
                counted = at
                found.setdefault(line, set()).add(anchor)
            at = joined.find(anchor, at + 1)
    return found


def _anchor_words_of(text: str) -> set[str]:
    """The anchors that are words of ``text`` (folded). A whitespace token of letters and digits
    is a word, the regex splits the others; in mostly Latin text, the runs of ASCII letters,
    digits and "_" between ASCII punctuation are words first, found on the bytes."""
    if len(text) * 5 > len(data := text.encode("utf-8", "surrogatepass")) * 4:  # under a quarter of non-ASCII bytes
        tokens = set(data.translate(_ASCII_WORD_OR_OTHER_BYTES).split())
        present = {anchor.decode() for anchor in _ASCII_ANCHORS.intersection(tokens)}
        tokens = set(b" ".join(filterfalse(bytes.isascii, tokens)).decode("utf-8", "surrogatepass").split())
    else:
        tokens, present = set(text.split()), set()
    present.update(_ALL_ANCHORS.intersection(tokens))
    odd = list(filterfalse(str.isalnum, tokens))
    if odd:
        present.update(_ALL_ANCHORS.intersection(_WORD.findall(" ".join(odd))))
    return present


def _is_word_char(char: str) -> bool:
    """Whether ``_WORD`` matches ``char``."""
    return char.isalnum() or char == "_"


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
        # An anchor is one word: what is not could never be one of a line's words.
        words = [anchor for anchor in cls.anchors if _WORD.fullmatch(anchor)]
        _ALL_ANCHORS.update(words)
        _ASCII_ANCHORS.update(anchor.encode() for anchor in words if anchor.isascii())

    def candidates(self, doc):
        """The kept short lines in scope that have an anchor word: the ones worth searching."""
        for i, anchors in anchored_lines(doc).items():
            line = doc.lines[i]
            if line.removed_by is None and line.at_most(self.max_words) and doc.in_scope(i, self.scope) \
                    and not self.anchors.isdisjoint(anchors):
                yield i

    def apply(self, doc):
        for i in self.candidates(doc):
            if self.pattern.search(doc.lines[i].key):
                doc.remove(i, self.code)
