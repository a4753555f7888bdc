"""The article's lead paragraph (standfirst, teaser, intro), which extractors often drop.

Many templates print the lead in the article header or mark it with a class such as ``teaser``
that trafilatura prunes as boilerplate. ``find_lead`` finds it in the parsed page so the caller
can put it back in front of the extracted text when it is missing there. An "excerpt" is not a
lead: it is the post's summary for listings (on scrapinghub-aeb every excerpt put back was text
the gold leaves out, on trafilatura-eval half of them were).
"""

from __future__ import annotations

import re

import regex

# a class token naming a lead: "lead", "story-lead-text", "article__intro", "teaser-text", "chapo"
_LEAD_CLASS = regex.compile(
    r"(?:^|[-_])(?:lead|lede|intro|introtext|intro-text|standfirst|abstract|summary|chapo|chapeau|"
    r"teaser-text|teaser-intro|article-teaser|artikel-teaser|entradilla|documentdescription|"
    r"news-description)(?:$|[-_])", regex.IGNORECASE)
# A class or id (of the element or an ancestor below <body>) of something that is not the article's
# own lead: its first word (after a one- or two-letter prefix such as "c-") names navigation, a
# sidebar, comments, a cookie or sign-up box, a paywall…; or it names a list of teasers or hidden text.
# Modifiers such as "no-sidebar" or "layout-with-sidebar" do not count.
_NOT_ARTICLE_WORD = regex.compile(
    r"^(?:[a-z]{1,2}[-_]+)?(?:sidebar|aside|related|recommend|nav|menu|footer|comment|newsletter|promo|cookie|"
    r"consent|paywall|signwall|modal|popup|overlay|banner|jumbotron|login|signup|register|subscri|widget|"
    r"share|social|author)", regex.IGNORECASE)
_NOT_ARTICLE_PART = regex.compile(r"teaser-?(?:block|list|grid|box)|teasers|views-row|breaker|invisible|hidden",
                                  regex.IGNORECASE)
_LEAD_TAGS = ("p", "div", "span", "h2", "h3", "strong")
_SKIP_ANCESTORS = frozenset({"nav", "aside", "footer", "li", "figure", "form", "a"})
_WORDS = re.compile(r"\w+")  # (the standard library's re: faster on long texts)
_SENTENCE_END = frozenset(".!?…\"“”»")
# A cheap first pass over the whole class attribute (casefolded) before its tokens are looked at.
_STEMS = ("lead", "lede", "intro", "standfirst", "abstract", "summary", "chapo", "chapeau", "teaser", "entradilla",
          "description")


def find_lead(tree, min_words: int = 10, max_words: int = 150) -> str | None:
    """The text of the first element whose class names a lead, outside navigation, lists,
    comments and pop-ups, that reads as a paragraph (``min_words`` to ``max_words`` words,
    ending in sentence punctuation); None when the page has none."""
    for element in tree.iter(*_LEAD_TAGS):
        classes = element.get("class")
        if not classes:
            continue
        folded = classes.casefold()
        if not any(map(folded.__contains__, _STEMS)) or not any(_LEAD_CLASS.search(t) for t in classes.split()):
            continue
        if _outside_article(element):
            continue
        text = " ".join(element.text_content().split())
        if min_words <= len(text.split()) <= max_words and text[-1] in _SENTENCE_END and not text.startswith("©"):
            return text
    return None


def _outside_article(element) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        if node.tag in _SKIP_ANCESTORS:
            return True
        for token in f"{node.get('class') or ''} {node.get('id') or ''}".split():
            if _NOT_ARTICLE_WORD.match(token) or _NOT_ARTICLE_PART.search(token):
                return True
    return False


def with_lead(text: str, lead: str | None) -> str:
    """``text`` with ``lead`` as its first line, unless the text already has it: the lead's words
    are compared, so a lead the extractor kept split over lines or after a label is not doubled."""
    if not lead or not text:
        return text
    words = _WORDS.findall(lead.casefold())
    have = " " + " ".join(_WORDS.findall(text.casefold())) + " "
    middle = len(words) // 2
    for start in (min(3, len(words) - 1), middle):  # after a possible label, and the middle
        probe = " ".join(words[start:start + 8])
        if f" {probe} " in have:
            return text
    return lead + "\n" + text
