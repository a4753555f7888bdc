"""The edge rules' shared needle screen (one Aho-Corasick pass) gives each rule's own verdict."""

import glob

import pytest
from clean_article_plugins.generic.ending import _NEEDLES, EdgeMarkerRule
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.registry import collect_rules

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

EDGE_RULES = [r for r in collect_rules() if isinstance(r, EdgeMarkerRule)]
NEEDLES = sorted(_NEEDLES.needles)


def _fixture_texts() -> list[str]:
    texts = []
    for path in sorted(glob.glob("fixtures/rules/*.toml")) + sorted(glob.glob("fixtures/seeds/*.txt")):
        if path.endswith(".toml"):
            with open(path, "rb") as f:
                texts += [case["input"].casefold() for case in tomllib.load(f).get("case", [])]
        else:
            texts.append(open(path, encoding="utf-8").read().casefold())
    return texts


def test_every_edge_rule_has_its_needles_indexed():
    assert EDGE_RULES
    for rule in EDGE_RULES:
        assert {n for group in rule.needles for n in group} <= _NEEDLES.needles, rule.code


@pytest.mark.parametrize("text", _fixture_texts())
def test_screen_matches_each_rule_on_the_fixtures(text):
    found = _NEEDLES.found_in(text)
    for rule in EDGE_RULES:
        assert rule.edge_has_needles(found) == rule.has_needles(text), rule.code


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(NEEDLES), st.text(max_size=6)), max_size=12))
def test_screen_matches_each_rule_on_needle_soup(parts):
    text = "".join(parts)  # needles run into each other and overlap
    found = _NEEDLES.found_in(text)
    for rule in EDGE_RULES:
        assert rule.edge_has_needles(found) == rule.has_needles(text), rule.code


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.one_of(st.sampled_from(NEEDLES), st.text(alphabet=st.characters(blacklist_characters="\n"),
                                                                        max_size=6)), max_size=6), max_size=6))
def test_needles_per_line_are_each_lines_own(parts):
    texts = ["".join(line) for line in parts]
    lines = [10 * n for n in range(len(texts))]  # (any line indexes)
    expected = {i: _NEEDLES.found_in(text) for i, text in zip(lines, texts) if _NEEDLES.found_in(text)}
    assert _NEEDLES.per_line(lines, "\n".join(texts)) == expected


def test_rules_screened_per_line_match_only_lines_with_their_needles():
    """A rule whose lines are screened by their own needles (``line_needles``) must never match
    a line without them, or the screen would hide it: checked on every fixture line."""
    from cleaner.document import Line

    screened = [rule for rule in EDGE_RULES if rule.line_needles]
    assert screened
    for text in _fixture_texts():
        for line in text.split("\n"):
            if line.strip():
                for rule in screened:
                    if rule.matches(Line(1, line)):
                        assert rule.has_needles(line.casefold()), (rule.code, line)


def test_a_rule_with_its_own_matches_is_screened_per_line_only_when_it_says_so():
    class OwnMatch(EdgeMarkerRule):
        needles = ()

        def matches(self, line):
            return True

    class OwnMatchWithNeedles(OwnMatch):
        line_needles = True

        def matches(self, line):
            return self.has_needles(line.text.casefold())

    assert EdgeMarkerRule.line_needles and not OwnMatch.line_needles and OwnMatchWithNeedles.line_needles
