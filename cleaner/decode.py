"""Bytes to text: UTF-8 first, then detected encodings; binary input is refused with a reason."""

from __future__ import annotations

import codecs
import re

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


class InputError(ValueError):
    """A document that cannot be cleaned: the message says what and where."""


def decode(data: bytes, label: str = "<input>", max_bytes: int | None = DEFAULT_MAX_BYTES) -> str:
    """Decode one document's bytes.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded directly; anything else that
    is not valid UTF-8 goes to charset-normalizer (Windows-1256 and ISO-8859-6 Arabic are detected
    correctly). Binary data (known magic numbers, more than one NUL byte in 1000) and undecodable
    bytes raise ``InputError``: nothing is guessed silently into mojibake. The few NUL bytes of a
    page with stray ones are dropped (as a browser ignores them).
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
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        raise InputError(f"{label}: not UTF-8 ({utf8_error}) and no other encoding fits")
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError:
        raise InputError(f"{label}: not UTF-8 ({utf8_error}); detected {best.encoding} does not fit") from None


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
