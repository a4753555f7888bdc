"""Where the article starts and ends: the head block and the first prose paragraph, the last prose
paragraph and the tail block (the blocks are ``Document``'s; the prose paragraphs next to them are
added for rules that look for whole sentences), and the base class of the rules that act there."""

from bisect import bisect_left
from typing import ClassVar

import regex

from cleaner.rules import Rule


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


def edge_lines(doc, opening: bool = True, ending: bool = True) -> list[int]:
    """The kept lines of the article's opening and ending (each when asked for), in order."""
    kept = doc.kept()
    end = bisect_left(kept, ending_start(doc, kept)) if ending else len(kept)
    start = bisect_left(kept, opening_end(doc, kept)) if opening else 0
    return kept[:min(start, end)] + kept[end:]


class EdgeMarkerRule(Rule):
    """Base: remove a line of at most ``max_words`` that ``matches``, in the article's ending (its
    last prose paragraph and the tail block, see ``ending_start``) or, with ``opening``, also in
    its opening (the head block and the first prose paragraph). By default a line matches when it
    holds one of each group of ``needles`` and ``pattern`` finds a match in it."""

    pattern: ClassVar[regex.Pattern]
    # Groups of casefolded substrings: a matching line holds one of each group (a cheap test that
    # spares most lines the pattern).
    needles: ClassVar[tuple[tuple[str, ...], ...]]
    max_words: ClassVar[int] = 60
    opening: ClassVar[bool] = False

    def apply(self, doc):
        lines = edge_lines(doc, self.opening)
        # Most articles have none of the key words anywhere at their edges: one test for them all.
        if not self.has_needles("\n".join(doc.lines[i].text for i in lines).casefold()):
            return
        for i in lines:
            if doc.lines[i].at_most(self.max_words) and self.matches(doc.lines[i]):
                doc.remove(i, self.code)

    def has_needles(self, folded: str) -> bool:
        return all(any(n in folded for n in group) for group in self.needles)

    def matches(self, line) -> bool:
        return self.has_needles(line.text.casefold()) and bool(self.pattern.search(line.text))
