"""A reusable shape for the GEN03x rules: remove a short line whose folded key contains a phrase."""

from typing import ClassVar

import regex

from cleaner.rules import Rule


class PhraseInLineRule(Rule):
    """Base: remove a line of at most ``max_words`` words, in ``scope``, whose key (folded, no
    punctuation) contains a phrase of ``pattern`` (an ``alternation(..., anchored=False)``)."""

    pattern: ClassVar[regex.Pattern]
    max_words: ClassVar[int] = 40
    scope: ClassVar[str] = "any"
    local = True

    def apply(self, doc):
        for i in doc.kept():
            line = doc.lines[i]
            if line.words <= self.max_words and doc.in_scope(i, self.scope) and self.pattern.search(line.key):
                doc.remove(i, self.code)
