"""The phrase rules keep the article's own sentences that use a notice's words: a quote or a
sentence naming its speaker (``is_reported_speech``), and a sentence with a loose phrase inside it
(``PhraseInLineRule.loose_phrases``). Every phrase of every rule is tried."""

import pytest
from clean_article_plugins.generic.linematch import PhraseInLineRule
from clean_article_plugins.generic.speech import is_reported_speech, quoted_passages

from cleaner.document import Document
from cleaner.registry import collect_rules

PHRASE_RULES = [r for r in collect_rules() if isinstance(r, PhraseInLineRule) and r.phrases]
BODY = ["The city council approved the new budget on Tuesday after a long debate that lasted well into the night.",
        "Opponents argued that the plan would raise taxes for families already struggling with higher prices.",
        "The mayor is expected to sign the measure next week, according to a statement from her office."]


def removed_by(cleaner, line: str) -> set[str]:
    """The rules that remove ``line`` placed between the article's first and second paragraphs."""
    result = cleaner.clean_document(Document("\n".join([BODY[0], line, *BODY[1:]])))
    return {r.rule for r in result.removals if r.text == line}


@pytest.mark.parametrize("text, expected", [
    ("“We need your help,” the sheriff told reporters.", True),
    ("«Поддержите нас», — заявил директор фонда.", True),
    ("Make a donation, the charity said in a statement.", True),
    ("وقال مدير الجمعية إن التبرع الآن ضروري", True),
    ("- „Jetzt spenden“ stand auf den Plakaten.", True),
    ("Thank you to everyone who helped at the summer fair, the vicar wrote.", True),
    ("Danke für die Unterstützung, schrieb der Verein an seine Mitglieder.", True),
    ("We need your help: donate today.", False),
    ("Support our journalism and become a member.", False),
])
def test_is_reported_speech(text, expected):
    line = Document(text).lines[0]
    assert is_reported_speech(line) is expected


@pytest.mark.parametrize("rule", PHRASE_RULES, ids=lambda r: r.code)
def test_each_phrase_goes_alone_and_stays_as_a_quote(cleaner, rule):
    for phrase in [*rule.phrases, *rule.loose_phrases]:
        notice = phrase[0].upper() + phrase[1:] + (" 4 min." if rule.code == "GEN037" else ".")  # (with its time)
        assert removed_by(cleaner, notice), (rule.code, notice)
        quote = f"“{notice}” the spokesman told the council."
        assert not removed_by(cleaner, quote), (rule.code, quote)


@pytest.mark.parametrize("rule", [r for r in PHRASE_RULES if r.loose_phrases], ids=lambda r: r.code)
def test_a_loose_phrase_inside_a_sentence_stays(cleaner, rule):
    for phrase in rule.loose_phrases:
        sentence = f"Members of the committee were told that {phrase} was on the agenda for the next meeting."
        assert not removed_by(cleaner, sentence), (rule.code, sentence)
        opening = f"{phrase[0].upper() + phrase[1:]} on the agenda for the next meeting of the committee."
        assert removed_by(cleaner, opening), (rule.code, opening)  # (a loose phrase that opens the line)


@pytest.mark.parametrize("text, expected", [
    ("The banner that reads “This website uses cookies” now appears everywhere.", ["This website uses cookies"]),
    ("Der Slogan „Jetzt spenden“ hing überall.", ["Jetzt spenden"]),
    ("Le site affiche « Ce site utilise des cookies » sans choix.", [" Ce site utilise des cookies "]),
    ('The slogan, "Join us on TikTok", was dropped.', ["Join us on TikTok"]),
    ("Support our journalism today.", []),
])
def test_quoted_passages(text, expected):
    assert quoted_passages(text) == expected
