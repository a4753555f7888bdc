"""HTML mode knows the page's links: a line that is all one link can be told from the article's text."""

from cleaner import Cleaner
from cleaner.document import Document
from cleaner.links import PageLinks, link_key

from .conftest import FIXTURES

PARAGRAPHS = [
    "The city council voted on Tuesday to fund a new bridge over the river, ending a decade of debate.",
    "Work is expected to begin next spring and to last about two years, the mayor told reporters.",
    "Opponents said the money would be better spent on repairing the roads that already exist.",
]
TEASER = "MAYOR OPENS THE NEW HARBOUR MUSEUM ON SUNDAY"
PAGE = ("<html><head><title>Council funds the bridge</title></head><body><article><h1>Council funds the bridge</h1>"
        f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        f'<p><strong><a href="https://example.com/news/9.html">{TEASER}</a></strong></p>'
        f"<p>{PARAGRAPHS[2]}</p></article></body></html>")
# A Live Science page (scrapinghub-aeb) that lists three related articles under the body.
RELATED_PAGE = FIXTURES / "aeb" / "3c5bf8db4272925bf1dd5713fc325e179fd0d1cc6fb8c77aa2d917cfd2518a32.html"
RELATED = ["- 15 Amazing Images of Stars", "- 11 Fascinating Facts About Our Milky Way Galaxy",
           "- The 11 Biggest Unanswered Questions About Dark Matter"]


def test_a_line_and_a_link_compare_without_whitespace_and_case():
    assert link_key(" Gronk, Serena\n perform ") == link_key("gronk,serenaPERFORM")
    links = PageLinks(texts=["Council approves new budget"])
    assert "council approves  new budget" in links
    assert "Council approves new budget for the schools" not in links


class _Tree:
    """A stand-in for a parsed page that counts how often its links are read."""

    def __init__(self):
        self.reads = 0

    def iter(self, tag):
        self.reads += 1
        return iter(())


def test_a_pages_links_are_read_once_and_only_when_asked():
    tree = _Tree()
    links = PageLinks(tree)
    assert tree.reads == 0
    assert "anything" not in links and "else" not in links
    assert tree.reads == 1


def test_a_capitalised_link_goes_in_html_mode_and_stays_in_text_mode():
    cleaner = Cleaner()
    result = cleaner.clean_html(PAGE)
    assert TEASER in result.input_text  # the extractor kept it
    assert [(r.text, r.rule) for r in result.removals if r.text == TEASER] == [(TEASER, "GEN041")]
    assert all(p in result.text for p in PARAGRAPHS)
    # The same extracted text as text: no links are known, the line is kept.
    assert TEASER in cleaner.clean(result.input_text).text


def test_a_real_pages_list_of_related_articles_goes():
    result = Cleaner().clean_html(RELATED_PAGE.read_text("utf-8"))
    gold = RELATED_PAGE.with_name(RELATED_PAGE.name[:-5] + ".gold.txt").read_text("utf-8")
    assert [r.text for r in result.removals if r.rule == "GEN041"] == RELATED
    assert all(line in result.input_text.splitlines() for line in RELATED)
    assert not any(h[2:] in gold for h in RELATED)


def test_a_line_of_control_characters_that_strip_removes_does_not_fail_the_rule():
    # "\x1c" is whitespace to str.strip but not blank to the document: the line is kept as text.
    doc = Document(PARAGRAPHS[0] + "\n\x1c\n" + PARAGRAPHS[1])
    doc.links = PageLinks(texts=[])
    result = Cleaner().clean_document(doc)
    assert not result.errors, result.errors
    assert result.text == doc.source + "\n"
