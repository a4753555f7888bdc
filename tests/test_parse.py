"""parse_page parses a page as trafilatura's load_html does, with the element lookup in C."""

import threading

import pytest
from lxml import etree
from lxml.html import FormElement, HtmlElement
from trafilatura import extract
from trafilatura.utils import load_html

from cleaner.parse import parse_page

from .conftest import FIXTURES

PAGES = sorted([*(FIXTURES / "aeb").glob("*.html"), *(FIXTURES / "html").glob("*.html")])
FORM = ("<html><head><title>T</title></head><body><article><p>" + "The council voted on the budget today. " * 8
        + "</p><form><input name='q'></form></article></body></html>")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name[:12])
def test_the_same_tree_and_the_same_text_as_trafilaturas_own_parse(page):
    html = page.read_text("utf-8")
    ours, theirs = parse_page(html), load_html(html)
    assert etree.tostring(ours, encoding="unicode") == etree.tostring(theirs, encoding="unicode")
    options = {"output_format": "txt", "include_comments": False, "deduplicate": False}
    assert extract(ours, **options) == extract(theirs, **options)


def test_every_element_is_an_html_element_and_form_fields_have_no_class_of_their_own():
    assert isinstance(load_html(FORM).find(".//form"), FormElement)  # lxml.html's lookup, in Python
    form = parse_page(FORM).find(".//form")
    assert type(form) is HtmlElement  # the lookup in C: one class for every element
    assert extract(parse_page(FORM)) == extract(load_html(FORM))


def test_a_string_with_an_xml_declaration_and_text_that_is_no_html_are_handled_as_load_html_does():
    declared = '<?xml version="1.0" encoding="utf-8"?>' + FORM
    assert etree.tostring(parse_page(declared)) == etree.tostring(load_html(declared))
    assert parse_page("just a few words, no markup") is None is load_html("just a few words, no markup")


def test_a_page_parses_the_same_in_another_thread():
    trees = []
    thread = threading.Thread(target=lambda: trees.append(parse_page(FORM)))
    thread.start()
    thread.join()
    assert etree.tostring(trees[0]) == etree.tostring(parse_page(FORM))


def test_an_article_nested_deeper_than_libxml2s_default_limit_is_extracted(cleaner):
    # 300 unclosed <div>s before the article: with libxml2's default limit of 255 the parser
    # drops everything below it, and trafilatura alone finds no text on such a page.
    body = "<p>" + "The council voted on the budget today after a long debate. " * 4 + "</p>"
    page = "<html><head><title>T</title></head><body>" + "<div>" * 300 + body * 2 + "</body></html>"
    assert not extract(load_html(page))
    text = cleaner.clean_html(page).text
    assert text.count("The council voted on the budget today") == 8
