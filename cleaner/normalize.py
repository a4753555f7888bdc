"""Text normalisation used for matching only; it never leaks into the output."""

from __future__ import annotations

import unicodedata

import regex

# Arabic letter variants folded to one form so spelling variants match the same phrase.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ـ": None,  # tatweel
        "\u200c": None,  # zero-width non-joiner
        "\u200d": None,  # zero-width joiner
        "\u200b": None,  # zero-width space
        "\u200e": None,  # left-to-right mark
        "\u200f": None,  # right-to-left mark
        "\ufeff": None,  # byte order mark
    }
)
_MARKS = regex.compile(r"\p{Mn}+")
_BIDI = regex.compile(r"[\u202a-\u202e\u2066-\u2069]")
_SPACE = regex.compile(r"\s+")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def normalize(text: str) -> str:
    """Fold a line for matching: NFKC, no diacritics or tatweel, one Arabic letter form, casefold.

    Example: ``normalize("قد يُعجبك أيضاً")`` == ``normalize("قد يعجبك ايضا")``.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _BIDI.sub("", text)
    text = _MARKS.sub("", unicodedata.normalize("NFD", text))
    text = unicodedata.normalize("NFC", text).translate(_ARABIC_FOLD).casefold()
    return _SPACE.sub(" ", text).strip()


def phrase_key(text: str) -> str:
    """The normalised line with punctuation and symbols removed: the key phrase rules match on.

    Example: ``phrase_key("اقرأ المزيد :")`` == ``"اقرا المزيد"``.
    """
    return _NOT_WORD.sub(" ", normalize(text)).strip()
