"""A reusable shape for the GEN03x rules: remove a short line whose folded key contains a phrase.

Searching every short line for dozens of phrases is slow, so each rule names anchor words (one
word of each phrase, as written and with accents folded) and only lines that have one are folded
and searched. A document's lines are split into words once for all these rules.
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
_ALL_ANCHORS: set[str] = set()  # every rule's anchors: a line with none is no rule's candidate
# per document: line index -> the words of each line that has an anchor
_CANDIDATES: "WeakKeyDictionary[object, dict[int, frozenset[str]]]" = WeakKeyDictionary()


def line_words(text: str) -> frozenset[str]:
    """The words of ``text``, casefolded (Arabic letter variants unified when it has Arabic)."""
    arabic = not text.isascii() and _ARABIC.search(text)
    return frozenset(_WORD.findall(quick_fold(text) if arabic else text.casefold()))


def anchored_lines(doc) -> dict[int, frozenset[str]]:
    """The document's short lines that have an anchor of some rule, with their words."""
    found = _CANDIDATES.get(doc)
    if found is None:
        found = {}
        for i, line in enumerate(doc.lines):
            if line.words <= _MAX_WORDS:
                words = line_words(line.text)
                if not words.isdisjoint(_ALL_ANCHORS):
                    found[i] = words
        _CANDIDATES[doc] = found
    return found


def anchor_words(phrases) -> frozenset[str]:
    """One word per phrase that a matching line contains, as written and folded: the longest word
    but the last (a phrase matches at a word start, so its last word may begin a longer word)."""
    anchors = set()
    for phrase in phrases:
        written = _WORD.findall(quick_fold(phrase))
        keys = phrase_key(phrase).split()
        if len(written) != len(keys):  # folding split or joined a word: the folded form only
            written = keys
        n = max(range(len(keys) - 1 or 1), key=lambda k: len(keys[k]))
        anchors.update((written[n], keys[n]))
    return frozenset(anchors)


class PhraseInLineRule(Rule):
    """Base: remove a line of at most ``max_words`` words, in ``scope``, whose key (folded, no
    punctuation) contains one of ``phrases`` at a word start. A subclass with a hand-written
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
            cls.pattern = alternation(cls.phrases, anchored=False)
            cls.anchors = cls.anchors | anchor_words(cls.phrases)
        assert cls.max_words <= _MAX_WORDS, cls
        _ALL_ANCHORS.update(cls.anchors)

    def candidates(self, doc):
        """The kept short lines in scope that have an anchor word: the ones worth searching."""
        for i, words in anchored_lines(doc).items():
            line = doc.lines[i]
            if line.removed_by is None and line.words <= self.max_words and doc.in_scope(i, self.scope) \
                    and not self.anchors.isdisjoint(words):
                yield i

    def apply(self, doc):
        for i in self.candidates(doc):
            if self.pattern.search(doc.lines[i].key):
                doc.remove(i, self.code)
