"""The systems compared: clean-article and its peers, each a function of (html or text, language)."""

from __future__ import annotations

import html as htmlmod

from cleaner.engine import default_cleaner as cleaner
from cleaner.extract import ExtractOptions, clean_html

JUSTEXT_LANG = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
                "ru": "Russian", "pl": "Polish", "it": "Italian", "ar": "Arabic", "nl": "Dutch",
                "ja": None, "zh": None}


def _justext_paragraphs(html: str, lang: str | None) -> str:
    import justext

    name = JUSTEXT_LANG.get(lang or "en", "English")
    stoplist = justext.get_stoplist(name) if name and name in justext.get_stoplists() else frozenset()
    paragraphs = justext.justext(html.encode("utf-8") if isinstance(html, str) else html, stoplist)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


# ---- HTML mode: raw page in, article text out -------------------------------------------------

def html_trafilatura(favor: str = "balanced"):
    def run(html: str, lang: str | None = None, url: str | None = None) -> str:
        from trafilatura import extract

        return extract(html, url=url, favor_precision=favor == "precision", favor_recall=favor == "recall") or ""
    return run


def html_clean_article(favor: str = "balanced"):
    options = ExtractOptions(favor=favor)

    def run(html: str, lang: str | None = None, url: str | None = None) -> str:
        return clean_html(cleaner(), html, url=url, options=options).text
    return run


def html_readability(html: str, lang: str | None = None, url: str | None = None) -> str:
    from lxml import html as lxml_html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    return lxml_html.fromstring(summary).text_content() if summary.strip() else ""


def html_justext(html: str, lang: str | None = None, url: str | None = None) -> str:
    return _justext_paragraphs(html, lang)


HTML_SYSTEMS = {
    "trafilatura": html_trafilatura("balanced"),
    "trafilatura (precision)": html_trafilatura("precision"),
    "trafilatura (recall)": html_trafilatura("recall"),
    "clean-article": html_clean_article("balanced"),
    "clean-article (precision)": html_clean_article("precision"),
    "readability-lxml": html_readability,
    "jusText": html_justext,
}


# ---- Text mode: extracted text in (one paragraph a line), clean text out ----------------------

def text_none(text: str, lang: str | None = None, url: str | None = None) -> str:
    return text


def text_clean_article(text: str, lang: str | None = None, url: str | None = None) -> str:
    return cleaner().clean(text, url=url).text


def _as_html(text: str) -> str:
    body = "".join(f"<p>{htmlmod.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<html><body>{body}</body></html>"


def text_justext(text: str, lang: str | None = None, url: str | None = None) -> str:
    return _justext_paragraphs(_as_html(text), lang)


def text_trafilatura(text: str, lang: str | None = None, url: str | None = None) -> str:
    from trafilatura import extract

    return extract(_as_html(text)) or ""


_C4 = None


def text_c4(text: str, lang: str | None = None, url: str | None = None) -> str:
    """datatrove's C4QualityFilter line rules (terminal punctuation, at least 3 words, javascript,
    policy, curly bracket, lorem ipsum), keeping the lines it keeps; a document it drops whole
    gives ''. The page-level sentence count is off: it needs a spaCy tokenizer, and the line rules
    are what a cleaner is compared with."""
    global _C4
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    if _C4 is None:
        _C4 = C4QualityFilter(filter_no_terminal_punct=True, min_num_sentences=-1)
    doc = Document(text=text, id="x")
    kept = _C4.filter(doc)
    if kept is False or (isinstance(kept, tuple) and kept[0] is False):
        return ""
    return doc.text


TEXT_SYSTEMS = {
    "no cleaning": text_none,
    "clean-article": text_clean_article,
    "jusText": text_justext,
    "datatrove C4QualityFilter": text_c4,
    "trafilatura (text as <p>)": text_trafilatura,
}
