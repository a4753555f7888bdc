"""The page's own headline and subtitle, known from its HTML, printed again in the extracted text."""

import regex

from cleaner.normalize import phrase_key
from cleaner.rules import PhraseSet, Rule

from .ending import edge_lines

# " | ", " - ", " – ", " — ", " :: ", " » ", " · " between a headline and the site's name.
_TITLE_SEPARATOR = regex.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")


def headline_keys(titles: tuple[str, ...]) -> frozenset[str]:
    """Phrase keys of the page's titles, each also without a leading or trailing site-name part
    ("Headline | Site", "Site - Headline"), when what is left has at least three words."""
    keys = set()
    for title in titles:
        keys.add(phrase_key(title))
        parts = _TITLE_SEPARATOR.split(title)
        for kept in (parts[:-1], parts[1:]) if len(parts) > 1 else ():
            key = phrase_key(" - ".join(kept))
            if len(key.split()) >= 3:
                keys.add(key)
    keys.discard("")
    return frozenset(keys)


class PageHeadline(Rule):
    """Removes the page's headline where the extracted text prints it again.

    What it does: in HTML mode, where the page's titles are known (<title>, og:title,
    twitter:title, the first <h1>; with or without the site's name after " | " or " - "), removes
    a line equal to one of them (punctuation and case aside) when it is the first kept line or in
    the head block, or anywhere else when it is a short line that is no sentence (3 to 30 words,
    not prose, no final full stop).
    Why: the headline is page metadata, not the article body; extractors keep the <h1> above the
    body and templates repeat it in teasers and social boxes.
    Example: "Is Football Violence a Crime?" above the article on a page titled
    "Is Football Violence a Crime? - WSJ".
    """

    code = "GEN018"
    slug = "page-headline"
    local = False  # "the first kept line" depends on the other rules' removals

    def apply(self, doc):
        if not doc.titles:
            return
        keys = PhraseSet(headline_keys(doc.titles))
        longest = 3 * keys.max_chars + 20  # (as Line.key_in: a far longer line is not a title)
        kept = doc.kept()
        for i in doc.short(30):
            line = doc.lines[i]
            if len(line.text) > longest or line.key not in keys:
                continue
            if i == kept[0] or doc.in_head(i) or (
                    line.words >= 3 and not line.is_prose and not line.text.rstrip().endswith(".")):
                doc.remove(i, self.code)


class PageSubtitle(Rule):
    """Removes the article header's subtitle (dek, standfirst, kicker) at the start of the text.

    What it does: in HTML mode, where the page's article header is known (the h2/h3 headings of
    the <header> element that holds the <h1>), removes a line equal to one of them (punctuation
    and case aside) in the article's opening: the head block or the first prose paragraph.
    Why: the dek is the header's summary of the article, printed above the body like the
    headline; the body starts after it.
    Example: "NFL assaults have led to lawsuits before. But a prosecutor would have difficulty
    proving a charge in court." under the headline, from <header><h1>…</h1><h2>NFL assaults …</h2>.
    """

    code = "GEN026"
    slug = "page-subtitle"

    def apply(self, doc):
        if not doc.subtitles:
            return
        keys = frozenset(phrase_key(s) for s in doc.subtitles)
        for i in edge_lines(doc, opening=True, ending=False):
            line = doc.lines[i]
            if line.at_most(60) and line.key in keys:
                doc.remove(i, self.code)
