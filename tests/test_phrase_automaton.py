"""The GEN03x rules of ``phrases`` find a phrase in a line's key with an Aho-Corasick automaton
(``PhraseInLineRule.key_has_phrase``) instead of their whole-word alternation: the two agree."""

import sys

import regex
from clean_article_plugins.generic.linematch import PhraseInLineRule
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.normalize import phrase_key
from cleaner.registry import collect_rules

PHRASE_RULES = [r for r in collect_rules() if isinstance(r, PhraseInLineRule) and r.phrases]
PHRASE_KEYS = sorted({phrase_key(p) for r in PHRASE_RULES for p in r.phrases})
PHRASE_WORDS = sorted({w for k in PHRASE_KEYS for w in k.split()})


def test_every_key_character_is_a_letter_or_digit_for_the_alternation():
    """A key is runs of ``str.isalnum`` characters between single spaces; the alternation's
    word edges are ``[\\p{L}\\p{N}]`` of the regex module. The automaton is exact only if every
    character of a key is one of those (checked over all of Unicode)."""
    letter_or_digit = regex.compile(r"[\p{L}\p{N}]")
    assert not [hex(c) for c in range(sys.maxunicode + 1)
                if chr(c).isalnum() and letter_or_digit.match(chr(c)) is None]


def test_there_are_phrase_rules():
    assert len(PHRASE_RULES) >= 5


# keys: phrases, their words, pieces of words and other words, between single spaces
_TOKEN = st.one_of(st.sampled_from(PHRASE_KEYS), st.sampled_from(PHRASE_WORDS),
                   st.sampled_from(PHRASE_WORDS).map(lambda w: w[1:] or w), st.sampled_from(PHRASE_WORDS).map(
                       lambda w: w + "s"), st.sampled_from(PHRASE_KEYS).map(lambda k: "x" + k),
                   st.sampled_from(PHRASE_KEYS).map(lambda k: k + "x"), st.text(alphabet="abcxyzéاب0", min_size=1,
                                                                                max_size=5))


@settings(max_examples=500, deadline=None)
@given(st.lists(_TOKEN, min_size=1, max_size=8))
def test_automaton_agrees_with_the_alternation(tokens):
    key = " ".join(tokens)
    for rule in PHRASE_RULES:
        assert rule.key_has_phrase(key) == bool(rule.pattern.search(key)), (rule.code, key)


def test_automaton_finds_phrases_as_whole_words_only():
    rule = next(r for r in PHRASE_RULES if r.code == "GEN031")
    phrase = phrase_key(rule.phrases[0])
    assert rule.key_has_phrase(phrase) and rule.key_has_phrase(f"x {phrase} y")
    assert not rule.key_has_phrase(f"x{phrase}") and not rule.key_has_phrase(f"{phrase}x")
