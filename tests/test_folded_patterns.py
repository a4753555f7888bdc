"""Patterns matched on a line's norm or key must be written as folding leaves text: in lower case,
without accents or harakat, with one Arabic letter form (see ``cleaner.normalize``). A letter
that folding changes can never match ("подписывайтесь" folds to "подписываитесь")."""

import pytest
import regex
from clean_article_plugins.generic import appeals, blocks, credits, datelines, footer, metadata, promos, widgets
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.normalize import normalize, phrase_key

# (name, pattern) of every pattern the generic rules match on Line.norm or Line.key
FOLDED_PATTERNS = [
    ("appeals._AD_LABEL", appeals._AD_LABEL), ("appeals._OUR_NEWSLETTER", appeals._OUR_NEWSLETTER),
    ("appeals._FOLLOW", appeals._FOLLOW), ("appeals._FOLLOW_NAMED", appeals._FOLLOW_NAMED),
    ("appeals._FOLLOW_NAMED_ONLY", appeals._FOLLOW_NAMED_ONLY),
    ("blocks._NEWSLETTER_TITLE", blocks._NEWSLETTER_TITLE), ("blocks._NEWSLETTER_WORDS", blocks._NEWSLETTER_WORDS),
    ("blocks._COMMENT_COUNT", blocks._COMMENT_COUNT),
    ("credits._CREDIT_START", credits._CREDIT_START), ("credits._CREDIT_END", credits._CREDIT_END),
    ("credits._CREDIT_END_PLACE", credits._CREDIT_END_PLACE),
    ("datelines._READING_TIME", datelines._READING_TIME), ("datelines._UPDATE_LABEL", datelines._UPDATE_LABEL),
    ("footer._CTA", footer._CTA), ("footer._SIGN_UP", footer._SIGN_UP), ("footer._OFFER", footer._OFFER),
    ("metadata._CAPTION", metadata._CAPTION), ("metadata._TRAILING_CREDIT", metadata._TRAILING_CREDIT),
    ("metadata._CREDIT", metadata._CREDIT), ("metadata._DATE_ONLY", metadata._DATE_ONLY),
    ("metadata._RELATIVE_TIME", metadata._RELATIVE_TIME), ("metadata._UPDATED", metadata._UPDATED),
    ("metadata._DATE_WORDS", metadata._DATE_WORDS), ("metadata._SOURCE", metadata._SOURCE),
    ("promos.RepublicationNote.pattern", promos.RepublicationNote.pattern),
    ("promos.MoreElsewhere.pattern", promos.MoreElsewhere.pattern),
    ("widgets._LIKED_BY", widgets._LIKED_BY), ("widgets._CONTACT", widgets._CONTACT),
]
# escapes, inline flags and group names; and character classes, where an accented letter beside
# its plain one is harmless ("f[eé]vrier")
_ESCAPES = regex.compile(r"\\[pP]\{[^}]*\}|\\N\{[^}]*\}|\\.|\(\?[a-zA-Z]+\)|\(\?<?[a-zA-Z_]+>|\[(?:\\.|[^\]])*\]")


def _words(pattern: regex.Pattern) -> list[str]:
    """The runs of letters a pattern's source spells, without its escapes (\\w, \\p{L}, …)."""
    return regex.findall(r"\p{L}+", _ESCAPES.sub(" ", pattern.pattern))


@pytest.mark.parametrize("name,pattern", FOLDED_PATTERNS, ids=[name for name, _ in FOLDED_PATTERNS])
def test_pattern_is_written_folded(name, pattern):
    unfolded = sorted({word for word in _words(pattern) if normalize(word) != word})
    assert not unfolded, f"{name} spells words folding changes, which never match: {unfolded}"


def test_the_check_finds_an_unfolded_word():
    assert _words(regex.compile(r"^(?:подписывайтесь|\p{L}+)\s")) == ["подписывайтесь"]
    assert normalize("подписывайтесь") != "подписывайтесь"


# words and prefixes the generic rules look up in a line's key (or its first word, folded as keys are)
FOLDED_WORDS = [
    ("appeals._AD_LABELS", appeals._AD_LABELS), ("appeals._NEWSLETTER_WORDS", appeals._NEWSLETTER_WORDS),
    ("blocks._READ_MORE_STARTS", blocks._READ_MORE_STARTS), ("blocks._RELATED_PREFIXES", blocks._RELATED_PREFIXES),
    ("blocks._ALSO_ON_KEYS", blocks._ALSO_ON_KEYS), ("blocks._TITLE_ENDS", blocks._TITLE_ENDS),
    ("blocks._COUNT_KEY_STARTS", blocks._COUNT_KEY_STARTS), ("footer._CTA_NEEDLES", footer._CTA_NEEDLES),
    ("metadata._CREDIT_FIRST_WORDS", metadata._CREDIT_FIRST_WORDS), ("metadata._UPDATED_KEYS", metadata._UPDATED_KEYS),
    ("metadata._UPDATED_FIRST", metadata._UPDATED_FIRST), ("metadata._SOURCE_KEYS", metadata._SOURCE_KEYS),
    ("metadata._CAPTION_STARTS", metadata._CAPTION_STARTS),
]


@pytest.mark.parametrize("name,words", FOLDED_WORDS, ids=[name for name, _ in FOLDED_WORDS])
def test_key_words_are_written_folded(name, words):
    unfolded = sorted(w for w in words if phrase_key(w) != w.strip())
    assert not unfolded, f"{name} holds words no key has (keys are folded): {unfolded}"


@pytest.mark.parametrize("text", [
    "3 hours ago", "Updated about an hour ago", "over 2 years ago", "vor 2 Tagen", "vor einer Stunde",
    "il y a 5 minutes", "Il y a une heure", "hace una hora", "hace 3 días", "há 3 horas", "Há uma semana",
    "2 часа назад", "5 минут назад", "منذ 3 ساعات", "منذ ساعتين", "قبل يومين", "Posted 10 mins ago",
    "3 ore fa", "un'ora fa", "3 uur geleden", "2 godziny temu", "dzień temu", "3 saat önce", "Bir gün önce",
])
def test_relative_times_have_a_screen_word(text):
    """GEN036 looks for a relative time only in a line whose key has one of ``_RELATIVE_WORDS``:
    one example of each of the pattern's alternatives."""
    assert metadata._RELATIVE_TIME.match(normalize(text)), text
    assert not metadata._RELATIVE_WORDS.isdisjoint(phrase_key(text).split()), text


@pytest.mark.parametrize("text", ["UPDATED: Tue., Nov. 19, 2019", "12. März 2021 von Jane Doe", "  3 min read ",
                                  "sexta-feira, 22 de outubro de 2010 às 20:13", "Published 10:30 by Ann Lee",
                                  "The 12 best films of 2020"])
def test_date_line_with_the_key_at_hand_is_the_same(text):
    """``is_date_line`` takes a line's key instead of folding the text again, when no byline is cut."""
    assert datelines.is_date_line(text, phrase_key(text)) == datelines.is_date_line(text)
    if datelines._BYLINE.search(text.strip()):  # a byline is cut: the key given is not the text's, and goes unused
        assert datelines.is_date_line(text, "x") == datelines.is_date_line(text)


_COUNTS = st.sampled_from(["", "- ", "• "]), st.sampled_from(["3", "12", "One", "no", "keine", "zero", "Comments"])
_COMMENT_WORDS = st.sampled_from(["Comments", "comment", "Responses", "Reply", "replies", "thoughts", "Thought",
                                  "reactions", "Kommentare", "Antworten", "commentaires", "réponses", "comentarios",
                                  "comentários", "respuestas", "respostas", "commenti", "komentarze", "комментариев",
                                  "комментарии", "تعليقات", "تعليق", "ردود", "12", "news"])
_TAILS = st.sampled_from(["", " so far", " on “Title”", " to \"Title\"", " zu „Titel“", " sur « Titre »", " em “T”",
                          " к «T»", " (12)"])


@settings(max_examples=500, deadline=None)
@given(*_COUNTS, _COMMENT_WORDS, _TAILS)
def test_every_comment_count_passes_the_cheap_test(bullet, count, word, tail):
    text = f"{bullet}{count} {word}{tail}"
    key = phrase_key(text)
    if blocks._COMMENT_COUNT.match(key) or blocks._COMMENT_COUNT_TITLE.match(text):
        assert blocks._may_be_count(key), text
