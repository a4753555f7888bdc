"""Staff credits under the article: reporting and editing credits, contributor and source lines."""

import regex

from cleaner.rules import alternation

from .ending import EdgeMarkerRule
from .speech import said_after_label

# Whole phrases that open a credit line (matched on the folded key: no case, accents, punctuation).
_CREDIT_START = alternation([
    "reporting by", "additional reporting by", "with reporting by", "writing by", "editing by", "edited by",
    "compiled by", "graphics by", "translated by", "translation by", "mit material von", "mit material der",
    "avec afp", "avec reuters",
    "avec agences", "con informacion de", "con informaciones de", "com informacoes de", "com informacoes da",
    "com informacoes do", "при участии", "по материалам",
])
# Labels that open a credit line only when a colon follows them ("Source: AFP").
_CREDIT_LABEL = regex.compile(
    r"^\(?\s*(?:sources?|mitarbeit|quellen?|fuentes?|fontes?|источник|المصدر|المصادر|تحرير|إعداد|اعداد|ترجمة|"
    r"المحرر|تدقيق|مراجعة)"
    r"\s*:", regex.IGNORECASE)
# Phrases that close a credit line.
_CREDIT_END = alternation([
    "contributed to this report", "contributed to this story", "contributed to this article",
    "contributed reporting", "a contribue a cet article", "ont contribue a cet article",
    "contribuyo a este informe", "contribuyeron a este informe", "colaborou com esta reportagem",
    "haben zu diesem bericht beigetragen", "hat zu diesem bericht beigetragen",
], anchored=False)
_CREDIT_END_PLACE = regex.compile(r"contributed (?:to this report|reporting) from [\p{L} ,.]+$")
# The words of a credit besides its names (capitalised) and agencies: "(Reporting by Will Dunham;
# additional reporting by Jane Doe in London, editing by Tom Brown.)"
_CREDIT_GLUE = frozenset(
    "by and with in from at for of additional reporting writing editing edited research und von mit et de des du "
    "la le les y e da do dos das el los del en и в из".split())
# A pronoun as the subject of "contributed reporting" tells a story ("During the 1982 war he
# contributed reporting from Beirut."): a credit names its reporters.
_PRONOUNS = frozenset("i he she we they il elle ils elles él ella ellos ele ela eles er он она они".split())
MAX_WORDS = 45
# Every credit line holds one of these (casefolded, as written).
_CREDIT_WORDS = ("reporting", "writing by", "editing", "edited by", "compiled by", "graphics by", "material", "avec",
                 "informaci", "informaç", "informac", "участи", "материал", "source", "mitarbeit", "quelle", "fuente",
                 "fonte", "источник", "المصدر", "المصادر", "contribu", "colabor", "beigetragen", "translat", "تحرير",
                 "إعداد", "اعداد", "ترجمة", "المحرر", "تدقيق", "مراجعة")


class CreditLine(EdgeMarkerRule):
    """Removes staff credit lines at the end of the article: who reported, edited or contributed.

    What it does: in the tail block or as the last prose paragraph, removes a line of at most 45
    words that opens with a credit (Reporting by, Additional reporting by, Editing by, Translated
    by, Mit Material von, Avec AFP, Con información de, Com informações de, При участии, …; a
    sentence paragraph only when the rest is names: "Translated by Edith Grossman, the novel sold a
    million copies." stays), with a
    credit label and a colon (Source:, Mitarbeit:, Quelle:, Fuente:, Fonte:, Источник:, المصدر:; the
    editing, preparing and translating credits تحرير:, إعداد:, ترجمة:, المحرر:) on a line that is
    not a prose sentence (nor a short sentence after the label, ``said_after_label``), or that
    ends with "contributed to this report" (… contributed reporting from Hong Kong, a contribué
    à cet article, contribuyó a este informe, …) after names, not a pronoun ("During the 1982
    war he contributed reporting from Beirut." is the article's).
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Why: credits are the newsroom's bookkeeping printed under the story, not article text.
    Example: "Reporting by Jane Doe; Editing by John Smith", "AP writer Jane Doe contributed to
    this report.", "SOURCE: News agencies".
    """

    code = "GEN020"
    slug = "credit-line"

    needles = (_CREDIT_WORDS,)  # most articles end without any credit word: the ending is skipped
    max_words = MAX_WORDS

    def matches(self, line) -> bool:
        key = line.key
        start = _CREDIT_START.match(key)
        if start and (not line.is_prose or _names_only(line.text, len(start.group().split()))):
            return True
        if _CREDIT_LABEL.match(line.text.strip()) and not line.is_prose and not said_after_label(line.text):
            return True
        end = _CREDIT_END.search(key)
        if not (end and end.end() == len(key)):
            end = _CREDIT_END_PLACE.search(key)
        return bool(end) and _PRONOUNS.isdisjoint(key[:end.start()].split())


def _names_only(text: str, skip: int) -> bool:
    """Whether the words of ``text`` after its first ``skip`` are names (capitalised or in
    capitals), numbers or a credit's own words (``_CREDIT_GLUE``): a sentence-long credit is a list of
    names, "Translated by Edith Grossman, the novel sold a million copies." is not."""
    words = [word.strip(".,;:()[]'\"“”«»") for word in text.split()[skip:]]
    return all(not word or not word[0].islower() or word.casefold() in _CREDIT_GLUE for word in words)
