"""The document model's fast paths against their plain definitions: word counts, ``at_most``,
phrase keys, the head/tail blocks and phrase-set bounds. Each fast path must give exactly what
the slow definition gives."""

import pickle
import re

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from cleaner.document import MAX_PHRASE_WORDS, Document, Line, count_words  # noqa: E402
from cleaner.normalize import key_of_norm, normalize, phrase_key  # noqa: E402
from cleaner.rules import PhraseSet, phrase_set  # noqa: E402
from cleaner.site import Site, url_host  # noqa: E402

_WORD = re.compile(r"[^\W_]+")
_NOT_WORD = re.compile(r"[\W_]+")
# Letters, digits, punctuation that clings to words, Arabic with harakat and tatweel, marks,
# invisible characters, compatibility characters (½ ﬁ) and case-folding oddities (İ ß).
ALPHABET = list("ab Z9 _.,;:'\"()-–—…•/’“”«»$%#@\t\u00a0\u2000\u2028éüßİǰ½ﬁ٣ـأإيُةى\u064b\u0651\u200b\u200f\u202b\u0301")
TEXT = st.text(alphabet=st.sampled_from(ALPHABET), max_size=120)
# Long lines reach the prefix count that at_most uses on non-ASCII text.
LONG_TEXT = st.lists(st.sampled_from(["word", "كلمة", "mot,", "U.S.", "يُعجبك", "—", "ﬁx", " ", "\u200b"]),
                     max_size=400).map(" ".join)


# Characters of the Windows code pages count_words encodes to (cp1252, cp1256, cp1251) and their
# edges: letters, digits, symbols, typographic punctuation, harakat, tatweel, Cyrillic, and a few
# characters outside every page (Arabic-Indic digits, an emoji, CJK), counted one by one.
CODE_PAGE_TEXT = st.text(alphabet=st.sampled_from(list(
    "aZ9 _.-\tßéñóõºžŒª²½µ×÷\xa0«»’—…€™ˆ˜اللهأإةىـ،؛؟٣پ\u064b\u064c\u0651\u200c\u200e"
    "оеЁйЯђў№") + ["\u200b", "ł", "🙂", "字", "\ud800"]), max_size=80)


@settings(max_examples=600, deadline=None)
@given(st.one_of(TEXT, CODE_PAGE_TEXT))
def test_count_words_is_runs_of_letters_and_digits(text):
    assert count_words(text) == len(_WORD.findall(text))


@pytest.mark.parametrize("text", [
    "Статья о новостях: «цитата» — 2024 🙂 ещё",  # Cyrillic page, an emoji outside it
    "قال الوزير في ٢٠٢٤ إن الخطة ستنفذ",  # Arabic page without Arabic-Indic digits
    "Le café 🙂 est très bon, dit-il. ł",  # Western European page, two strays
    "이 기사는 한국어로 쓰였다 and English",  # most characters outside the page: the regex
])
def test_counts_of_text_with_characters_outside_its_code_page(text):
    doc = Document("\n".join([text] * 3 + ["short " + text[:12]]))
    doc.short(80)  # all lines counted at once
    assert [line.words for line in doc.lines] == [len(_WORD.findall(line.text)) for line in doc.lines]
    assert count_words(text) == len(_WORD.findall(text))


def test_a_few_characters_outside_the_code_page_are_classed_one_by_one():
    from cleaner.document import _word_classes
    base = "Le café est très bon. " * 8  # 176 characters: up to 5 outside cp1252 are classed
    for strays, on_bytes in ((5, True), (6, False)):
        text = base[:176 - strays] + "字" * strays
        assert (_word_classes(text) is not None) == on_bytes, strays
        assert count_words(text) == len(_WORD.findall(text))
    assert _word_classes(base[:171] + "字" * 5) is not None  # the budget is each call's own


def test_latin_text_is_classed_on_its_utf8_bytes_character_by_character():
    from cleaner.document import _latin_word_classes
    latin = "".join(map(chr, range(0x80, 0x180))) + "".join(map(chr, range(0x2000, 0x2040))) + "a1 .\n"
    assert _latin_word_classes(latin) == b"".join(b"a" if c.isalnum() else b"\n" if c == "\n" else b" " for c in latin)
    for other in ("\u0180", "€", "™", "🙂", "\ud800", "ا"):  # outside the Latin range: the code page's way
        assert _latin_word_classes("Le café" + other) is None


def test_general_punctuation_has_no_letter_or_digit():
    # count_words counts text made of ASCII and U+2000-U+203F on its bytes, treating these as separators
    assert not [hex(c) for c in range(0x2000, 0x2040) if chr(c).isalnum()]
    assert count_words("“Quoted” — a line… with ‘marks’") == 5


@settings(max_examples=200, deadline=None)
@given(st.one_of(TEXT, LONG_TEXT), st.lists(st.integers(0, 120), min_size=1, max_size=6))
def test_at_most_agrees_with_the_word_count(text, limits):
    line = Line(1, text)  # asked several limits in turn, as rules do, before and after counting
    for n in limits:
        assert line.at_most(n) == (len(_WORD.findall(text)) <= n), (text, n)
    assert line.words == len(_WORD.findall(text))


@pytest.mark.parametrize("text, n", [
    ("كلمة " * 5 + "— " * 100, 5),  # every word in the counted start, a long wordless rest
    ("كلمة " * 5 + "— " * 100, 4),
    ("— " * 100 + "كلمة " * 5, 5),  # no word in the counted start
    ("word " * 30 + "é", 30),
])
def test_at_most_on_long_lines_at_the_limit(text, n):
    line = Line(1, text)
    assert line.at_most(n) == (len(_WORD.findall(text)) <= n)
    assert line.at_most(n - 1) == (len(_WORD.findall(text)) <= n - 1)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_key_is_the_folded_runs_of_letters_and_digits(text):
    folded = normalize(text)
    assert key_of_norm(folded) == " ".join(_NOT_WORD.sub(" ", folded).split())
    assert key_of_norm(text) == " ".join(_NOT_WORD.sub(" ", text).split())


def _blocks_by_definition(doc):
    """Head: kept lines before the first prose line (at most 12); tail: after the last prose
    line; without prose, the first and last 8 kept lines."""
    kept = doc.kept()
    prose = [n for n, i in enumerate(kept) if doc.lines[i].words >= 25 or (
        doc.lines[i].words >= 10 and doc.lines[i].text.rstrip()[-1:] in ".!?؟。…:;؛»”\"')")]
    head, tail = (min(prose[0], 12), prose[-1] + 1) if prose else (min(len(kept), 8), max(0, len(kept) - 8))
    end = len(doc.lines)
    return (kept[head] if head < len(kept) else end), (kept[tail] if tail < len(kept) else end)


PROSE = "The minister resigned on Friday after a week of protests in the capital, aides said."
SHORT = ["Share", "Home > World", "Why it matters", "x", "2019-11-19T08:57:45+01:00"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([PROSE] + SHORT), max_size=40), st.sets(st.integers(0, 39), max_size=10))
def test_blocks_scan_from_both_ends_like_the_definition(lines, removed):
    doc = Document("\n".join(lines))
    assert (doc.head_end, doc.tail_start) == _blocks_by_definition(doc)
    seen = _what_local_rules_see(doc)
    for i in removed:
        if i < len(doc.lines):
            doc.remove(i, "TEST")
    moved = doc.update_blocks()
    assert (doc.head_end, doc.tail_start) == _blocks_by_definition(doc)
    assert doc.edges() == [i for i in doc.kept() if doc.in_head(i) or doc.in_tail(i)]
    # The blocks have moved exactly when a local rule could decide otherwise on a kept line.
    assert moved == (_what_local_rules_see(doc) != {i: seen[i] for i in doc.kept()})


def _what_local_rules_see(doc):
    """For each kept line: whether it is in the head, in the tail, the line just after the head
    block (the first prose paragraph), the line just before the tail block (the last)."""
    kept = doc.kept()
    after_head = next((i for i in kept if i >= doc.head_end), None)
    before_tail = next((i for i in reversed(kept) if i < doc.tail_start), None)
    return {i: (i < doc.head_end, i >= doc.tail_start, i == after_head, i == before_tail) for i in kept}


def test_phrase_set_knows_its_longest_phrase_and_pickles():
    keys = phrase_set(["Share", "Share on Facebook", "اقرأ المزيد:"])
    assert isinstance(keys, PhraseSet)
    assert keys.max_words == 3 and keys.max_chars == len("share on facebook")
    again = pickle.loads(pickle.dumps(keys))
    assert again == keys and again.max_words == 3 and again.max_chars == keys.max_chars


def test_key_in_bounds():
    keys = phrase_set(["Share"])
    assert Line(1, "Share:").key_in(keys)
    assert Line(1, "  SHARE  ").key_in(keys)
    assert Line(1, "يُعجبك").key_in(phrase_set(["يعجبك"]))  # two raw words, one folded word
    assert not Line(1, "Share this").key_in(keys)
    # A line over three times the longest phrase (plus 20 characters) is never folded to compare.
    assert Line(1, "Share" + "." * 30).key_in(keys)
    assert not Line(1, "Share" + "." * 31).key_in(keys)
    assert Line(1, "Share").key_in(frozenset({"share"}))  # a plain frozenset works too


def test_url_host_and_site_domains():
    assert url_host("https://User@WWW.Example.com.:8080/a?b") == "www.example.com"
    assert url_host("example.com/path") == "example.com"
    site = Site(id="x", domains=("example.com",))
    assert site.matches_url("https://news.example.com/a") and site.matches_host("example.com")
    assert not site.matches_url("https://notexample.com/a")


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["http://", "https://", "HTTP://", "//", "ftp://", ""]),
       st.text(alphabet=st.sampled_from(list("aZ09.-:/?#@[]\t %é")), max_size=16))
def test_url_host_reads_plain_addresses_as_urlsplit_does(scheme, rest):
    from urllib.parse import urlsplit
    url = scheme + rest
    try:
        expected = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().rstrip(".")
    except ValueError:  # (an unbalanced IPv6 bracket)
        with pytest.raises(ValueError):
            url_host(url)
        return
    assert url_host(url) == expected


# Candidate indexes: each gives exactly the kept lines its plain definition gives, before and
# after removals.
DOC_LINES = st.one_of(
    st.lists(st.one_of(TEXT, LONG_TEXT, st.sampled_from(
        ["Read more", "READ MORE:", "اقرأ أيضاً", "Share", "Tags", "tags"])), min_size=1, max_size=12),
    # ASCII with general punctuation: the words of all lines are counted at once
    st.lists(st.one_of(CODE_PAGE_TEXT, st.text(alphabet=st.sampled_from(list("ab Z9_.:©()\t’—\u2000\u203f")),
                                              max_size=60)),
             min_size=1, max_size=12))
KEYS = phrase_set(["read more", "اقرأ أيضا", "share", "tags", "a b", "ab", "word"])
FIRST_WORDS = frozenset(["read", "اقرا", "share", "tags", "a", "ab", "z9"])
NEEDLES = ("read", "اقرا", "é", "ab", "\u200b", "ز")


@settings(max_examples=200, deadline=None)
@given(DOC_LINES, st.lists(st.integers(0, 11), max_size=4), st.integers(0, 80))
def test_candidate_indexes_agree_with_their_definitions(texts, removed, n):
    from cleaner.normalize import quick_fold
    doc = Document("\n".join(texts))
    for _step in range(2):  # before and after removals: the indexes are built once
        kept = doc.kept()
        assert doc.removed == len(doc.lines) - len(kept)  # (removing a line twice counts once)
        assert doc.short(n) == [i for i in kept if count_words(doc.lines[i].text) <= n]
        assert [doc.lines[i].words for i in kept] == [len(_WORD.findall(doc.lines[i].text)) for i in kept]
        doc.short(n).append(-1)  # (a caller's list is its own: the cached one is not changed)
        doc.make_keys(list(range(len(doc.lines))))
        assert [line.key for line in doc.lines] == [phrase_key(line.text) for line in doc.lines]
        assert doc.keyed(KEYS) == [i for i in kept if doc.lines[i].key_in(KEYS)]
        m = min(n, MAX_PHRASE_WORDS)
        assert doc.first_word_in(FIRST_WORDS, m) == [
            i for i in kept
            if count_words(doc.lines[i].text) <= m and doc.lines[i].key.partition(" ")[0] in FIRST_WORDS]
        assert doc.edges() == [i for i in kept if doc.in_head(i) or doc.in_tail(i)]
        assert doc.tail() == [i for i in kept if doc.in_tail(i)]
        for needles in (NEEDLES, (":",), ("©", ")"), (":", "read", "ز")):  # (":", "©", ")" unfolded)
            folded = tuple(quick_fold(x) for x in needles)
            assert doc.containing(folded) == [i for i in kept
                                              if any(x in quick_fold(doc.lines[i].text) for x in folded)]
        for i in removed:
            if i < len(doc.lines):
                doc.remove(i, "X")
        doc.update_blocks()


def test_unfolded_needles_are_never_blank():
    """``containing`` looks for a one-character needle that folding leaves alone in the text as
    given: that holds it if a line does only because no such character makes a line blank."""
    from cleaner.document import _BLANK
    from cleaner.normalize import FOLD_INVARIANT
    assert not FOLD_INVARIANT & set(_BLANK + "\n\r")


def test_short_refuses_limits_it_does_not_index():
    with pytest.raises(ValueError):
        Document("a\nb").short(81)


def _quick_fold_definition(text):
    from cleaner.normalize import _FOLD, _QUICK_DROP
    text = text.casefold()
    for variant, folded in _FOLD:
        text = text.replace(variant, folded)
    for char in _QUICK_DROP:
        text = text.replace(char, "")
    return text


PUNCTUATED = st.text(alphabet=st.sampled_from(list("aZ 9.\n’“”—…\u2000\u200b\u200f\u2044\u2070") + ["ß", "é"]),
                     min_size=0, max_size=60)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, LONG_TEXT, PUNCTUATED, CODE_PAGE_TEXT), st.integers(1, 20))
def test_quick_fold_agrees_with_its_definition(text, times):
    from cleaner.normalize import quick_fold
    text = text * times  # long texts take the byte path
    assert quick_fold(text) == _quick_fold_definition(text)


@pytest.mark.parametrize("text, found", [
    ("مقال\nشبكة الإسراء والمعراج", True),  # as written
    ("مقال\nشبكه الاسراء والمعراج", True),  # letter variants
    ("مقال\nشَبكة الإسراء والمعراج", True),  # harakat
    ("مقال\nSHABAKA", False),
    ("Article with “quotes” only", False),
])
def test_site_fingerprints_are_found_in_every_spelling(text, found):
    site = Site(id="x", fingerprints=("شبكة الإسراء والمعراج", "English Fingerprint"))
    assert site.found_in(Document(text)) is found
    assert site.found_in(Document("x\nenglish  fingerprint\nenglish fingerprint")) is True


GENERAL_PUNCTUATED = st.text(alphabet=st.sampled_from(
    list("aZ 9_.-$'\t") + [chr(c) for c in range(0x2000, 0x2080)] + ["é", "»", "\ud800"]), max_size=40)


@settings(max_examples=800, deadline=None)
@given(st.one_of(TEXT, GENERAL_PUNCTUATED, CODE_PAGE_TEXT))
def test_bytes_key_is_the_phrase_key(text):
    from cleaner.normalize import bytes_key, phrase_key
    key = bytes_key(text)
    assert key is None or key == phrase_key(text)
    if text.isascii():
        assert key is not None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(TEXT, GENERAL_PUNCTUATED, CODE_PAGE_TEXT), max_size=8).map(
    lambda texts: [t.replace("\n", " ").replace("\r", " ") for t in texts]))  # (lines: no newline)
def test_bytes_keys_are_each_lines_phrase_key(texts):
    from cleaner.normalize import bytes_keys, phrase_key
    keys = bytes_keys(texts)
    assert keys is None or keys == [phrase_key(text) for text in texts]
    if all(text.isascii() for text in texts):
        assert keys is not None


def test_bytes_keys_of_arabic_and_latin_lines():
    from cleaner.normalize import bytes_keys
    texts = ["اقرأ أيضاً:", "", "  Read  more ", "\x01 café\tà ", "-- ()"]
    assert bytes_keys(texts) == ["اقرا ايضا", "", "read more", "cafe a", ""]
    assert bytes_keys(["Straße…", "x\x01y"]) == ["strasse", "x y"]


def test_bytes_key_covers_every_general_punctuation_character():
    from cleaner.normalize import bytes_key, phrase_key
    for c in map(chr, range(0x2000, 0x2040)):
        assert bytes_key(f"a{c}b") == phrase_key(f"a{c}b"), hex(ord(c))
    assert bytes_key("a\u2070b") is None  # (superscript zero: a digit once folded)


def test_fold_invariant_characters_are_made_by_no_other_character():
    import sys

    from cleaner.normalize import FOLD_INVARIANT, quick_fold
    for char in FOLD_INVARIANT:
        assert quick_fold(char) == char
    made = {c for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF
            for c in quick_fold(chr(cp)) if c in FOLD_INVARIANT and c != chr(cp)}
    assert not made


def test_lone_surrogates_are_cleaned_not_a_crash():
    # JSON input may hold "\ud800": the byte fast paths must not fail on it
    from cleaner import Cleaner
    from cleaner.normalize import bytes_key, punctuated_ascii, quick_fold
    line = "A sentence with a lone \ud800 surrogate and enough words to be a paragraph of prose."
    result = Cleaner().clean(f"Title here\n{line}\nShare\n" + "Another paragraph, long enough to be prose here. " * 3)
    assert not result.errors and line in result.text and [r.rule for r in result.removals] == ["GEN005"]
    assert count_words("\ud800 ab — “cd”" * 30) == 60 and punctuated_ascii("ab\ud800") is None
    assert bytes_key("ab\ud800") is None and quick_fold("A\ud800" * 300) == "a\ud800" * 300


@pytest.mark.parametrize("codec", ["cp1252", "cp1256", "cp1251"])
def test_bytes_key_knows_every_character_of_its_code_pages(codec):
    from cleaner.normalize import bytes_key, phrase_key
    chars = []
    for b in range(256):
        try:
            chars.append(bytes([b]).decode(codec))
        except UnicodeDecodeError:
            pass
    hint = {"cp1256": "ل", "cp1251": "о"}.get(codec, "")  # (bytes_key picks the page by a letter)
    for char in chars:
        text = f"{hint}A{char}b {char}"
        key = bytes_key(text)
        assert key is None or key == phrase_key(text), (hex(ord(char)), key, phrase_key(text))
    assert sum(bytes_key(f"{hint}{c}x") is not None for c in chars) >= len(chars) - 2
