"""A reusable shape for the GEN03x rules: remove a short line whose folded key contains a phrase.

A line of ``LONG`` words or more is a paragraph: these rules look at it only in the head or tail
block or as the first or last paragraph, where publishers put their notices. Searching every line
for dozens of phrases is slow, so each rule names anchor words (one word of each phrase, folded as
keys are) and only lines whose keys have one are searched; the lines with an anchor are found once
per document for all these rules.
"""

import re
from bisect import bisect_left, bisect_right
from typing import ClassVar

import ahocorasick
import regex

from cleaner.normalize import phrase_key
from cleaner.rules import Rule, alternation, phrase_set

from .speech import is_reported_speech, quoted_passages

_WORD = re.compile(r"\w+")
_MAX_WORDS = 60  # no rule of this shape looks at longer lines
LONG = 25  # a line of this many words or more is looked at only at the edges (see anchored_lines)
_ALL_ANCHORS: set[str] = set()  # every rule's anchors: a line whose key has none is no rule's candidate
_CANDIDATES = __name__ + ".anchored"  # Document.memo's key for the document's _Anchored


def first_word(text: str) -> str:
    """The first word of ``text`` folded as in a line's key (casefolded, no accents), cheaply."""
    match = _WORD.search(text, 0, 60)
    if not match:
        return ""
    word = match.group().casefold()
    return word if word.isascii() else phrase_key(word)


def anchored_lines(doc) -> dict[int, set[str]]:
    """The document's lines that have an anchor of some rule among the words of their key, with
    those anchors: short lines anywhere, lines of ``LONG`` to ``_MAX_WORDS`` words only up to the
    first paragraph or from the last one on (the head and tail blocks and the paragraphs that
    bound them). Most of their keys are at hand: the key index has made them."""
    bounds = (doc.head_end, doc.tail_start)
    cached = doc.memo.get(_CANDIDATES)
    if cached is None:
        cached = doc.memo[_CANDIDATES] = _Anchored()
    if cached.bounds != bounds:
        # When the blocks move, only the lines not searched yet are (a line's anchors stay).
        eligible = _eligible(doc)
        new = [i for i in eligible if i not in cached.searched]
        if new:
            lines, anchors = doc.lines, cached.anchors
            for i in new:
                words = lines[i].key.split()
                if not _ALL_ANCHORS.isdisjoint(words):  # (most lines: no set is made)
                    anchors[i] = _ALL_ANCHORS.intersection(words)
            cached.searched.update(new)
        cached.found = {i: cached.anchors[i] for i in eligible if i in cached.anchors}
        cached.held = set().union(*cached.found.values())
        cached.bounds = bounds
    return cached.found


class _Anchored:
    """A document's ``anchored_lines`` for the bounds of its blocks, and the anchors of every
    line searched so far."""

    __slots__ = ("bounds", "found", "held", "searched", "anchors")

    def __init__(self) -> None:
        self.bounds: tuple[int, int] | None = None
        self.found: dict[int, set[str]] = {}
        self.held: set[str] = set()  # the anchors of the found lines, all together
        self.searched: set[int] = set()
        self.anchors: dict[int, set[str]] = {}  # of the searched lines that have one


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


def anchor_words(phrases) -> frozenset[str]:
    """One word per phrase that the key of a matching line contains: the longest of its key."""
    return frozenset(max(phrase_key(phrase).split(), key=len) for phrase in phrases)


def _automaton(phrases) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of ``phrases`` folded as keys are, each with a space on either
    side: a key is runs of letters and digits between single spaces, so a phrase is in it as whole
    words where it is in it with a space (or the key's edge) on each side."""
    automaton = ahocorasick.Automaton()
    for key in phrase_set(phrases):
        automaton.add_word(f" {key} ", key)
    automaton.make_automaton()
    return automaton


def _in_key(automaton: ahocorasick.Automaton, key: str) -> bool:
    return next(automaton.iter(f" {key} "), None) is not None


class PhraseInLineRule(Rule):
    """Base: remove a line of at most ``max_words`` words (of ``LONG`` words or more: only in the
    head or tail block or as the first or last paragraph), in ``scope``, whose key (folded, no
    punctuation) contains one of ``phrases`` as whole words, or one of ``loose_phrases`` at its start
    or, if it is not a sentence paragraph (``Line.is_prose``), anywhere. A subclass with a hand-written
    ``pattern`` sets ``anchors`` itself (words one of which every match contains). A line of
    reported speech (``is_reported_speech``: a quote, or a sentence naming who said it), or one that
    puts the phrase in quotation marks, is kept: the article quotes someone who used it."""

    phrases: ClassVar[list[str]] = []
    # Phrases that ordinary prose also uses ("make a donation", "subscribers only"): they remove a
    # line they open or that is not a sentence paragraph (``Line.is_prose``), such as "Jetzt
    # spenden!", not "Les personnes qui souhaitent faire un don peuvent appeler la mairie.".
    loose_phrases: ClassVar[list[str]] = []
    pattern: ClassVar[regex.Pattern]
    anchors: ClassVar[frozenset[str]] = frozenset()
    key_anchors: ClassVar[frozenset[str]]  # the anchors folded as keys are
    max_words: ClassVar[int] = 40
    scope: ClassVar[str] = "any"
    local = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._phrase_automaton = _automaton(cls.phrases) if cls.phrases else None
        cls._loose_automaton = _automaton(cls.loose_phrases) if cls.loose_phrases else None
        if cls.phrases:
            cls.pattern = alternation(cls.phrases, anchored=False, whole_words=True)
        cls.anchors = cls.anchors | anchor_words(cls.phrases) | anchor_words(cls.loose_phrases)
        assert cls.max_words <= _MAX_WORDS, cls
        # The anchors folded as keys are, each a word of a key (an anchor that folds to several
        # words has each of them, which every key holding it has).
        cls.key_anchors = frozenset(word for anchor in cls.anchors for word in phrase_key(anchor).split())
        _ALL_ANCHORS.update(cls.key_anchors)

    def candidates(self, doc):
        """The kept short lines in scope that have an anchor word: the ones worth searching."""
        found = anchored_lines(doc)
        if self.key_anchors.isdisjoint(doc.memo[_CANDIDATES].held):  # most documents: none of the rule's anchors
            return
        for i, anchors in found.items():
            line = doc.lines[i]
            if line.removed_by is None and line.at_most(self.max_words) and doc.in_scope(i, self.scope) \
                    and not self.key_anchors.isdisjoint(anchors):
                yield i

    def key_has_phrase(self, key: str) -> bool:
        """Whether ``pattern`` finds a match in ``key`` (a line's key); for a rule of ``phrases``,
        whether one of them is in it as whole words, found by an Aho-Corasick automaton in one
        pass rather than by the alternation tried at every position (several times faster)."""
        automaton = self._phrase_automaton
        if automaton is None:
            return self.pattern.search(key) is not None
        return _in_key(automaton, key)

    def line_has_phrase(self, line) -> bool:
        """Whether ``line`` holds one of ``phrases`` (``key_has_phrase``) or one of
        ``loose_phrases`` that opens it or, when it is not a sentence paragraph, anywhere in it
        ("Per continuare a leggere abbonati a 1 euro al mese." goes, "Il giudice ha fatto una pausa
        per continuare a leggere la sentenza." stays)."""
        key = line.key
        if self.key_has_phrase(key):
            return True
        loose = self._loose_automaton
        if loose is None:
            return False
        if not line.is_prose:
            return _in_key(loose, key)
        # (an automaton's match ends at the index it gives: " key " opens the line where it ends
        # at the length of the key plus one)
        return any(end == len(found) + 1 for end, found in loose.iter(f" {key} "))

    def apply(self, doc):
        for i in self.candidates(doc):
            if self.line_has_phrase(doc.lines[i]):
                self.remove(doc, i)

    def remove(self, doc, i: int) -> None:
        """Remove line ``i`` unless it is reported speech (a quote or a sentence that names its
        speaker uses the phrase as the article's words: “We need your help,” the sheriff said) or
        quotes the phrase (The campaign's slogan, "Join us on TikTok", was dropped)."""
        line = doc.lines[i]
        if not is_reported_speech(line) and not self.quotes_phrase(line):
            doc.remove(i, self.code)

    def quotes_phrase(self, line) -> bool:
        """Whether a passage ``line`` puts in quotation marks holds one of the rule's phrases."""
        loose = self._loose_automaton
        for passage in quoted_passages(line.text):
            key = phrase_key(passage)
            if self.key_has_phrase(key) or (loose is not None and _in_key(loose, key)):
                return True
        return False
