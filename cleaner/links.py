"""The texts of a page's links, for the rules that recognise a line that is all one link."""

from __future__ import annotations

from collections.abc import Iterable


def link_key(text: str) -> str:
    """``text`` without whitespace, casefolded: how a line and a link's text are compared (the
    extracted text may join or split a link's parts differently from the markup)."""
    return "".join(text.split()).casefold()


class PageLinks:
    """The texts of a page's ``<a>`` elements. ``text in links`` is true when the whole of
    ``text`` is the text of one link (whitespace and case aside). From a parsed page the texts
    are read on first use only, so a page no rule asks about costs nothing."""

    __slots__ = ("_tree", "_keys")

    def __init__(self, tree=None, texts: Iterable[str] = ()) -> None:
        self._tree = tree  # an lxml tree of the page, read and dropped on first use
        self._keys: frozenset[str] | None = None if tree is not None else frozenset(map(link_key, texts))

    def __contains__(self, text: str) -> bool:
        return self.has_key(link_key(text))

    def has_key(self, key: str) -> bool:
        """Whether ``key`` (a ``link_key``) is the key of one of the page's links."""
        if self._keys is None:
            self._keys = frozenset(link_key(a.text_content()) for a in self._tree.iter("a"))
            self._tree = None
        return key in self._keys
