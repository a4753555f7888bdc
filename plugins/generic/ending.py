"""Where the article starts and ends: the head block and the first prose paragraph, the last prose
paragraph and the tail block (the blocks are ``Document``'s; the prose paragraphs next to them are
added for rules that look for whole sentences), and the base class of the rules that act there."""

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import ClassVar

import ahocorasick
import regex

from cleaner.normalize import normalize
from cleaner.rules import Rule

from .speech import is_reported_speech, quoted_passages


def ending_start(doc, kept: list[int]) -> int:
    """Index of the first line of the article's ending: its last kept prose paragraph (the kept
    line just before the tail block), or the tail block itself when there is no prose.

    Rules for credit and promotion lines use it: such a line is often a full sentence, and then
    it is the last prose paragraph itself rather than a tail-block line. Removing it moves the
    blocks, so the engine's next pass reaches the line before it.
    """
    n = bisect_left(kept, doc.tail_start)
    return kept[n - 1] if n and doc.lines[kept[n - 1]].is_prose else doc.tail_start


def opening_end(doc, kept: list[int]) -> int:
    """Index just after the article's opening: the head block and the first prose paragraph
    after it (the head block alone when there is no prose)."""
    n = bisect_left(kept, doc.head_end)
    return kept[n] + 1 if n < len(kept) and doc.lines[kept[n]].is_prose else doc.head_end


def _edge_bounds(doc, kept: list[int], opening: bool = True, ending: bool = True) -> tuple[int, int]:
    """Positions in ``kept`` where the article's opening stops and its ending starts: its edge
    lines are ``kept[:start] + kept[end:]`` (without the opening, start is 0; without the ending,
    end is ``len(kept)``; the opening stops where the ending starts)."""
    end = bisect_left(kept, ending_start(doc, kept)) if ending else len(kept)
    start = bisect_left(kept, opening_end(doc, kept)) if opening else 0
    return min(start, end), end


def edge_lines(doc, opening: bool = True, ending: bool = True) -> list[int]:
    """The kept lines of the article's opening and ending (each when asked for), in order."""
    kept = doc.kept()
    start, end = _edge_bounds(doc, kept, opening, ending)
    return kept[:start] + kept[end:]


_EDGE_WORDS = 60  # no EdgeMarkerRule looks at longer lines
# Document.memo's keys: the document's state (kept lines, blocks) and, for the ending alone
# (False) and with the opening (True), what _edge found; and the needles of every line searched
_EDGE = __name__ + ".edge"
_SEARCHED = __name__ + ".searched"


def _edge_state(doc) -> dict:
    """What ``_edge`` found for the document as it is now (its kept lines and blocks), emptied
    when a line is removed or the blocks move."""
    state = (doc.removed, doc.head_end, doc.tail_start)  # lines are only ever removed: the count tells
    cached = doc.memo.get(_EDGE)
    if cached is None or cached[0] != state:
        cached = doc.memo[_EDGE] = (state, {})
    return cached[1]


class _NeedleIndex:
    """Every ``EdgeMarkerRule``'s needles in one Aho-Corasick automaton: one pass over an edge
    text finds which of them each of its lines holds, where each rule searching each line for
    each of its needles (seven rules, 160 needles) took ten times longer. Rebuilt when a rule
    class is added."""

    def __init__(self) -> None:
        self.needles: set[str] = set()
        self._automaton = None

    def add(self, needles) -> None:
        new = set(needles) - self.needles
        if any("\n" in needle for needle in new):  # (a needle is found within one line)
            raise ValueError(f"a needle holds a line break: {sorted(new)}")
        if new:
            self.needles |= new
            self._automaton = None

    def _matches(self, text: str):
        """(index of the needle's last character, needle) for each place ``text`` holds a needle."""
        if not text or not self.needles:  # (an automaton without words cannot be searched)
            return ()
        automaton = self._automaton
        if automaton is None:
            automaton = self._automaton = ahocorasick.Automaton()
            for needle in self.needles:
                automaton.add_word(needle, needle)
            automaton.make_automaton()
        return automaton.iter(text)

    def found_in(self, text: str) -> frozenset[str]:
        return frozenset([needle for _, needle in self._matches(text)])

    def per_line(self, lines: list[int], text: str) -> dict[int, frozenset[str]]:
        """The needles each of ``lines`` holds, given their texts joined by newlines (``text``);
        lines without any are left out."""
        matches = list(self._matches(text))
        if not matches:
            return {}
        starts = list(accumulate([len(piece) + 1 for piece in text.split("\n")[:-1]], initial=0))
        found: dict[int, set[str]] = {}
        for end, needle in matches:
            found.setdefault(lines[bisect_right(starts, end) - 1], set()).add(needle)
        return {i: frozenset(needles) for i, needles in found.items()}


_NEEDLES = _NeedleIndex()


def _line_needles(doc, lines: list[int]) -> dict[int, frozenset[str]]:
    """The needles of the ``EdgeMarkerRule`` classes that each of ``lines`` holds, for the lines
    that hold some. A line's needles do not change: only the lines not searched yet are (the
    edges move as lines are removed), their texts casefolded and joined in one pass."""
    cached = doc.memo.get(_SEARCHED)
    if cached is None:
        cached = doc.memo[_SEARCHED] = ({}, set())
    needles, searched = cached
    new = [i for i in lines if i not in searched]
    if new:
        needles.update(_NEEDLES.per_line(new, "\n".join([doc.lines[i].text for i in new]).casefold()))
        searched.update(new)
    return {i: needles[i] for i in lines if i in needles}


def _edge(doc, opening: bool) -> tuple[list[int], frozenset[str], dict[int, frozenset[str]]]:
    """The lines of ``edge_lines(doc, opening)`` of at most ``_EDGE_WORDS`` words, the needles
    of the ``EdgeMarkerRule`` classes they hold and those each line holds (``_line_needles``):
    what each rule asks first, in one call; the rules that ask in turn share it until a line is
    removed or the blocks move."""
    found = _edge_state(doc)
    edge = found.get(opening)
    if edge is None:
        lines = doc.lines
        short = [i for i in edge_lines(doc, opening) if lines[i].at_most(_EDGE_WORDS)]
        held = _line_needles(doc, short)
        edge = found[opening] = (short, frozenset().union(*held.values()), held)
    return edge


class EdgeMarkerRule(Rule):
    """Base: remove a line of at most ``max_words`` that ``matches``, in the article's ending (its
    last prose paragraph and the tail block, see ``ending_start``) or, with ``opening``, also in
    its opening (the head block and the first prose paragraph). By default a line matches when it
    holds one of each group of ``needles`` and ``pattern`` finds a match in it (or, with
    ``on_norm``, in the line folded). A line of reported speech (``is_reported_speech``), or one
    whose quoted passage holds the match, is kept: the article quotes someone who used the words."""

    pattern: ClassVar[regex.Pattern]
    # Groups of casefolded substrings: a matching line holds one of each group (a cheap test that
    # spares most lines the pattern).
    needles: ClassVar[tuple[tuple[str, ...], ...]]
    max_words: ClassVar[int] = 60
    opening: ClassVar[bool] = False
    # ``matches`` looks at the line alone, and the opening and the ending are the blocks and the
    # prose paragraphs that bound them.
    local = True

    # Whether ``matches`` is true only of a line that holds one needle of each group itself (as
    # the default one, which tests ``has_needles``): then only such lines are tested. A subclass
    # with its own ``matches`` says so itself; by default its lines are all tested.
    line_needles: ClassVar[bool] = True
    # Whether the default ``matches`` searches the line folded (``Line.norm``: no accents, case or
    # Arabic letter variants) rather than its text.
    on_norm: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        assert cls.max_words <= _EDGE_WORDS, cls
        if "matches" in cls.__dict__ and "line_needles" not in cls.__dict__:
            cls.line_needles = False
        cls._needle_groups = tuple(frozenset(group) for group in getattr(cls, "needles", ()))
        for group in cls._needle_groups:
            _NEEDLES.add(group)

    def apply(self, doc):
        candidates, found, held = _edge(doc, self.opening)
        # Most articles have none of the key words in any line at their edges short enough to
        # match: one test for them all, on the needles all these rules' edge texts hold.
        if candidates and self.edge_has_needles(found):
            lines = doc.lines
            if self.line_needles:
                candidates = [i for i in held if self.edge_has_needles(held[i])]
                candidates.sort()
            for i in candidates:
                if lines[i].at_most(self.max_words) and self.matches(lines[i]) \
                        and not is_reported_speech(lines[i]) and not self.quotes_match(lines[i]):
                    doc.remove(i, self.code)

    def quotes_match(self, line) -> bool:
        """Whether ``pattern`` matches a passage ``line`` puts in quotation marks ("The banner that
        reads “This website uses cookies” now appears on every site.")."""
        pattern = getattr(self, "pattern", None)
        if pattern is None:
            return False
        return any(pattern.search(normalize(passage) if self.on_norm else passage)
                   for passage in quoted_passages(line.text))

    def edge_has_needles(self, found: frozenset[str]) -> bool:
        """``has_needles`` of the edge text, from the needles found in it."""
        groups = self._needle_groups
        if len(groups) == 1:  # (most rules)
            return not groups[0].isdisjoint(found)
        return all(not group.isdisjoint(found) for group in groups)

    def has_needles(self, folded: str) -> bool:
        return all(any(map(folded.__contains__, group)) for group in self.needles)  # map: no loop in Python

    def matches(self, line) -> bool:
        return self.has_needles(line.text.casefold()) and bool(
            self.pattern.search(line.norm if self.on_norm else line.text))
