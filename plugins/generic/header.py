"""Header-block rules: breadcrumbs, language switches, image file names, repeated title, site name."""

import itertools

import regex

from cleaner.document import SENTENCE_END
from cleaner.normalize import phrase_key
from cleaner.rules import Rule, phrase_set

from .echo import EchoAwarePhraseRule
from .speech import introduced

HOME_WORDS = [
    "Home", "Homepage", "Start", "Startseite", "Accueil", "Inicio", "Início", "Portada", "Home page",
    "Главная", "Главная страница", "Strona główna", "Anasayfa", "Ana Sayfa", "Trang chủ",
    "الرئيسية", "الصفحة الرئيسية", "الرئيسيه", "首页", "ホーム",
]
_HOME = phrase_set(HOME_WORDS)
_HOME_SPELLINGS = HOME_WORDS + ["الرئيسيه", "الصفحه الرئيسيه"]
_SEPARATORS = regex.compile(r"\s*(?:/|>|»|›|→|\||::|«|<)\s*")
# Cheap pre-filter: a home word (any case, either Arabic spelling) then a separator.
_HOME_START = regex.compile(
    r"^\s*(?:" + "|".join(regex.escape(w) for w in _HOME_SPELLINGS)
    + r")\s*(?:/|>|»|›|→|\||::|«|<)", regex.IGNORECASE)
# Cheaper still, without a regex: a line _HOME_START matches starts with white space or with the
# first three letters of a home word (all of a shorter one) in a case IGNORECASE accepts. Besides
# upper and lower case that is "ı" for "I", "İ" for "i" and "ſ" for "S" (checked against the
# regex module over all of Unicode for the letters these words start with; the Kelvin, Angstrom
# and capital sharp s signs are there for a new word: check its letters when adding one).
_OTHER_CASES = {"i": "ıİ", "s": "ſ", "k": "\u212a", "å": "\u212b", "ß": "\u1e9e"}


def _cases(letter: str) -> set[str]:
    return {letter, letter.lower(), letter.upper(), *_OTHER_CASES.get(letter.lower(), "")}


_HOME_PREFIXES = frozenset(
    "".join(letters) for w in _HOME_SPELLINGS for letters in itertools.product(*map(_cases, w[:3])))
_SPACES = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())  # what \s matches (and \x1c-\x1f)
# A line that can be a breadcrumb starts with one of these; white space and a home word shorter
# than three letters are not told by _HOME_PREFIXES (text[:3]).
_HOME_FIRST = _SPACES | {p[0] for p in _HOME_PREFIXES}
_LOOSE_FIRST = _SPACES | {p[0] for p in _HOME_PREFIXES if len(p) < 3}


class Breadcrumb(Rule):
    """Removes navigation breadcrumb lines.

    What it does: removes a head- or tail-block line that starts with a "home" word (Home,
    الرئيسية, Accueil, Startseite, Inicio, Главная, …) followed by at least one path separator
    (/ > » › |). Between the article's paragraphs the same shape is a menu path in a how-to
    ("Home > Settings > Privacy") and is kept.
    Why: breadcrumbs are site navigation, printed above the title on most news pages.
    Example: "الرئيسية / العالم / شؤون دولية / انسحاب القوات …", "Home > World > Europe".
    """

    code = "GEN001"
    slug = "breadcrumb"
    local = True

    def apply(self, doc):
        lines = doc.lines
        candidates = [i for i in doc.kept() if (text := lines[i].text)[0] in _HOME_FIRST
                      and (text[:3] in _HOME_PREFIXES or text[0] in _LOOSE_FIRST)]
        for i in candidates:
            # (between the article's paragraphs "Home > Settings > Privacy" is a how-to's menu path)
            if not (doc.in_head(i) or doc.in_tail(i)) or not _HOME_START.match(doc.lines[i].text):
                continue
            parts = [p for p in _SEPARATORS.split(doc.lines[i].text.strip()) if p.strip()]
            if len(parts) >= 2 and phrase_key(parts[0]) in _HOME and len(parts[1].split()) <= 6:
                if _SEPARATORS.search(doc.lines[i].text):
                    doc.remove(i, self.code)


class LanguageSwitch(EchoAwarePhraseRule):
    """Removes language-switch links in the header block.

    What it does: removes a head-block line that is only a language name or code, or a list of
    them (ENGLISH, العربية, Français, EN | AR), unless the next line is a sentence paragraph that
    repeats it: the article's subheading ("Spanish" above "… Spanish was taken by more than
    100,000 pupils …").
    Why: the link to another language edition is navigation, not article text.
    Example: "ENGLISH" above an Arabic article.
    """

    code = "GEN002"
    slug = "language-switch"
    scope = "head"
    echo_in_head = True  # ("Spanish" above "The most popular choice at GCSE …, Spanish was taken by …")
    phrases = ["English", "English version", "العربية", "عربي", "Arabic", "Français", "French",
               "Deutsch", "German", "Español", "Spanish", "Português", "Русский", "Türkçe", "فارسی",
               "עברית", "中文", "EN", "AR", "FR", "DE", "ES", "EN AR", "AR EN", "EN FR", "FR EN",
               "EN DE", "DE EN", "EN ES", "ES EN", "English العربية", "العربية English",
               "Version française", "English edition", "Edición en inglés"]


_IMAGE = regex.compile(
    r"""^(?:
        [\w\-.\[\]()%]+\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?|avif|heic)   # name with extension
      | [A-Za-z0-9]+(?:[_\-][A-Za-z0-9]+)+\[\d+\]                            # WordPress title[1]
      | [A-Za-z0-9]*(?:IMG|DSC|DSCN|Screenshot|image)[_\-]?\d{2,}[\w\-]*     # camera names
      | [a-z0-9]+(?:_[a-z0-9]+){2,}                                          # snake_case_file_name
    )$""",
    regex.VERBOSE | regex.IGNORECASE,
)


class ImageFileName(Rule):
    """Removes image file names left in the text.

    What it does: removes a line that is a single token shaped like an image file name: a name
    with an image extension, a WordPress attachment title ending in "[1]", a camera name
    (IMG_1234) or a snake_case name with three or more parts.
    A name inside a sentence stays: one after a line that ends without a sentence's punctuation
    and before a line that goes on in lower case ("The attachment, named" / "invoice_2024.jpg" /
    "installed spyware…"), which is the article naming a file.
    Why: extractors keep the alt/title text of images, which is often just the file name.
    Example: "bachar_assad_vladimir_poutine2006[1]", "IMG_2041.jpg".
    """

    code = "GEN003"
    slug = "image-file-name"
    local = True

    def apply(self, doc):
        kept, lines = doc.kept(), doc.lines
        for n, i in enumerate(kept):
            text = lines[i].text.strip()
            if " " not in text and _IMAGE.match(text) and not _in_sentence(lines, kept, n):
                doc.remove(i, self.code)


def _in_sentence(lines, kept: list[int], n: int) -> bool:
    """Whether kept line ``n`` sits inside a sentence: the line before it ends without a
    sentence's punctuation and the line after it starts in lower case."""
    if n == 0 or n + 1 == len(kept):
        return False
    before, after = lines[kept[n - 1]].text.rstrip(), lines[kept[n + 1]].text.lstrip()
    return bool(before) and before[-1] not in SENTENCE_END and after[:1].islower()


class DuplicateTitle(Rule):
    """Removes a title line repeated right after itself in the header block.

    What it does: in the head block, removes a line whose normalised text equals the previous
    kept line's (short lines only, at most 30 words; a run of repeats that starts in the head
    block goes whole, one copy stays); anywhere, removes a later repeat of the
    title (the first line when it is not prose, 3 to 20 words), printed again in a related list or a footer:
    a line of at most twice the title's length whose folded text is the title's.
    Why: pages often print the title twice (page title and article heading) and repeat it in
    their templates; the article needs it once.
    Example: "بوتين يدعو إلى سحب …" twice at the top: the second goes.
    """

    code = "GEN004"
    slug = "duplicate-title"

    def apply(self, doc):
        anchor = None  # the head-block line a run of repeats started with
        for i in doc.kept():
            line = doc.lines[i]
            # (lines whose folded texts are equal have equal keys, and most lines' keys are at hand)
            if anchor is not None and line.at_most(30) and line.key == doc.lines[anchor].key \
                    and line.norm == doc.lines[anchor].norm:
                doc.remove(i, self.code)  # (a run that starts in the head block goes on past it)
                continue
            if not doc.in_head(i):
                break
            anchor = i
        kept = doc.kept()
        if not kept or doc.lines[kept[0]].is_prose or not 3 <= doc.lines[kept[0]].words <= 20:
            return
        title, title_key = doc.lines[kept[0]].norm, doc.lines[kept[0]].key
        # A repeat differs from the title in case, spacing or diacritics only, so it is about as
        # long: lines over twice its length (most of the article) are never folded to compare.
        longest = 2 * len(doc.lines[kept[0]].text) + 20
        for i in kept[1:]:
            line = doc.lines[i]
            if len(line.text) <= longest and line.at_most(40) and line.key == title_key and line.norm == title:
                doc.remove(i, self.code)


class SiteName(Rule):
    """Removes the detected site's own name lines in the header block and as the last line.

    What it does: when the site is known, removes a line equal to one of its names (from the
    site plugin's ``Site.names``) in the head block or as the last kept line.
    Why: the site's name and tagline are a header logo or a signature, not article text.
    Example: "إسراج الأنباء" at the top of an Israj page; "العرب" as the last line of Al Arab.
    """

    code = "GEN010"
    slug = "site-name"

    def apply(self, doc):
        site = doc.site_info
        if site is None or not site.names:
            return
        kept = doc.kept()
        for i in doc.keyed(site.name_keys):
            if doc.in_head(i) or i == kept[-1]:
                doc.remove(i, self.code)


URL_LINE = regex.compile(r"^(?:https?://|www\.)\S+$")  # a line that is only an address
_ASSET = regex.compile(r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js)(?:\?\S*)?$", regex.IGNORECASE)
_TIMESTAMP = regex.compile(r"^\d{4}-\d{2}-\d{2}[T\s]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$")


class BareUrlOrTimestamp(Rule):
    """Removes a lone template URL or machine timestamp near the edges of the page.

    What it does: removes a line that is only a URL in the head block, only an image/asset URL
    (….png, ….jpg, ….svg) in the head or tail block, only an ISO 8601 timestamp
    (2019-11-19T08:57:45+01:00) in the head or tail block, or, anywhere, only the page's own
    address (its URL, when known). Other URLs in the tail are kept: link lists there are often
    part of the article; so is an address or a timestamp that the line above runs on into ("The
    full report is at", "… can be downloaded from the agency's website:", ``runs_on``).
    Why: canonical links, logo image URLs and metadata timestamps leak from page templates; a
    reader never sees them as text.
    Example: "https://www.example.com/assets/images/logos/og-image-logo.png".
    """

    code = "GEN013"
    slug = "bare-url-or-timestamp"
    local = True

    def apply(self, doc):
        own = _address(doc.url) if doc.url else None
        candidates = doc.edges()
        # Away from the edges only the page's own address goes: a line that starts as a URL and
        # holds it (most texts do not hold it at all).
        # (the text as given is searched first, without joining the lines: a line break in the
        # address aside, it holds the address if the lines do)
        lines = doc.lines
        if own and (own in doc.source or "\n" in own or "\r" in own) and own in doc.joined:
            urls = [i for i in doc.kept() if (text := lines[i].text).startswith(_URL_STARTS) or text[0].isspace()]
            candidates = sorted(set(candidates).union(urls))
        for i in candidates:
            text = lines[i].text.strip()
            head = doc.in_head(i)
            if text.startswith(_URL_STARTS) and URL_LINE.match(text):
                if own and _address(text) == own:
                    doc.remove(i, self.code)  # the page's own address, anywhere
                elif (head or doc.in_tail(i) and _ASSET.search(text)) and not introduced(lines, i):
                    doc.remove(i, self.code)
            elif text[4:5] == "-" and (head or doc.in_tail(i)) and _TIMESTAMP.match(text) \
                    and not introduced(lines, i):  # (the year, then "-")
                doc.remove(i, self.code)


_URL_STARTS = ("http://", "https://", "www.")  # what every URL_LINE match starts with
_SCHEME_AND_WWW = regex.compile(r"^(?:https?://)?(?:www\.)?", regex.IGNORECASE)


def _address(url: str) -> str:
    """A URL without its scheme, "www.", query, fragment and final slash, for comparison."""
    url = url.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    return _SCHEME_AND_WWW.sub("", url)
