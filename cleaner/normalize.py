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
    folded = normalize(text)
    if folded.isascii():  # same result as the Unicode class on ASCII, several times faster
        return " ".join(_ASCII_NOT_WORD.sub(" ", folded).split())
    return " ".join(_NOT_WORD.sub(" ", folded).split())


_VARIANTS = {"ا": "اأإآٱ", "ي": "يىئ", "ه": "هة", "و": "وؤ"}
_SKIPPABLE = r"[\p{Mn}ـ\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]*"


def variant_pattern(phrases) -> regex.Pattern:
    """One pattern finding any of ``phrases`` in raw, unfolded text.

    It accepts what ``phrase_key`` folds away: Arabic letter variants, diacritics and tatweel
    between letters, case, and any punctuation or spacing between words, so a document can be
    searched in one pass without normalising it. Example: ``variant_pattern(["قد يعجبك ايضا"])``
    finds "قد يُعجبك أيضاً".
    """
    alternatives = []
    for phrase in phrases:
        words = []
        for word in phrase_key(phrase).split():
            chars = [f"[{regex.escape(_VARIANTS[c])}]" if c in _VARIANTS else regex.escape(c) for c in word]
            words.append(_SKIPPABLE.join(chars))
        if words:
            alternatives.append(r"[^\p{L}\p{N}]+".join(words))
    return regex.compile("|".join(alternatives) or r"(?!)", regex.IGNORECASE)
