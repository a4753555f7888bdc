"""Matching helpers shared by the generic rules."""

import regex

from cleaner.rules import phrase_set


def whole_words(phrases) -> regex.Pattern:
    """One alternation of phrase keys matched as whole words anywhere in a line's key ("us" does
    not match "using"), unlike ``cleaner.rules.alternation``, which only anchors the start."""
    keys = sorted(phrase_set(phrases), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(k) for k in keys) + r")(?![\p{L}\p{N}])")
