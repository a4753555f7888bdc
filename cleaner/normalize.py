"""Text normalisation used for matching only; it never leaks into the output."""

from __future__ import annotations

import re
import unicodedata
from operator import methodcaller

import regex

# Arabic letter variants folded to one form so spelling variants match the same phrase, and
# invisible characters dropped. (A few str.replace calls beat str.translate with a dict.)
_FOLD = (
    ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ئ", "ي"), ("ؤ", "و"), ("ة", "ه"),
    ("ـ", ""),  # tatweel
    ("\u200b", ""), ("\u200c", ""), ("\u200d", ""), ("\u200e", ""), ("\u200f", ""), ("\ufeff", ""),
)
# Characters no other character casefolds to, which folding leaves as they are: a line holds one
# exactly when its folded text does (checked over all of Unicode in tests/test_document.py).
FOLD_INVARIANT = frozenset("!\"#$%&'()*+,-./0123456789:;<=>?@[\\]^_`{|}~©®°«»·•")
# the variants of a letter that ``_FOLD`` folds to it: ا <- أإآٱ
FOLDED_FROM = {f: "".join(v for v, g in _FOLD if g == f) for _, f in _FOLD if f}
_MARKS_AND_BIDI = regex.compile(r"[\p{Mn}\u202a-\u202e\u2066-\u2069]+")
_NOT_WORD = re.compile(r"[\W_]+")  # not str.isalnum, as in ``cleaner.document.count_words``
_ASCII_NOT_WORD = re.compile(r"[^A-Za-z0-9]+")


def _fold(text: str) -> str:
    """Everything ``normalize`` does but the whitespace collapse."""
    if text.isascii():  # fast path: compatibility forms, marks, bidi and Arabic folding are no-ops
        return text.casefold()
    # Compatibility decomposition splits accented letters (and Arabic hamza/madda forms) into base
    # plus marks; the marks and bidi controls go, and what is left is recomposed.
    text = unicodedata.normalize("NFC", _MARKS_AND_BIDI.sub("", unicodedata.normalize("NFKD", text)))
    for variant, folded in _FOLD:
        if variant in text:
            text = text.replace(variant, folded)
    return text.casefold()


def normalize(text: str) -> str:
    """Fold a line for matching: NFKC, no diacritics or tatweel, one Arabic letter form, casefold,
    whitespace runs as one space.

    Example: ``normalize("قد يُعجبك أيضاً")`` == ``normalize("قد يعجبك ايضا")``.
    """
    return " ".join(_fold(text).split())


def phrase_key(text: str) -> str:
    """The normalised line with punctuation and symbols removed: the key phrase rules match on.

    Example: ``phrase_key("اقرأ المزيد :")`` == ``"اقرا المزيد"``.
    """
    return key_of_norm(normalize(text))


def key_of_norm(folded: str) -> str:
    """``phrase_key`` of a line already passed through ``normalize``.

    The key is the line's runs of letters and digits joined by single spaces. Most tokens are
    such a run, maybe with punctuation at its edges, so they are checked in C (``str.isalnum``
    over ``map``); a regex runs only on a line with a token like "a-b" or "$5".
    """
    tokens = folded.split()
    if all(map(str.isalnum, tokens)):
        return " ".join(tokens)
    stripped = list(filter(None, map(strip_edges, tokens)))
    if all(map(str.isalnum, stripped)):
        return " ".join(stripped)
    if folded.isascii():  # same result as the Unicode class on ASCII, several times faster
        return " ".join(_ASCII_NOT_WORD.sub(" ", folded).split())
    return " ".join(_NOT_WORD.sub(" ", folded).split())


BELOW_LEAD = bytes(range(0xC0))  # deleting these from UTF-8 leaves one (lead) byte per non-ASCII character


def punctuated_ascii(text: str) -> bytes | None:
    """The UTF-8 bytes of ``text`` when it is ASCII, or ASCII with general punctuation
    (U+2000-U+203F, E2 80 xx: typographic quotes, dashes, ellipsis, bullets, invisible spaces),
    else None. None of these characters is a letter or digit or has a case, so such text (most
    Latin-script text) is counted, keyed and folded on its bytes, several times faster than as str."""
    if text.isascii():
        return text.encode("ascii")
    data = text.encode("utf-8", "surrogatepass")
    leads = data.translate(None, BELOW_LEAD)
    if leads.translate(None, b"\xe2") or data.count(b"\xe2\x80") != len(leads):
        return None
    return data


# ASCII letters (lowercased) and digits kept, every other byte a space: see ``bytes_key``.
_KEY_BYTES = bytes(b if chr(b).isalnum() and b < 128 else 0x20 for b in bytes(range(256)).lower())
# U+200B-U+200F, U+202A-U+202E: invisible and bidi controls, which folding drops.
_DROPPED_PUNCTUATION = re.compile(rb"\xe2\x80[\x8b-\x8f\xaa-\xae]")


# ``_KEY_BYTES`` with a newline as \x01: it separates the lines of ``bytes_keys`` (no other byte is
# left as \x01 or any byte ``bytes.split`` splits on but a space).
_KEY_BYTES_NL = _KEY_BYTES[:0x0A] + b"\x01" + _KEY_BYTES[0x0B:]


def _key_bytes(text: str, newlines: bool) -> tuple[bytes, str] | None:
    """``text``'s characters as their part of a phrase key, on bytes: a letter or digit folded,
    anything else a space (with ``newlines``, a newline as \x01); and the codec the bytes are in.
    ASCII and ``punctuated_ascii`` text by one table (general punctuation separates words once
    folded, except the invisible and bidi controls, which folding drops), Arabic, Cyrillic and
    Western European text in its Windows code page (see ``_CodePageMap``); None for other text."""
    data = punctuated_ascii(text)
    if data is None:
        page = _KEY_PAGES[code_page(text)]
        data = page.map(text, keep_newlines=newlines)
        return None if data is None else (data, page.codec)
    if not text.isascii():
        data = _DROPPED_PUNCTUATION.sub(b"", data)
    return data.translate(_KEY_BYTES_NL if newlines else _KEY_BYTES), "ascii"


def bytes_key(text: str) -> str | None:
    """``phrase_key(text)`` computed on bytes (see ``_key_bytes``), or None for text that cannot be:
    its key is the runs of letters and digits of its folded bytes."""
    found = _key_bytes(text, newlines=False)
    return None if found is None else b" ".join(found[0].split()).decode(found[1])


def bytes_keys(texts: list[str]) -> list[str] | None:
    """``bytes_key`` of each of ``texts`` (lines: no newline in them), computed on all of them
    joined, so that each line costs no Python call; None unless every text can be keyed on bytes
    in one way (the ASCII table, or one code page for them all)."""
    if not texts:
        return []
    found = _key_bytes("\n".join(texts), newlines=True)
    if found is None:
        return None
    data, codec = found
    # what is left: the keys' letters and digits, spaces, and \x01 between lines
    data = b" ".join(data.split()).replace(b" \x01", b"\x01").replace(b"\x01 ", b"\x01")
    return data.decode(codec).split("\x01")


CODE_PAGES = ("cp1256", "cp1251", "cp1252")  # Arabic, Cyrillic, Western European: one byte a character


def code_page(text: str) -> str:
    """The Windows code page to try for non-ASCII text: Arabic when it has an alef or a lam,
    Cyrillic when it has a Cyrillic о or е (the commonest letters of Russian, Ukrainian,
    Bulgarian, Serbian), else Western European. A hint only: a text the page cannot encode
    takes a slower path."""
    if "ا" in text or "ل" in text:
        return "cp1256"
    return "cp1251" if "о" in text or "е" in text else "cp1252"


class _CodePageMap:
    """A character-by-character fold (``char_map``) done on the bytes of a single-byte code
    page. Each byte has its folded form: one byte of the page ("É" -> "e", "أ" -> "ا"), nothing
    (harakat, tatweel, invisible characters) or several bytes ("ß" -> "ss"); a text with a byte
    whose form is not in the page ("µ" -> Greek "μ") is not mapped (None)."""

    def __init__(self, codec: str, char_map) -> None:
        self.codec = codec
        table, delete, unsupported = bytearray(range(256)), bytearray(), bytearray()
        self.expand: dict[bytes, bytes] = {}
        for b in range(256):
            try:
                form = char_map(bytes([b]).decode(codec)).encode(codec)
            except (UnicodeDecodeError, UnicodeEncodeError):
                unsupported.append(b)
                continue
            if not form:
                delete.append(b)
            elif len(form) == 1:
                table[b] = form[0]
            else:
                self.expand[bytes([b])] = form
        self.table, self.delete = bytes(table), bytes(delete)
        table[0x0A] = 0x01
        self.table_nl = bytes(table)  # the same with a newline as \x01 (see ``bytes_keys``)
        self.supported = bytes(b for b in range(256) if b not in unsupported)  # (deleting them leaves the others)
        for form in self.expand.values():  # expansions are translated in turn: they must stay as they are
            assert form.translate(self.table) == form and not form.translate(None, self.supported), codec

    def map(self, text: str, keep_newlines: bool = False) -> bytes | None:
        """``text`` folded, as bytes of the page; None when the page cannot hold it or its fold.
        With ``keep_newlines``, a newline is \\x01 (no other character is)."""
        try:
            data = text.encode(self.codec)
        except UnicodeEncodeError:
            return None
        if data.translate(None, self.supported):
            return None
        for byte, form in self.expand.items():
            if byte in data:
                data = data.replace(byte, form)
        return data.translate(self.table_nl if keep_newlines else self.table, self.delete)


# Punctuation that often clings to a word ("word," "(word)" "«word»"); none of it is a letter or digit.
EDGE_PUNCTUATION = ".,;:!?\"'()[]«»“”‘’،؛؟-–—…/"
strip_edges = methodcaller("strip", EDGE_PUNCTUATION)  # a token without the punctuation at its ends


_QUICK_DROP = ("ـ", "\u064b", "\u064c", "\u064d", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652",
               "\u0670", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff")


def quick_fold(text: str) -> str:
    """A cheap fold of a whole document for substring search: casefold, Arabic letter variants
    unified, tatweel, harakat and invisible characters dropped (no Unicode normalisation passes).

    Example: ``quick_fold("شبكة الإسراء")`` == ``quick_fold("شبكه الاسراء")``.
    """
    if text.isascii():  # (str.lower is faster than casefold and the same on ASCII)
        return text.lower()
    if len(text) > _BYTES_FROM:
        folded = _quick_fold_bytes(text)
        if folded is not None:
            return folded
    text = text.casefold()
    for variant, folded in _FOLD:
        if variant in text:
            text = text.replace(variant, folded)
    for char in _QUICK_DROP:
        if char in text:
            text = text.replace(char, "")
    return text


_BYTES_FROM = 400  # shorter texts are folded as str (encoding and decoding cost more than they save)
_INVISIBLE = re.compile(rb"\xe2\x80[\x8b-\x8f]")  # U+200B-U+200F, which _FOLD drops


def _quick_fold_bytes(text: str) -> str | None:
    """``quick_fold`` of ``punctuated_ascii`` text, done on its bytes (lowering the ASCII
    letters and dropping the invisible U+200B-U+200F), or None for other text. (Arabic text
    folds no faster on its code page's bytes than as str.)"""
    data = punctuated_ascii(text)
    if data is None:
        return None
    return _INVISIBLE.sub(b"", data.lower()).decode("utf-8", "surrogatepass")


def _key_form(char: str) -> str:
    """A character's part of a phrase key: its fold, with what is not a letter or digit as spaces."""
    return "".join(c if c.isalnum() else " " for c in _fold(char))


_KEY_PAGES = {codec: _CodePageMap(codec, _key_form) for codec in CODE_PAGES}
