"""Bytes to text: UTF-8 first, then a page's declared charset, then detection; binary input is
refused with a reason."""

from __future__ import annotations

import codecs
import re
import threading

DEFAULT_MAX_BYTES = 20_000_000

_MAGIC = (
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive"), (b"\x1f\x8b", "gzip data"),
    (b"\x28\xb5\x2f\xfd", "zstd data"), (b"BZh", "bzip2 data"), (b"\x7fELF", "executable"),
)


# Text with more than one NUL byte in this many (in its first 64 kB) is binary: an executable,
# a database, UTF-16 without a BOM. Fewer are strays in a page (a broken template), dropped.
_NUL_SHARE = 1000
_OPENING_TAG = re.compile(r"<(?:[a-z]|!--)")  # a start tag or a comment

# A page's own charset: <meta charset>, <meta http-equiv="Content-Type" content="...; charset=...">
# or an XML declaration's encoding, in its first bytes (browsers look in the first 1024; pages with
# long heads put it later).
_PRESCAN_BYTES = 8192
_DECLARED = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)"""
                       rb"""|<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
# Labels a browser decodes as another (the WHATWG Encoding Standard): Latin-1 and ASCII pages as
# Windows-1252, Latin-5 as Windows-1254, GB2312 and GBK as GB18030, Shift_JIS as Windows-31J,
# EUC-KR as Windows-949, Big5 with the HKSCS additions.
_AS_BROWSERS_DO = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874",
    "iso8859-11": "cp874", "windows-874": "cp874", "gb2312": "gb18030", "gbk": "gb18030",
    "shift_jis": "cp932", "x-sjis": "cp932", "euc_kr": "cp949", "big5": "big5hkscs",
    "iso-8859-8-i": "iso8859-8", "iso-8859-6-i": "iso8859-6", "iso-8859-6-e": "iso8859-6",
}
# What detection may decode into: the legacy encodings of the web (those of the WHATWG Encoding
# Standard, less its rarest: ISO-8859-3/4/10/13/14/16 and the Mac pages). Among all that
# charset-normalizer knows, DOS and Mac code pages win on short text (Mac Central European for
# French with a "ÿ", CP1006 for "café au lait").
_WEB_CODECS = ["cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
               "iso8859_2", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_15", "latin_1",
               "koi8_r", "koi8_u", "cp866", "cp874", "gb18030", "big5", "euc_jp", "iso2022_jp", "cp932",
               "shift_jis", "euc_kr", "cp949"]
# Detection ties (charset-normalizer scores a short or plain text the same in several code pages
# and takes the first by name: Windows-1250 for French, "trčs"): the encoding most used on the
# web among the tied ones.
_WEB_ORDER = ("cp1252", "cp1256", "cp1251", "cp1250", "iso8859-6", "cp1254", "cp1253", "cp1255",
              "cp1257", "koi8-r", "iso8859-15", "iso8859-2", "gb18030", "cp932", "euc_jp", "cp949",
              "big5", "cp874", "cp1258")


class InputError(ValueError):
    """A document that cannot be cleaned: the message says what and where."""


def decode(data: bytes, label: str = "<input>", max_bytes: int | None = DEFAULT_MAX_BYTES) -> str:
    """Decode one document's bytes.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded directly, and so is UTF-8
    with a few bytes that are not (``_utf8_with_strays``). Anything else is decoded in the charset
    the page declares, when it declares one that fits (``declared_encoding``), else in the one
    charset-normalizer detects, ties going to the code page most used on the web (``_detect``:
    Windows-1252 before Windows-1250 for French; Windows-1256 and ISO-8859-6 Arabic are detected
    correctly). Binary data (known magic numbers, more than one NUL byte in 1000) and
    undecodable bytes raise ``InputError``: nothing is guessed silently into mojibake. The few
    NUL bytes of a page with stray ones are dropped (as a browser ignores them).
    """
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(f"{label}: {len(data)} bytes is over --max-bytes {max_bytes}; skipped")
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(f"{label}: invalid {codec} ({err.reason} at byte {err.start})") from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{label}: binary data ({kind}), not text")
    if b"\x00" in data:
        head = data[:65536]
        if head.count(b"\x00") * _NUL_SHARE > len(head):
            raise InputError(f"{label}: binary data (NUL bytes), not text")
        data = data.replace(b"\x00", b"")  # a few stray NULs in a page: never content
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = f"{err.reason} at byte {err.start}"
    text = _utf8_with_strays(data)
    if text is not None:
        return text
    declared = declared_encoding(data)
    if declared is not None:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration is wrong: detected as if there were none
    codec = _detect(data)
    if codec is None:
        raise InputError(f"{label}: not UTF-8 ({utf8_error}) and no other encoding fits")
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise InputError(f"{label}: not UTF-8 ({utf8_error}); detected {codec} does not fit") from None


class _Strays(threading.local):
    bytes = 0  # the bytes ``_stray_as_cp1252`` has decoded in this thread


_STRAYS = _Strays()


def _stray_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """A decoding error handler: each byte that is not UTF-8 as its Windows-1252 character (the
    five bytes that page lacks as the same code point, as browsers decode them), counted."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    _STRAYS.bytes += error.end - error.start
    return error.object[error.start:error.end].decode("cp1252", "clean-article-latin1"), error.end


codecs.register_error("clean-article-stray-cp1252", _stray_as_cp1252)
codecs.register_error("clean-article-latin1", lambda error: (
    error.object[error.start:error.end].decode("latin-1"), error.end))


def _utf8_with_strays(data: bytes) -> str | None:
    """UTF-8 text with a few bytes that are not (a Windows-1252 template or quote pasted into a
    UTF-8 page, a truncated character), each decoded as Windows-1252; None when the text holds
    fewer than twice as many UTF-8 characters outside ASCII as such bytes. Text in a legacy code
    page is almost never also valid UTF-8 beyond ASCII (that takes pairs such as "Ã©"), so a page
    with many such characters is UTF-8: decoding all of it in a code page would garble every one."""
    _STRAYS.bytes = 0
    text = data.decode("utf-8", "clean-article-stray-cp1252")
    strays = _STRAYS.bytes
    utf8_chars = len(text) - len(text.encode("ascii", "ignore")) - strays
    return text if utf8_chars >= 2 * strays else None


def declared_encoding(data: bytes) -> str | None:
    """The codec of the charset a page declares in its first bytes (a ``<meta>`` tag or an XML
    declaration), read as browsers read it (``_AS_BROWSERS_DO``); None when there is none, it is
    unknown, or it is UTF-8 or UTF-16 (which a page that is not valid UTF-8 cannot be: browsers
    ignore a UTF-16 declaration in the page itself too)."""
    match = _DECLARED.search(data[:_PRESCAN_BYTES])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        codec = label
    codec = _AS_BROWSERS_DO.get(codec, codec)
    try:
        codec = codecs.lookup(codec).name
    except LookupError:
        return None
    return None if codec.startswith(("utf-8", "utf-16", "utf-32")) else codec


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best guess among ``_WEB_CODECS``, its ties broken by ``_WEB_ORDER``;
    None when it finds nothing but UTF-8 or ASCII (which the data is not)."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:1_000_000], cp_isolation=_WEB_CODECS)
    best = matches.best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return None
    tied = {codecs.lookup(codec).name for match in matches
            if (match.percent_chaos, match.percent_coherence) == (best.percent_chaos, best.percent_coherence)
            for codec in match.could_be_from_charset}
    return next((codec for codec in _WEB_ORDER if codec in tied), best.encoding)


def looks_like_html(text: str) -> bool:
    """Whether a document is HTML rather than one-paragraph-a-line text: it opens with a doctype,
    <html> or an XML declaration; or it opens with another tag or a comment and has <html>,
    <head> or <body> in its first 64 kB (a page with a script, a style sheet or a server's
    warnings printed before its <html>); or it is a fragment with a <p>…</p> paragraph near its
    start. Text that only speaks of <head> or <body> is text."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or (
            "<p>" in head and "</p>" in text[:8192].lower()):
        return True
    if not _OPENING_TAG.match(head):
        return False
    window = text[:65536].lower()
    return "<html" in window or "<body" in window or "<head" in window
