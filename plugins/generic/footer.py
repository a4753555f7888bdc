"""Tail furniture: tag lists, copyright lines and calls to action."""

from bisect import bisect_right

import regex

from cleaner.normalize import phrase_key
from cleaner.rules import Rule, alternation, phrase_set

from .echo import EchoAwarePhraseRule, echoed_heading
from .speech import is_reported_speech

_TAGS = phrase_set(["Tags", "Tags:", "Tagged", "Topics", "Explore more on these topics", "Keywords", "Schlagwörter",
                    "Schlagworte", "Stichwörter",
                    "Stichworte", "Themen", "Mots-clés",
                    "Étiquettes", "Etiquetas", "Temas", "Palavras-chave", "Теги", "Метки", "الوسوم", "وسوم",
                    "Etichette", "Argomenti", "Parole chiave", "Trefwoorden", "Tagi", "Słowa kluczowe", "Etiketler",
                    "Anahtar kelimeler",
                    "كلمات مفتاحية", "الكلمات المفتاحية", "كلمات دلالية", "الكلمات الدلالية"])
_TAGS_INLINE = regex.compile(r"^(?:Tags|Tagged|Topics|Keywords|Schlagwörter|Schlagworte|Stichwörter|Stichworte|"
                             r"Mots-clés|Etiquetas|Temas|Etichette|Trefwoorden|Tagi|Etiketler|Теги|الوسوم|وسوم)"
                             r"\s*:\s*\S", regex.IGNORECASE)
# Category labels: in the head or tail block only ("Category: Best Actor" may be a line of an article).
# (a list item's dash or bullet before the label: "- Kategorie: Erste Versuche", as trafilatura prints a list)
_CATEGORY_INLINE = regex.compile(r"^(?:[-–•*·]\s)?(?:Categories|Category|Filed under|Posted in|Kategorien|Kategorie"
                                 r"|Rubrik|Catégories?|Rubrique|Categorías?|Categorias?|Categorie|Categorieën|Kategoria"
                                 r"|Kategori|Рубрика|Категории|Категория"
                                 r"|التصنيفات|التصنيف)"
                                 r"\s*:\s*\S", regex.IGNORECASE)


_SENTENCE_STOPS = frozenset(".!?؟")  # a tag list ends without one
_ITEM_SEPARATOR = regex.compile(r"\s*[,|·•;،]\s*")


_TAG_WORDS = 6  # the most words of one tag
# Words that join the last two items of an enumeration in a sentence ("the economy, immigration and
# the war"); tags are separate links, printed with commas or bars between them, never with these.
_CONJUNCTIONS = frozenset("and or und oder sowie et ou y e o ou и или ed en of i lub oraz ve veya".split())


def _is_item_list(text: str) -> bool:
    """Three or more short items (at most 6 words each) between commas or bars, no sentence end:
    a long list of tags reads as prose by its length alone."""
    text = text.strip()
    return len([item for item in _ITEM_SEPARATOR.split(text) if item]) >= 3 and text[-1:] not in _SENTENCE_STOPS \
        and _short_items(text)


def _short_items(text: str) -> bool:
    """Whether every item of ``text`` between commas or bars has at most 6 words: a tag list, or
    a single tag; a longer run of words is a sentence or a headline ("تصدرت وسوم تطالب بالإفراج عن
    المعتقلين قائمة الأكثر تداولا على تويتر")."""
    return all(len(item.split()) <= _TAG_WORDS for item in _ITEM_SEPARATOR.split(text.strip()))


def _enumerates(text: str) -> bool:
    """Whether ``text`` ends like a sentence's enumeration: items between commas, the last two
    joined by a conjunction ("the economy, immigration, abortion and the war in Ukraine",
    "vivienda, inmigración y financiación autonómica")."""
    items = _ITEM_SEPARATOR.split(text.strip())
    return len(items) >= 2 and not _CONJUNCTIONS.isdisjoint(items[-1].split()[1:])


class TagList(Rule):
    """Removes a tag list: a "Tags" heading and the list of tags after it.

    What it does: removes a line that is only a tags heading (Tags, Explore more on these topics,
    Schlagwörter, Mots-clés, Etiquetas, Etichette, Trefwoorden, Tagi, Etiketler, الوسوم, كلمات دلالية,
    …) and the next line when it is a list of tags (at most 40 words: three or more short items between commas or bars,
    or items of at most 6 words each without a sentence end), or a one-line "Tags: a, b, c" list;
    in the head or tail block, a one-line category list ("Filed under: World", "Kategorie: News",
    "Catégorie : Sport", "Categoría: Política", "Рубрика: Спорт"). Items whose last two a
    conjunction joins are a sentence's enumeration, not tags ("Topics: the economy, immigration,
    abortion and the war in Ukraine", "Temas: vivienda, inmigración y financiación autonómica"),
    and a run of more than 6 words without a comma is a headline or a sentence: both are kept.
    Between the article's paragraphs, a tags heading above anything but a list of tags is the
    article's subheading and is kept; so is one above the first paragraph when that paragraph
    repeats its word ("Tags" above "The tags, sprayed in red …").
    Why: tag lists are navigation to topic pages.
    Example: "Tags" then "calendario stock car 2018, stock car brasil, stock car interlagos".
    """

    code = "GEN015"
    slug = "tag-list"

    @staticmethod
    def _inline_list(doc, i: int) -> bool:
        """A one-line "Tags: a, b" list anywhere, or a "Category: x" line in the head or tail."""
        text = doc.lines[i].text.strip()
        return bool(_TAGS_INLINE.match(text) or (doc.in_head(i) or doc.in_tail(i)) and _CATEGORY_INLINE.match(text))

    def apply(self, doc):
        headings = doc.keyed(_TAGS)
        # an inline list has a colon after its label
        candidates = sorted(set(headings).union(doc.containing((":",)))) if headings else doc.containing((":",))
        if not candidates:
            return
        kept = doc.kept()  # taken before any removal: the heading's next line is the next of these
        for i in candidates:
            line = doc.lines[i]
            if line.key_in(_TAGS):
                n = bisect_right(kept, i)
                nxt = doc.lines[kept[n]] if n < len(kept) else None
                listed = nxt is not None and nxt.at_most(40) and (
                    _is_item_list(nxt.text) or not nxt.is_prose and _short_items(nxt.text)
                    and nxt.text.rstrip()[-1:] not in _SENTENCE_STOPS and not _enumerates(nxt.text))
                # Between the article's paragraphs a heading over anything but a list is the article's
                # ("Tags" above a story about graffiti, "Etiketler" above a short one ending in a full stop).
                # (a list never ends with a sentence stop: ``listed`` is false for one that does)
                if nxt is not None and not listed and not (doc.in_head(i) or doc.in_tail(i)):
                    continue
                # (above the first paragraph too: "Tags" above "The tags, sprayed in red and black on …")
                if echoed_heading(doc, i, kept, in_head=True):
                    continue
                doc.remove(i, self.code)
                if listed:
                    doc.remove(kept[n], self.code)
            elif line.at_most(40) and not line.is_prose and self._inline_list(doc, i) \
                    and not _enumerates(line.text.partition(":")[2]):
                doc.remove(i, self.code)


_COPYRIGHT = regex.compile(
    r"^(?:©|\(c\)|copyright\b|all rights reserved|tous droits réservés|alle rechte vorbehalten|"
    r"todos los derechos reservados|todos os direitos reservados|все права защищены|جميع الحقوق محفوظة|"
    r"حقوق النشر|الحقوق محفوظة|كل الحقوق محفوظة|كافة الحقوق محفوظة|tutti i diritti riservati|"
    r"wszelkie prawa zastrzeżone|materiał chroniony prawem autorskim|alle rechten voorbehouden|"
    r"tüm hakları saklıdır)",
    regex.IGNORECASE,
)
# Above the article a headline may start with "Copyright" ("Copyright Office rules on AI art",
# "حقوق النشر في العصر الرقمي"): there the word counts only with a © or a year after it
# ("Copyright © 2023 …", "Copyright 2024 The AP", "حقوق النشر © 2024").
# A lone "© Name" above the article is a picture credit (GEN030's).
_HEAD_NOT_ALONE = frozenset({"copyright", "حقوق النشر", "©", "(c)"})
_HEAD_COPYRIGHT_WORD = regex.compile(r"^(?:copyright|حقوق النشر)\W{0,3}(?:©|\(c\)|\d{4}\b)", regex.IGNORECASE)


class CopyrightLine(Rule):
    """Removes a copyright or "all rights reserved" line in the tail or the head block.

    What it does: removes a tail-block line of at most 20 words that starts with ©, "Copyright",
    "All rights reserved", "جميع الحقوق محفوظة", "Tous droits réservés", "Alle Rechte vorbehalten",
    "Tutti i diritti riservati", "Wszelkie prawa zastrzeżone", "Materiał chroniony prawem autorskim", …;
    in the head block, the same line of at most 20 words that is not a sentence and starts with
    "Copyright" (حقوق النشر) and a © or a year, or with the words for "all rights reserved".
    A sentence about copyright is kept: "Copyright" or "(c)" with a word in lower case after it
    ("Copyright law has not caught up with AI."), the words for "all rights reserved" with a
    question mark after them or at the end of the line, a quote or a sentence that names its speaker.
    Why: the site's copyright notice is footer text, not part of the article; some pages print it
    above the article too. Above the article a headline may start with the word "Copyright", and
    a lone "© Name" is a picture credit (GEN030).
    Example: "Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved"; "جميع الحقوق محفوظة
    © 2024" above the first paragraph.
    """

    code = "GEN016"
    slug = "copyright-line"
    local = True

    def apply(self, doc):
        lines = doc.lines
        for i in doc.edges():
            line = lines[i]
            if not line.at_most(20):
                continue
            text = line.text.strip()
            found = _COPYRIGHT.match(text)
            # (a head-block line is no sentence: the head block ends at the first one)
            if found and (doc.in_tail(i) or found.group().casefold() not in _HEAD_NOT_ALONE
                          or _HEAD_COPYRIGHT_WORD.match(text)) and not _about_copyright(line, found):
                doc.remove(i, self.code)


def _about_copyright(line, found) -> bool:
    """Whether a line that opens with a copyright word is a sentence about copyright: "Copyright
    law has not caught up with AI.", "(c) the amount of the work used" (a list item), "All rights
    reserved? Not any more, the court ruled.", a question ("Alle Rechte vorbehalten – auch
    gegenüber KI-Firmen?"), a quote or a sentence naming its speaker."""
    word = found.group().casefold()
    after = line.text.strip()[found.end():]
    rest = after.lstrip(" \t:,;.-–—")
    first = rest.split(None, 1)[0] if rest else ""
    if word in ("copyright", "(c)") and len(first) > 1 and first.isalpha() and first[0].islower():  # (not "ⓒ")
        return True
    # (a question, at once or at the end, asks about copyright: no notice ends with one)
    return after.lstrip()[:1] == "?" or line.text.rstrip()[-1:] in "?؟" or is_reported_speech(line)


_CTA_PHRASES = ["click here", "clicking here", "tap here", "get the app", "download the app",
                "download our app", "sign up for free", "sign up to get", "sign up to receive",
                "follow us", "share it with a friend",
                "اضغط هنا", "انقر هنا", "حمل التطبيق", "حمّل التطبيق", "حمل تطبيق", "حمّل تطبيقنا", "نزل تطبيق",
                "cliquez ici", "téléchargez l application",
                "hier klicken", "klicken sie hier", "jetzt abonnieren", "haz clic aquí",
                "pulsa aquí", "clique aqui", "нажмите здесь", "clicca qui", "scarica l app", "klik hier",
                "download de app", "kliknij tutaj", "kliknij tu", "pobierz aplikację", "buraya tıklayın",
                "uygulamayı indirin"]
_CTA = alternation(_CTA_PHRASES, anchored=False, whole_words=True)
# "Sign up" and "subscribe" are also how-to steps ("Sign up for a streaming account"); they are a call to
# action when the line names the site's offer: its newsletter or channel, "our", "here", "now".
_SIGN_UP_PHRASES = ["sign up", "subscribe", "abonnez vous", "abonnieren", "suscríbete", "suscribete", "assine",
                    "inscreva se", "подпишитесь", "اشترك", "اشتركوا", "join", "rejoignez", "únete", "присоединяйтесь",
                    "انضم", "انضموا"]
# (whole words: "Spain joined the talks, US officials said" and "Subscribers now number 2.3 million" are news)
_SIGN_UP = alternation(_SIGN_UP_PHRASES, anchored=False, whole_words=True)
_OFFER = alternation(["newsletter", "our", "us", "here", "today", "now", "youtube", "podcast", "channel",
                      "alerts", "updates", "inbox", "notre", "nos", "ici", "gratuit", "unseren", "unsere", "hier",
                      "kostenlos", "jetzt", "nuestro", "nuestra", "aquí", "gratis", "boletín", "nosso", "nossa",
                      "aqui", "grátis", "наш", "нашу", "наши", "рассылку", "канал", "نشرتنا", "النشرة", "قناتنا",
                      "الآن"], anchored=False, whole_words=True)


def _needles(phrases: list[str]) -> tuple[str, ...]:
    """Substrings one of which the key of every line holding one of ``phrases`` contains: the
    longest word of each phrase's key, less those that contain another."""
    words = {max(key.split(), key=len) for key in phrase_set(phrases)}
    return tuple(w for w in words if not any(other != w and other in w for other in words))


# a line's key holds one of these when _CTA or _SIGN_UP finds a phrase in it (a test in C, before the regexes)
_CTA_NEEDLES = _needles(_CTA_PHRASES + _SIGN_UP_PHRASES)


def _is_call_to_action(key: str) -> bool:
    if not any(map(key.__contains__, _CTA_NEEDLES)):
        return False
    return bool(_CTA.search(key) or _SIGN_UP.search(key) and _OFFER.search(key))


class CallToAction(Rule):
    """Removes a short call-to-action line in the head or tail block.

    What it does: removes a head- or tail-block line of at most 25 words that asks the reader to
    click, download the app or follow (CLICK HERE TO GET THE APP, Like this story? Share it with a
    friend!, اضغط هنا, حمل تطبيق, cliquez ici, hier klicken, haz clic aquí, clicca qui, klik hier,
    kliknij tutaj, buraya tıklayın, …), or to sign up,
    subscribe or join the site's offer (its newsletter or channel, "our", "here", "now": Join our
    Telegram channel, انضم إلى قناتنا على تيليجرام); a how-to step such as
    "Sign up for a streaming account" is kept. Anywhere in the text, the same on a short line in
    capitals (a shouted promotion between paragraphs). A quote ("'Click here' scams") or a sentence
    that names its speaker is kept.
    Why: promotions for the site's app, newsletter or social accounts are not article text.
    Example: "CLICK HERE TO GET THE FOX NEWS APP".
    """

    code = "GEN017"
    slug = "call-to-action"
    local = True

    def apply(self, doc):
        head_end, tail_start, lines = doc.head_end, doc.tail_start, doc.lines
        candidates = [i for i in doc.short(25)  # (a shouted call to action goes anywhere)
                      if i < head_end or i >= tail_start or lines[i].text.isupper() and lines[i].at_most(15)]
        # Most pages have none of the words in any candidate: one search of their keys tells.
        keys = "\n".join([lines[i].key for i in candidates])
        if any(map(keys.__contains__, _CTA_NEEDLES)):
            for i in candidates:
                if _is_call_to_action(lines[i].key) and not is_reported_speech(lines[i]):
                    doc.remove(i, self.code)


# The links to a site's own service pages, in its header or footer.
_SITE_LINKS = [
    "About us", "Contact us", "Privacy policy", "Privacy notice", "Terms of use", "Terms of service",
    "Terms and conditions", "Cookie policy", "Cookie settings", "Manage cookies", "Advertise with us", "Advertise",
    "Careers", "Sitemap", "Site map", "Imprint", "Impressum", "Datenschutz", "Datenschutzerklärung", "Über uns",
    "AGB", "Nutzungsbedingungen", "Cookie-Einstellungen", "Mentions légales", "Politique de confidentialité",
    "Nous contacter", "Contactez-nous", "Qui sommes-nous", "Conditions générales d'utilisation", "Plan du site",
    "Aviso legal", "Política de privacidad", "Contáctenos", "Quiénes somos", "Términos y condiciones",
    "Mapa del sitio", "Política de cookies", "Política de privacidade", "Fale conosco", "Quem somos",
    "Termos de uso", "О нас", "Контакты", "Политика конфиденциальности", "Пользовательское соглашение",
    "من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا", "خريطة الموقع", "هيئة التحرير",
    "Chi siamo", "Contatti", "Contattaci", "Note legali", "Informativa sulla privacy", "Informativa cookie",
    "Termini e condizioni", "Mappa del sito", "Pubblicità", "Lavora con noi", "Over ons", "Neem contact op",
    "Privacybeleid", "Privacyverklaring", "Cookiebeleid", "Algemene voorwaarden", "Adverteren", "Vacatures",
    "O nas", "Polityka prywatności", "Polityka cookies", "Regulamin", "Reklama", "Mapa strony", "Hakkımızda",
    "İletişim", "Gizlilik politikası", "Çerez politikası", "Kullanım koşulları", "Künye", "Reklam",
    "Site haritası",
]
_LINK_SEPARATOR = regex.compile(r"\s*[|·•/]\s*")


class SiteLinks(EchoAwarePhraseRule):
    """Removes the links to the site's own service pages in the head or tail block.

    What it does: in the head or tail block, removes a line that is one such link (About us,
    Contact us, Privacy policy, Terms of use, Impressum, Datenschutz, Mentions légales, Aviso
    legal, Política de privacidade, Chi siamo, Over ons, Polityka prywatności, Hakkımızda,
    Политика конфиденциальности, من نحن, اتصل بنا, سياسة الخصوصية, …) or a bar of two or more of
    them between "|", "·", "•" or "/". A link's words that the next sentence paragraph repeats
    are the article's subheading and are kept ("Privacy policy" above "The company's privacy
    policy, updated last month, …").
    Why: they are the site's header and footer navigation, not article text.
    Example: "About us | Contact us | Privacy policy"; "سياسة الخصوصية".
    """

    code = "GEN040"
    slug = "site-links"
    phrases = _SITE_LINKS
    scope = "edges"
    echo_in_head = True  # ("Privacy policy" above "The company's privacy policy, updated last month, …")

    def apply(self, doc):
        super().apply(doc)  # a line that is one link
        for i in doc.edges():  # a bar of links
            text = doc.lines[i].text
            if not any(map(text.__contains__, "|·•/")) or not doc.lines[i].at_most(30):
                continue
            items = [item for item in _LINK_SEPARATOR.split(text.strip()) if item]
            if len(items) >= 2 and all(phrase_key(item) in self._keys for item in items):
                doc.remove(i, self.code)
