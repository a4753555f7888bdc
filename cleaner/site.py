"""Sites: what a per-site plugin knows about one publisher."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlsplit

from .normalize import FOLDED_FROM, quick_fold


@dataclass(frozen=True)
class Site:
    """A publisher: its id, domains, text fingerprints and the names it signs pages with.

    ``fingerprints`` are phrases whose presence in a text identifies the site when no URL is
    given; ``names`` are the site's own name lines (header title, trailing signature), removed by
    the generic site-name rule (GEN010) in the head and at the very end.
    """

    id: str
    domains: tuple[str, ...] = ()
    fingerprints: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    title: str = ""

    def matches_url(self, url: str) -> bool:
        return self.matches_host(url_host(url))

    def matches_host(self, host: str) -> bool:
        """Whether ``host`` (lower case, see ``url_host``) is one of the site's domains or under one."""
        return any(host == d or host.endswith("." + d) for d in self.domains)

    @cached_property
    def name_keys(self) -> frozenset[str]:
        """The site's names folded as phrase keys (see ``cleaner.rules.phrase_set``)."""
        from .rules import phrase_set

        return phrase_set(self.names)

    @cached_property
    def folded_fingerprints(self) -> tuple[str, ...]:
        """The fingerprints folded like ``Document.folded`` (see ``quick_fold``)."""
        return tuple(quick_fold(f) for f in self.fingerprints)

    @cached_property
    def _fingerprint_letters(self) -> tuple[tuple[str, str], ...]:
        """Each folded fingerprint with the input letters one of which a text that has it must
        hold: an Arabic letter of it and the variants folded to it ("" when it has none). The
        letter is the commonest one without variants where there is one (ل, in most Arabic
        phrases), so one search of a text answers for most fingerprints."""
        found = []
        for fp in self.folded_fingerprints:
            arabic = [c for c in fp if "\u0621" <= c <= "\u064a"]
            plain = [c for c in arabic if c not in FOLDED_FROM]
            letter = ("ل" if "ل" in plain else plain[0]) if plain else arabic[0] if arabic else ""
            found.append((fp, letter + FOLDED_FROM.get(letter, "")))
        return tuple(found)

    def found_in(self, doc) -> bool:
        """Whether the document's text holds one of the fingerprints. Most texts lack the
        fingerprints' letters (an English text has no Arabic letter), and a letter is found
        without folding the document."""
        return any(fp in doc.folded for fp, letters in self._fingerprint_letters
                   if not letters or any(map(doc.holds, letters)))


# A plain http(s) address, its host's letters, digits, dots and hyphens then a port or the end of
# the host: its host is read off directly, as ``urlsplit`` would read it (other addresses go to it).
_PLAIN_URL = re.compile(r"https?://([A-Za-z0-9.-]+)(?::[0-9]*)?(?:[/?#]|$)")


def url_host(url: str) -> str:
    """The host name of ``url`` (a scheme is optional), lower case, without a trailing dot."""
    plain = _PLAIN_URL.match(url)
    if plain:
        host = plain.group(1)
    else:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    return host.lower().rstrip(".")
