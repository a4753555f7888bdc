"""The site appealing to the reader inside the article: ad disclosures, paywall and sign-up prompts,
newsletter plugs, follow-us lines and donation appeals."""

import regex

from .echo import EchoAwarePhraseRule, echoed_heading
from .ending import EdgeMarkerRule
from .linematch import PhraseInLineRule, first_word

# "Anzeige," / "*Werbung." / "ADVERTISEMENT -" opening a short line: an ad label.
_AD_LABELS = frozenset({"anzeige", "werbung", "advertisement", "advertorial", "sponsored", "publicidad", "publicite",
                        "publicidade", "reklama", "реклама", "اعلان"})
_AD_LABEL = regex.compile(r"^\W*(?:" + "|".join(_AD_LABELS) + r")\s*(?:[,.:|*)–—-]|$)")
# The word as a sentence's subject: a comma, a word in lower case, a full stop at the end
# ("Werbung, die sich an Kinder richtet, soll verboten werden.").
_LABEL_IN_SENTENCE = regex.compile(r"^\W*\w+\s*,\s*\p{Ll}.*[.!?]\W*$")


class AdDisclosure(PhraseInLineRule):
    """Removes advertising and affiliate-link disclosures.

    What it does: removes a line of at most 60 words (25 or more: only in the
    head or tail block or as the first or last paragraph) in which the page discloses its own affiliate
    links, sponsoring or commissions ("contains affiliate links", "we may receive compensation",
    enthält Werbung, sont des liens affiliés, contiene enlaces de afiliados, на правах рекламы,
    …), or a line of at most 15 words opening with an ad label followed by punctuation
    ("Anzeige,", "*Werbung.", "ADVERTISEMENT -"), unless the label is a sentence's subject (a
    comma and a word in lower case after it, a full stop at the end: "Reklama, którą wyemitowała
    telewizja, wywołała oburzenie.") or, below the first paragraph, a subheading whose words the
    next sentence paragraph repeats ("Reklama" above "Wydatki na reklamę w internecie …").
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Phrases that ordinary prose also uses (enthält Werbung, на правах рекламы, …) count only where
    they open the line or on a line that is not a sentence paragraph.
    Why: the disclosure is a legal notice from the publisher, not part of the story; a sentence
    that reports on affiliate links ("failed to disclose affiliate links") is kept.
    Example: "Anzeige, enthält Affiliate Links"; "We may receive compensation if you visit partners
    we recommend."
    """

    code = "GEN031"
    slug = "ad-disclosure"
    max_words = 60
    phrases = [
        "links sind affiliate links", "links are affiliate links", "wenn du über diese links",
        "wenn sie über diese links",
        "contains affiliate links", "is an affiliate link", "these are affiliate links",
        "we may receive compensation", "we may earn a commission", "we may receive a commission",
        "we may earn a small commission", "we earn a commission", "advertisers do not influence",
        "from one or more of our advertisers", "may get a share of the sale", "if you buy something through",
        "earn from qualifying purchases", "enthält affiliate", "sind sogenannte affiliate links",
        "handelt es sich um affiliate links", "mit affiliate links versehen", "erhalten wir eine provision",
        "bekommen wir eine provision", "contient des liens affiliés", "nous pouvons percevoir une commission",
        "contiene enlaces de afiliados", "podemos recibir una comisión", "contém links de afiliados",
        "podemos receber uma comissão", "содержит партнерские ссылки", "zawiera linki afiliacyjne",
    ]
    # ordinary prose says these too: only a line they open, or a line that is not a sentence, goes
    loose_phrases = [
        "are affiliate links", "enthält werbung", "unbezahlte werbung", "sind affiliate links",
        "son enlaces de afiliados", "são links de afiliados", "на правах рекламы", "artykuł sponsorowany",
        "محتوى مدفوع", "sont des liens affiliés",
    ]

    def apply(self, doc):
        super().apply(doc)
        lines = doc.lines
        # (a line _AD_LABEL matches has the label as its key's first word)
        for i in doc.first_word_in(_AD_LABELS, 15):
            line = lines[i]
            # ("Werbung, die sich an Kinder richtet, soll verboten werden.": a sentence, kept)
            if first_word(line.text) in _AD_LABELS and _AD_LABEL.match(line.norm) and not line.is_prose \
                    and not _LABEL_IN_SENTENCE.match(line.text) and not echoed_heading(doc, i):
                self.remove(doc, i)


class PaywallPrompt(PhraseInLineRule):
    """Removes paywall and log-in prompts.

    What it does: removes a line of at most 40 words (25 or more: only in the
    head or tail block or as the first or last paragraph) that asks the reader to subscribe or log in
    to read on (to view the full story, already a subscriber, pour lire la suite, réservé aux
    abonnés, para seguir leyendo, nur für Abonnenten, per continuare a leggere, alleen voor abonnees,
    tylko dla subskrybentów, cancel anytime, …).
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Phrases that ordinary prose also uses (subscribers only, cancel anytime, nur für Abonnenten, …)
    count only where they open the line or on a line that is not a sentence paragraph.
    Why: the paywall notice replaces the rest of the article; it is not article text.
    Example: "To view the full story, please subscribe to The Daily Times."
    """

    code = "GEN032"
    slug = "paywall-prompt"
    phrases = [
        "subscribe now to",
        "to view the full story", "to read the full story", "subscribe to read", "subscribe to continue",
        "already a subscriber", "for immediate access to this", "this content is for subscribers",
        "this article is for subscribers", "bereits abonnent", "schon abonnent",
        "sie sind aktuell nicht eingeloggt", "pour accéder en illimité", "déjà abonné", "ya eres suscriptor",
        "já é assinante", "sei già abbonato", "ben je al abonnee", "aby przeczytać cały artykuł",
        "masz już subskrypcję", "zaten abone misiniz",
    ]
    # ordinary prose says these too: only a line they open, or a line that is not a sentence, goes
    loose_phrases = [
        "for the full story", "to continue reading", "subscribers only", "cancel anytime", "nur für abonnenten",
        "exklusiv für abonnenten", "um weiterzulesen", "jederzeit kündbar", "pour lire la suite",
        "réservé aux abonnés", "résiliable à tout moment", "para seguir leyendo", "para continuar leyendo",
        "exclusivo para suscriptores", "cancela cuando quieras", "hazte miembro", "para continuar lendo",
        "exclusivo para assinantes", "cancele quando quiser", "чтобы продолжить чтение",
        "только для подписчиков", "للمشتركين فقط", "per continuare a leggere", "riservato agli abbonati",
        "contenuto riservato agli abbonati", "om verder te lezen", "alleen voor abonnees", "aby czytać dalej",
        "tylko dla subskrybentów", "yalnızca abonelere özel", "haberin devamını okumak için",
    ]


# "our newsletter", "unseren Musik-Newsletter", "nuestro boletín", "notre lettre d'information"
_POSSESSIVES = ("our", "unser", "unsere", "unseren", "unserem", "unserer", "notre", "nos", "nuestro", "nuestra",
                "nuestros", "nosso", "nossa", "naszego", "nasz", "naszym", "наш", "нашу", "нашеи")  # (keys fold й to и)
_OUR_NEWSLETTER = regex.compile(
    r"(?<![\p{L}\p{N}])(?:" + "|".join(_POSSESSIVES) + r")\s(?:[\p{L}\p{N}]+\s)?[\p{L}\p{N}]*"
    r"(?:newsletter|boletin|boletim|lettre d information|рассылк)")
_NEWSLETTER_WORDS = ("newsletter", "bolet", "lettre d information", "рассылк")  # one is in every match


class NewsletterPlug(PhraseInLineRule):
    """Removes a one-line plug for the site's newsletter.

    What it does: removes a line of at most 60 words (25 or more: only in the
    head or tail block or as the first or last paragraph) that names the site's own newsletter (our
    newsletter, unseren Newsletter, notre newsletter, nuestro boletín, nossa newsletter, нашу
    рассылку) or promises delivery to the reader's inbox (to your inbox, in deinen Posteingang,
    dans votre boîte mail, en tu bandeja de entrada, …).
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Why: the plug is the site advertising itself; marker-led sign-up boxes are GEN009's.
    Example: "Never miss the latest news by signing up to our newsletter today!"
    """

    code = "GEN033"
    slug = "newsletter-plug"
    max_words = 60
    phrases = [
        "to your inbox", "in your inbox", "in deinen posteingang", "in ihren posteingang",
        "dans votre boîte mail", "dans votre boîte de réception", "en tu bandeja de entrada",
        "en su bandeja de entrada", "na sua caixa de entrada", "на вашу почту", "newsletter abonnieren",
        "zum newsletter anmelden", "für den newsletter anmelden", "sign up for the newsletter",
        "by email and never miss", "never miss the latest", "by signing up you agree", "by subscribing you agree",
        "mit der registrierung akzeptieren sie", "mit der anmeldung akzeptieren sie",
        "en vous inscrivant vous acceptez", "al suscribirte aceptas", "al suscribirse acepta",
        "ao se inscrever você concorda",
    ]

    anchors = frozenset(_POSSESSIVES)  # every _OUR_NEWSLETTER match has one

    def apply(self, doc):
        for i in self.candidates(doc):
            line = doc.lines[i]
            key = line.key
            if self.line_has_phrase(line) or (any(map(key.__contains__, _NEWSLETTER_WORDS))
                                              and _OUR_NEWSLETTER.search(key)):
                self.remove(doc, i)


_NETWORKS = ("twitter", "facebook", "instagram", "telegram", "youtube", "tiktok", "linkedin", "whatsapp", "threads",
             "mastodon", "вконтакте", "x", "google news", "google noticias",
             # Arabic names, as folded in a line's key (hamza forms to alef, ة to ه)
             "تويتر", "فيسبوك", "فيس بوك", "انستغرام", "انستجرام", "انستقرام", "انستاغرام", "تلغرام", "تليغرام",
             "تيليغرام", "تليجرام", "تيليجرام", "يوتيوب", "تيك توك", "تيكتوك", "لينكد ان", "واتساب", "واتس اب",
             "جوجل نيوز", "غوغل نيوز")
# "Folgen Sie uns auf Facebook", "Siga-nos no Telegram", "tenemos canal de Telegram"
_FOLLOW = regex.compile(
    r"(?:(?:follow us|join us|folgen sie uns|folge uns|suivez nous|rejoignez nous|siguenos|siga nos|segue nos|"
    r"подписываитесь на нас|подписываитесь на наш|подпишитесь на наш|obserwuj nas|seguici|seguiteci|volg ons|"
    r"تابعونا|تابعنا)\s(?:\S+\s){0,3}?"
    r"|(?:our|unseren|unserem|notre|nuestro|tenemos|nosso|наш)\s(?:\S+\s)?(?:channel|kanal|chaine|canal|канал)\s"
    r"(?:\S+\s)?)"
    r"(?:" + "|".join(_NETWORKS) + r")(?![\p{L}\p{N}])")


# "Follow The Gleaner on Twitter", "Folgen Sie der Redaktion auf Instagram"
_FOLLOW_NAMED = regex.compile(
    r"^(?:follow|folgen sie|folge|suivez|siguenos|sigue a|siga|segue|segui|volg|подписываитесь на|obserwuj)"
    r"\s(?!up\s)(?:\S+\s){0,7}?(?:on|auf|bei|sur|en|no|na|su|op|в)\s"
    r"(?:" + "|".join(_NETWORKS) + r")(?![\p{L}\p{N}])")
_HANDLE = regex.compile(r"(?<![\w.])@\w{2,}")
# "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.": the whole line, networks to its end
_FOLLOW_NAMED_ONLY = regex.compile(
    _FOLLOW_NAMED.pattern + r"(?:\s(?:(?:and|or|und|oder|et|ou|y|o|e|и|или)\s)?(?:" + "|".join(_NETWORKS)
    + r")(?![\p{L}\p{N}]))*$")


class FollowUs(PhraseInLineRule):
    """Removes a line asking the reader to follow the site on a social network.

    What it does: removes a line of at most 60 words (25 or more: only in the
    head or tail block or as the first or last paragraph) that contains "follow us" / "our channel" in
    any supported language (Folgen Sie uns auf, Suivez-nous sur, Síguenos en, Siga-nos no, Seguici
    su, Volg ons op,
    تابعونا على, tenemos canal de) with a network name (Twitter, Facebook, Instagram, Telegram,
    YouTube, …; تويتر, فيسبوك, انستغرام, تيليجرام, يوتيوب, …) right after, or that opens with
    "Follow <name> on <network>" and gives an @handle or ends with the networks.
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Why: social-media plugs are page furniture; a sentence that reports who follows whom names no
    "us" and no handle and goes on after the network: it is kept.
    Example: "Folgen Sie uns auf Twitter"; "Follow The Gleaner on Twitter @JamaicaGleaner.";
    "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."
    """

    code = "GEN034"
    slug = "follow-us"
    max_words = 60
    pattern = _FOLLOW
    anchors = frozenset(network.split()[0] for network in _NETWORKS)  # every match holds a network name

    def apply(self, doc):
        for i in self.candidates(doc):
            line = doc.lines[i]
            # "Follow The Gleaner on Twitter @JamaicaGleaner": a handle vouches for a named account,
            # and so does a line that ends with the networks
            key = line.key
            if self.pattern.search(key) or (_FOLLOW_NAMED.match(key) and (
                    _HANDLE.search(line.text) or _FOLLOW_NAMED_ONLY.match(key))):
                self.remove(doc, i)


class SupportAppeal(PhraseInLineRule):
    """Removes an appeal to support, donate to or share the publication.

    What it does: removes a line of at most 60 words (25 or more: only in the head or tail block or
    as the first or last paragraph) that asks the reader to support, fund or donate to the site
    (support our work, help us continue, unterstützen Sie unsere Arbeit, soutenez-nous, apoya
    nuestro periodismo, apoie o nosso jornalismo, sostieni il nostro giornalismo, steun onze
    journalistiek, bize destek olun, поддержите нас, wesprzyj nas, …) or turns to the reader who
    liked the article (If you enjoyed this article, Did you like this article?, Hat Ihnen dieser
    Artikel gefallen?, Si cet article vous a plu, Si te gustó este artículo, هل أعجبك المقال؟, …).
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Phrases that ordinary prose also uses (make a donation, jetzt spenden, faire un don, …) count
    only where they open the line or on a line that is not a sentence paragraph.
    Why: the appeal is the publisher's fundraising or sharing prompt, printed under every article.
    Example: "If you enjoyed reading this post – would you consider supporting our work?"
    """

    code = "GEN035"
    slug = "support-appeal"
    max_words = 60
    phrases = [
        "support our work", "supporting our work", "support our journalism", "if you enjoyed this article",
        "if you enjoyed reading this", "if you liked this article", "did you like this article",
        "did you enjoy this article", "هل أعجبك المقال", "هل أعجبك هذا المقال", "هل أعجبك الخبر",
        "هل أعجبك هذا الخبر", "hat ihnen dieser artikel gefallen", "hat ihnen der artikel gefallen",
        "dir hat der artikel gefallen", "artikel gefallen vergiss nicht", "si cet article vous a plu",
        "si te gustó este artículo", "se você gostou deste artigo", "если вам понравилась статья",
        "unterstützen sie unsere arbeit", "unterstütze unser", "unterstütze unsere", "unterstütze unseren",
        "soutenez nous", "soutenez notre", "soutenir notre journalisme", "faites un don",
        "apoya nuestro periodismo", "apóyanos", "apoie o nosso jornalismo", "apoie nosso jornalismo",
        "поддержите нас", "wesprzyj nas", "wspieraj nas", "ادعمنا", "sostieni il nostro giornalismo",
        "sostienici", "sostieni il nostro lavoro", "se ti è piaciuto questo articolo", "steun ons werk",
        "steun onze journalistiek", "vond je dit artikel interessant", "wesprzyj naszą pracę",
        "wesprzyj niezależne dziennikarstwo", "jeśli podobał ci się ten artykuł", "bize destek olun",
        "bağımsız gazeteciliği destekleyin", "bu haberi beğendiniz mi",
    ]
    # ordinary prose says these too: only a line they open, or a line that is not a sentence, goes
    loose_phrases = [
        "we need your help", "make a donation", "become a member", "jetzt spenden", "faire un don",
        "haz una donación", "hazte socio", "faça uma doação", "поддержать проект", "fai una donazione",
        "doe een donatie", "przekaż darowiznę", "bağış yapın", "تبرع الآن", "support independent journalism",
        "help us continue",
    ]


class InteractionPrompt(PhraseInLineRule):
    """Removes prompts to log in, comment or click to load embedded content.

    What it does: removes a line of at most 40 words (25 or more: only in the
    head or tail block or as the first or last paragraph) that asks the reader to log in to comment,
    to tell the site something in the comments or in a letter to the editor (We want to hear what
    you think about this article, Submit your letter to the editor), or to click to load an
    embedded post, video or map (You must be logged in to post a comment, Let us know in the
    comments, Du musst eingeloggt sein um Kommentare zu schreiben, Klicken Sie auf den Button, um
    den Inhalt von … zu laden, Vous devez être connecté pour publier un commentaire, Debes iniciar
    sesión para publicar un comentario, …).
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Phrases that ordinary prose also uses (let us know in the comments, чтобы оставить комментарий,
    …) count only where they open the line or on a line that is not a sentence paragraph.
    Why: these are the page's widgets talking to the reader; the text of the embed is not there.
    Example: "Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden."
    """

    code = "GEN039"
    slug = "interaction-prompt"
    phrases = [
        "du musst eingeloggt sein um", "du musst angemeldet sein um", "musst du eingeloggt sein",
        "sie müssen eingeloggt sein um kommentare", "sie müssen angemeldet sein um kommentare",
        "you must be logged in to post a comment", "log in to leave a comment",
        "you must log in to post a comment", "you must be logged in to comment", "you must sign in to comment",
        "please log in to comment", "please sign in to comment",
        "click the button below to load", "click to load the content", "click here to load the content",
        "verraten sie gerne in den kommentaren", "verraten sie uns in den kommentaren",
        "klicken sie auf den unteren button um den inhalt", "klicken sie auf den button um den inhalt",
        "vous devez être connecté pour publier un commentaire", "cliquez pour charger le contenu",
        "debes iniciar sesión para publicar un comentario",
        "haz clic para cargar el contenido", "você precisa fazer login para comentar",
        "clique para carregar o conteúdo",
        # letters to the editor
        "we want to hear what you think about this article", "hear what you think about this or any of our articles",
        "submit your letter to the editor",
        "schreiben sie uns einen leserbrief",
        # a typo report: "Нашли ошибку? Выделите ее и нажмите Ctrl+Enter"
        "нажмите ctrl enter", "натисніть ctrl enter", "press ctrl enter", "drücken sie strg enter",
    ]
    # ordinary prose says these too (a story on comment rules, a YouTuber's sign-off): only a line
    # they open, or a line that is not a sentence, goes
    loose_phrases = [
        "log in to comment", "let us know in the comments", "tell us in the comments", "leave us a comment",
        "eingeloggt sein um kommentare", "eingeloggt sein um einen kommentar", "angemeldet sein um kommentare",
        "angemeldet sein um einen kommentar", "schreib es uns in die kommentare",
        "schreiben sie es uns in die kommentare", "inhalt jetzt laden", "dites le nous en commentaire",
        "dites nous en commentaire", "cuéntanos en los comentarios", "conte nos nos comentários",
        "чтобы оставить комментарий", "напишите в комментариях",
    ]


class AdSlot(EchoAwarePhraseRule):  # ("Sponsored content" above "Sponsored content now makes up …")
    """Removes what an ad slot leaves in the text: its label and the note that the article goes on.

    What it does: removes a line that is only a sponsored-content label (Sponsored content, Paid
    post, Gesponserter Inhalt, Contenu sponsorisé, Contenido patrocinado, Conteúdo patrocinado,
    محتوى مدعوم, مساحة إعلانية, Contenuto sponsorizzato, Gesponsorde inhoud, Artykuł sponsorowany,
    Sponsorlu içerik) or the note an ad break prints ("Story continues below
    advertisement", "Continue reading the main story", "Scroll to continue with content",
    Artikel wird nach der Anzeige fortgesetzt, La suite après cette publicité, La nota continúa
    debajo del anuncio, Continua após a publicidade, Продолжение после рекламы, يتبع بعد الإعلان,
    L'articolo continua dopo la pubblicità, Lees verder na de advertentie, Dalsza część artykułu pod
    reklamą),
    wherever it is: ad breaks sit between paragraphs. A lone "Advertisement" or "Anzeige" is
    GEN031's. Below the first paragraph, a label whose words the next sentence paragraph repeats
    is the article's subheading and is kept ("Sponsored content" above "Sponsored content now
    makes up …").
    Why: the ad is gone from the extracted text; its label and the note around it are not
    article text.
    Example: "Story continues below advertisement" between two paragraphs.
    """

    code = "GEN042"
    slug = "ad-slot"
    phrases = [
        # the note an ad break prints
        "Story continues below advertisement", "Story continues below", "Article continues below advertisement",
        "Article continues below", "Article continues after advertisement", "Story continues after advertisement",
        "Continues below advertisement", "Content continues below", "Continue reading below",
        "Continue reading the main story", "Scroll to continue with content", "Advertisement Scroll to continue",
        "Advertisement Continue reading below", "Advertisement Story continues below", "Text continues below",
        "Artikel wird nach der Anzeige fortgesetzt", "Der Artikel wird nach der Anzeige fortgesetzt",
        "Weiterlesen nach der Anzeige", "Lesen Sie nach der Anzeige weiter", "Fortsetzung nach der Anzeige",
        "Anzeige Fortsetzung unten", "La suite après cette publicité", "La suite après la publicité",
        "Suite après la publicité", "L'article continue après la publicité",
        "La suite de l'article après cette publicité",
        "Publicité La suite après cette publicité", "La nota continúa debajo del anuncio",
        "El artículo continúa después del anuncio", "Sigue leyendo después del anuncio",
        "Continúa leyendo después del anuncio", "Continua após a publicidade", "Continua depois da publicidade",
        "Continua após o anúncio", "Publicidade Continua após a publicidade", "Продолжение после рекламы",
        "Статья продолжается после рекламы", "Реклама Продолжение ниже", "يتبع بعد الإعلان",
        "تابع القراءة بعد الإعلان", "المقال يستكمل بعد الإعلان", "تابع القراءة أسفل الإعلان",
        "L'articolo continua dopo la pubblicità", "Continua a leggere dopo la pubblicità",
        "Continua dopo la pubblicità",
        "Het artikel gaat verder na de advertentie", "Lees verder na de advertentie", "Verder na de advertentie",
        "Dalsza część artykułu pod reklamą", "Dalsza część tekstu pod reklamą", "Artykuł jest kontynuowany pod reklamą",
        "Haberin devamı reklamın altında", "Reklamdan sonra devam ediyor",
        # sponsored-content and ad-space labels
        "Sponsored content", "Sponsored post", "Sponsored links", "Paid content", "Paid post", "Promoted content",
        "Partner content", "Ads by Google", "Gesponserter Inhalt", "Gesponserte Inhalte", "Bezahlter Inhalt",
        "Contenu sponsorisé", "Contenu sponsorisé par", "Contenido patrocinado", "Conteúdo patrocinado",
        "Спонсорский контент", "Партнерский материал", "محتوى مدعوم", "محتوى ممول", "محتوى إعلاني", "مساحة إعلانية",
        "إعلان ممول",
        "Contenuto sponsorizzato", "Contenuto offerto da", "Gesponsorde inhoud", "Gesponsord", "Artykuł sponsorowany",
        "Treść sponsorowana", "Sponsorlu içerik",
    ]


class CookieNotice(EdgeMarkerRule):
    """Removes a cookie-consent banner at the start or the end of the article.

    What it does: in the article's opening (the head block or the first prose paragraph) or its
    ending (its last prose paragraph or the tail block), removes a line of at most 60 words that
    says the site uses cookies (We use cookies, This website uses cookies, Wir verwenden Cookies,
    Diese Website verwendet Cookies, Nous utilisons des cookies, Ce site utilise des cookies,
    Utilizamos cookies, Este sitio web utiliza cookies, Este site usa cookies, Questo sito utilizza
    cookie, Deze website gebruikt cookies, Ta strona używa plików cookie, Bu site çerez kullanır, Мы
    используем файлы cookie, يستخدم هذا الموقع ملفات تعريف الارتباط), that the reader agrees to them by going on
    ("By continuing to use this site you agree …", you consent to our use of cookies) or that asks
    to accept them (Accept cookies, Alle Cookies akzeptieren, Accepter les cookies, Aceptar
    cookies, Aceitar cookies, Принять cookie, قبول ملفات تعريف الارتباط): a line that is only the
    button, not a question ("Accept all cookies?") nor a sentence that names it.
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Why: the banner is the site's consent form, printed over every page; an article about
    cookies ("Google will phase out third-party cookies") names no such consent and is kept.
    Example: "We use cookies to improve your experience. By continuing to browse, you agree to
    our use of cookies."
    """

    code = "GEN043"
    slug = "cookie-notice"
    opening = True
    needles = (("cookie", "куки", "çerez", "الارتباط", "الكوكيز"),)
    _SITE = (r"(?:we|this (?:web)?site|our (?:web)?site|this page|wir|diese (?:web)?seite|diese website|unsere "
             r"(?:web)?seite|unsere website|nous|ce site|notre site|este (?:sitio|site|portal)"
             r"(?: web)?|nuestro (?:sitio|portal)(?: web)?|nosso (?:site|portal)|questo sito(?: web)?|il nostro sito|"
             r"deze (?:web)?site|onze (?:web)?site|wij|ta strona(?: internetowa)?|nasza strona|мы|этот сайт|наш сайт)")
    _USE = (r"(?:use|uses|utilise|utilisons|verwendet|verwenden|nutzt|nutzen|setzt|setzen|utiliza|usa|"
            r"emplea|utilizza|utilizziamo|usiamo|gebruikt|gebruiken|używa|używamy|wykorzystuje|wykorzystujemy|"
            r"используем|использует)")
    pattern = regex.compile(
        r"(?:^|[^\w])" + _SITE + r"\s(?:\w+\s){0,2}?" + _USE
        + r"\s(?:\w+\s){0,3}?(?:cookies?|plików cookie|файлы cookie|куки)\b"
        r"|\b(?:utilizamos|usamos) cookies\b"
        r"|\b(?:utilizziamo|usiamo|używamy|wykorzystujemy) (?:i )?(?:cookie|plików cookie)\b"
        r"|\bçerez\w*\s(?:\w+\s){0,2}?kullanıyoruz"
        r"|\b(?:bu (?:web )?site\w*|sitemizde)\s(?:\w+\s){0,2}?çerez\w*\s(?:\w+\s){0,2}?kullan\w*"
        r"|^\W*accetta (?:tutti i )?(?:cookie|cookies)[^\w?؟]*$|^\W*(?:alle )?cookies accepteren[^\w?؟]*$"
        r"|^\W*accepteer (?:alle )?cookies[^\w?؟]*$|^\W*akceptuj(?:ę)? (?:wszystkie )?(?:pliki )?cookie[^\w?؟]*$"
        r"|^\W*(?:tüm )?çerezleri kabul et[^\w?؟]*$"
        r"|\bby continuing to (?:use|browse|visit)\b[^.!?]{0,80}\bcookies?\b"
        r"|\b(?:agree|consent) to (?:our|the) use of cookies\b"
        r"|\b(?:stimmen sie|stimmst du) der (?:verwendung|nutzung) von cookies"
        r"|\b(?:vous acceptez|acceptez) l'utilisation (?:de|des) cookies|\b(?:aceptas|acepta) el uso de cookies"
        r"|\b(?:aceita|concorda com) o uso de cookies|\bсоглашаетесь с использованием (?:файлов )?(?:cookie|куки)"
        r"|^\W*(?:accept|allow) (?:all )?cookies[^\w?؟]*$|^\W*(?:alle )?cookies (?:akzeptieren|zulassen)[^\w?؟]*$"
        r"|^\W*accepter (?:tous )?les cookies[^\w?؟]*$|^\W*aceptar (?:todas )?(?:las )?cookies[^\w?؟]*$"
        r"|^\W*aceitar (?:todos )?(?:os )?cookies[^\w?؟]*$|^\W*принять (?:все )?(?:файлы )?(?:cookie|куки)[^\w?؟]*$"
        r"|(?:يستخدم|نستخدم|تستخدم)\s(?:\S+\s){0,3}?(?:ملفات تعريف الارتباط|ملفات الارتباط|الكوكيز)"
        r"|^\W*قبول (?:جميع )?(?:ملفات تعريف الارتباط|الكوكيز)[^\w?؟]*$", regex.IGNORECASE)
