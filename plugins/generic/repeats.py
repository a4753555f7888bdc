"""Text the extraction printed twice: a second copy of the article."""

from operator import attrgetter

from cleaner.rules import Rule

MIN_WORDS = 10  # paragraphs shorter than this are not compared (labels and list items repeat)
MIN_RUN = 3  # consecutive paragraphs that must repeat, in order, for the copy to go
OPENING = 2  # the copy must start with the article's first or second paragraph (after a caption)
_TEXT = attrgetter("text")


class RepeatedArticle(Rule):
    """Removes a second copy of the article: its opening paragraphs printed again, in order.

    What it does: among the kept lines of at least 10 words, finds a later run of 3 or more
    consecutive ones that repeats, line for line (leading and trailing spaces aside), the article
    from its first or second such line on, and removes that later copy. Repeats that do not start
    from the article's opening (a refrain, the same question in every interview, a meal plan
    repeated day after day) are kept.
    Why: pages carry the article twice (an AMP or no-script copy, a JSON or print version) and
    extractors sometimes keep both; the copy adds no text, only duplicates.
    Example: the ten paragraphs of a news digest, printed again after the digest.
    """

    code = "GEN019"
    slug = "repeated-article"

    def apply(self, doc):
        if not self._may_repeat(doc):
            return
        long_lines = [i for i in doc.kept() if not doc.lines[i].at_most(MIN_WORDS - 1)]
        # (the stripped text, not the folded key: long lines are never folded, for speed)
        texts = [doc.lines[i].text.strip() for i in long_lines]
        opening = {text: n for n, text in reversed(list(enumerate(texts[:OPENING])))}
        n = OPENING
        while n < len(texts):
            start, run = opening.get(texts[n]), 0
            if start is not None:
                while n + run < len(texts) and start + run < n and texts[n + run] == texts[start + run]:
                    run += 1
            if run >= MIN_RUN:
                for i in long_lines[n:n + run]:
                    doc.remove(i, self.code)
                n += run
            else:
                n += 1

    @staticmethod
    def _may_repeat(doc) -> bool:
        """Whether a later line has the text of the article's second long line (stripped): a copy
        repeats at least ``MIN_RUN`` lines from the first or second long line on (``MIN_RUN >=
        OPENING``), so it repeats the second. Most documents have no such line, and looking for
        one takes no Python-level loop over the lines."""
        lines = doc.lines
        seen = 0
        for i in doc.kept():
            if not lines[i].at_most(MIN_WORDS - 1):
                seen += 1
                if seen == OPENING:
                    second = lines[i].text.strip()
                    return second in map(str.strip, map(_TEXT, lines[i + 1:]))
        return False
