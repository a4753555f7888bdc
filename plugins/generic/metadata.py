"""Page metadata printed as lines: picture credits, publication and update dates, reading times."""

import re
from functools import lru_cache

import regex

from cleaner.document import MAX_PHRASE_WORDS
from cleaner.normalize import normalize, phrase_key
from cleaner.rules import Rule, alternation, phrase_set

from .linematch import PhraseInLineRule, first_word
from .speech import introduced, is_reported_speech, said_after_label

_CREDIT_LABEL = (r"foto|fotos|fot|fotograf|fotografie|bild|bilder|bildquelle|bildnachweis|bildrechte|titelbild|"
                 r"beitragsbild|titelfoto|aufmacherbild|headerbild|photo|photos|photo credit|photograph|credit|"
                 r"credits|image|images|image credit|picture|illustration|credit photo|credits photo|"
                 r"credits photos|image illustrative|photo d illustration|imagen|imagenes|fotografia|credito|"
                 r"creditos|foto de capa|immagine|immagini|credito foto|beeld|afbeelding|gorsel|фото|фотография|"
                 r"иллюстрация|zdjecie|zdjecia|صوره|الصوره|مصدر الصوره|تصوير")
_CREDIT_FIRST_WORDS = frozenset(label.split()[0] for label in _CREDIT_LABEL.split("|"))

# "Foto: dpa", "(Credit: Clayton Aldern / Grist)", "Fot. Łukasz Nowaczyk / Agencja Gazeta", "© Getty Images"
_CREDIT = regex.compile(r"^[^\w(]{0,3}(?:(?:" + _CREDIT_LABEL + r")\s?[:.]|©|\(c\)\s)\s*\S")
# an agency's picture credit in brackets, on a line's norm (lower case): "(AP Photo/Evan Vucci)",
# "(AP Photo)", "(Reuters Photo/Name)"
_AGENCY_PHOTO = (r"\((?:ap|afp|epa|reuters|xinhua|upi|dpa|getty) (?:photo|foto|images?)"
                 r"(?:\s?/[^©()/]{2,60}(?:/[^©()/]{2,40})?)?\)")
_AGENCY_PHOTO_ALONE = regex.compile(r"^" + _AGENCY_PHOTO + r"\W?$")
# a caption that ends with its credit: "… aus der Schweiz. © AFP / MARCO BERTORELLO", "(Foto: Pool via REUTERS).",
# "… in Washington, Monday. (AP Photo/Evan Vucci)"
_TRAILING_CREDIT = regex.compile(r"(?:[.!?|]\s+©[^©()]{2,60}|\s\((?:" + _CREDIT_LABEL + r")\s?:[^©()]{2,60}\)\W?|"
                                 r"\s" + _AGENCY_PHOTO + r"\W?)$")


# A line that is only a picture's kind: an archive or symbolic picture (a caption with no more).
_PICTURE_KINDS = phrase_set([
    "File photo", "File picture", "Archive photo", "Archive picture", "Stock photo", "Symbolic image",
    "Archivbild", "Archivfoto", "Symbolbild", "Symbolfoto", "Photo d'archives", "Photo d'illustration",
    "Image d'illustration", "Foto de archivo", "Imagen de archivo", "Foto de arquivo", "Imagem de arquivo",
    "Архивное фото", "Фото из архива", "صورة أرشيفية", "صورة من الأرشيف", "الصورة من الأرشيف", "أرشيفية",
    "صورة تعبيرية", "صورة توضيحية", "Foto d'archivio", "Immagine d'archivio", "Foto di repertorio",
    "Immagine di repertorio", "Archieffoto", "Archiefbeeld", "Zdjęcie ilustracyjne", "Zdjęcie archiwalne",
    "Arşiv fotoğrafı", "Temsili fotoğraf", "Temsili görsel",
    # a picture agency alone, and a caption's label alone
    "Getty Images", "AFP via Getty Images", "AFP/Getty Images", "Getty Images/iStockphoto", "iStock", "iStockphoto",
    "Shutterstock", "Alamy", "Alamy Stock Photo", "picture alliance", "picture-alliance/dpa", "imago images",
    "Image caption", "Media caption", "Bildunterschrift", "Légende", "Pie de foto", "Legenda da foto",
    "Подпись к фото", "التعليق على الصورة",
])
# BBC's picture lines, a label and a comma: "Image source, Getty Images", "Image caption, The scene on
# Monday", "مصدر الصورة، Getty Images", "Автор фото, Getty Images", "Fuente de la imagen, AFP".
_CAPTION_LABELS = ("image source", "image caption", "media caption", "مصدر الصوره", "التعليق علي الصوره",
                   "التعليق علي الفيديو", "автор фото", "подпись к фото", "источник изображения", "fuente de la imagen",
                   "pie de foto", "credito", "legenda da foto", "legenda do video", "fotograf kaynagi",
                   "fotograf alti yazisi")
_CAPTION = regex.compile(r"^\W*(?:" + "|".join(_CAPTION_LABELS) + r")\s?[,،]\s*\S")
_CAPTION_STARTS = tuple(label + " " for label in _CAPTION_LABELS)  # a captioned line's key starts with one
_CAPTION_FIRST_WORDS = frozenset(label.split()[0] for label in _CAPTION_LABELS)


# "Crédito, sí; subsidios, no.": a caption label's comma, then a word in lower case, is a sentence
_CAPTION_PROSE = regex.compile(r"^\W*[\p{L} ]+[,،]\s*\p{Ll}")
# a credit label or "(c)", its colon or full stop, and the next word: "Credit: the", "(c) the"
_LABEL_THEN_WORD = regex.compile(r"^[^\w(]{0,3}(?:\w+(?: \w+)?\s?[:.]|\(c\))\s*(\p{Ll}+)\b")
# words that open a phrase or a question, not a name: after a label, they make it a heading
_FUNCTION_WORDS = frozenset(
    "the a an this that these how why what who when where is are der die das ein eine einer wie warum was wer "
    "le la les un une des comment pourquoi qui el los las una cómo por qué o os as um uma como il lo gli i una "
    "perché het een hoe waarom wat czy jak dlaczego bir nasıl neden".split())


class PictureCredit(Rule):
    """Removes picture credits and captions that end with one.

    What it does: removes a line of at most 15 words, not a sentence, that opens with a picture
    credit label and a colon (Foto:, Fot., Bildquelle:, Titelbild:, Photo:, Credit:, Crédits
    photos :, Imagen:, Фото:, صورة:, مصدر الصورة:) or with ©; and a caption of at most 30 words that ends with
    such a credit after a sentence end ("… Schweiz. © AFP / NAME") or in brackets ("… (Foto:
    NAME/AGENCY)."); and a line that only says what kind of picture it is (File photo, Archivbild,
    Symbolbild, Photo d'archives, Foto de archivo, Foto d'archivio, Archieffoto, Zdjęcie
    ilustracyjne, Temsili fotoğraf, صورة أرشيفية) or which agency took it (Getty
    Images, Shutterstock, picture alliance), or is a caption's label alone (Image caption,
    Bildunterschrift, التعليق على الصورة); and BBC's picture lines, a label and a comma (Image
    source, Getty Images; Image caption, …; مصدر الصورة، …; Автор фото, …; Fuente de la imagen, …;
    Legenda da foto, …); and an agency's picture credit in brackets, alone or ending a caption
    ("(AP Photo/Evan Vucci)"). Any other lone bracketed credit is kept: some articles cite their
    figures that way.
    Why: credits and captions belong to images, which are not in the text; a reader of the
    article text gets a stray agency name.
    Example: "Fot. Lukasz Nowaczyk / Agencja Gazeta"; "© Oli Scarff/Getty Images".
    """

    code = "GEN030"
    slug = "picture-credit"
    local = True

    def apply(self, doc):
        # Picture kinds, trailing credits, then opening ones (no line's test depends on the
        # others' removals).
        for i in doc.keyed(_PICTURE_KINDS):
            doc.remove(i, self.code)
        lines = doc.lines
        for i in doc.first_word_in(_CAPTION_FIRST_WORDS, MAX_PHRASE_WORDS):
            if lines[i].key.startswith(_CAPTION_STARTS) and len(lines[i].text) <= 400 \
                    and _CAPTION.match(lines[i].norm) and not _CAPTION_PROSE.match(lines[i].text):
                doc.remove(i, self.code)
        # A trailing credit has "©" or ")"; an opening one starts with "©" or "(c)", or has its label
        # as its key's first word; a lone agency credit starts with "(". A credit has at most 30 words.
        with_marks = [i for i in doc.short(30) if "©" in (text := lines[i].text) or ")" in text or "(" in text]
        for i in with_marks:
            line = lines[i]
            text = line.text.strip()
            if ("©" in text or text.rstrip(".").endswith(")")) and _TRAILING_CREDIT.search(line.norm):
                doc.remove(i, self.code)
        opening = set(doc.first_word_in(_CREDIT_FIRST_WORDS, 15)).union(
            [i for i in with_marks if lines[i].at_most(15)])
        for i in sorted(opening):
            line = lines[i]
            if line.removed_by is not None or line.is_prose:
                continue
            text = line.text.strip()
            if text[:1] == "(" and _AGENCY_PHOTO_ALONE.match(line.norm):
                doc.remove(i, self.code)
                continue
            marked = "©" in text[:4] or text[:3].casefold() == "(c)"
            # Unless it starts with "©" or "(c)", an opening credit has its label as its key's first
            # word (most keys are at hand): a cheap test before the line is folded.
            if not (marked or line.key.partition(" ")[0] in _CREDIT_FIRST_WORDS):
                continue
            norm = line.norm
            # _CREDIT needs a ":" or "." after the label, "©" or "(c)": a cheap test before it
            if not (":" in norm or "." in norm or "©" in norm or ")" in norm) or not _CREDIT.match(norm):
                continue
            if (marked or first_word(text) in _CREDIT_FIRST_WORDS) and not _credit_is_prose(line, text):
                doc.remove(i, self.code)


def _credit_is_prose(line, text: str) -> bool:
    """Whether a line shaped as an opening credit is a heading or a sentence: its label or "(c)"
    followed by an article or a question word ("Credit: the new battleground for fintechs", "(c)
    the amount of the work used"), or a line naming its speaker ("© marks alone do not protect a
    work, lawyers say."), or one whose words after the label are a sentence ("Credit. Everyone
    wants it, few can get it.", ``said_after_label``)."""
    label = _LABEL_THEN_WORD.match(text)
    return bool(label and label.group(1) in _FUNCTION_WORDS) or is_reported_speech(line) or said_after_label(text)


_MONTHS = (r"jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[eé]vrier|m[aä]r(?:ch|z|s)?|apr(?:il)?|avril|may|mai|"
           r"june?|juni|juin|july?|juli|juillet|aug(?:ust)?|ao[uû]t|sep(?:t|tember|tembre)?|oct(?:ober|obre)?|"
           r"okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|d[eé]cembre|enero|febrero|marzo|abril|"
           r"mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[cç]o|maio|"
           r"junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|"
           r"settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|stycznia|lutego|marca|kwietnia|maja|"
           r"czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia|ocak|subat|mart|nisan|may[ıi]s|"
           r"haziran|temmuz|agustos|eylul|ekim|kas[ıi]m|aral[ıi]k")
_WEEKDAYS = (r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|"
             r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|"
             r"samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
             r"(?:segunda|terca|quarta|quinta|sexta)[- ]feira|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|"
             r"domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedziałek|wtorek|sroda|"
             r"czwartek|piatek|sobota|niedziela|pazartesi|sal[ıi]|carsamba|persembe|cuma|cumartesi|pazar")
_TIME = r"\d{1,2}[:.]\d{2}(?:\s?(?:[ap]\.?m\.?|uhr|h))?"
_DATE = (r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|"
         r"\d{1,2}\.?\s(?:de\s)?(?:" + _MONTHS + r")\.?,?(?:\s(?:de\s)?\d{4})?|"
         r"(?:" + _MONTHS + r")\.?\s\d{1,2}(?:st|nd|rd|th)?,?(?:\s\d{4})?)")
# A line that is only a date and/or a time: "23.10.2018", "January 13, 2020, 3:59 PM", "19:49 Uhr".
_DATE_ONLY = regex.compile(r"^\W*(?:(?:" + _WEEKDAYS + r")\.?,?\s)?(?:" + _DATE + r")?"
                           r"(?:,?\s(?:um|at|a las|a|as|alle|om|o)?\s?)?(?:" + _TIME + r")?\W*$", regex.IGNORECASE)
_DIGIT = regex.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")  # \d on ASCII text, found several times faster by re
# _DATE_ONLY's words (weekdays, months, "de", "um", "las", time and ordinal suffixes): in a line it
# matches, every run of letters is one of them, as non-letters separate them all in the pattern.
_DATE_WORD = regex.compile(r"(?:" + _MONTHS + r"|" + _WEEKDAYS + r"|segunda|terca|quarta|quinta|sexta|feira|de|"
                           r"st|nd|rd|th|um|at|a|las|as|alle|om|o|am|pm|p|m|uhr|h)", regex.IGNORECASE)
_LETTERS = regex.compile(r"\p{L}+")
_ASCII_LETTERS = re.compile(r"[a-z]+")  # the same in an ASCII norm (lower case), found faster by re
_DATE_SEARCH = regex.compile(_DATE, regex.IGNORECASE)
# a date written out (a month's or a weekday's name) with no time of day: a heading's shape
_WRITTEN_DAY = regex.compile(r"^(?!.*(?:\d[:.h]\d\d(?!\d)|\b(?:uhr|am|pm)\b)).*\b(?:" + _MONTHS + "|" + _WEEKDAYS
                             + r")\b")
# the rest of a label line's key: only numbers, month names and time words ("am 17 01 2021 um 9 30 uhr")
_DATE_WORDS = regex.compile(r"^(?:(?:\d+|" + _MONTHS + r"|" + _WEEKDAYS + r"|am|pm|p|m|uhr|um|at|on|le|el|de|em|a|"
                            r"las|h|den|der|il|op|alle|om|o)(?:\s|$))+$", regex.IGNORECASE)
# A relative time stamp, the whole line (its norm): "3 hours ago", "vor 2 Tagen", "il y a 5 minutes",
# "hace una hora", "há 3 horas", "2 часа назад", "منذ 3 ساعات"
_RELATIVE_TIME = regex.compile(
    r"^\W*(?:(?:updated|published|posted)\s)?(?:"
    r"(?:about\s|over\s|less than\s)?(?:an?|\d+)\s(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|"
    r"years?)\sago"
    r"|vor\s(?:einer|einem|\d+)\s(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)"
    r"|il y a\s(?:une?|\d+)\s(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
    r"|hace\s(?:una?|\d+)\s(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|anos?)"  # (años as folded)
    r"|h[aá]\s(?:uma?|\d+)\s(?:segundos?|minutos?|horas?|dias?|semanas?|m[eê]s(?:es)?|anos?)"
    r"|\d+\s(?:секунд\w*|минут\w*|час\w*|дн\w*|день|недел\w*|месяц\w*|год\w*|лет)\sназад"
    r"|(?:un|una|un'|\d+)\s?(?:secondi|minuti|ora|ore|giorno|giorni|settimana|settimane|mese|mesi|anno|anni)\sfa"
    r"|(?:een|\d+)\s(?:seconden|minuut|minuten|uur|dag|dagen|week|weken|maand|maanden|jaar)\sgeleden"
    r"|(?:\d+\s)?(?:sekund[ey]?|minut[ey]?|godzin[ey]?|godzine|dzien|dni|tydzien|tygodni[e]?|miesiac|miesiace|"
    r"miesiecy|rok|lata|lat)\stemu"
    r"|(?:bir|\d+)\s(?:saniye|dakika|saat|gun|hafta|ay|yıl)\sonce"
    r"|(?:منذ|قبل)\s(?:\d+\s)?(?:" + "|".join(normalize(unit) for unit in (  # (as folded in a norm)
        "ثانية", "ثوان", "ثواني", "دقيقة", "دقائق", "دقيقتين", "ساعة", "ساعات", "ساعتين", "يوم", "أيام", "يومين",
        "أسبوع", "أسابيع", "أسبوعين", "شهر", "أشهر", "شهرين", "سنة", "سنوات", "سنتين", "عام", "أعوام")) + r"))\W*$")
# Every _RELATIVE_TIME match has one of these words in its key ("ago", "vor", "il y a", "hace", "há", …).
_RELATIVE_WORDS = frozenset({"ago", "vor", "il", "hace", "ha", "назад", "منذ", "قبل", "fa", "geleden", "temu", "once"})
_UPDATE_LABELS = [
    "last updated", "updated", "last modified", "letzte änderung", "zuletzt aktualisiert", "aktualisiert",
    "aktualisiert am", "stand", "mis à jour", "mis à jour le", "dernière mise à jour", "actualizado",
    "última actualización", "atualizado", "atualizado em", "обновлено", "zaktualizowano", "آخر تحديث",
    "aggiornato", "aggiornato il", "ultimo aggiornamento", "bijgewerkt", "bijgewerkt op", "laatst bijgewerkt",
    "aktualizacja", "ostatnia aktualizacja", "güncelleme", "son güncelleme", "güncellenme tarihi",
]
_UPDATED = alternation(_UPDATE_LABELS)
_UPDATED_FIRST = frozenset(phrase_key(label).split()[0] for label in _UPDATE_LABELS)
_UPDATED_KEYS = tuple(phrase_set(_UPDATE_LABELS))  # _UPDATED matches a key that starts with one of them


@lru_cache(maxsize=4096)
def _is_date_word(word: str) -> bool:
    return _DATE_WORD.fullmatch(word) is not None


def _may_be_date_only(line) -> bool:
    """A cheap test every line _DATE_ONLY matches passes: each run of letters in its norm is one
    of the pattern's words (a weekday, a month, "de", "um", "uhr", "pm", …), matched as the
    pattern matches it. Most lines with a number fail at their first word. (The runs of letters
    of a line's key are its norm's: the key only has the norm's other characters as spaces, and
    it is at hand for most short lines.)"""
    return all(map(_is_date_word, (_ASCII_LETTERS if line.ascii else _LETTERS).findall(line.key)))


PAST_YEAR = regex.compile(r"(?<!\d)1\d{3}(?!\d)")  # a year before 2000: history, not a page's date


def history_date(norm: str) -> bool:
    """Whether ``norm`` (a line's norm), a date line, writes it out (a month's or a weekday's name) with a
    year before 2000 and no time of day: a date in history, a heading's ("Montag, 9. November
    1989", "25 de Abril de 1974"), not a page's stamp, which carries the web's years (or, on an
    archive's old page, its time of day: "Tuesday, 12 October, 1999, 14:53 GMT")."""
    return PAST_YEAR.search(norm) is not None and _CLOCK.search(norm) is None and _LETTER.search(norm) is not None


_CLOCK = regex.compile(r"\d[:.h]\d\d(?!\d)|\b(?:uhr|am|pm|a\.m|p\.m|gmt|utc)\b")  # a time of day, in a norm
_LETTER = regex.compile(r"\p{L}")


def full_stop(text: str) -> bool:
    """Whether ``text`` ends with a full stop or "!" that is not an abbreviation's ("11:59 p.m."):
    a sentence of its own ("July 4th.", "A year ago."), which no stamp on a page ends with."""
    text = text.rstrip()
    return text[-1:] in ".!" and text[-4:].casefold() not in ("a.m.", "p.m.")


class PublicationDate(Rule):
    """Removes a line that is only a publication or update date.

    What it does: removes a line that is only a date and/or time (23.10.2018, January 13, 2020,
    3:59 PM, 19:49 Uhr; a bare time only in the head or tail block; between the article's
    paragraphs, a date written out with no time only when it is the one there, ends without a
    full stop and is of this century: two or more are the headings of a timeline or a schedule,
    "July 4th." is a sentence of the article and "9. November 1989" a date in history), or a line
    of at most 10
    words that opens with an update label (Updated, Last modified, Letzte Änderung, Aktualisiert
    am, Stand, Mis à jour le, Actualizado, Aggiornato il, Bijgewerkt op, Aktualizacja, Son
    güncelleme, Обновлено, آخر تحديث) followed by a date or a colon and
    nothing else; in the head or tail block, a line that is only a relative time (3 hours ago,
    vor 2 Tagen, il y a 5 minutes, hace una hora, há 3 horas, 2 часа назад, منذ 3 ساعات, 3 ore fa,
    3 uur geleden, 2 godziny temu, 3 saat önce). Wherever it is, a date or relative time ending
    with a full stop is a sentence of the article ("July 4th.", "A year ago.", "Vor einem
    Jahr.") and is kept ("11:59 p.m." still goes), and so is a date of the last century written
    out with no time of day ("Montag, 9. November 1989", "25 de Abril de 1974": history; no
    page's stamp is that old, and an archive's old page gives its time: "Tuesday, 12 October,
    1999, 14:53 GMT" still goes), and so is a date the line above runs on into ("Termin
    przesłuchania wyznaczono na" above "2024-05-12 10:00"). A
    "Published on <date>" line is kept: some sites treat it as the dateline.
    Why: dates and update stamps are page metadata, not article sentences.
    Example: "Letzte Änderung 14.02.2019"; "23.10.2018" above the title.
    """

    code = "GEN036"
    slug = "publication-date"
    local = True

    def apply(self, doc):
        dated = set()  # the lines that are only a date or time, removed or not
        inside = []  # the dates alone between the article's paragraphs
        lines, head_end, tail_start = doc.lines, doc.head_end, doc.tail_start
        for i in doc.short(10):
            line = lines[i]
            # (a line of at most 10 words is prose only with 10 of them and a sentence end: it is
            # asked only of a line with a digit; a relative time has at most 5 words)
            if (_ASCII_DIGIT if line.ascii else _DIGIT).search(line.text) and not line.is_prose \
                    and _may_be_date_only(line) and _DATE_ONLY.match(line.norm) and not introduced(lines, i):
                dated.add(i)
                if i < head_end or i >= tail_start:
                    # (a sentence of its own: "July 4th."; history: "9. November 1989")
                    if not full_stop(line.text) and not history_date(line.norm):
                        doc.remove(i, self.code)
                elif _DATE_SEARCH.search(line.norm):
                    if _WRITTEN_DAY.search(line.norm):
                        # (one ending with a full stop is a sentence of its own: "September 11, 2001.")
                        if line.text.rstrip()[-1:] not in ".!":
                            inside.append(i)
                    else:
                        doc.remove(i, self.code)
            elif (i < head_end or i >= tail_start) and line.at_most(5) \
                    and not _RELATIVE_WORDS.isdisjoint(line.key.split()) and _RELATIVE_TIME.match(line.norm) \
                    and not full_stop(line.text):  # ("A year ago.": a sentence of its own)
                doc.remove(i, self.code)
        # Between the article's paragraphs, one date written out alone is a stamp; two or more are
        # the headings of a timeline or a schedule ("Donnerstag, 03. Februar 2022", "Freitag, 04.
        # Februar 2022"). A date in figures or with the time of day is a stamp wherever it is.
        # A year before 2000 is history ("9. November 1989"): a page's stamp is from the web's years.
        if len(inside) == 1 and not PAST_YEAR.search(lines[inside[0]].text):
            doc.remove(inside[0], self.code)
        # an update label is its key's first words
        for i in doc.first_word_in(_UPDATED_FIRST, 10):
            line = doc.lines[i]
            if i in dated or line.is_prose:
                continue
            key = line.key
            label = key.startswith(_UPDATED_KEYS) and first_word(line.text) in _UPDATED_FIRST and _UPDATED.match(key)
            if label:
                rest = key[label.end():].strip()
                if (not rest and line.norm.endswith(":")) or (_DIGIT.search(rest) and _DATE_WORDS.match(rest)):
                    doc.remove(i, self.code)


# The units a reading time is given in, folded as a line's key is ("minutę" is "minute")
_TIME_UNITS = frozenset(phrase_key(
    "min mins minute minutes minuten minuto minutos minuti minut minuty minutę minutach sek sec seconds sekunden "
    "secondes segundos secondi std h hour hours stunde stunden heure heures hora horas ora ore uur godzina godziny "
    "мин минута минуты минут минуту секунд час часа دقيقة دقيقتان دقائق ثانية ساعة dakika dk saniye saat "
    "minütlük dakikalık").split())


class ReadingTime(PhraseInLineRule):
    """Removes a reading-time line.

    What it does: removes a line of at most 10 words that gives the reading time (5 min read,
    Lesezeit: 3 Minuten, Lesedauer, temps de lecture, tiempo de lectura, tempo de leitura,
    время чтения, czas czytania, przeczytasz w, tempo di lettura, leestijd, okuma süresi,
    وقت القراءة, زمن القراءة …) with
    its time unit (min, Minuten, минут, دقائق, dakika, …): "Reading time is down, the survey found."
    is kept, and so is a sentence of more than 5 words ending with a full stop after a word that is
    not the unit ("يحتاج الكتاب إلى 10 دقائق للقراءة فقط.": the book takes only 10 minutes to read;
    not "Tiempo estimado de lectura 4 min.").
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Why: the estimate is page furniture printed under the title.
    Example: "Lesezeit: 4 Minuten".
    """

    code = "GEN037"
    slug = "reading-time"
    max_words = 10
    phrases = [
        "min read", "minute read", "minutes read", "reading time", "read time", "lesezeit", "lesedauer",
        "minuten lesezeit", "temps de lecture", "tiempo de lectura", "tiempo estimado de lectura",
        "tempo de leitura", "время чтения", "czas czytania", "przeczytasz w", "وقت القراءة", "زمن القراءة",
        "مدة القراءة", "دقائق للقراءة",
        "tempo di lettura", "minuti di lettura", "min di lettura", "leestijd", "minuten leestijd", "okuma süresi",
        "dakikalık okuma",
    ]

    def line_has_phrase(self, line) -> bool:
        # The estimate gives its time: "Reading time is down, the survey found." is a sentence;
        # so is one of more than 5 words ending with a full stop after another word than the unit
        # ("يحتاج الكتاب إلى 10 دقائق للقراءة فقط.", not "Tiempo estimado de lectura 4 min.")
        words = line.key.split()
        return super().line_has_phrase(line) and not _TIME_UNITS.isdisjoint(words) and not (
            line.text.rstrip()[-1:] == "." and len(words) > 5 and words[-1] not in _TIME_UNITS)


# "Quelle: Landesregierung", "SOURCE: Al Jazeera News", "Źródło:"
_SOURCE_LABELS = ("source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte", "fontes", "источник",
                  "zrodło", "zrodlo", "bron", "kaynak", "المصدر")
_SOURCE = regex.compile(r"^\W{0,2}(?:" + "|".join(_SOURCE_LABELS) + r")\s?:", regex.IGNORECASE)
_SOURCE_KEYS = frozenset(_SOURCE_LABELS)  # a line _SOURCE matches has one as its key's first word


class SourceLine(Rule):
    """Removes a short "Source: …" attribution line.

    What it does: removes a line of at most 12 words, not a sentence, that opens with a source
    label and a colon (Source:, Quelle:, Fuente:, Fonte:, Bron:, Kaynak:, Источник:, Źródło:,
    المصدر:).
    Why: the attribution names where the text or picture came from; it is a credit, not article
    text. A longer line that starts with the label and goes on as a sentence is kept, and so is
    a short one whose words after the label are a sentence (``said_after_label``: "Source: I was
    told to delete the files.", an interview's speaker; "Fonte: Istat, indagine sulle forze di
    lavoro, marzo 2024.", under a table; "Source: “They knew.”", a quotation).
    Example: "Quelle: Landesregierung"; "SOURCE: Al Jazeera News".
    """

    code = "GEN038"
    slug = "source-line"
    local = True

    def apply(self, doc):
        for i in doc.first_word_in(_SOURCE_KEYS, 12):
            line = doc.lines[i]
            if not line.is_prose and _SOURCE.match(line.norm) and not said_after_label(line.text):
                doc.remove(i, self.code)
