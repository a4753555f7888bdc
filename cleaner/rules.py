"""Rule base class and the reusable rule shapes plugins build on."""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from typing import ClassVar

import regex

from .document import MAX_PHRASE_WORDS, Document
from .normalize import phrase_key

ALL_LANGUAGES = ("*",)


class Rule:
    """A rule removes boilerplate lines from a ``Document``.

    Subclasses set ``code`` (stable, e.g. ``GEN001``), ``slug``, ``languages`` and, for a per-site
    rule, ``site``; the class docstring is the rule's documentation (What it does / Why / Example).
    ``apply`` calls ``doc.remove(index, self.code)`` for every line it removes.
    """

    code: ClassVar[str] = ""
    slug: ClassVar[str] = ""
    languages: ClassVar[tuple[str, ...]] = ALL_LANGUAGES
    site: ClassVar[str | None] = None
    # True when whether a line goes depends only on the line itself, on whether it is in the
    # head/tail block and on which kept lines bound the blocks (the first and the last prose
    # paragraph), never on other lines or removals: the engine then runs the rule again in a
    # later pass only when the blocks have moved (see ``Document.update_blocks``).
    local: ClassVar[bool] = False
    plugin: str = ""  # filled in by the registry: the plugin that registered the rule

    def apply(self, doc: Document) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    def __repr__(self) -> str:
        return f"<{self.code} {self.slug}>"


class PhraseSet(frozenset):
    """A frozenset of phrase keys that knows its longest phrase in words (``max_words``) and in
    characters (``max_chars``), so ``Line.key_in`` counts and folds only lines that could be one
    of them."""

    max_words: int
    max_chars: int

    def __new__(cls, keys: Iterable[str]) -> PhraseSet:
        self = super().__new__(cls, keys)
        self.max_words = max((len(k.split()) for k in self), default=0)
        self.max_chars = max(map(len, self), default=0)
        return self

    def __reduce__(self):
        return PhraseSet, (list(self),)


def phrase_set(phrases: Iterable[str]) -> PhraseSet:
    """Phrases folded the way ``Line.key`` is, so spelling and punctuation variants match."""
    keys = PhraseSet(phrase_key(p) for p in phrases)
    if keys.max_words > MAX_PHRASE_WORDS:
        too_long = [k for k in keys if len(k.split()) > MAX_PHRASE_WORDS]
        raise ValueError(f"phrases longer than {MAX_PHRASE_WORDS} words never match: {too_long}")
    return keys


def alternation(phrases: Iterable[str], anchored: bool = True, whole_words: bool = False) -> regex.Pattern:
    """One compiled alternation of phrase keys, longest first, matched at the start of a key
    (``anchored``) or at the start of any word in it; with ``whole_words`` a match must also end
    at a word end ("us" does not match "using", "affiliate link" not "affiliate links")."""
    keys = sorted(phrase_set(phrases), key=len, reverse=True)
    start = "^" if anchored else r"(?<![\p{L}\p{N}])"
    end = r"(?![\p{L}\p{N}])" if whole_words else ""
    return regex.compile(start + "(?:" + "|".join(regex.escape(k) for k in keys) + ")" + end)


class PhraseLineRule(Rule):
    """Base: remove lines whose whole key is one of ``phrases`` (within ``scope``)."""

    phrases: ClassVar[Iterable[str]] = ()
    scope: ClassVar[str] = "any"  # "any", "head", "tail" or "edges" (head or tail)
    _keys: ClassVar[frozenset[str]]

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._keys = phrase_set(cls.phrases)

    local = True

    def apply(self, doc: Document) -> None:
        scope = self.scope
        for i in doc.keyed(self._keys):
            if doc.in_scope(i, scope):
                doc.remove(i, self.code)
