"""The article's lead paragraph (standfirst, teaser, intro), which extractors often drop.

Many templates print the lead in the article header or mark it with a class such as ``teaser``
that trafilatura prunes as boilerplate. ``find_lead`` finds it in the parsed page so the caller
can put it back in front of the extracted text when it is missing there.
"""

from __future__ import annotations

import regex

# a class token naming a lead: "lead", "story-lead-text", "article__intro", "teaser-text", "chapo"
_LEAD_CLASS = regex.compile(
    r"(?:^|[-_])(?:lead|lede|intro|introtext|intro-text|standfirst|abstract|excerpt|summary|chapo|chapeau|"
    r"teaser-text|teaser-intro|article-teaser|dek|bajada|entradilla|sumario|copete|linha-fina|subtitle|"
    r"subheadline)(?:$|[-_])", regex.IGNORECASE)
# a class or id (of the element or an ancestor) of something that is not the article's own lead:
# lists of other articles, navigation, comments, cookie and sign-up boxes, paywalls, hidden text
_NOT_ARTICLE = regex.compile(
    r"sidebar|aside|related|recommend|teaser-?(?:block|list|grid|box)|grid|views?-|nav|menu|footer|comment|"
    r"newsletter|promo|cookie|consent|paywall|signwall|modal|popup|overlay|banner|jumbotron|login|signup|"
    r"register|subscri|breaker|widget|invisible|hidden|author|share|social", regex.IGNORECASE)
_LEAD_TAGS = frozenset({"p", "div", "span", "h2", "h3", "strong"})
_SKIP_ANCESTORS = frozenset({"nav", "aside", "footer", "li", "figure", "form", "a"})
_SENTENCE_END = frozenset(".!?…\"“”»")


def find_lead(tree, min_words: int = 10, max_words: int = 150) -> str | None:
    """The text of the first element whose class names a lead, outside navigation, lists,
    comments and pop-ups, that reads as a paragraph (``min_words`` to ``max_words`` words,
    ending in sentence punctuation); None when the page has none."""
    for element in tree.iter(*_LEAD_TAGS):
        classes = element.get("class")
        if not classes or not any(_LEAD_CLASS.search(token) for token in classes.split()):
            continue
        if _outside_article(element):
            continue
        text = " ".join(element.text_content().split())
        if min_words <= len(text.split()) <= max_words and text[-1] in _SENTENCE_END and not text.startswith("©"):
            return text
    return None


def _outside_article(element) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag in _SKIP_ANCESTORS:
            return True
        if _NOT_ARTICLE.search(node.get("class") or "") or _NOT_ARTICLE.search(node.get("id") or ""):
            return True
    return False


def with_lead(text: str, lead: str | None) -> str:
    """``text`` with ``lead`` as its first line, unless the text already has it."""
    if not lead or not text:
        return text
    if lead[:60] in " ".join(text.split()):
        return text
    return lead + "\n" + text
