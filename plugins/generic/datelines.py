"""Publication metadata lines: a date and time on their own, "Updated …", reading time."""

import re

import regex

from cleaner.normalize import phrase_key
from cleaner.rules import Rule, alternation

from .metadata import full_stop, history_date
from .speech import introduced


def _words(*groups: str) -> frozenset[str]:
    """The words of ``groups``, folded like ``Line.key`` (no case, accents or punctuation)."""
    return frozenset(phrase_key(" ".join(groups)).split())


# Labels and small words a date line may hold besides the date itself.
_LABELS = _words(
    "updated last update published posted modified on at date time and of the",
    "publié publie mis à jour le modifié à h dernière", "veröffentlicht aktualisiert zuletzt stand um uhr am den",
    "letzte änderung aktualisierung", "publicado actualizado actualización el a las de del última",
    "atualizado atualização em às as", "pubblicato aggiornato aggiornamento il alle ultimo",
    "опубликовано обновлено обновление последнее в г года",
    "نشر نشر في تحديث اخر تحديث في الساعه م ص بتاريخ تاريخ النشر التحديث", "기사입력 입력 수정 승인 등록 업데이트",
)
# Calendar words: a line needs one of them, or a numeric date or time, to be a date line.
_CALENDAR = _words(
    # time zones and day halves
    "am pm a.m. p.m. et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest mez mesz msk ist",
    # months
    "january february march april may june july august september october november december",
    "jan feb mar apr jun jul aug sep sept oct nov dec",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar jänner februar märz april mai juni juli august september oktober november dezember",
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "يناير فبراير مارس ابريل أبريل مايو يونيو يوليو اغسطس أغسطس سبتمبر اكتوبر أكتوبر نوفمبر ديسمبر",
    "كانون الثاني شباط اذار آذار نيسان ايار أيار حزيران تموز اب آب ايلول أيلول تشرين الأول",
    # weekdays
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "lunes martes miércoles jueves viernes sábado domingo",
    "segunda terça quarta quinta sexta feira sábado domingo",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье",
    "الاثنين الثلاثاء الاربعاء الأربعاء الخميس الجمعة السبت الأحد",
)
# Labels that open an update line: such a line goes in the tail block too.
_UPDATE_LABEL = alternation([
    "updated", "last updated", "last update", "last modified", "published", "posted", "letzte änderung",
    "letzte aktualisierung", "zuletzt aktualisiert", "aktualisiert", "veröffentlicht", "stand", "mis à jour",
    "dernière mise à jour", "publié", "actualizado", "última actualización", "publicado", "atualizado",
    "última atualização", "aggiornato", "ultimo aggiornamento", "pubblicato", "обновлено", "последнее обновление",
    "опубликовано", "تحديث", "اخر تحديث", "نشر", "نشر في", "تاريخ النشر", "تاريخ التحديث",
])
_DIGIT = regex.compile(r"\d")  # every date and reading-time line has one
_ASCII_DIGIT = re.compile(r"[0-9]")  # \d on ASCII text, found several times faster by re
_NUMERIC_DATE = regex.compile(r"\d{1,2}:\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_NUMBER = regex.compile(r"^\d{1,4}(?:st|nd|rd|th|er|e|º|ª)?$")
_HOUR = regex.compile(r"^\d{1,2}h\d{2}$")  # "10h30", as French and Portuguese pages write the time
# A trailing byline after the date ("… by Jane Doe", "… por Jane Doe"): up to four capitalised words.
_BYLINE = regex.compile(r"\s(?:by|por|par|von|di|de)\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}$")
_READING_LABEL = (r"(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|"
                  r"tempo di lettura|время чтения|وقت القراءه|مده القراءه)")
_READING_SPAN = (r"(?:less than |about |ca |environ |cerca de )?\d{1,3} ?(?:min|mins|minute|minutes|minuto|minutos|"
                 r"minuten|minuti|мин|минута|минуты|минут|دقيقه|دقايق|دقيقتان)")  # (as keys fold them)
_READING_SUFFIX = r"(?:read|reading|de lecture|de lectura|de leitura|lesezeit|di lettura|чтения|قراءه)"
# "Reading time: 3 minutes" or "3 min read": the label or the suffix must be there.
_READING_TIME = regex.compile(f"^(?:{_READING_LABEL} {_READING_SPAN}(?: {_READING_SUFFIX})?"
                              f"|{_READING_SPAN} {_READING_SUFFIX})$")


def is_date_line(text: str, key: str | None = None) -> bool:
    """Only date and time words, labels and numbers, with a number and either a month or weekday
    name or a numeric date or time; maybe a byline after. ``key``: the text's ``phrase_key``, if
    it is at hand (a line's key), used when there is no byline."""
    stripped = text.strip()
    text = _BYLINE.sub("", stripped)
    tokens = (phrase_key(text) if key is None or text != stripped else key).split()
    return (any(_NUMBER.match(t) for t in tokens)
            and all(t in _CALENDAR or t in _LABELS or _NUMBER.match(t) or _HOUR.match(t) for t in tokens)
            and (any(t in _CALENDAR for t in tokens) or bool(_NUMERIC_DATE.search(text))))


class Dateline(Rule):
    """Removes publication date, "updated" and reading-time lines in the head block.

    What it does: removes a head-block line of at most 15 words made only of date and
    time words (month and weekday names in English, French, German, Spanish, Portuguese, Italian,
    Russian and Arabic; Updated, Published, Mis à jour, Aktualisiert, Actualizado, Atualizado,
    Обновлено, تحديث, 기사입력; time zones) and numbers, maybe followed by a short byline, or a
    reading-time line (5 min read, Lesezeit: 3 Minuten, Tempo de leitura: 2 minutos); in the tail
    block, only such a date line that opens with an update label (Updated, Last modified, Letzte
    Änderung, Mis à jour, Actualizado, Atualizado, Обновлено, آخر تحديث). Without such a label, a
    date line ending with a full stop is a sentence ("July 4, 1776.", "At 9:42 on Tuesday.") and a
    date of the last century written out with no time of day is history ("9 мая 1945 года"):
    both are kept, and so is a date the line above runs on into ("Termin przesłuchania wyznaczono
    na" above "2024-05-12 10:00").
    Why: the page template prints the publication metadata around the article; it is not text.
    (Bare dates after the article are left alone: there they are often an event's dates and times.)
    Example: "UPDATED: Tue., Nov. 19, 2019", "sexta-feira, 22 de outubro de 2010 às 20:13",
    "Tempo de leitura: 1 minuto".
    """

    code = "GEN024"
    slug = "dateline"
    local = True

    def apply(self, doc):
        for i in doc.edges():
            line = doc.lines[i]
            if not line.at_most(15) or not (_ASCII_DIGIT if line.ascii else _DIGIT).search(line.text):
                continue
            # (a date of the last century written out alone is history: "Montag, 9. November 1989";
            # one ending with a full stop, not an update label's, is a sentence: "July 4th.")
            if doc.in_head(i) and (_READING_TIME.match(line.key) or is_date_line(line.text, line.key)
                                   and not history_date(line.norm) and not full_stop(line.text)
                                   and not introduced(doc.lines, i)) or (
                    _UPDATE_LABEL.match(line.key) and is_date_line(line.text, line.key)):
                doc.remove(i, self.code)
