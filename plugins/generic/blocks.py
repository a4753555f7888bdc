"""Marker-led blocks: newsletter sign-ups, read-more links, related articles, comment forms."""

from bisect import bisect_right

import regex

from cleaner.document import MAX_PHRASE_WORDS
from cleaner.normalize import phrase_key
from cleaner.rules import Rule, alternation, phrase_set

from .echo import echoed_heading
from .speech import READER_WORDS, introduces, is_reported_speech
from .widgets import SHARE_KEYS

_READ_MORE = phrase_set([
    "اقرأ المزيد", "اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضا", "اقرأ كذلك", "اقرأ أيضاً", "اقرأ المزيد:",
    "لمزيد من التفاصيل", "للمزيد", "المزيد", "شاهد أيضا", "طالع أيضا", "اقرأ ايضاً", "اقرأ أيضًا",
    "Read more", "Read also", "Also read", "Read next", "See also", "More", "Related",
    "Recommended", "Related story", "Related article", "Continue reading", "Read the full story",
    "À lire aussi", "A lire aussi", "Lire aussi", "Lire la suite", "Voir aussi", "À voir aussi",
    "Lesen Sie auch", "Mehr zum Thema", "Auch interessant", "Weiterlesen", "Das könnte Sie auch interessieren",
    "Lea también", "Leer más", "Lee también", "Ver también", "Te puede interesar", "Leia também",
    "Leia mais", "Veja também", "Читайте также", "Читать далее", "Смотрите также", "Czytaj także",
    "Devamını oku", "Leggi anche", "Leggi anche su", "See more", "Also on", "Also see", "Watch",
    "Más información", "Mehr lesen", "Lisez aussi", "Le puede interesar", "Puede interesarte", "Schon gelesen",
    "Das könnte dich auch interessieren", "Pour lire la suite", "Você pode gostar", "Вам может быть интересно",
    "Lesen Sie hier", "Lesen Sie dazu", "Lesen Sie mehr", "Auch lesen", "Lea más", "Lee más", "Vea también",
    "Puedes ver", "Mira también", "Veja mais", "Leia mais", "À lire également", "A lire également", "Related post",
    "Related reading", "Article lié", "Verwandter Artikel", "Artículo relacionado", "Artigo relacionado",
    "Похожая статья", "Explore further", "Learn more", "En savoir plus", "Mehr erfahren", "Saiba mais", "Подробнее",
    "اعرف المزيد", "Lies auch", "Czytaj też", "Czytaj również", "Zobacz też", "Zobacz także", "Zobacz również",
    "Le podría interesar", "Te podría interesar", "Lea también", "Lire également", "À lire", "A lire",
    "Читайте по теме", "Читайте еще", "Leggi di più", "Next article", "Next story", "Nächster Artikel",
    "Vorschau auf den nächsten Artikel", "Article suivant", "Siguiente artículo", "Próximo artigo",
    "Следующая статья", "Previous article", "Previous story", "Previous post", "Next post", "Vorheriger Artikel",
    "Vorheriger Beitrag", "Nächster Beitrag", "Article précédent", "Artículo anterior", "Artigo anterior",
    "Siguiente noticia", "Noticia anterior", "Próxima notícia", "Notícia anterior", "Nächste Meldung",
    "Vorherige Meldung", "Следующая новость", "Предыдущая новость", "Предыдущая статья", "المقال السابق",
    "المقال التالي", "المقالة السابقة", "المقالة التالية", "الخبر السابق", "الخبر التالي", "الموضوع السابق",
    "الموضوع التالي",
    # Italian, Dutch, Polish, Turkish
    "Continua a leggere", "Leggi tutto", "Leggi l'articolo", "Leggi l'articolo completo", "Vedi anche",
    "Guarda anche", "Ti potrebbe interessare", "Potrebbe interessarti", "Articolo successivo", "Articolo precedente",
    "Lees ook", "Lees meer", "Lees verder", "Lees het hele artikel", "Lees het volledige artikel", "Zie ook",
    "Bekijk ook", "Ook interessant", "Volgend artikel", "Vorig artikel", "Czytaj więcej", "Czytaj dalej",
    "Przeczytaj także", "Przeczytaj też", "Przeczytaj również", "Zobacz więcej", "Dowiedz się więcej",
    "Sprawdź też", "Sprawdź także", "Sprawdź również", "Następny artykuł",
    "Poprzedni artykuł", "Devamı", "Haberin devamı", "Ayrıca okuyun", "Bunu da okuyun", "İlgili haber",
    "Sonraki haber", "Önceki haber", "Sonraki yazı", "Önceki yazı",
])
# One-word labels that mark a link only when a headline follows on the same line ("LEA: Title",
# "MIRA: Title", "Read: Title"): alone, or before a sentence, they are a name or a word of the text.
_HEADLINE_LABELS = phrase_set(["Lea", "Lee", "Mira", "Mire", "Vea", "Leia", "Read", "Lire", "Читайте", "اقرأ", "Watch",
                                "Смотрите", "شاهد", "طالع", "Leggi", "Lees", "Czytaj", "Zobacz"])
_READ_MORE_STARTS = tuple(_READ_MORE | _HEADLINE_LABELS)  # (keys: an inline marker's key starts with one)
# The first word of the key of a line that starts with an inline marker or with "Also on".
_INLINE_FIRST_WORDS = frozenset(key.split()[0] for key in _READ_MORE_STARTS) | {"also"}
# Between an inline marker and its headline: "Read more: Title", "À lire aussi » Title".
_INLINE_SEPARATOR = regex.compile(r"[:»>]")


# "Also on example.com Headline": a teaser naming the site it links to.
_SITE_ADDRESS = r"[\w-]+(?:\.[\w-]+)+"  # example.com, www.example.co.uk
_ALSO_ON = regex.compile(r"^Also on " + _SITE_ADDRESS + " ")
# Markers too generic to vouch for the line after them: they only remove themselves.
_WEAK_MARKERS = phrase_set(["More", "Related", "Recommended", "See also", "Voir aussi", "Ver também", "Watch",
                            "Ver también", "Explore further", "Learn more", "En savoir plus", "Mehr erfahren",
                            "Saiba mais", "Подробнее", "اعرف المزيد", "Vedi anche", "Zie ook", "Bekijk ook",
                            "Zobacz więcej", "Dowiedz się więcej", "Devamı", "Más información", "المزيد"])


_LETTERS = regex.compile(r"[^\W\d_]+")


SENTENCE_ENDS = frozenset(".!?…:;")  # a headline ends in none of these
_BULLETS = frozenset("-–•*·")  # what opens a list item as trafilatura prints it


def is_headline(text: str) -> bool:
    """At least four words with letters and no sentence end: a headline, not an answer, a
    sentence or a reference ("John 3:16-21")."""
    text = text.strip()
    return len(_LETTERS.findall(text, 0, 400)) >= 4 and text[-1] not in SENTENCE_ENDS


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with a full stop (not an ellipsis: a teaser cut short ends with one)
    and is not a list item: a list of links may hold a headline ending like a sentence ("-
    Massenarbeitslosigkeit unter MINT-Fachkräften? Recruiting updaten.")."""
    text = text.strip()
    return text[-1:] == "." and not text.endswith("..") and text[:1] not in _BULLETS


def _goes_on(rest: str) -> bool:
    """Whether what follows an inline marker is a sentence going on: it opens with a small letter
    and ends with a full stop ("See also: the 2019 ruling, which the judges cited three times …
    on Thursday."); a headline opens with a capital (or a name such as "iPhone", without the full
    stop)."""
    rest = rest.strip()
    return rest[:1].islower() and _ends_sentence(rest)


_HEADLINE_SENTENCE = 18  # the most words of a headline that ends like a sentence (seen: 16)
_HEADLINE_WORDS = 4  # the fewest words of a headline in a related box between paragraphs


class ReadMore(Rule):
    """Removes "read more" markers together with the linked headline that follows them.

    What it does: removes a line that is a read-more marker (اقرأ المزيد, اقرأ أيضا, Read more,
    À lire aussi, Lesen Sie auch, Lea también, Lees ook, Czytaj więcej, …) and the next line when
    it is a short headline (at most 25 words); a marker with the headline on the same line ("Read more: Title") goes too
    when the line is short (the headline may also follow "»" or ">"). A one-word label (LEA,
    MIRA, Read, Leia, Читайте) counts only before a headline on its line: at least four words
    with letters, without a sentence end; after an inline marker, a sentence going on (a small
    letter first, a full stop last: "See also: the 2019 ruling, which the judges cited …") keeps
    the line. Generic markers (More, Related, Learn more, Más información, …) go alone. A sentence
    paragraph of more than 18 words after a marker is the article going on ("Related story" as a
    subheading), and is kept. Below the first
    paragraph, a marker whose words the next sentence paragraph repeats is the article's subheading
    and is kept ("More" above "More than 300 people attended the vigil …").
    Why: these are links to other articles placed inside the article body.
    Example: "اقرأ المزيد :" followed by "مقتل كبير المستشارين العسكريين الروس في دير الزور."
    """

    code = "GEN007"
    slug = "read-more"

    def apply(self, doc):
        lines = doc.lines
        kept = doc.kept()  # the lines as they were before this rule: a headline follows in it
        markers = set(doc.keyed(_READ_MORE))
        # Besides markers and the headlines after them, only short lines (at most 30 words) go: those
        # that hold a separator ("Read more: Title") or start with "Also on". Their label is their
        # key's first words, looked up for lines of up to MAX_PHRASE_WORDS words.
        candidates = markers.union([
            i for i in doc.first_word_in(_INLINE_FIRST_WORDS, MAX_PHRASE_WORDS) + [
                i for i in doc.short(30) if lines[i].words > MAX_PHRASE_WORDS]
            if ":" in (text := lines[i].text) or "»" in text or ">" in text or text.startswith("Also on ")])
        for i in sorted(candidates):
            line = lines[i]
            if i in markers:
                if echoed_heading(doc, i, kept):  # ("More" above "More than 300 people attended …")
                    continue
                doc.remove(i, self.code)
                if line.key_in(_WEAK_MARKERS):
                    continue
                n = bisect_right(kept, i)  # the next kept line
                # (a headline has at most 18 words as a sentence: a longer sentence paragraph after
                # the marker is the article going on, "Related story" being its subheading)
                nxt = lines[kept[n]] if n < len(kept) else None
                if nxt is not None and nxt.at_most(25) and (nxt.at_most(_HEADLINE_SENTENCE) or not nxt.is_prose):
                    doc.remove(kept[n], self.code)
            elif (line.at_most(25) and line.key.startswith(_READ_MORE_STARTS)
                  and _INLINE_SEPARATOR.search(line.text, 0, 40)):
                label, rest = _INLINE_SEPARATOR.split(line.text, 1)
                label = phrase_key(label)
                if (label in _READ_MORE or label in _HEADLINE_LABELS and is_headline(rest)) and not _goes_on(rest):
                    doc.remove(i, self.code)
            elif line.text.startswith("Also on ") and _ALSO_ON.match(line.text):  # (a candidate has at most 30 words)
                doc.remove(i, self.code)


_RELATED = phrase_set([
    "قد يعجبك ايضا", "قد يعجبك أيضاً", "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة",
    "ذات صلة", "أخبار متعلقة", "مقالات مشابهة", "اخبار مشابهة", "المزيد من الأخبار", "الأكثر قراءة",
    "الأكثر مشاهدة", "آخر الأخبار", "أحدث الأخبار", "مواضيع قد تهمك", "اقرأ في هذا الملف",
    "قد يهمك أيضا", "قد يهمك", "ننصحك بقراءة", "اخترنا لك", "الأكثر تداولا", "More news",
    "You may also like", "You might also like", "Related articles", "Related posts",
    "Related stories", "Related news", "More stories", "More from", "Most read", "Most popular",
    "Most viewed", "Most shared", "Most emailed", "Most watched",
    "Latest news", "Recommended for you", "More on this story", "Trending", "Trending now",
    "Vous aimerez aussi", "Vous aimerez peut-être aussi", "Articles similaires", "Sur le même sujet",
    "Les plus lus", "À lire également", "Das könnte Sie auch interessieren", "Ähnliche Artikel",
    "Meistgelesen", "Meistgesehen", "Meistgeteilt", "Les plus vus", "Les plus partagés", "Lo más visto",
    "Lo más compartido", "Mais vistas", "Mais vistos", "Самое популярное", "Weitere Artikel", "Mehr aus",
    "También te puede interesar", "Most commented",
    "Meistkommentiert", "Kommentierte Artikel", "Les plus commentés", "Lo más comentado",
    "Noticias relacionadas", "Artículos relacionados", "Lo más leído", "Más noticias",
    "Você também pode gostar", "Notícias relacionadas", "Mais lidas", "Похожие новости",
    "Читайте также", "Самое читаемое", "Don't miss", "Don’t miss", "More stories from",
    "Read next", "What to read next", "Nicht verpassen", "À ne pas manquer", "No te lo pierdas",
    "لا تفوت", "لا تفوتك", "مواضيع مقترحة", "Related content", "Recommended articles", "Empfohlene Beiträge",
    "Empfohlene Artikel", "Mehr Themen", "Contenu associé", "Contenido relacionado", "Conteúdo relacionado",
    "Рекомендуемые статьи", "محتوى ذو صلة", "Weitere Themen", "Schon gelesen", "Zum Weiterlesen",
    "Weitere Beiträge", "Lesen Sie auch die folgenden Beiträge", "Das könnte dich auch interessieren",
    "Das Thema könnte dich auch interessieren", "Dies könnte Sie auch interessieren", "Weitere Artikel zum Thema",
    "Top-Themen", "Recommended stories", "Related coverage", "More topics", "Sur le même thème",
    "Articles recommandés", "À découvrir aussi", "Notas relacionadas", "Contenidos relacionados",
    "Temas relacionados", "Te recomendamos", "Matérias relacionadas", "Posts relacionados", "Другие новости",
    "Рекомендуем", "Polecane artykuły", "Polecane", "Related topics", "More on this topic", "Top stories",
    "المزيد حول هذه القصة", "قصص ذات صلة", "موضوعات ذات صلة", "مقالات الكاتب", "كل مقالات الكاتب", "جميع مقالات الكاتب",
    "المزيد من مقالات الكاتب", "More from this author", "More articles by this author", "More by this author",
    "Weitere Artikel des Autors", "Autres articles de l'auteur", "Más artículos del autor", "Mais artigos do autor",
    "Новости по теме", "Материалы по теме",
    # the titles of WordPress' sidebar widgets, in its translations
    "Recent Posts", "Recent Comments", "Neueste Beiträge", "Neueste Kommentare", "Letzte Beiträge",
    "Articles récents", "Commentaires récents", "Entradas recientes", "Comentarios recientes", "Posts recentes",
    "Comentários recentes", "Свежие записи", "Свежие комментарии", "أحدث المقالات", "أحدث التعليقات",
    # Italian, Dutch, Polish, Turkish
    "Articoli correlati", "Notizie correlate", "Potrebbe interessarti anche", "Ti potrebbe interessare anche",
    "Potrebbero interessarti", "Potrebbero interessarti anche", "I più letti", "Più letti", "Altre notizie",
    "Articoli recenti", "Commenti recenti", "Gerelateerde artikelen", "Gerelateerde berichten", "Gerelateerd",
    "Meer over dit onderwerp", "Meest gelezen", "Dit vind je misschien ook leuk", "Meer nieuws", "Recente berichten",
    "Recente reacties", "Powiązane artykuły", "Podobne artykuły", "Najczęściej czytane", "Najpopularniejsze",
    "Może cię zainteresować", "Może cię również zainteresować", "Może cię też zainteresować", "Więcej artykułów",
    "Ostatnie wpisy", "Najnowsze komentarze", "İlgili Haberler", "Benzer Haberler", "İlgili Yazılar",
    "Benzer Yazılar", "En çok okunanlar", "Çok okunanlar", "İlginizi çekebilir", "Bunlar da ilginizi çekebilir",
    "Son yazılar", "Son yorumlar",
])


# A heading that names the section or site the list comes from ("Most read in World", "Popular on Example").
# (keys: a line's key starts with one)
_RELATED_PREFIXES = tuple(phrase_set(["most read in", "popular on", "trending on", "meistgelesen in", "les plus lus",
                                      "lo mas leido en", "mas leidas en", "mais lidas em", "самое читаемое в",
                                      "الاكثر قراءه في", "top themen bei", "mehr zum thema auf", "mehr zum thema bei",
                                      "weitere beitrage aus", "weitere artikel aus", "weitere themen aus",
                                      "weitere aktuelle themen aus"]))
# A heading that is only the address of the site the list comes from ("Auch auf gofeminin.de").
_ALSO_ON_SITE = regex.compile(r"^(?:Also on|Auch auf|Aussi sur|También en|Também no|Também em) "
                              + _SITE_ADDRESS + ":?$", regex.IGNORECASE)
_ALSO_ON_KEYS = tuple(phrase_set(["also on", "auch auf", "aussi sur", "también en", "também no", "também em"]))
# (every prefix has two words or more: a key that starts with one has the prefix's first word as its own)
assert all(" " in prefix for prefix in _RELATED_PREFIXES + _ALSO_ON_KEYS)
_PREFIX_FIRST_WORDS = frozenset(prefix.split()[0] for prefix in _RELATED_PREFIXES + _ALSO_ON_KEYS)


class RelatedBlock(Rule):
    """Removes a related-articles block and the non-prose lines after it.

    What it does: from a related/"you may also like" heading (قد يعجبك أيضاً, مقالات ذات صلة,
    You may also like, Related articles, Most viewed, Lo más visto, Vous aimerez aussi, Articoli
    correlati, İlgili Haberler, …; WordPress' Recent Posts and Recent
    Comments widget titles in its languages: Neueste Kommentare, Commentaires récents, …), a short
    heading that names the section or site the list comes from ("Most read in …", "Popular on …",
    "Meistgelesen in …", "Top-Themen bei …", "Mehr zum Thema auf …", "Weitere Beiträge aus …"), or
    one that is only the site's address ("Also on example.com", "Auch auf example.de"), removes
    the heading and every following line up to the first prose paragraph (a sentence of 10 or more
    words ending in punctuation, or any line of 25 or more words). A
    heading whose words the next sentence paragraph repeats is the article's subheading and is
    kept ("Most popular" above "The most popular baby names in England last year were …"); so is,
    above a prose paragraph, one whose lines include one of fewer than four words or a sentence
    ending with a full stop that is not a list item ("Altre notizie" above "Infortunio per
    Barella, che salterà la trasferta di Lecce."): a related box lists headlines, which end
    without one. Between the article's paragraphs, a bare heading right above a paragraph heads
    it and is kept ("Most read" above "The most borrowed book in the county's libraries …"); one
    that ends with a colon ("You may also like:") or names its section or site ("Most read in
    world news") still goes: its box's items were left out by the extraction. The first block
    that is not the article's goes, the later ones in the later passes.
    Why: the block is a list of other articles' headlines, categories and teasers.
    Example: "قد يُعجبك أيضاً" then "حلف شمال الأطلسي (ناتو)" and "بروكسل – الناتو ينشر …".
    """

    code = "GEN008"
    slug = "related-block"

    def apply(self, doc):
        lines = doc.lines
        related = [i for i in doc.keyed(_RELATED) if lines[i].at_most(8)]
        headings = list(related)
        # (a line of at most 6 words is never prose; its key's first word is a prefix's first)
        headings += [i for i in doc.first_word_in(_PREFIX_FIRST_WORDS, 6) if lines[i].key.startswith(_RELATED_PREFIXES)
                     or lines[i].key.startswith(_ALSO_ON_KEYS) and _ALSO_ON_SITE.match(lines[i].text.strip())]
        # ("Most popular" above "The most popular baby names in England last year were …": the article's)
        headings = [i for i in headings if not echoed_heading(doc, i, in_head=True)]
        if not headings:
            return
        heading_set, related = set(headings), set(related)
        kept = doc.kept()
        for first in sorted(heading_set):  # only the first block that is not the article's goes
            block, inside = [], False
            for j in kept[bisect_right(kept, first):]:
                if lines[j].is_prose:
                    inside = True
                    break
                block.append(j)
            if not (inside and self._articles(doc, first, block, heading_set, first in related)):
                for j in [first, *block]:
                    doc.remove(j, self.code)
                return

    @staticmethod
    def _articles(doc, first: int, block: list[int], headings: set[int], bare: bool) -> bool:
        """Whether a heading (``bare``: a related phrase alone, not a prefixed one) and the
        ``block`` of lines between it and the next prose paragraph are the article's."""
        lines = doc.lines
        # Between the article's paragraphs, a bare heading right above a paragraph heads that
        # paragraph ("Most read" above "The most borrowed book in the county's libraries …"); one
        # that introduces with a colon ("You may also like:") or names its section or site ("Most
        # read in world news") is a box's whose items the extraction left out.
        if not block:
            return bare and not lines[first].text.rstrip().endswith(":") \
                and not (doc.in_head(first) or doc.in_tail(first))
        # Between them, a related box lists headlines (four words or more each): a heading above
        # shorter items is the article's own, list and all ("Trending" above this season's pieces,
        # "Most popular" above a ranking of names). A sentence among them ("Infortunio per Barella,
        # che salterà la trasferta di Lecce.") is the article's too: a related box's headlines end
        # without a full stop.
        return any(j not in headings and (lines[j].words < _HEADLINE_WORDS or _ends_sentence(lines[j].text))
                   for j in block)


_NEWSLETTER = phrase_set([
    "اشترك في قائمة البريد", "اشترك في النشرة البريدية", "اشترك في نشرتنا البريدية",
    "النشرة البريدية", "النشرة الإخبارية", "اشترك الآن", "القائمة البريدية", "اشترك في النشرة الإخبارية",
    "Newsletter", "Subscribe", "Subscribe to our newsletter", "Sign up for our newsletter",
    "Sign up to our newsletter", "Get our newsletter", "Subscribe now", "Join our mailing list",
    "Abonnez-vous à notre newsletter", "Inscrivez-vous à notre newsletter", "Lettre d'information",
    "Newsletter abonnieren", "Jetzt Newsletter abonnieren", "Melden Sie sich für unseren Newsletter an",
    "Suscríbete a nuestro boletín", "Suscríbete", "Suscribirse", "Boletín", "Abonnieren", "S'abonner",
    "Abonnez-vous", "Assinar", "Assine", "Подписаться", "Assine nossa newsletter",
    "Inscreva-se", "Подписаться на рассылку", "Подпишитесь на рассылку",
    "Iscriviti alla newsletter", "Iscriviti alla nostra newsletter", "Iscriviti", "Ricevi la newsletter",
    "Nieuwsbrief", "Schrijf je in voor de nieuwsbrief", "Schrijf je in voor onze nieuwsbrief",
    "Abonneer je op onze nieuwsbrief", "Aanmelden voor de nieuwsbrief", "Meld je aan voor onze nieuwsbrief",
    "Zapisz się do newslettera", "Zapisz się na newsletter", "Zapisz się", "Subskrybuj", "Bülten",
    "E-bülten", "Bültenimize abone olun", "E-bültene abone ol", "Abone ol",
])
# Those of the headings that are the word alone: they name the thing rather than ask the reader to sign up
_NEWSLETTER_NOUNS = phrase_set(["Newsletter", "Nieuwsbrief", "Boletín", "Bülten", "E-bülten", "النشرة الإخبارية",
                                "النشرة البريدية"])
assert _NEWSLETTER_NOUNS <= _NEWSLETTER  # (only a sign-up heading is asked)
# A short heading ending in the word newsletter ("Pick Six Newsletter", "نشرة الأيام").
_TITLE_WORDS = ["newsletter", "newsletters", "nieuwsbrief", "النشره البريديه", "النشره الاخباريه"]
_NEWSLETTER_TITLE = alternation(_TITLE_WORDS, anchored=False)
_TITLE_ENDS = tuple(phrase_set(_TITLE_WORDS))  # the key of a title ends with one
_NEWSLETTER_WORDS = alternation([
    "بريد", "البريد", "بريدك", "اشترك", "للاشتراك", "للإشتراك", "الاشتراك", "يرجى", "حدث خطا", "حدث خطء",
    "شكرا لاشتراكك", "email", "e mail", "newsletter", "subscribe", "subscription", "inbox",
    "sign up", "signing up", "thank you", "thanks for", "something went wrong", "please", "try again", "oops",
    "keep an eye on your", "get the", "delivered", "privacy policy",
    "error", "courriel", "inscri", "abonn", "merci", "erreur", "e mail adresse", "anmeld", "danke",
    "fehler", "correo", "suscri", "gracias", "error", "boletín", "inscreva", "obrigad",
    "подпис", "спасибо", "ошибка", "iscriviti", "iscrizione", "grazie", "errore", "nieuwsbrief", "aanmeld",
    "inschrijv", "bedankt", "er is iets misgegaan", "zapis", "subskryp", "dziękujemy", "wystąpił błąd", "abone",
    "bülten", "teşekkür", "bir hata", "e posta",
], anchored=False)



# a call to sign up opening the line: "Sign up to get the best content of the week, …"
_SIGN_UP_STARTS = tuple(f"{key} " for key in phrase_set([
    "sign up", "subscribe", "get", "abonnieren sie", "melden sie sich", "abonnez vous", "inscrivez vous",
    "suscríbete", "regístrate", "assine", "inscreva se", "подпишитесь", "iscriviti", "schrijf je in",
    "zapisz się", "abone ol", "اشترك"]))


def _is_prompt(line) -> bool:
    """Whether a line after a newsletter heading belongs to the sign-up box: no sentence paragraph
    (a status line: "Erfolgreich angemeldet!"), or one that speaks to the reader or for the site;
    never reported speech. "The newsletter, which has more than 200,000 subscribers, was started
    during the first lockdown." is the article's."""
    if is_reported_speech(line):
        return False
    key = line.key
    return not line.is_prose or key.startswith(_SIGN_UP_STARTS) or not READER_WORDS.isdisjoint(key.split())


def _is_title(key: str) -> bool:
    match = _NEWSLETTER_TITLE.search(key)
    return bool(match) and match.end() == len(key)


class NewsletterBlock(Rule):
    """Removes a newsletter sign-up block: its heading and the prompt, confirmation and error lines.

    What it does: from a newsletter heading (اشترك في قائمة البريد, Subscribe to our newsletter,
    Newsletter abonnieren, Iscriviti alla newsletter, Schrijf je in voor de nieuwsbrief, Zapisz się
    do newslettera, Abone ol, or a short title ending in "Newsletter"), removes the heading and the
    following lines that talk about e-mail, subscribing, confirmation or errors (at most 80 words
    each, at most 6 lines) and belong to the box: status lines, or sentences that speak to the
    reader or for the site (you, your, our, please, Sie, vous, …). A sentence that reports on a
    newsletter ("The newsletter, which has more than 200,000 subscribers, was started …") is kept,
    and so is a title alone between the article's paragraphs ("The school newsletter" above it),
    or the bare word there (Newsletter, Boletín, Bülten, النشرة الإخبارية) above such a sentence,
    and, above the first paragraph too, a heading whose words that paragraph repeats ("Newsletter"
    above "The newsletter, which has …").
    Why: sign-up boxes and their hidden status messages end up in extracted text.
    Example: "اشترك في قائمة البريد", "يرجى مراجعة البريد الوارد الخاص بك!", "حدث خطء ما. يرجى المحاولة لاحقا".
    """

    code = "GEN009"
    slug = "newsletter-block"

    def apply(self, doc):
        lines = doc.lines
        headings = set(doc.keyed(_NEWSLETTER))
        headings.update(i for i in doc.short(4) if lines[i].key.endswith(_TITLE_ENDS) and _is_title(lines[i].key))
        if not headings:
            return
        marked = set(doc.keyed(_NEWSLETTER))  # sign-up headings (the others are titles: "… Newsletter")
        kept = doc.kept()  # before the removals: a heading's block is read in it
        for i in sorted(headings):
            n = bisect_right(kept, i)  # the next kept line
            block = []
            for j in kept[n:n + 6]:
                line = lines[j]
                if not line.at_most(80) or not _NEWSLETTER_WORDS.search(line.key) or not _is_prompt(line):
                    break
                block.append(j)
            # A title alone between the article's paragraphs ("The school newsletter" above a
            # paragraph about it) is the article's subheading, and so is the bare word there
            # ("Newsletter", "Boletín") above a sentence paragraph that is no part of a box.
            edge = doc.in_head(i) or doc.in_tail(i)
            if not (block or edge) and i in marked and lines[i].key_in(_NEWSLETTER_NOUNS) \
                    and n < len(kept) and lines[kept[n]].is_prose:
                continue
            # Above the first paragraph too, a heading the paragraph repeats ("Newsletter" above
            # "The newsletter, which has more than 200,000 subscribers, …").
            if not block and echoed_heading(doc, i, kept, in_head=True):
                continue
            if block or i in marked or edge:
                for j in [i, *block]:
                    doc.remove(j, self.code)


# A comment section's headings that are also lines of its form (removed after another heading)
_COMMENT_HEAD_AND_FORM = [
    "اترك رد", "اترك ردا", "اترك تعليقا", "اترك تعليق", "أضف تعليق", "أضف تعليقا", "أضف تعليقك", "التعليقات", "تعليقات",
    "تعليقات القراء", "إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني", "لن يتم نشر بريدك الإلكتروني",
    "البريد الإلكتروني لن يتم نشره", "Your email will not be published", "Leave a Reply", "Leave a comment",
    "Add a comment", "Post a comment", "Cancel reply", "Your email address will not be published",
    "Laisser un commentaire", "Laisser une réponse", "Votre adresse e-mail ne sera pas publiée", "Annuler la réponse",
    "Kommentar hinterlassen", "Schreibe einen Kommentar", "Antworten abbrechen",
    "Deine E-Mail-Adresse wird nicht veröffentlicht", "Ihre E-Mail-Adresse wird nicht veröffentlicht",
    "Deja una respuesta", "Deja un comentario", "Tu dirección de correo electrónico no será publicada",
    "Cancelar respuesta", "Deixe um comentário", "Deixe uma resposta", "Оставить комментарий", "Добавить комментарий",
    "Comments are closed", "Loading comments", "Want to join the discussion", "Join the discussion",
    "Join the conversation", "Please enable JavaScript to view the comments",
    "Please enable JavaScript to view the comments powered by Disqus", "comments powered by Disqus",
    "Be the first to comment", "Show comments", "View comments", "Tinggalkan Balasan", "Lascia un commento",
    "Les commentaires sont fermés", "Kommentare sind geschlossen", "Los comentarios están cerrados", "التعليقات مغلقة",
    "Cancelar la respuesta", "Cancelar resposta", "Отменить ответ",
    "Lascia una risposta", "Annulla risposta", "Il tuo indirizzo email non sarà pubblicato", "Scrivi un commento",
    "Aggiungi un commento", "I commenti sono chiusi", "Laat een reactie achter", "Plaats een reactie",
    "Reactie annuleren", "Je e-mailadres wordt niet gepubliceerd", "Uw e-mailadres wordt niet gepubliceerd",
    "Reageren is niet meer mogelijk", "Dodaj komentarz", "Zostaw komentarz", "Napisz komentarz",
    "Anuluj pisanie odpowiedzi", "Twój adres e-mail nie zostanie opublikowany", "Komentarze są wyłączone",
    "Bir yanıt yazın", "Bir cevap yazın", "Yorum yazın", "Yanıtı iptal et", "E-posta adresiniz yayınlanmayacak",
    "E-posta hesabınız yayımlanmayacak", "Yorumlar kapatıldı",
]
_COMMENT = phrase_set(_COMMENT_HEAD_AND_FORM + [
    "الحقول الإلزامية مشار إليها بـ", "الحقول المطلوبة مشار إليها", "إرسال التعليق", "أرسل التعليق", "الاسم", "التعليق",
    "الموقع الإلكتروني", "Post Comment", "Required fields are marked",
    "Save my name email and website in this browser for the next time I comment", "Name", "Website", "Comment",
    "Comments", "Submit", "Reply", "Les champs obligatoires sont indiqués avec",
    "Erforderliche Felder sind mit markiert", "Los campos obligatorios están marcados con",
    "O seu endereço de email não será publicado",
    "I campi obbligatori sono contrassegnati", "Invia commento", "Nome", "Sito web", "Commento", "Rispondi",
    "Verplichte velden zijn gemarkeerd met", "Reactie plaatsen", "Naam", "Reactie", "Reageer",
    "Wymagane pola są oznaczone", "Opublikuj komentarz", "Imię", "Komentarz", "Odpowiedz",
    "Gerekli alanlar işaretlenmişlerdir", "Yorum gönder", "Ad", "İsim", "Yorum", "Yanıtla",
])
_COMMENT_HEADS = phrase_set(_COMMENT_HEAD_AND_FORM + [
    "Комментарии", "Kommentare", "Commentaires", "Comentarios", "Comentários", "Commenti", "Tell us what you think",
    "What do you think", "Have your say", "Sorry",
    # WordPress' reply form heading with its cancel link, together or alone
    "Leave a Reply Cancel reply", "Leave a Comment Cancel reply", "Schreibe einen Kommentar Antworten abbrechen",
    "Laisser un commentaire Annuler la réponse", "Deja una respuesta Cancelar la respuesta",
    "Deixe um comentário Cancelar resposta", "اترك رد إلغاء الرد", "اترك تعليقاً إلغاء الرد",
    "There was an error processing your subscription", "An error has occurred please try again later",
    "This article has been sent to", "Thank you", "Write a comment", "Kommentar schreiben", "Einen Kommentar schreiben",
    "Kommentar hinzufügen", "Écrire un commentaire", "Escribe un comentario", "Escreva um comentário",
    "Написать комментарий", "اكتب تعليقا", "اكتب تعليقك", "Kommentar verfassen", "Hinterlasse einen Kommentar",
    "Hinterlasse jetzt einen Kommentar", "Hinterlassen Sie einen Kommentar", "Read all comments", "Join discussion",
    "Alle Kommentare lesen", "Lire tous les commentaires", "Leer todos los comentarios", "Ler todos os comentários",
    "Читать все комментарии", "Comment on this story", "Comment on this article", "User comments",
    "Reader comments", "Readers' comments", "Leserkommentare", "Commentaires des lecteurs",
    "Comentarios de los lectores", "Comentários dos leitores", "Комментарии читателей",
    # a comment's permalink label
    "Permalink", "Link permanente", "Lien permanent", "Enlace permanente", "Permanenter Link", "No comments yet",
    "There are no comments yet", "Noch keine Kommentare", "Pas encore de commentaires", "Aún no hay comentarios",
    "Todavía no hay comentarios", "Ainda não há comentários", "Комментариев пока нет", "Пока нет комментариев",
    "لا توجد تعليقات", "لا توجد تعليقات بعد", "كن أول من يعلق", "كن أول من يعلق على الخبر",
    "Reacties", "Komentarze", "Yorumlar", "Nessun commento", "Ancora nessun commento", "Nog geen reacties",
    "Geen reacties", "Brak komentarzy", "Henüz yorum yok", "Henüz yorum yapılmamış", "Leggi tutti i commenti",
    "Bekijk alle reacties", "Zobacz wszystkie komentarze", "Tüm yorumları gör",
])


# Headings that are also what a person says: they head a notice ("Sorry!" above "There was an error
# processing your subscription") or nothing.
_INTERJECTIONS = phrase_set(["Sorry", "Thank you"])
assert _INTERJECTIONS <= _COMMENT_HEADS
# Headings that are also a word or phrase an article uses for a subheading of its own: between its
# paragraphs, above a sentence, they are ("Комментарии" above "В министерстве отказались …").
_ORDINARY_HEADS = phrase_set([
    "Comments", "Комментарии", "Kommentare", "Commentaires", "Comentarios", "Comentários", "Commenti", "Reacties",
    "Komentarze", "Yorumlar", "التعليقات", "تعليقات", "Tell us what you think", "What do you think", "Have your say",
    "Join the conversation", "Join the discussion", "Want to join the discussion"])
assert _ORDINARY_HEADS <= _COMMENT_HEADS | _COMMENT, _ORDINARY_HEADS - _COMMENT_HEADS - _COMMENT


# A comment section's count heading, on the line's key: "3 Comments", "One comment", "No comments",
# "Comments (12)", "5 commentaires", "3 Kommentare", "12 comentarios", "5 комментариев", "3 تعليقات",
# Thesis' "{ 38 comments… read them below or add one }". (No German "Ein Kommentar": that also heads
# an opinion column.)
_COMMENT_WORDS = (r"(?:comments?|responses?|replies|thoughts|reactions|kommentare?|antworten|commentaires?|"
                  r"reponses?|comentarios?|respuestas?|respostas?|commenti|reacties?|komentarz[ey]?|yorum(?:lar)?|комментари\w*|"
                  r"تعليقات|تعليق|ردود)")
_COUNT_WORDS = ["one", "zero", "keine", "aucun", "un", "ningun", "nenhum", "нет"]  # a count as a word
_SECTION_WORDS = ["comments", "kommentare", "commentaires", "comentarios", "комментарии", "تعليقات"]  # before "(12)"
_COMMENT_COUNT = regex.compile(
    r"^(?:(?:(?:\d+|" + "|".join(_COUNT_WORDS) + ") " + _COMMENT_WORDS + r"|no comments)"
    + r"(?: so far| read them below or add one| leave new)?|(?:" + "|".join(_SECTION_WORDS) + r") \d+)$")
# How the key of every count heading starts: a number or one of _COMMENT_COUNT's first words.
_COUNT_KEY_STARTS = tuple("0123456789") + tuple(word + " " for word in _COUNT_WORDS + ["no"] + _SECTION_WORDS)
# The same with the post's title after it, quoted: "10 thoughts on “Title”", "2 Responses to "Title"",
# "3 Kommentare zu „Titel“", "5 commentaires sur « Titre »", on the line's text.
_COMMENT_COUNT_TITLE = regex.compile(
    r"^[ \t\-–—•·*]*\d+\s+(?:thoughts? on|responses? to|repl(?:y|ies) to|comments? (?:on|to)|kommentare? zu|"
    r"commentaires? sur|comentarios? (?:en|a|sobre)|comentários? (?:em|sobre|para)|комментари\w* к)\s*[\"“”„«‘'‚]",
    regex.IGNORECASE)


# Every count heading's key has a comment word as its second word or a section word as its first
# (_COMMENT_COUNT on the key; _COMMENT_COUNT_TITLE's word after the number, as keys fold it): these
# are the comment words' first four letters.
_COMMENT_WORD_STARTS = frozenset(["comm", "resp", "repl", "thou", "reac", "komm", "antw", "repo", "come", "kome",
                                  "комм", "تعلي", "ردود"])
_SECTION_WORD_SET = frozenset(_SECTION_WORDS)


def _may_be_count(key: str) -> bool:
    """A cheap test every count heading's key passes (see ``_COMMENT_WORD_STARTS``)."""
    words = key.split(" ", 2)
    return len(words) > 1 and (words[1][:4] in _COMMENT_WORD_STARTS or words[0] in _SECTION_WORD_SET)


def _comment_counts(doc) -> list[int]:
    """Indexes of the kept lines that are a comment section's count heading (of at most 20 words
    and 200 characters with a title, 10 words and 100 characters without)."""
    lines = doc.lines
    found = []
    for i in doc.keys_starting(_COUNT_KEY_STARTS, 200):
        line = lines[i]
        if not _may_be_count(line.key):  # (most keys here start with a number)
            continue
        if (line.at_most(10) and len(line.text) <= 100 and _COMMENT_COUNT.match(line.key)
                or _COMMENT_COUNT_TITLE.match(line.text)):
            found.append(i)
    return found


class CommentForm(Rule):
    """Removes a comment form: its heading and the form's field labels and notices.

    What it does: from a comment-form heading (اترك رد, التعليقات, Leave a Reply, Laisser un
    commentaire, Schreibe einen Kommentar, Deja una respuesta, Laat een reactie achter, Dodaj
    komentarz, Bir yanıt yazın, …) or an empty comment section's
    notice (No comments yet, لا توجد تعليقات, Noch keine Kommentare, …), a readers' comments
    heading (Comment on this Story, Reader comments, Leserkommentare, Commentaires des lecteurs, …)
    or the section's count heading (3 Comments, 10 thoughts on “Title”, 3 Kommentare zu „Titel“,
    5 commentaires, 12 comentarios, 5 комментариев, 3 تعليقات), removes it and the following lines that are form
    labels or notices (Name, Email, "Your email address will not be published.", …). "No comment."
    (a reply) and "Ein Kommentar" (an opinion column's label) are kept, and so is a heading
    without a number whose words the next sentence paragraph repeats
    (not a form's notice): the article's subheading ("Commentaires" above "Les commentaires du
    ministre ont provoqué un tollé …"). So is, between the article's paragraphs, a heading that is
    also an ordinary word or phrase (Comments, Комментарии, Have your say, What do you think)
    above a sentence; a heading a sentence ending with a colon introduces ("… replied with two
    words:" above "No comments."); and "Sorry" or "Thank you" unless a notice or a form follows.
    Why: comment forms are page furniture printed after the article.
    Example: "اترك رد" then "لن يتم نشر عنوان بريدك الإلكتروني."
    """

    code = "GEN012"
    slug = "comment-form"

    def apply(self, doc):
        headings = doc.keyed(_COMMENT_HEADS)
        counts = _comment_counts(doc)
        if counts:
            headings = sorted(set(headings).union(counts))
        if not headings:
            return
        kept = doc.kept()  # before the removals: a heading's form is read in it
        lines = doc.lines
        for i in headings:
            # ("Commentaires" above "Les commentaires du ministre ont provoqué un tollé …": the article's)
            n = bisect_right(kept, i)
            if echoed_heading(doc, i, kept, in_head=True) and not lines[kept[n]].key_in(_COMMENT):
                continue
            if self._article_line(doc, i, kept, n):
                continue
            doc.remove(i, self.code)
            for j in kept[n:]:
                if not lines[j].key_in(_COMMENT) and not lines[j].key_in(SHARE_KEYS):
                    break
                doc.remove(j, self.code)

    @staticmethod
    def _article_line(doc, i: int, kept: list[int], n: int) -> bool:
        """Whether heading ``i`` reads as the article's: a sentence ending with a colon introduces
        it ("… the spokesman replied with two words:" above "No comments."); an interjection
        (Sorry, Thank you) does not open a notice or a form; between the article's paragraphs, a
        heading that is also an ordinary word or phrase (Comments, Комментарии, Have your say, …)
        above a sentence (a prose paragraph, or six words or more ending with a full stop)
        rather than a form ("Have your say" above "Residents can comment on the plans until 30 June
        …")."""
        lines = doc.lines
        before = lines[kept[n - 2]] if n >= 2 else None  # (kept[n - 1] is the heading)
        if before is not None and introduces(before):
            return True
        nxt = lines[kept[n]] if n < len(kept) else None
        if lines[i].key_in(_INTERJECTIONS):
            return nxt is None or not (nxt.key_in(_COMMENT) or nxt.key_in(_COMMENT_HEADS))
        return (lines[i].key_in(_ORDINARY_HEADS) and nxt is not None
                and (nxt.is_prose or _ends_sentence(nxt.text) and not nxt.at_most(5))
                and not nxt.key_in(_COMMENT) and not (doc.in_head(i) or doc.in_tail(i)))

