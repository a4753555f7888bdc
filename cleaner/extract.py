"""HTML input: extract the article text with trafilatura, then clean it with the same rules."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import regex

from .document import Document
from .engine import Cleaner, Result
from .lead import find_lead, with_lead
from .registry import pm


@dataclass(frozen=True)
class ExtractOptions:
    """trafilatura's choices a user needs; defaults are trafilatura's, except comments are off."""

    favor: str = "balanced"  # "balanced", "precision" or "recall"
    include_tables: bool = True
    include_comments: bool = False
    lead: bool = True  # put back the article's lead paragraph when extraction dropped it


_TAG = regex.compile(r"<(?:link|meta)\b[^>]{0,2000}>", regex.IGNORECASE)
_ATTR = regex.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def page_metadata(html: str) -> tuple[str | None, str | None]:
    """The page's own URL (canonical link or og:url) and site name (og:site_name).

    A scan of the tags in the page's first 200 kB, not a second parse of the page: extraction
    already parses it once.
    """
    url = name = None
    for tag in _TAG.findall(html[:200_000]):
        attrs = {m[0].lower(): m[1] or m[2] or m[3] for m in _ATTR.findall(tag)}
        rel, prop = attrs.get("rel", "").lower(), (attrs.get("property") or attrs.get("name") or "").lower()
        if rel == "canonical" and attrs.get("href", "").startswith("http") and url is None:
            url = attrs["href"]
        elif prop == "og:url" and attrs.get("content", "").startswith("http") and url is None:
            url = attrs["content"]
        elif prop == "og:site_name" and attrs.get("content"):
            name = name or attrs["content"]
    return url, name


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
    from trafilatura import extract
    from trafilatura.utils import load_html

    tree = load_html(html)  # parsed once: the lead is looked up before extraction prunes the tree
    if tree is None:
        return ""
    lead = find_lead(tree) if options.lead else None
    text = extract(
        tree, url=url, output_format="txt", include_comments=options.include_comments,
        include_tables=options.include_tables, favor_precision=options.favor == "precision",
        favor_recall=options.favor == "recall", prune_xpath=prune or None, deduplicate=False,
    )
    return with_lead(text or "", lead)


def clean_html(cleaner: Cleaner, html: str, url: str | None = None, site: str | None = None,
               lang: str | None = None, options: ExtractOptions = ExtractOptions()) -> Result:
    """Detect the site (given URL, else the page's canonical URL and site name), prune that site's
    XPaths, extract with trafilatura and run the text rules."""
    page_url, site_name = page_metadata(html)
    url = url or page_url
    probe = Document("", url=url, site=site, lang=lang)
    if site is None and url:
        site = cleaner.detect_site(probe)
    if site is None and site_name:
        site = _site_by_name(cleaner, site_name)
    text = html_to_text(html, url=url, prune=prune_xpaths(cleaner, site), options=options)
    result = cleaner.clean_document(Document(text, url=url, site=site, lang=lang))
    result.input_text = text
    return result


def _site_by_name(cleaner: Cleaner, name: str) -> str | None:
    folded = name.strip().casefold()
    for site in cleaner.sites.values():
        if folded in (n.casefold() for n in site.names + (site.title,)) or any(
                folded == urlsplit("//" + d).hostname for d in site.domains):
            return site.id
    return None
