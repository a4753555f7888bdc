"""A reusable shape for the GEN03x rules: remove a short line whose folded key contains a phrase.

A line of ``LONG`` words or more is a paragraph: these rules look at it only in the head or tail
block or as the first or last paragraph, where publishers put their notices. Searching every line
for dozens of phrases is slow, so each rule names anchor words (one word of each phrase, as
written and with accents folded) and only lines that have one are folded and searched; a
document's lines are split into words once for all these rules.
"""

import re
from typing import ClassVar
from weakref import WeakKeyDictionary

import regex

from cleaner.normalize import phrase_key, quick_fold
from cleaner.rules import Rule, alternation

_WORD = re.compile(r"\w+")
_ARABIC = re.compile("[\u0600-\u06ff]")
_MAX_WORDS = 60  # no rule of this shape looks at longer lines
LONG = 25  # a line of this many words or more is looked at only at the edges (see anchored_lines)
_ALL_ANCHORS: set[str] = set()  # every rule's anchors: a line with none is no rule's candidate
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
        before_tail = [i for i in doc.kept() if i < doc.tail_start]
        last = before_tail[-1] if before_tail else -1  # the last paragraph
        found = {}
        for i, line in enumerate(doc.lines):
            if line.at_most(LONG - 1) or (line.at_most(_MAX_WORDS) and (i <= doc.head_end or i >= last)):
                words = line_words(line.text)
                if not words.isdisjoint(_ALL_ANCHORS):
                    found[i] = words
        cached = _CANDIDATES[doc] = (bounds, found)
    return cached[1]


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
