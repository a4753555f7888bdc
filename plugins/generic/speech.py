"""Whether a line is reported speech: a quote, or a sentence that says who said it; and the
passages a line quotes.

The phrase rules remove a line that holds a publisher's stock phrase ("we need your help", "make
a donation", "become a member"). An article quotes people who use the same words: "“We need your
help,” the sheriff told reporters." A publisher's notice is not a quote and names no speaker, so
a line that opens with a quotation mark or holds a reporting word (said, sagte, a déclaré, dijo,
disse, заявил, قال, …) is the article's, whatever phrase it holds.
"""

import regex

from cleaner.normalize import phrase_key

# Words that speak to the reader or for the site (you, your, we, our, please, thanks, Sie, votre,
# nuestro, наш, بك, …), folded as a line's key is: a notice has them, a report rarely does.
READER_WORDS = frozenset(phrase_key(
    "you your yours we our us please thank thanks du dich dir dein deine deinen ihr ihre ihren ihnen euch wir uns "
    "unser unsere unseren bitte danke vous votre vos tu ton ta tes nous notre nos merci veuillez tú te usted ustedes "
    "nosotros nuestro nuestra nuestros gracias você vocês seu sua nós nosso nossa obrigado obrigada вы вас вам ваш "
    "ваша ваши мы нас наш наша пожалуйста спасибо ti tuo tua voi vi vostro noi ci nostro nostra grazie je jij jouw "
    "uw wij ons onze bedankt ty twój twoja wy wasz nas nasz dziękujemy siz sizin biz bizim teşekkürler lütfen "
    "بك لك بريدك اشترك يرجى شكرا حدث").split())

# Marks that open a quotation, in the languages the rules cover.
_OPENING_QUOTES = frozenset("\"'“”„‟«»‹›‘’‚「『")
_LEADING = " \t-–—•*·"  # a dialogue dash or a list bullet before the quotation mark

# Words that attribute a statement, folded as a line's key is (no case or accents). None is a
# word a notice uses, in any of these languages (French "dit" is Dutch for "this": it is not
# here); "according" and its kin are prepositions a notice could hold ("according to our
# privacy policy"): such a line is kept, a leak rather than a loss.
_REPORTING = frozenset(phrase_key(" ".join((
    # English
    "said say says told tells added stated explained insisted warned argued argues claimed asked urged admitted "
    "according spokesman spokeswoman spokesperson wrote writes",
    # German
    "sagte sagt sagten erklärte erklärt betonte meinte warnte forderte kritisierte erzählt erzählte "
    "teilte berichtete urteilte urteilten appellierte schrieb schreibt laut Sprecher Sprecherin",
    # French
    "déclaré affirmé ajouté expliqué souligné estimé raconté rappelé écrit écrivait selon porte-parole",
    # Spanish
    "dijo dice dicen afirmó aseguró señaló explicó declaró añadió pidió informó advirtió escribió según portavoz",
    # Portuguese
    "disse diz afirmou declarou explicou acrescentou pediu informou alertou escreveu segundo porta-voz",
    # Russian
    "сказал сказала сказали заявил заявила заявили отметил отметила словам сообщил сообщила "
    "подчеркнул подчеркнула рассказал рассказала пояснил пояснила обратился обратилась постановил "
    "написал написала напомнил напомнила",
    # Arabic
    "قال وقال قالت وقالت أضاف وأضاف أكد وأكد أوضح وأوضح صرح ذكر وذكر أشار وأشار مضيفا مؤكدا بحسب وفقا",
    # Italian
    "detto dice dichiarato spiegato affermato aggiunto chiesto riferito scritto scrive secondo portavoce",
    # Dutch
    "zei zegt aldus volgens verklaarde vertelde meldde riep schreef schrijft woordvoerder",
    # Polish
    "powiedział powiedziała dodał dodała stwierdził stwierdziła podkreślił poinformował poinformowała "
    "uznał uznała zapewnia twierdzi napisał napisała według rzecznik",
    # Turkish
    "dedi söyledi belirtti açıkladı kaydetti vurguladı yazdı göre sözcüsü",
))).split())


def is_reported_speech(line) -> bool:
    """Whether ``line`` (a ``Line``) opens with a quotation mark or holds a reporting word.

    Example: "“We need your help,” the sheriff told reporters." is; "We need your help: donate
    today." is not.
    """
    text = line.text.lstrip(_LEADING)
    return text[:1] in _OPENING_QUOTES or not _REPORTING.isdisjoint(line.key.split())


# A quoted passage: “…”, „…“, «…», »…«, "…", ‚…‘ (its text is the group that matched).
_QUOTED = regex.compile(r"“([^“”\n]+)”|„([^“”\n]+)[“”]|«([^«»\n]+)»|»([^«»\n]+)«|\"([^\"\n]+)\"|‚([^‘’\n]+)[‘’]")
_QUOTE_MARKS = frozenset("“„«»\"‚")


def quoted_passages(text: str) -> list[str]:
    """The passages ``text`` puts in quotation marks.

    Example: ``quoted_passages('The banner reads “This website uses cookies” on every page.')``
    == ``["This website uses cookies"]``.
    """
    if _QUOTE_MARKS.isdisjoint(text):  # (most lines)
        return []
    return [next(group for group in match.groups() if group) for match in _QUOTED.finditer(text)]


_LABEL = regex.compile(r"[^:]{1,30}:|[^.:]{1,20}\.")  # a label and its colon, or a word or two and a full stop
_STOPS = frozenset(".!?…")  # a sentence after the label ends with one
_CLOSING = "\"'”’»)"  # what may follow a sentence's stop


def said_after_label(text: str) -> bool:
    """Whether the words after a label's colon (or full stop) are a sentence: three or more,
    ending with a full stop, without a slash, more than half of them after the first in lower
    case (names and sources are capitalised).

    Or they are a quotation that ends with its sentence inside the marks ("Source: “They
    knew.”"): nobody quotes a source's name.

    Example: "Source: I was told to delete the files.", "Fonte: Ninguém foi avisado." and "Credit.
    Everyone wants it, few can get it." are; "Source: Office for National Statistics." and "Quelle: dpa, AFP." are not,
    nor is "Source: «Le Monde».".
    """
    label = _LABEL.match(text)
    if label is None:
        return False
    rest = text[label.end():].strip()
    if rest[:1] in _OPENING_QUOTES and rest[-1:] in _OPENING_QUOTES and rest.rstrip(_CLOSING)[-1:] in _STOPS:
        return True
    words = rest.split()
    # (a slash parts an agency from its photographer: "Getty Images / Photographer is my life.")
    if len(words) < 3 or rest.rstrip(_CLOSING)[-1:] not in _STOPS or "/" in rest:
        return False
    return 2 * sum(word[:1].islower() for word in words[1:]) > len(words) - 1


# Words no sentence ends on, prepositions and articles, in lower case: a line ending
# with one goes on in the next line ("The full report is at" / "https://…"). Not those that end
# sentences as a verb's particle or an adverb, in any of the languages ("Auf das erste Elektron
# kommt es an", "Carry On", "He said no", "Er ist da", "What we do").
_RUN_ON_WORDS = frozenset(
    "at via the a from into im zum zur beim vom dem den des einer einem à au aux sur le la les de du des "
    "en el los las del al em na nos nas ao su il di della het een naar w we pod z przez на в во по под "
    "от до из к في على عبر إلى عن".split())


def introduces(line) -> bool:
    """Whether ``line`` is a sentence that introduces the next line with a colon: more than five
    words ending with one ("… replied with two words:"; "Follow us on:" and "Source:" are too short)."""
    return line.text.rstrip().endswith(":") and not line.at_most(5)


def runs_on(line) -> bool:
    """Whether ``line`` is a sentence that goes on in the next line, which is then the article's
    (an address, a date or a code it introduces): one that ``introduces`` it, or four or more
    words ending with a word no sentence ends on ("The full report is at", "Termin
    przesłuchania wyznaczono na")."""
    text = line.text.rstrip()
    if text.endswith(":"):
        return introduces(line)
    if not text[-1:].isalpha() or line.at_most(3):
        return False
    return text.rsplit(None, 1)[-1].casefold() in _RUN_ON_WORDS


def introduced(lines, i: int) -> bool:
    """Whether the line above line ``i`` runs on into it (``runs_on``)."""
    return i > 0 and runs_on(lines[i - 1])
