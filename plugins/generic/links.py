"""Lines that are all one link of the page: the headlines of other articles, known from its HTML."""

import regex

from cleaner.rules import Rule

from .blocks import SENTENCE_ENDS, is_headline

_BULLETS = ("- ", "• ", "* ")  # how extracted text starts a list item
_MAX_WORDS = 30  # a longer line is no headline
_MAX_TEASER_WORDS = 40  # nor a headline with its summary
# A web or mail address, or a price: a list of sources, contacts or offers, which articles link too.
_ADDRESS_OR_PRICE = regex.compile(
    r"://|\bwww\.|@|\(at\)"
    r"|\d\s?(?:[€$£¥₹]|euros?\b|eur\b|usd\b|dollars?\b|рубл|ريال|درهم|دينار|جنيه)"
    r"|(?:[€$£¥₹]|\b(?:rs|usd|eur)\.?)\s?\d", regex.IGNORECASE)


def _item_text(text: str) -> str:
    """``text`` without surrounding spaces and a leading list bullet."""
    text = text.strip()
    return text[2:].lstrip() if text.startswith(_BULLETS) else text


def _all_capitals(text: str) -> bool:
    """Whether ``text`` has capital letters and no small ones (scripts without case have neither)."""
    return not any(map(str.islower, text)) and any(map(str.isupper, text))


def _starts_with_link(text: str, links) -> bool:
    """Whether ``text`` is a link's text that reads as a headline followed by more words: a
    teaser's headline and its summary on one line."""
    words = text.split()
    key = "".join(words[:3]).casefold()  # the link key of the first n words, built word by word
    for n in range(4, len(words)):
        key += words[n - 1].casefold()
        if links.has_key(key) and is_headline(" ".join(words[:n])):
            return True
    return False


class LinkedHeadlines(Rule):
    """Removes headlines of other articles that the page links to from inside the article text.

    What it does: in HTML mode, where the page's links are known, takes the lines whose whole
    text (a list bullet aside) is the text of one link and reads as a headline (at least four
    words with letters, at most 30 words, no sentence end, not prose), and the list items of at
    most 40 words that start with such a link (a teaser: the headline, then its summary); none
    with a web or mail address or a price (lists of sources, contacts and offers are the
    article's). It removes those in capitals, and those that follow one another (two or more
    in a row), unless the line before the row ends with a colon (the article introducing its
    own list).
    Why: templates put teasers of other stories inside and under the body (a capitalised link
    between paragraphs, a bulleted list of related headlines) without a marker; extractors
    keep them because they sit in the article's container. Only the page's links tell them
    from the article's own headings and lists, which are not all links.
    Example: "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'" between two paragraphs,
    or "- 15 Amazing Images of Stars" / "- 11 Fascinating Facts About Our Milky Way Galaxy"
    after the last one, each a link on the page; "- Pats place Olszewski on IR New England's
    roster is re-shuffling", whose first five words are a link.
    """

    code = "GEN041"
    slug = "linked-headlines"

    def apply(self, doc):
        links = doc.links
        if links is None:  # text mode: the page's links are not known
            return
        lines = doc.lines
        shaped: set[int] = set()  # whole-line headlines
        teasers: set[int] = set()  # list items that may start with one
        for i in doc.short(_MAX_TEASER_WORDS):
            line = lines[i]
            text = line.text.strip()
            headline = line.at_most(_MAX_WORDS) and text[-1:] not in SENTENCE_ENDS and not line.is_prose
            bullet = text.startswith(_BULLETS)
            if (headline or bullet) and not _ADDRESS_OR_PRICE.search(text):
                if headline and is_headline(_item_text(text)):
                    shaped.add(i)
                if bullet:
                    teasers.add(i)
        candidates = sorted(shaped | teasers)
        if not candidates:
            return
        kept = doc.kept()
        position = {i: n for n, i in enumerate(kept)}
        capitals = {i for i in shaped if _all_capitals(lines[i].text)}
        # (the page's links are read only when a line could be such a headline)
        if not capitals and not any(position[j] == position[i] + 1 for i, j in zip(candidates, candidates[1:])):
            return
        linked = [i for i in candidates if i in shaped and _item_text(lines[i].text) in links
                  or i in teasers and _starts_with_link(_item_text(lines[i].text), links)]
        row: list[int] = []
        for i in [*linked, None]:
            if i is not None and row and position[i] == position[row[-1]] + 1:
                row.append(i)
                continue
            start = position[row[0]] if row else 0
            if len(row) >= 2 and not (start and lines[kept[start - 1]].text.rstrip().endswith((":", "："))):
                for j in row:
                    doc.remove(j, self.code)
            row = [] if i is None else [i]
        for i in linked:
            if i in capitals:
                doc.remove(i, self.code)
