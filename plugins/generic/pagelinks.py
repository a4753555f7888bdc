"""The page's own address printed as text: its short link, its permalink, a print version's footer."""

import regex

from cleaner.document import MAX_PHRASE_WORDS
from cleaner.normalize import phrase_key
from cleaner.rules import Rule, phrase_set

from .header import URL_LINE
from .speech import introduced

# The labels a page gives its own address ("Short link:", "Permalink:", "رابط مختصر:"), folded as keys are.
_LABELS = phrase_set([
    "Permalink", "Permanent link", "Short link", "Shortlink", "Short URL", "Shortened URL", "URL to article",
    "Article URL", "Link to this article", "Link to this page", "Link to this story", "Page URL", "Copy link",
    "Copy the link", "Share link", "Share this link",
    "Kurzlink", "Kurz-URL", "Permanenter Link", "Permalink zum Artikel", "Artikel-URL", "Link zum Artikel",
    "Link zu diesem Artikel", "Link zum Beitrag", "URL des Artikels", "URL dieses Artikels", "Link kopieren",
    "Dauerhafter Link", "Adresse dieses Artikels",
    "Lien court", "Lien permanent", "Lien de l'article", "URL de l'article", "Adresse de l'article",
    "Adresse de cet article", "Copier le lien", "Lien vers cet article",
    "Enlace corto", "Enlace permanente", "URL corta", "Enlace al artículo", "Enlace a este artículo",
    "URL del artículo", "Copiar enlace", "Link corto",
    "Link curto", "Link permanente", "URL curta", "Link da matéria", "Link para este artigo", "Link do artigo",
    "Copiar link", "Endereço da página", "URL da notícia",
    "Link breve", "URL breve", "Link all'articolo", "Copia link", "Copia il link",
    "Korte link", "Permanente link", "Link naar dit artikel", "Kopieer link", "Link kopiëren",
    "Publikacja dostępna na stronie", "Krótki link", "Stały link", "Link do artykułu", "Link do tego artykułu",
    "Skopiuj link", "Adres artykułu",
    "Короткая ссылка", "Постоянная ссылка", "Ссылка на статью", "Ссылка на материал", "Ссылка на новость",
    "Адрес страницы", "Адрес новости", "Скопировать ссылку", "Копировать ссылку",
    "Kısa link", "Kısa bağlantı", "Kısa URL", "Haberin linki", "Haber linki", "Linki kopyala",
    "Bağlantıyı kopyala",
    "رابط مختصر", "الرابط المختصر", "رابط قصير", "الرابط القصير", "رابط الخبر", "رابط المقال", "رابط المقالة",
    "رابط الموضوع", "رابط دائم", "الرابط الدائم", "انسخ الرابط", "نسخ الرابط", "رابط الصفحة", "رابط المادة",
])
# A print version's footer names the site between its words and the address ("Article printed from
# Example News: https://…"): its key starts with one of these.
_PRINTED_FROM = tuple(phrase_set(["Article printed from", "Printed from", "Artikel gedruckt von", "Imprimé depuis"]))
_FIRST_WORDS = frozenset(key.split()[0] for key in _LABELS | set(_PRINTED_FROM))
# A label, a colon or a dash maybe, and one address, nothing after it.
_LABELLED = regex.compile(r"^\W{0,3}(?P<label>[^\s:：].{1,80}?)\s*[:：–—-]?\s*(?:https?://|www\.)\S+$")


class PageLink(Rule):
    """Removes the page's own address printed with its label: a short link, a permalink, a print footer.

    What it does: removes a line (up to 20 words, the address's own counted) that is only a label
    for the page's address followed by one address (Short link:, Permalink:, URL to article:,
    Kurz-URL:, Lien court :, Enlace corto:, Link curto:, Publikacja dostępna na stronie:, Короткая
    ссылка:, Kısa link:, رابط مختصر:, …; a
    print footer's "Article printed from <site>:"), or such a label alone with the address alone on
    the next line (both go). An address that the line above runs on into ("To share the page,
    copy this address:") is the article's and stays, and so does a label with anything but one
    address after it ("Short URL services such as bit.ly …").
    Why: sharing widgets and print versions print the page's address as text; it is not part of
    the story, and it is a link no reader of the clean text can use.
    Example: "رابط مختصر: https://example.com/?p=12345"; "Article printed from Example News:
    https://example.com/2024/05/story/".
    """

    code = "GEN046"
    slug = "page-link"

    def apply(self, doc):
        lines = doc.lines
        # (a label's line has at most MAX_PHRASE_WORDS words, its address's words counted: the
        # lines come from the shared key index, not from a search of the whole text)
        for i in doc.keyed(_LABELS):  # the label alone: the address alone on the next line
            after = i + 1
            if after < len(lines) and lines[after].removed_by is None and URL_LINE.match(lines[after].text.strip()) \
                    and not introduced(lines, i):
                doc.remove(i, self.code)
                doc.remove(after, self.code)
        for i in doc.first_word_in(_FIRST_WORDS, MAX_PHRASE_WORDS):
            text = lines[i].text
            if ("://" in text or "www." in text) and not introduced(lines, i):
                found = _LABELLED.match(text.strip())
                if found:
                    label = phrase_key(found["label"])
                    if label in _LABELS or label.startswith(_PRINTED_FROM):
                        doc.remove(i, self.code)
