"""HTML input: extract the article text with trafilatura, then clean it with the same rules."""

from __future__ import annotations

import html as htmlmod
import re
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urlsplit

from .document import Document
from .engine import Cleaner, Result
from .lead import find_lead, with_lead
from .links import PageLinks
from .parse import parse_page
from .registry import pm


@dataclass(frozen=True)
class ExtractOptions:
    """trafilatura's choices a user needs; defaults are trafilatura's, except comments are off."""

    favor: str = "balanced"  # "balanced", "precision" or "recall"
    include_tables: bool = True
    include_comments: bool = False
    lead: bool = True  # put back the article's lead paragraph when extraction dropped it


# (the standard library's re: several times faster than regex on these literal-led scans)
_TAG = re.compile(r"<(?:link|meta)\b[^>]{0,2000}>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_TITLE = re.compile(r"<title\b[^>]{0,200}>([^<]{1,600})</title>", re.IGNORECASE)
_TITLE_PROPS = ("og:title", "twitter:title")
_WANTED = ("canonical", "og:url", "og:site_name") + _TITLE_PROPS  # what a tag must hold to be read
# Headings, found by a scan of the page (``re``: these literal-led patterns run faster there).
_HEADER = re.compile(r"<header[\s>]", re.IGNORECASE)
_H1 = re.compile(r"<h1[\s>]", re.IGNORECASE)
_H1_TEXT = re.compile(r"<h1(?:\s[^>]{0,2000})?>(.{1,2000}?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_SUBHEADING = re.compile(r"<h([23])(?:\s[^>]{0,2000})?>(.{1,2000}?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
_MARKUP = re.compile(r"<[^>]{0,2000}>")
MAX_HEADING = 300  # characters: a longer "heading" is the article's text, not its headline or dek


class PageMetadata(NamedTuple):
    """What the page says about itself: its URL, its site's name, its headlines and subtitles."""

    url: str | None
    site_name: str | None
    titles: tuple[str, ...]  # the <title>, og:title / twitter:title and the first <h1>, deduplicated
    subtitles: tuple[str, ...] = ()  # the h2/h3 headings of a <header> that holds the <h1>: kicker, dek


def page_metadata(html: str) -> PageMetadata:
    """The page's own URL (canonical link or og:url), site name (og:site_name), headlines (<title>,
    og:title, twitter:title, the first <h1>) and its article header's subtitles.

    A scan of the link and meta tags in the page's first 200 kB and of its headings, not a second
    parse of the page: extraction already parses it once.
    """
    head = html[:200_000]
    url = name = None
    titles: list[str] = []
    found = _TITLE.search(head)
    if found:
        titles.append(found[1])
    for tag in _TAG.findall(head):
        if not any(map(tag.lower().__contains__, _WANTED)):  # most link and meta tags are none of these
            continue
        attrs = {m[0].lower(): m[1] or m[2] or m[3] for m in _ATTR.findall(tag)}
        rel, prop = attrs.get("rel", "").lower(), (attrs.get("property") or attrs.get("name") or "").lower()
        if rel == "canonical" and attrs.get("href", "").startswith("http") and url is None:
            url = attrs["href"]
        elif prop == "og:url" and attrs.get("content", "").startswith("http") and url is None:
            url = attrs["content"]
        elif prop == "og:site_name" and attrs.get("content"):
            name = name or attrs["content"]
        elif prop in _TITLE_PROPS and attrs.get("content"):
            titles.append(attrs["content"])
    titles = [" ".join(htmlmod.unescape(t).split()) for t in titles]
    h1 = _H1_TEXT.search(html)
    if h1:
        titles.append(_heading_text(h1[1]))
    titles = [t for t in titles if t and len(t) <= MAX_HEADING]
    return PageMetadata(url, name, tuple(dict.fromkeys(titles)), header_subtitles(html))


def _heading_text(markup: str) -> str:
    return " ".join(htmlmod.unescape(_MARKUP.sub(" ", markup)).split())


def header_subtitles(html: str) -> tuple[str, ...]:
    """The texts of the h2/h3 headings inside a <header> element that holds the page's <h1>: the
    article header's kicker and dek (standfirst), up to ``MAX_HEADING`` characters each.

    A scan for the header elements, not a parse of the page.
    """
    found: list[str] = []
    for start in _HEADER.finditer(html):
        end = html.find("</header", start.end())
        block = html[start.end():end if end >= 0 else start.end() + 100_000]
        if not _H1.search(block):
            continue
        for heading in _SUBHEADING.finditer(block):
            text = _heading_text(heading[2])
            if text and len(text) <= MAX_HEADING:
                found.append(text)
    return tuple(dict.fromkeys(found))


def prune_xpaths(cleaner: Cleaner, site: str | None) -> list[str]:
    """XPath expressions the plugins want pruned before extraction for ``site``."""
    found: list[str] = []
    for result in pm.hook.prune_xpaths(site=site, sites=cleaner.sites):
        found.extend(result or ())
    return found


def html_to_text(html: str, url: str | None = None, prune: list[str] | None = None,
                 options: ExtractOptions = ExtractOptions()) -> str:
    """The main text of a page, one paragraph a line (empty when trafilatura finds none), with
    the article's lead in front when extraction dropped it (``options.lead``)."""
    return _extract(html, url, prune, options)[0]


def _extract(html: str, url: str | None, prune: list[str] | None, options: ExtractOptions):
    """``html_to_text``'s text, and the parsed page (None when it does not parse)."""
    from trafilatura import extract

    tree = parse_page(html)  # parsed once: trafilatura extracts from a copy, this tree stays whole
    if tree is None:
        return "", None
    lead = find_lead(tree) if options.lead else None
    text = extract(
        tree, url=url, output_format="txt", include_comments=options.include_comments,
        include_tables=options.include_tables, favor_precision=options.favor == "precision",
        favor_recall=options.favor == "recall", prune_xpath=prune or None, deduplicate=False,
    )
    return with_lead(text or "", lead), tree


def clean_html(cleaner: Cleaner, html: str, url: str | None = None, site: str | None = None,
               lang: str | None = None, options: ExtractOptions = ExtractOptions()) -> Result:
    """Detect the site (given URL, else the page's canonical URL and site name), prune that site's
    XPaths, extract with trafilatura and run the text rules (which also see the page's headlines
    and subtitles)."""
    meta = page_metadata(html)
    url = url or meta.url
    probe = Document("", url=url, site=site, lang=lang)
    if site is None and url:
        site = cleaner.detect_site(probe)
    if site is None and meta.site_name:
        site = _site_by_name(cleaner, meta.site_name)
    text, tree = _extract(html, url, prune_xpaths(cleaner, site), options)
    doc = Document(text, url=url, site=site, lang=lang)
    doc.titles, doc.subtitles = meta.titles, meta.subtitles
    if tree is not None:
        doc.links = PageLinks(tree)
    result = cleaner.clean_document(doc)
    result.input_text = text
    return result


def _site_by_name(cleaner: Cleaner, name: str) -> str | None:
    folded = name.strip().casefold()
    for site in cleaner.sites.values():
        if folded in (n.casefold() for n in site.names + (site.title,)) or any(
                folded == urlsplit("//" + d).hostname for d in site.domains):
            return site.id
    return None
