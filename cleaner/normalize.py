"""Text normalisation used for matching only; it never leaks into the output."""

from __future__ import annotations

import re
import unicodedata

import regex

# Arabic letter variants folded to one form so spelling variants match the same phrase, and
# invisible characters dropped. (A few str.replace calls beat str.translate with a dict.)
_FOLD = (
    ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ئ", "ي"), ("ؤ", "و"), ("ة", "ه"),
    ("ـ", ""),  # tatweel
    ("\u200b", ""), ("\u200c", ""), ("\u200d", ""), ("\u200e", ""), ("\u200f", ""), ("\ufeff", ""),
)
_PRECOMPOSED = regex.compile(r"[\u00c0-\u024f\u0380-\u03ff\u0400-\u04ff\u1e00-\u1fff]")
_MARKS_AND_BIDI = regex.compile(r"[\p{Mn}\u202a-\u202e\u2066-\u2069]+")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_ASCII_NOT_WORD = re.compile(r"[^A-Za-z0-9]+")


def normalize(text: str) -> str:
    """Fold a line for matching: NFKC, no diacritics or tatweel, one Arabic letter form, casefold.

    Example: ``normalize("قد يُعجبك أيضاً")`` == ``normalize("قد يعجبك ايضا")``.
    """
    if text.isascii():  # fast path: NFKC, marks, bidi and Arabic folding are no-ops on ASCII
        return " ".join(text.casefold().split())
    text = unicodedata.normalize("NFKC", text)
    if _PRECOMPOSED.search(text):  # accented Latin/Greek/Cyrillic letters: split off their marks first
        text = unicodedata.normalize("NFC", _MARKS_AND_BIDI.sub("", unicodedata.normalize("NFD", text)))
    else:  # Arabic diacritics are separate marks already
        text = _MARKS_AND_BIDI.sub("", text)
    for variant, folded in _FOLD:
        if variant in text:
            text = text.replace(variant, folded)
    text = text.casefold()
    return " ".join(text.split())


def phrase_key(text: str) -> str:
    """The normalised line with punctuation and symbols removed: the key phrase rules match on.

    Example: ``phrase_key("اقرأ المزيد :")`` == ``"اقرا المزيد"``.
    """
    return key_of_norm(normalize(text))


def key_of_norm(folded: str) -> str:
    """``phrase_key`` of a line already passed through ``normalize``."""
    if folded.isascii():  # same result as the Unicode class on ASCII, several times faster
        return " ".join(_ASCII_NOT_WORD.sub(" ", folded).split())
    return " ".join(_NOT_WORD.sub(" ", folded).split())



_QUICK_DROP = ("ـ", "\u064b", "\u064c", "\u064d", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652",
               "\u0670", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff")


def quick_fold(text: str) -> str:
    """A cheap fold of a whole document for substring search: casefold, Arabic letter variants
    unified, tatweel, harakat and invisible characters dropped (no Unicode normalisation passes).

    Example: ``quick_fold("شبكة الإسراء")`` == ``quick_fold("شبكه الاسراء")``.
    """
    text = text.casefold()
    for variant, folded in _FOLD:
        if variant in text:
            text = text.replace(variant, folded)
    for char in _QUICK_DROP:
        if char in text:
            text = text.replace(char, "")
    return text
