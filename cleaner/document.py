"""The document model every input format is turned into and every rule works on."""

from __future__ import annotations

import codecs
import re
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import count, repeat
from operator import methodcaller

from .normalize import (
    BELOW_LEAD,
    CODE_PAGES,
    FOLD_INVARIANT,
    bytes_key,
    bytes_keys,
    code_page,
    key_of_norm,
    normalize,
    quick_fold,
)

MAX_PHRASE_WORDS = 20  # phrase rules match whole lines of at most this many words
SHORT_LIMIT = 80  # ``Document.short(n)`` serves n up to this many words
MAX_PHRASE_CHARS = 160  # the longest phrase key assumed for a plain frozenset (a PhraseSet knows its own)
# White_Space characters and invisible format characters: a line of only these is blank.
_BLANK = ("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
          "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
          "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff")
SENTENCE_END = frozenset(".!?؟。…:;؛»”“’\"')")  # (“ closes a German „quote“)
_WORD = re.compile(r"[^\W_]+")  # a run of str.isalnum characters


@dataclass(frozen=True)
class Removal:
    """One removed line: its 1-based line number in the input, its text and the rule that removed it."""

    line: int
    text: str
    rule: str

    def as_dict(self) -> dict:
        return {"line": self.line, "text": self.text, "rule": self.rule}


class Line:
    """A non-blank input line. Its prose flag and the folded forms rules match on (``norm``,
    ``key``) are computed on first use, so a long paragraph in the middle of an article that no
    rule asks about is never folded; its word count is set by its ``Document``, which counts all
    its lines at once (or on first use, where it cannot)."""

    __slots__ = ("number", "text", "removed_by", "ascii", "_words", "_min_words", "_prose", "_norm", "_key")

    def __init__(self, number: int, text: str, words: int | None = None) -> None:
        self.number = number  # 1-based line number in the input
        self.text = text
        self.removed_by: str | None = None
        self.ascii = text.isascii()
        self._words = words  # (None: counted on first use)
        self._min_words = 0  # a lower bound on ``words`` while it is not counted
        self._prose: bool | None = None
        self._norm: str | None = None
        self._key: str | None = None

    @property
    def words(self) -> int:
        """Runs of letters and digits (``str.isalnum``), see ``count_words``."""
        if self._words is None:
            self._words = count_words(self.text)
        return self._words

    def at_most(self, n: int) -> bool:
        """``self.words <= n``; a long non-ASCII line is first counted over its start only
        (about 8 characters a word), which is enough to tell it has more than n words: the
        answer for most prose. The count found is kept as a lower bound."""
        if self._words is not None:
            return self._words <= n
        if n < self._min_words:
            return False
        start = _CHARS_PER_WORD * (n + 1)
        if not self.ascii and len(self.text) > 2 * start:
            self._min_words = max(self._min_words, len(_WORD.findall(self.text, 0, start)))
            if n < self._min_words:
                return False
        return self.words <= n

    @property
    def is_prose(self) -> bool:
        """A sentence-like paragraph: at least 10 words ending in sentence punctuation, or at
        least 25 words."""
        if self._prose is None:
            self._prose = not self.at_most(24) or (
                not self.at_most(9) and self.text.rstrip()[-1:] in SENTENCE_END)
        return self._prose

    @property
    def norm(self) -> str:
        """The line folded for matching (see ``cleaner.normalize.normalize``)."""
        if self._norm is None:
            self._norm = normalize(self.text)
        return self._norm

    @property
    def key(self) -> str:
        """The folded line without punctuation: what phrase rules compare."""
        if self._key is None:
            # (most lines of Latin-script text are keyed on their bytes, without folding)
            key = bytes_key(self.text) if self._norm is None else None
            self._key = key_of_norm(self.norm) if key is None else key
        return self._key

    def key_in(self, keys: frozenset[str]) -> bool:
        """Whether the line's key is one of ``keys`` (a phrase set); long lines are never folded.

        A line more than three times as long as the set's longest phrase (plus 20 characters) is
        not one of them: diacritics, spacing and punctuation do not triple a phrase's length.
        Then an ASCII line's key has exactly its word count, so it is checked against the
        longest phrase of the set; other lines (where folding can join words split by
        diacritics) against ``MAX_PHRASE_WORDS``.
        """
        if len(self.text) > 3 * getattr(keys, "max_chars", MAX_PHRASE_CHARS) + 20:
            return False
        limit = getattr(keys, "max_words", MAX_PHRASE_WORDS) if self.ascii else MAX_PHRASE_WORDS
        return self.at_most(limit) and self.key in keys

    def __repr__(self) -> str:
        return f"Line({self.number}, {self.text!r}, removed_by={self.removed_by!r})"


# Word classes, a byte a character: "a" for a letter or digit (``str.isalnum``), a newline for a
# newline, a space for anything else; word runs are then counted in C. For ASCII bytes:
_ASCII_WORD_BYTES = bytes(0x61 if chr(b).isalnum() and b < 128 else b if b == 0x0A else 0x20 for b in range(256))
# The same for the Windows code pages of ``CODE_PAGES`` (Arabic, Cyrillic, Western European; one byte a character).
_CODE_PAGE_WORD_BYTES = {codec: bytes(0x61 if bytes([b]).decode(codec, "replace").isalnum() else b if b == 0x0A
                                      else 0x20 for b in range(256)) for codec in CODE_PAGES}
# Latin text in UTF-8: ASCII, U+0080-U+017F (lead bytes C2-C5) and general punctuation (U+2000-U+203F,
# E2 80 xx). Every character of U+00C0-U+017F (C3-C5) is a letter but × and ÷, none of U+0080-U+00BF
# (C2) but ª ² ³ µ ¹ º ¼ ½ ¾, none of general punctuation (checked in tests/test_document.py); those
# exceptions are replaced first, then each lead byte stands for its character and the continuation
# bytes go.
_LATIN_LEADS = b"\xc2\xc3\xc4\xc5\xe2"
_LATIN_EXCEPTIONS = ([(char, char.encode(), b"a") for char in "ª²³µ¹º¼½¾"]
                     + [(char, char.encode(), b" ") for char in "×÷"])
_LATIN_WORD_BYTES = bytes(0x61 if b in b"\xc3\xc4\xc5" else _ASCII_WORD_BYTES[b] for b in range(256))
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))
_COUNT_WORDS = methodcaller("count", b" a")  # the words in a line's classes after a space
_CHARS_PER_WORD = 8  # ``at_most(n)`` first counts the words in a long line's first 8 * (n + 1) characters


class _TooManyStrays(Exception):
    """More characters outside the code page than ``_encode_classing_strays`` allows."""


_STRAYS = threading.local()  # how many more characters outside the page the current encoding may class


def _word_class(error: UnicodeError) -> tuple[str, int]:
    """An encoding error handler: "a" for each letter or digit the page lacks, else a space; it
    gives up (``_TooManyStrays``) past the budget in ``_STRAYS.left``."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    _STRAYS.left -= error.end - error.start
    if _STRAYS.left < 0:
        raise _TooManyStrays
    return "".join(["a" if char.isalnum() else " " for char in error.object[error.start:error.end]]), error.end


_AS_WORD_CLASS = "clean-article-word-class"
codecs.register_error(_AS_WORD_CLASS, _word_class)


def _encode_classing_strays(text: str, codec: str) -> bytes | None:
    """``text`` in ``codec`` with each character the page lacks as "a" (a letter or digit) or a
    space; None when more than one character in 32 is such (the regex then counts)."""
    _STRAYS.left = len(text) // 32
    try:
        return text.encode(codec, _AS_WORD_CLASS)
    except _TooManyStrays:
        return None


def _latin_word_classes(text: str) -> bytes | None:
    """``_word_classes`` of Latin text done on its UTF-8 bytes (see ``_LATIN_LEADS``), several
    times faster than encoding it in its code page; None for other text."""
    data = text.encode("utf-8", "surrogatepass")
    leads = data.translate(None, BELOW_LEAD)
    if leads.translate(None, _LATIN_LEADS) or b"\xe2" in leads and data.count(b"\xe2\x80") != leads.count(b"\xe2"):
        return None
    for char, encoded, word_class in _LATIN_EXCEPTIONS:
        if char in text:  # (found in the text much faster than in its bytes)
            data = data.replace(encoded, word_class)
    return data.translate(_LATIN_WORD_BYTES, _CONTINUATION_BYTES)


def _word_classes(text: str) -> bytes | None:
    """``text``'s characters as word classes, a byte each: "a" for a letter or digit, a newline
    for a newline, a space for anything else, so that its words are counted in C. ASCII as it
    is; Latin text (with typographic quotes and dashes) on its UTF-8 bytes; Arabic, Cyrillic or
    other Western European text in its Windows code page (cp1256, cp1251, cp1252), one byte a
    character; text with a few characters outside its page with each of those classed alone
    (``_encode_classing_strays``). None for other text."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_WORD_BYTES)
    codec = code_page(text)
    if codec == "cp1252":  # (text with the Arabic or Cyrillic letters of the other hints is not Latin)
        classes = _latin_word_classes(text)
        if classes is not None:
            return classes
    try:
        return text.encode(codec).translate(_CODE_PAGE_WORD_BYTES[codec])
    except UnicodeEncodeError:
        pass
    # A few characters outside the page (an emoji, Arabic-Indic digits): each is classed alone.
    data = _encode_classing_strays(text, codec)
    return None if data is None else data.translate(_CODE_PAGE_WORD_BYTES[codec])


def count_words(text: str) -> int:
    """Runs of letters and digits (``str.isalnum``) in ``text``, counted on its word classes
    where ``_word_classes`` can give them (most text), else by a regex."""
    classes = _word_classes(text)
    if classes is None:
        return len(_WORD.findall(text))
    classes = b" " + classes
    return classes.count(b" a") + classes.count(b"\na")


class Document:
    """An article as lines: the shape text, HTML (after extraction) and JSONL input all become.

    Rules see only ``lines`` (the non-blank ones) and mark them with ``remove``; the separators
    between lines are kept so the output keeps the input's paragraph layout.
    """

    # The page's headlines (<title>, og:title, its first <h1>) and the subtitles of its article
    # header (h2/h3 in the <header> with the <h1>), set in HTML mode.
    titles: tuple[str, ...] = ()
    subtitles: tuple[str, ...] = ()
    # The texts of the page's links (a ``cleaner.links.PageLinks``), set in HTML mode.
    links = None

    def __init__(self, text: str, url: str | None = None, site: str | None = None,
                 lang: str | None = None) -> None:
        self.url = url
        self.site = site
        self.lang = lang
        self.site_info = None  # the detected Site, set by the engine
        self.source = text  # the text as given
        # the input's lines, blank ones included: the blank (or invisible-only) lines between two
        # content lines are kept verbatim in the output
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._raw = raw = text.split("\n")
        # Every line's words are counted at once (the blocks need some now, and every rule's
        # candidates all), on the word classes of the whole text (see ``_word_classes``), then a
        # count a line in C; for text of other characters each line is counted when asked.
        classes = _word_classes(text)
        counts = repeat(None) if classes is None else map(
            _COUNT_WORDS, (b" " + classes.replace(b"\n", b"\n ")).split(b"\n"))  # (each line's classes after a space)
        self.lines: list[Line] = [Line(number, value, words) for number, value, words in zip(count(1), raw, counts)
                                  if value.strip(_BLANK)]
        self._kept: list[int] | None = None
        self.removed = 0  # how many lines rules have removed so far
        self._sizes: list[tuple[int, int]] | None = None
        self._sized_cache: dict[int, list[int]] = {}
        self._keys: dict[str, list[int]] | None = None  # see ``_key_index``
        self._first_words: dict[str, list[int]] | None = None  # see ``first_word_in``
        self._short: dict[int, tuple[int, list[int]]] = {}  # n -> (removals then, ``short(n)``)
        self._joined: str | None = None  # the lines joined by newlines
        self._folded_text: str | None = None  # the same, folded
        self._starts: list[int] = []  # where each line starts in the folded text
        self._holds: dict[str, bool] = {}
        # Scratch space for the indexes a plugin builds once per document and shares between its
        # rules (a key per plugin, such as its module's name); it goes with the document.
        self.memo: dict = {}
        self.head_end, self.tail_start = self._blocks()
        self._bounding = self._bounding_lines()

    def _blocks(self) -> tuple[int, int]:
        """Index bounds of the head block (the kept lines before the first kept prose line, at
        most 12) and the tail block (the kept lines after the last prose line); without prose,
        the first and the last 8 kept lines. Only the lines up to the first prose line from
        either end are looked at."""
        kept = self.kept()
        lines = self.lines
        last = next((n for n in range(len(kept) - 1, -1, -1) if lines[kept[n]].is_prose), None)
        if last is not None:
            head = next((n for n, i in enumerate(kept[:12]) if lines[i].is_prose), 12)
            tail = last + 1
        else:
            head, tail = min(len(kept), 8), max(0, len(kept) - 8)
        end = len(lines)
        return (kept[head] if head < len(kept) else end), (kept[tail] if tail < len(kept) else end)

    def update_blocks(self) -> bool:
        """Recompute the head and tail blocks over the kept lines; True if they moved: if a kept
        line entered or left a block, or the kept line just after the head or just before the
        tail (the first and the last prose paragraph) is another kept line (see
        ``_bounding_lines``): a ``local`` rule then decides as before on every kept line. A bound
        that only skips removed lines is no move.

        The engine does this between passes, so the blocks are what they will be when the clean
        text is cleaned again: that is what makes cleaning idempotent.
        """
        self.head_end, self.tail_start = self._blocks()
        before, self._bounding = self._bounding, self._bounding_lines()
        lines = self.lines
        # what the rules saw, less the lines removed since (a removed bound line bounds no kept line)
        seen = [[i for i in before[0] if lines[i].removed_by is None],
                [i for i in before[1] if lines[i].removed_by is None]]
        seen += [None if i is None or lines[i].removed_by else i for i in before[2:]]
        return self._bounding != tuple(seen)

    def _bounding_lines(self) -> tuple[list[int], list[int], int | None, int | None]:
        """The kept lines of the head block and of the tail block, the kept line just after the
        head and the one just before the tail (None at the ends): what a ``local`` rule may ask
        of the blocks."""
        kept = self.kept()
        head, tail = bisect_left(kept, self.head_end), bisect_left(kept, self.tail_start)
        return (kept[:head], kept[tail:], kept[head] if head < len(kept) else None,
                kept[tail - 1] if tail else None)

    def in_head(self, index: int) -> bool:
        return index < self.head_end

    def in_tail(self, index: int) -> bool:
        return index >= self.tail_start

    def in_scope(self, index: int, scope: str) -> bool:
        """Whether line ``index`` is in ``scope``: "any", "head", "tail" or "edges" (head or tail)."""
        if scope == "head":
            return index < self.head_end
        if scope == "tail":
            return index >= self.tail_start
        if scope == "edges":
            return index < self.head_end or index >= self.tail_start
        return True

    def edges(self) -> list[int]:
        """Indexes of the kept lines in the head or the tail block (each once where they overlap)."""
        kept = self.kept()
        tail = bisect_left(kept, self.tail_start)
        return kept[:min(bisect_left(kept, self.head_end), tail)] + kept[tail:]

    def tail(self) -> list[int]:
        """Indexes of the kept lines in the tail block."""
        kept = self.kept()
        return kept[bisect_left(kept, self.tail_start):]

    # Candidate indexes. Most lines of an article are paragraphs no rule removes, and a rule that
    # looped over every line would spend its time on them: these give a rule only the lines that
    # can match, from indexes built once per document and shared by every rule.

    def short(self, n: int) -> list[int]:
        """Indexes of the kept lines of at most ``n`` words (``n`` up to ``SHORT_LIMIT``)."""
        if n > SHORT_LIMIT:
            raise ValueError(f"short({n}): at most {SHORT_LIMIT} words")
        cached = self._short.get(n)
        if cached is None or cached[0] != self.removed:  # (lines are only ever removed: the count tells)
            lines = self.lines
            cached = self._short[n] = (self.removed, [i for i in self._sized(n) if lines[i].removed_by is None])
        return list(cached[1])

    def keyed(self, keys: frozenset[str]) -> list[int]:
        """Indexes of the kept lines whose key is one of ``keys``: exactly those for which
        ``Line.key_in(keys)`` is true, found by looking their keys up rather than by folding
        every line (the lines of at most ``MAX_PHRASE_WORDS`` words are folded once)."""
        index = self._keys if self._keys is not None else self._key_index()
        hits = keys.intersection(index)
        if not hits:  # (most phrase sets in most documents)
            return []
        lines = self.lines
        found = [i for key in hits for i in index[key] if lines[i].removed_by is None and lines[i].key_in(keys)]
        found.sort()
        return found

    def first_word_in(self, words: frozenset[str], n: int) -> list[int]:
        """Indexes of the kept lines of at most ``n`` words (``n`` up to ``MAX_PHRASE_WORDS``)
        whose key's first word is one of ``words`` (folded as keys are): exactly the kept lines
        of ``short(n)`` with ``line.key.partition(" ")[0] in words``, found in an index of the
        key index's first words rather than by looking at each line."""
        if n > MAX_PHRASE_WORDS:
            raise ValueError(f"first_word_in(..., {n}): at most {MAX_PHRASE_WORDS} words")
        if self._first_words is None:
            self._first_words = index = {}
            for key, indexes in self._key_index().items():
                index.setdefault(key.partition(" ")[0], []).extend(indexes)
        index = self._first_words
        hits = words.intersection(index)
        if not hits:
            return []
        lines = self.lines
        found = [i for word in hits for i in index[word] if lines[i].removed_by is None and lines[i].at_most(n)]
        found.sort()
        return found

    def keys_starting(self, prefixes: tuple[str, ...], max_chars: int) -> list[int]:
        """Indexes of the kept lines of at most ``MAX_PHRASE_WORDS`` words and ``max_chars``
        characters whose key starts with one of ``prefixes`` (folded as keys are), found in the
        key index of ``keyed`` rather than by keying every line."""
        lines = self.lines
        found = [i for key, indexes in self._key_index().items() if key.startswith(prefixes) for i in indexes
                 if lines[i].removed_by is None and len(lines[i].text) <= max_chars]
        found.sort()
        return found

    def _key_index(self) -> dict[str, list[int]]:
        """Key -> the lines of at most ``MAX_PHRASE_WORDS`` words with it, removed or not (the index
        serves every pass; built once)."""
        if self._keys is None:
            self._keys = index = {}
            sized, lines = self._sized(MAX_PHRASE_WORDS), self.lines
            self.make_keys(sized)
            for i in sized:
                line = lines[i]
                key = line._key  # (made by make_keys for most lines)
                index.setdefault(line.key if key is None else key, []).append(i)
        return self._keys

    def make_keys(self, indexes: list[int]) -> None:
        """Make the keys of those of these lines that have none yet (and no norm) at once, rather
        than one by one as rules ask (most text: see ``bytes_keys``)."""
        lines = self.lines
        unkeyed = [lines[i] for i in indexes if lines[i]._key is None and lines[i]._norm is None]
        if unkeyed:
            keys = bytes_keys([line.text for line in unkeyed])
            if keys is not None:
                for line, key in zip(unkeyed, keys):
                    line._key = key

    def _sized(self, n: int) -> list[int]:
        """Indexes of all lines of at most ``n`` words, removed or not (cached per ``n``)."""
        found = self._sized_cache.get(n)
        if found is None:
            if self._sizes is None:
                counts = [line._words for line in self.lines]
                if None in counts:  # (some lines' words are counted only when asked)
                    self._sizes = [(i, line.words) for i, line in enumerate(self.lines) if line.at_most(SHORT_LIMIT)]
                else:
                    self._sizes = [(i, words) for i, words in enumerate(counts) if words <= SHORT_LIMIT]
            found = self._sized_cache[n] = [i for i, words in self._sizes if words <= n]
        return found

    def holds(self, char: str) -> bool:
        """Whether the text as given holds ``char`` (remembered per character)."""
        found = self._holds.get(char)
        if found is None:
            found = self._holds[char] = char in self.source
        return found

    @property
    def joined(self) -> str:
        """The lines (blank ones left out) joined by newlines (computed once)."""
        if self._joined is None:
            self._joined = "\n".join([line.text for line in self.lines])
        return self._joined

    @property
    def folded(self) -> str:
        """``joined`` folded by ``quick_fold`` (computed once)."""
        if self._folded_text is None:
            self._folded_text = quick_fold(self.joined)
        return self._folded_text

    def containing(self, needles: tuple[str, ...]) -> list[int]:
        """Indexes of the kept lines whose text, folded by ``quick_fold``, contains one of
        ``needles`` (themselves folded by ``quick_fold``): one substring search of the whole
        folded document per needle. Needles of one character that folding neither makes nor
        changes (ASCII punctuation and digits, ©) are looked for in each line as written, which
        is not folded for them, when the document holds them."""
        if any(not needle for needle in needles):  # every line contains it
            return self.kept()
        found: set[int] = set()
        raw = [needle for needle in needles if len(needle) == 1 and needle in FOLD_INVARIANT]
        if raw:
            # A character such as ":" or "(" is in many lines: each line is tested for it, faster
            # than finding each of its places in the joined text and the line it falls in.
            # (such a character is in no blank line: the text as given holds it if a line does)
            lines = self.lines
            for needle in raw:
                if self.holds(needle):
                    found.update([i for i, line in enumerate(lines) if needle in line.text])
        if len(raw) < len(needles):
            self._find_folded([needle for needle in needles if needle not in raw], found)
        lines = self.lines
        return sorted(i for i in found if lines[i].removed_by is None)

    def _find_folded(self, needles: list[str], found: set[int]) -> None:
        """Add to ``found`` the index of each line holding a needle in ``folded``."""
        text = self.folded
        starts = self._starts
        if not starts:  # where each line starts in text
            starts.append(0)
            at = text.find("\n")
            while at != -1:
                starts.append(at + 1)
                at = text.find("\n", at + 1)
        for needle in needles:
            at = text.find(needle)
            while at != -1:
                n = bisect_right(starts, at) - 1
                found.add(n)
                at = text.find(needle, starts[n + 1]) if n + 1 < len(starts) else -1

    def kept(self) -> list[int]:
        """Indexes of the lines no rule has removed yet (a fresh list; cached until a removal)."""
        if self._kept is None:
            self._kept = [i for i, line in enumerate(self.lines) if line.removed_by is None]
        return list(self._kept)

    def remove(self, index: int, rule: str) -> None:
        """Mark line ``index`` removed by ``rule`` (the first rule to remove a line keeps it)."""
        line = self.lines[index]
        if line.removed_by is None:
            line.removed_by = rule
            self._kept = None
            self.removed += 1

    def restore(self) -> None:
        """Undo every removal (a document passed through uncleaned)."""
        for line in self.lines:
            line.removed_by = None
        self._kept = None
        self._short.clear()
        self.memo.clear()
        self.removed = 0

    def removals(self) -> list[Removal]:
        return [Removal(l.number, l.text, l.removed_by) for l in self.lines if l.removed_by]

    def text(self) -> str:
        """The kept lines with the input's separators between them, newline-terminated."""
        lines, raw = self.lines, self._raw
        if not lines:
            return ""
        if len(self.kept()) == len(lines):  # nothing removed: the input from its first content line to its last
            return "\n".join(raw[lines[0].number - 1:lines[-1].number]) + "\n"
        out: list[str] = []
        previous = 0  # the number of the content line before this one, removed or not
        for line in lines:
            if line.removed_by is None:
                if out:
                    out.extend(raw[previous:line.number - 1])  # the blank lines since it
                out.append(line.text)
            previous = line.number
        return "\n".join(out) + "\n" if out else ""

