"""A short heading whose words the paragraph below it repeats: the article's subheading.

A widget's label ("Comments", "Share", "Most popular", "Trending") is printed the same way on
every page, whatever the story; a subheading announces its paragraph, and the paragraph takes up
its words ("Comments" above "The senator's comments, made at a fundraiser, were condemned …",
"Trending" above "Trending on TikTok this spring: …", "التعليقات" above "وأثارت تعليقات الوزير …").
"""

from bisect import bisect_right
from typing import ClassVar

from cleaner.rules import PhraseLineRule

_MOST_WORDS = 4  # a longer line is no widget's label
_LEAST_LETTERS = 3  # shorter words ("on", "de", "to") are not looked for
_GAP = 20  # a heading further than this above its paragraph, across removed lines, is not its heading


def echoed_heading(doc, i: int, kept: list[int] | None = None, in_head: bool = False) -> bool:
    """Whether line ``i``, a heading of at most four words and no digit, is followed (in
    ``kept``, the kept lines, by default those of now, within 20 lines) by a sentence paragraph
    (``Line.is_prose``) that repeats every word of the heading of three letters or more. Words
    match on the paragraph word's start (print: printed; Печать: печатных, a longer word's last
    letter left off); in Arabic script, anywhere in the word, without the heading word's article
    (التعليقات: وتعليقات). Above the first paragraph the heading is left to the rules: the page's
    furniture sits there, and the lead may take up a button's word (Share / "Shares in …"),
    unless ``in_head``: for labels a lead does not open with by chance (a language's name, a
    footer link, a tags heading). A heading with a number counts something ("3 Kommentare"
    heads a comment section)."""
    lines = doc.lines
    heading = lines[i]
    if doc.in_head(i) and not in_head or not heading.at_most(_MOST_WORDS) or any(c.isdigit() for c in heading.text):
        return False
    words = [w for w in heading.key.split() if len(w) >= _LEAST_LETTERS]
    if not words:
        return False
    if kept is None:
        after = _next_kept(lines, i)
    else:
        n = bisect_right(kept, i)
        after = kept[n] if n < len(kept) else None
    if after is None or not lines[after].is_prose:
        return False
    paragraph = lines[after].key.split()
    return all(_repeated(word, paragraph) for word in words)


def _next_kept(lines, i: int) -> int | None:
    """The first kept line after line ``i``, looked for over the next ``_GAP`` lines only (a
    fresh list of the kept lines for each heading would make a long document's cleaning
    quadratic)."""
    for j in range(i + 1, min(len(lines), i + 1 + _GAP)):
        if lines[j].removed_by is None:
            return j
    return None


def _repeated(word: str, paragraph: list[str]) -> bool:
    if "\u0600" <= word[0] <= "\u06ff":  # Arabic script: prefixes (و, ب, ال) join the word
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        return any(word in w for w in paragraph)
    stem = word[:-1] if len(word) >= 5 else word
    return any(w.startswith(stem) for w in paragraph)


class EchoAwarePhraseRule(PhraseLineRule):
    """Base: a ``PhraseLineRule`` that keeps a line the next paragraph echoes (``echoed_heading``;
    above the first paragraph too with ``echo_in_head``)."""

    echo_in_head: ClassVar[bool] = False

    def apply(self, doc) -> None:
        scope, in_head = self.scope, self.echo_in_head
        for i in doc.keyed(self._keys):
            if doc.in_scope(i, scope) and not echoed_heading(doc, i, in_head=in_head):
                doc.remove(i, self.code)
