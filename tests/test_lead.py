"""The article's lead paragraph: found in the page, put back when extraction dropped it."""

from lxml import html as lxml_html

from cleaner.extract import ExtractOptions, html_to_text
from cleaner.lead import find_lead, with_lead

LEAD = ("Der Kunststoff-Hersteller will seine Kompetenzen in der industriellen Biotechnologie "
        "weiter ausbauen und gründet dafür eine eigene Forschungsgruppe.")
BODY = " ".join(["Die neue Gruppe soll im Frühjahr ihre Arbeit aufnehmen und eng mit Hochschulen "
                 "in der Region zusammenarbeiten, teilte das Unternehmen am Montag mit."] * 3)


def page(lead_block: str) -> str:
    paragraphs = "".join(f"<p>{BODY} ({n})</p>" for n in range(6))
    return (f"<html><head><title>Forschung</title></head><body><nav><a href='/'>Start</a></nav>"
            f"<div class='article'><h1>Neue Forschungsgruppe</h1>{lead_block}"
            f"<div class='article-body'>{paragraphs}</div></div></body></html>")


def test_lead_in_a_teaser_block_is_found_and_put_first():
    html = page(f"<div class='teaser-text'><p>{LEAD}</p></div>")
    assert find_lead(lxml_html.fromstring(html)) == LEAD
    text = html_to_text(html)
    assert text.splitlines()[0] == LEAD
    assert text.count(LEAD) == 1
    assert LEAD not in html_to_text(html, options=ExtractOptions(lead=False))


def test_lead_class_names_in_other_conventions():
    for block in (f"<p class='story-lead-text'>{LEAD}</p>", f"<div class='mosi-artikel-teaser'><p>{LEAD}</p></div>",
                  f"<div class='documentDescription'>{LEAD}</div>", f"<p class='af-chapo'>{LEAD}</p>"):
        assert find_lead(lxml_html.fromstring(page(block))) == LEAD, block


def test_every_lead_class_name_passes_the_first_cheap_test():
    # find_lead only looks at class attributes holding one of _STEMS (casefolded): each name that
    # _LEAD_CLASS knows, in any case, must hold one
    import re

    from cleaner.lead import _LEAD_CLASS, _STEMS
    names = re.search(r"\(\?:(lead\|[^)]*)\)", _LEAD_CLASS.pattern)[1].split("|")
    assert len(names) > 15
    for name in names:
        for written in (name, name.upper(), name.title()):
            assert _LEAD_CLASS.search(written) and any(stem in written.casefold() for stem in _STEMS), written
    html = page(f"<p class='Story-LEAD'>{LEAD}</p>")
    assert find_lead(lxml_html.fromstring(html)) == LEAD


def test_lead_like_text_in_cookie_boxes_lists_and_short_labels_is_ignored():
    for block in (f"<div class='cookiebar'><p class='intro'>{LEAD}</p></div>",
                  f"<aside><p class='lead'>{LEAD}</p></aside>",
                  f"<div class='related-teaser'><p class='teaser-text'>{LEAD}</p></div>",
                  "<p class='lead'>Forschung und Entwicklung</p>"):
        assert find_lead(lxml_html.fromstring(page(block))) is None, block


def test_with_lead_does_not_repeat_a_lead_already_in_the_text():
    assert with_lead(f"{LEAD}\n{BODY}\n", LEAD) == f"{LEAD}\n{BODY}\n"
    assert with_lead(f"{BODY}\n", LEAD) == f"{LEAD}\n{BODY}\n"
    assert with_lead("", LEAD) == ""
    split = "Forschung\n" + LEAD.replace(" in der ", "\nin der ") + "\n"  # kept over two lines, after a label
    assert with_lead(split, "Forschung " + LEAD) == split


def test_cli_no_lead_flag(tmp_path, capsys):
    from cleaner.cli import main

    path = tmp_path / "page.html"
    path.write_text(page(f"<div class='teaser-text'><p>{LEAD}</p></div>"), encoding="utf-8")
    assert main([str(path)]) == 0
    assert LEAD in capsys.readouterr().out
    assert main(["--no-lead", str(path)]) == 0
    assert LEAD not in capsys.readouterr().out


def test_an_excerpt_is_a_listing_summary_not_a_lead():
    # WordPress-style "excerpt" blocks summarise the post for listings; the lead is the article's
    # opening paragraph (on scrapinghub-aeb, every excerpt put back was text the gold leaves out).
    for block in (f"<div class='entry-excerpt'><p>{LEAD}</p></div>", f"<p class='post__excerpt'>{LEAD}</p>"):
        assert find_lead(lxml_html.fromstring(page(block))) is None, block
