"""Israj news network (israj.net): ISJ rules."""

import regex

from cleaner import PhraseLineRule, Rule, Site, hookimpl

SITE = Site(
    id="israj",
    title="Israj (Al-Israa wal-Miraj news network)",
    domains=("israj.net",),
    fingerprints=("شبكة الإسراء والمعراج", "إسراج الأنباء"),
    names=("إسراج الأنباء", "إسراج", "شبكة الإسراء والمعراج"),
)


class HeaderTagline(PhraseLineRule):
    """Removes Israj's header tagline and template placeholder.

    What it does: removes the site tagline "فلسطين - المسجد الاقصى المبارك" and the theme's
    leftover "head2" line in the head block.
    Why: they are the page header, printed above every article.
    Example: "فلسطين - المسجد الاقصى المبارك", "head2".
    """

    code = "ISJ001"
    slug = "header-tagline"
    site = "israj"
    scope = "head"
    phrases = ["فلسطين - المسجد الاقصى المبارك", "head2"]


class RelatedTeaser(Rule):
    """Removes related-article teasers glued to the share widget.

    What it does: removes a line ending in "Share This:" that is not a prose paragraph: in the
    related list, each teaser's dateline runs into the share button's label.
    Why: these are other articles' datelines, not this article's text.
    Example: "أوسلو – وكالات – شبكة الإسراء والمعراج ( إسراج ) Share This:"
    """

    code = "ISJ002"
    slug = "related-teaser"
    local = True
    site = "israj"
    _TAIL = regex.compile(r"\S\s+Share This:\s*$")

    def apply(self, doc):
        for i in doc.containing(("share this:",)):
            line = doc.lines[i]
            if self._TAIL.search(line.text) and line.at_most(20):
                doc.remove(i, self.code)


@hookimpl
def prune_xpaths(site, sites):
    """Israj's WordPress share widget and print button, pruned from the page before extraction."""
    if site == "israj":
        return ["//div[contains(@class,'sharedaddy')]", "//div[contains(@class,'printfriendly')]"]
    return None


@hookimpl
def register_sites(register):
    register(SITE)


@hookimpl
def register_rules(register):
    register(HeaderTagline)
    register(RelatedTeaser)
