"""The engine: detect the site, run its rules then the generic ones, return text and removals."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .document import Document, Removal
from .registry import collect_rules, collect_sites, pm
from .rules import Rule
from .site import Site, url_host

if TYPE_CHECKING:
    from .extract import ExtractOptions

MAX_PASSES = 4  # rule passes per document; the last one normally removes nothing
DEFAULT_TIME_BUDGET = 10.0  # seconds of rule time per document before it is passed through


@dataclass
class Result:
    """What cleaning one document gives: the clean text, the site detected and the removals."""

    text: str
    site: str | None
    removals: list[Removal] = field(default_factory=list)
    input_text: str | None = None  # the text the rules ran on, when it is not the input (HTML)
    errors: list[str] = field(default_factory=list)  # why the document was passed through uncleaned

    def counts(self) -> dict[str, int]:
        """Removed lines per rule code, in order of first removal."""
        counts: dict[str, int] = {}
        for removal in self.removals:
            counts[removal.rule] = counts.get(removal.rule, 0) + 1
        return counts

    def rules_ran_on(self, given: str) -> str:
        """The text the removals' line numbers refer to: ``given`` (the document's text), or
        the text extracted from it when it was HTML."""
        return given if self.input_text is None else self.input_text

    @property
    def flagged(self) -> bool:
        """True when a rule failed or the time budget ran out: the text is the input, uncleaned."""
        return bool(self.errors)

    def as_dict(self) -> dict:
        record = {
            "text": self.text,
            "site": self.site,
            "removed": [r.as_dict() for r in self.removals],
        }
        if self.errors:
            record["errors"] = self.errors
        return record


class Cleaner:
    """Built once from the loaded plugins; ``clean`` is then a pure function of its arguments.

    ``select``/``ignore`` take rule codes or code prefixes (``GEN``, ``ISJ001``); one that no
    rule's code starts with is a ``ValueError``.
    """

    def __init__(self, rules: list[Rule] | None = None, sites: dict[str, Site] | None = None,
                 select: list[str] | None = None, ignore: list[str] | None = None,
                 time_budget: float = DEFAULT_TIME_BUDGET) -> None:
        self.time_budget = time_budget
        self._select, self._ignore = select, ignore
        self._given_rules, self._given_sites = rules, sites  # None: from the plugins, rebuilt on unpickling
        rules = collect_rules() if rules is None else rules
        self.sites = collect_sites() if sites is None else sites
        for option, prefixes in (("select", select), ("ignore", ignore)):
            unknown = [p for p in prefixes or () if not any(r.code.startswith(p) for r in rules)]
            if unknown:  # a typo would silently clean with the wrong rules
                raise ValueError(f"{option}: no rule's code starts with {', '.join(map(repr, unknown))}")
        rules = [r for r in rules if _chosen(r.code, select, ignore)]
        # Site rules run first so a removal names the most specific rule.
        self.rules = [r for r in rules if r.site] + [r for r in rules if not r.site]
        self.rules_by_code = {r.code: r for r in rules}
        self._chosen_rules: dict[tuple[str | None, str | None], tuple[list[Rule], list[Rule]]] = {}

    def __getstate__(self) -> dict:
        """Pickle the constructor arguments only; the rules are rebuilt from the loaded plugins."""
        return {"select": self._select, "ignore": self._ignore, "time_budget": self.time_budget,
                "rules": self._given_rules, "sites": self._given_sites}

    def __setstate__(self, state: dict) -> None:
        self.__init__(rules=state["rules"], sites=state["sites"], select=state["select"],
                      ignore=state["ignore"], time_budget=state["time_budget"])

    def detect_site(self, doc: Document) -> str | None:
        """By URL/domain, then any plugin's ``detect_site`` hook, then (for text without a URL) text fingerprints."""
        if doc.url:
            host = url_host(doc.url)
            for site in self.sites.values():
                if site.matches_host(host):
                    return site.id
        found = pm.hook.detect_site(doc=doc) if pm.hook.detect_site.get_hookimpls() else None
        if found or doc.url:  # fingerprints are for text that comes without its URL
            return found
        for site in self.sites.values():
            if site.fingerprints and site.found_in(doc):
                return site.id
        return None

    def clean_document(self, doc: Document) -> Result:
        if doc.site is None:
            doc.site = self.detect_site(doc)
        doc.site_info = self.sites.get(doc.site)
        deadline = time.monotonic() + self.time_budget
        rules, context_rules = self._rules_for(doc.site, doc.lang)
        # Rules see each other's removals (a title repeated across a removed share line), and the
        # head/tail blocks are recomputed over the kept lines between passes, so run them until
        # a pass removes nothing: cleaning the output again then changes nothing.
        found_nothing_at: dict[Rule, int] = {}  # a rule whose last run removed nothing: doc.removed then
        for n in range(MAX_PASSES):
            before = doc.removed
            if n == 0 or doc.update_blocks():
                active = rules
            else:
                # With the blocks where they were, a local rule finds nothing new, and neither does
                # a rule that found nothing in a document no rule has changed since.
                active = [r for r in context_rules if found_nothing_at.get(r) != doc.removed]
            for rule in active:
                removed = doc.removed
                try:
                    rule.apply(doc)
                except Exception as err:  # noqa: BLE001 - a broken rule must not lose the document
                    return self._pass_through(doc, f"rule {rule.code} (plugin {rule.plugin}) failed: "
                                                   f"{type(err).__name__}: {err}")
                if time.monotonic() > deadline:
                    return self._pass_through(doc, f"time budget of {self.time_budget:g}s ran out after "
                                                   f"rule {rule.code}")
                if doc.removed == removed:
                    found_nothing_at[rule] = removed
                else:
                    found_nothing_at.pop(rule, None)
            if doc.removed == before:
                break
        return Result(doc.text(), doc.site, doc.removals())

    def _rules_for(self, site: str | None, lang: str | None) -> tuple[list[Rule], list[Rule]]:
        """The rules for a site and language, and those of them that are not ``local``."""
        chosen = self._chosen_rules.get((site, lang))
        if chosen is None:
            rules = [r for r in self.rules if (not r.site or r.site == site) and (
                not lang or "*" in r.languages or lang in r.languages)]
            chosen = self._chosen_rules[site, lang] = rules, [r for r in rules if not r.local]
        return chosen

    @staticmethod
    def _pass_through(doc: Document, error: str) -> Result:
        doc.restore()
        return Result(doc.text(), doc.site, [], errors=[error])

    def clean(self, text: str, url: str | None = None, site: str | None = None,
              lang: str | None = None) -> Result:
        return self.clean_document(Document(text, url=url, site=site, lang=lang))

    def clean_html(self, html: str, url: str | None = None, site: str | None = None,
                   lang: str | None = None, options: ExtractOptions | None = None) -> Result:
        """Extract a page's article text with trafilatura (``options``: its choices) and clean it;
        ``Result.input_text`` is the extracted text the removals' line numbers refer to."""
        from .extract import ExtractOptions, clean_html

        return clean_html(self, html, url=url, site=site, lang=lang, options=options or ExtractOptions())


def _chosen(code: str, select: list[str] | None, ignore: list[str] | None) -> bool:
    if select and not any(code.startswith(s) for s in select):
        return False
    return not (ignore and any(code.startswith(s) for s in ignore))


_default: Cleaner | None = None


def default_cleaner() -> Cleaner:
    global _default
    if _default is None:
        _default = Cleaner()
    return _default


def clean(text: str, url: str | None = None, site: str | None = None,
          lang: str | None = None) -> Result:
    """Clean one article's text (one paragraph a line) with every loaded plugin's rules."""
    return default_cleaner().clean(text, url=url, site=site, lang=lang)


def clean_html(html: str, url: str | None = None, site: str | None = None, lang: str | None = None,
               options: ExtractOptions | None = None) -> Result:
    """Clean one page's HTML: its article text extracted, then cleaned by every loaded plugin's rules."""
    return default_cleaner().clean_html(html, url=url, site=site, lang=lang, options=options)
