"""The publisher's messages around an article: follow us, get our newsletter, support us."""

import regex

from cleaner.normalize import phrase_key

from .ending import EdgeMarkerRule
from .metadata import PAST_YEAR
from .speech import READER_WORDS, said_after_label

_SENTENCE_START = r"(?:^|[.!?:;]\s+|\s[-–—|]\s+)\W*"
_ACCOUNT = r"(?:@\w|https?://|www\.)"  # a named account: an @handle or a link
_FLAGS = regex.IGNORECASE | regex.VERSION1
# When a call asks the reader to act, folded as keys are: "Sign up today, …", "Abonnieren Sie jetzt, …".
_WHEN = frozenset(phrase_key("now today here free jetzt heute hier gratis kostenlos maintenant aujourd'hui ici "
                             "ahora hoy aqui agora hoje aqui сейчас сегодня здесь الآن اليوم هنا").split())


class FollowLine(EdgeMarkerRule):
    """Removes a "follow us / follow the author" line at the end of the article.

    What it does: in the article's ending (its last prose paragraph or the tail block), removes a
    line of at most 60 words with a sentence that starts with "Follow" (Suivez, Folgen Sie,
    Síguenos, Siga-nos, Подписывайтесь, تابعونا) and names an account (an @handle or a link), or
    that says how to reach the author at an address ("… may be reached at jdoe@…", "Reach the
    reporters at @…", peut être joint à, ist erreichbar unter, se le puede contactar en, pode ser
    contatado em, связаться с автором можно). "The island can be reached at low tide", "Folge der
    Störung war …" (German "Folge", consequence) and a sentence after a colon ("Suivez le guide :
    la mairie a mis en ligne sur www.lyon.fr un parcours …", ``said_after_label``) are kept.
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Why: the publisher's and the author's social accounts are promotion, not article text.
    Example: "Follow us on Twitter @example and on Facebook.", "Jane Doe may be reached at
    jdoe@example.com. Follow her on Twitter @janedoe."
    """

    code = "GEN021"
    slug = "follow-line"
    needles = (("follow", "suivez", "folg", "sígu", "sigue", "siga", "подписывайтесь", "читайте нас", "تابع", "reach",
                "joint", "joignable", "erreich", "contactar", "contatad", "связаться"),
               ("@", "http", "www.", "reached at", "joint", "joignable", "erreich", "contactar", "contatad",
                "связаться"))
    # "Folge der Störung war …", "Sigue sin aclararse …": German "Folge" and Spanish "sigue"/"siga"
    # also open sentences, so they count with their object; "reached at" counts before an address.
    pattern = regex.compile(
        _SENTENCE_START + r"(?:follow(?!-)|suivez|folgen sie|folge (?:uns|mir|@)|síguenos|sígueme|siga-nos|"
        r"siga (?:a|o|os|as|el|la|@)|sigue (?:a|al|en|@)|"
        r"подписывайтесь|читайте нас|تابعونا|تابعوا|تابعنا)\b[^.!?]{0,80}?" + _ACCOUNT
        + r"|(?:\b(?:may|can) be reached at|\b(?:peut être joint|est joignable)e? (?:à|au|par)"
        r"|\bist (?:erreichbar|zu erreichen) unter|\b(?:se le puede|puede) contactar en"
        r"|\bpode ser contatad[oa] (?:em|pelo|por)|\bсвязаться с (?:автором|ним|ней) можно)"
        r"\b[^.!?]{0,30}?(?:\S@\S|@\w|https?://|www\.)"
        r"|" + _SENTENCE_START + r"reach (?:the |our )?(?:reporters?|author|writer|him|her|them)\b[^.!?]{0,40}?"
        + _ACCOUNT, _FLAGS)
    line_needles = True  # (``matches`` adds a test to the default one)

    def matches(self, line) -> bool:
        # ("Suivez le guide : la mairie a mis en ligne sur www.lyon.fr un parcours …": a sentence after the colon)
        return super().matches(line) and not said_after_label(line.text)


# Unvowelled, an Arabic call is also the past tense: "اشترك أكثر من 200 ألف مستخدم في قناة …" (more
# than 200,000 users subscribed to …) reports what happened; the call is never followed by a number.
_NOT_COUNTED = r"(?!\s+(?:أكثر|اكثر|نحو|حوالي|حوالى|قرابة|ما يزيد|ما يقارب|\d))"


class NewsletterPromo(EdgeMarkerRule):
    """Removes a newsletter or channel sign-up promotion at the start or the end of the article.

    What it does: in the article's opening (the head block or the first prose paragraph) or its
    ending (its last prose paragraph or the tail block), removes a line of at most 60 words with
    a sentence that opens with a call (Sign up, Subscribe, Get, Join, Inscrivez-vous,
    Abonnez-vous, Abonnieren Sie, Melden Sie sich, Suscríbete, Assine, Inscreva-se, Подпишитесь,
    اشترك, تابعوا, انضموا) and offers a newsletter, an inbox delivery or a channel (a YouTube,
    Telegram or WhatsApp channel, قناتنا على تلغرام), or that asks the reader to
    download the site's app ("For the latest news download the … app", "Download our app",
    Laden Sie unsere App, Téléchargez notre application, Descarga nuestra app, Baixe nosso app,
    Скачайте наше приложение) and names its platforms (iOS, Android, App Store, Google Play).
    A sentence whose call is the name of a podcast or a slogan it is about is kept: a few words
    before a comma, closed by another before the verb, none speaking to the reader ("Get Up,
    Stand Up, the podcast hosted by the former footballer, has been downloaded …"); so is an
    Arabic one whose call, unvowelled, is the past tense of a counted subject ("اشترك أكثر من 200
    ألف مستخدم في قناة تلغرام …": more than 200,000 users subscribed).
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Why: newsletter boxes and app plugs are the publisher's promotion, printed above or under every
    article; a sentence about someone's app ("Download the app for iOS, then sign in") is kept.
    Example: "Get the day's top headlines delivered to your inbox every morning by subscribing to
    our newsletter."; "For the latest stories download the Nationnews apps for iOS and Android."
    """

    code = "GEN022"
    slug = "newsletter-promo"
    opening = True
    needles = (("newsletter", "inbox", "youtube channel", "podcast", "mailing list", "boletín", "boletim",
                "lettre d'information", "рассылк", "النشر", "القائمة البريدية", "ios", "android", "iphone",
                "app store", "google play", "telegram", "whatsapp", "تلغرام", "تيليغرام", "تيليجرام", "تليجرام",
                "واتساب"),)
    # (not "Get-togethers organised on WhatsApp …")
    _CALL = (r"(?:sign up|subscribe|get(?!-)|join|inscrivez|abonnez|recevez|abonnieren|melden sie|holen sie|"
             r"suscríbete|suscribete|recibe|únete|assine|inscreva|receba|подпишитесь|подписывайтесь|"
             r"получайте|(?:اشترك|سجل|انضم)" + _NOT_COUNTED + r"|تابعوا|انضموا)")
    _OFFER = (r"(?:newsletters?|inbox|youtube channel|podcast|mailing list|boletín|boletim|lettre d'information|"
              r"рассылк\w*|النشرة\w*|القائمة البريدية|(?:telegram|whatsapp)[ -](?:channel|group|kanal)|"
              r"canal (?:de |en |no |do )?(?:telegram|whatsapp)|(?:канал|группу?) в (?:telegram|whatsapp)|"
              r"(?:on|via|no|pelo|en|por|sur|auf|über|per|в) (?:telegram|whatsapp)\b|"
              r"(?:تطبيق|قناة|قناتنا على|مجموعة|قناتنا في) (?:تلغرام|تيليغرام|تيليجرام|تليجرام|واتساب))")
    # "For the latest stories download the Nationnews apps for iOS and Android.", "Download our app
    # on the App Store": the site's own app, with its platforms. "Download the app for iOS, then
    # sign in" and '"Customers can download our app for iOS," the bank said' are about someone's
    # app, and are kept.
    _APP = (r"(?:for (?:the latest|all the latest|breaking|more) (?:news|stories|updates|headlines)\b[^.!?]{0,40}?\s"
            r"(?:download|get)\s(?:the|our)\s"
            r"|(?:download|get|laden sie|holen sie sich|téléchargez|descargue|descarga|baixe|скачайте)\s"
            r"(?:our|unsere|notre|nuestra|nosso|nossa|наше)\s)"
            r"[^.!?]{0,40}?\b(?:apps?|application|appli|aplicación|aplicativo|приложение)\b[^.!?]{0,30}?"
            r"\b(?:ios|android|iphone|app store|google play)\b")
    pattern = regex.compile(_SENTENCE_START + _CALL + r"\b[^.!?]{0,100}?\b" + _OFFER + "|" + _SENTENCE_START + _APP,
                            _FLAGS)
    # A call and a few words before a comma that open a sentence, as a title's or a slogan's words:
    # "Get Up, Stand Up, the podcast hosted by …", "Únete a la lucha, el lema de la campaña, …".
    _TITLE = regex.compile(r"^\W*" + _CALL + r"\b(?P<title>[^,.!?:;]{1,40}?),\s", _FLAGS)
    line_needles = True  # (``matches`` adds a test to the default one)

    def matches(self, line) -> bool:
        return super().matches(line) and not self._names_a_title(line)

    def _names_a_title(self, line) -> bool:
        """Whether the call is the name of something the sentence is about: a sentence paragraph
        opens with the call and at most five words before a comma, none of them saying when (now,
        today: "Sign up today, …"), the offer is named after the comma, and no word of the line
        speaks to the reader or for the site (us, our: "Join us on Telegram, …", "Subscribe to the
        Daily Briefing, our newsletter …"), and a comma after the words that follow the first one
        closes them: "Get Up, Stand Up, the podcast hosted by the former footballer, has been
        downloaded more than five million times."."""
        text = line.text.strip()
        if not line.is_prose or text[-1:] not in ".!?…":
            return False
        title = self._TITLE.match(text)
        if title is None:
            return False
        words = phrase_key(title.group("title")).split()
        if not words or len(words) > 5 or not _WHEN.isdisjoint(words) or not READER_WORDS.isdisjoint(line.key.split()):
            return False
        # (the apposition closes with a comma before the sentence's verb: "…, the podcast hosted by
        # the former footballer, has been downloaded …"; "Subscribe to the Daily Briefing, the
        # newsletter with the best stories of the day." is a call)
        rest = text[title.end():].split(", ", 1)
        return len(rest) == 2 and len(rest[1].split()) >= 2 and all(
            found.start() < title.end() < found.end() for found in self.pattern.finditer(text))


# "12 issues for £11.99" with a word of subscribing or delivery on the line; a price in millions
# ("2 issues for $500 million": bonds) is no offer.
_OFFER_CONTEXT = r"(?:subscri|deliver|magazine|abonn|abo\b|zeitschrift|magazin|revue|revista)"
_SUBSCRIPTION_OFFER = (
    r"\b\d+ (?:print )?(?:issues for|ausgaben für|numéros pour) (?:just |only |nur |seulement )?"
    r"(?:[£$€]\s?\d{1,3}(?:[.,]\d{2})?|\d{1,3}(?:[.,]\d{2})?\s?(?:€|eur\b))(?![\d.,]*\s?(?:million|billion|mn|bn|m\b|k\b))"
    r"(?:(?<=" + _OFFER_CONTEXT + r"[^\n]{0,200})|(?=[^\n]{0,200}" + _OFFER_CONTEXT + r"))")


class PublisherNotice(EdgeMarkerRule):
    """Removes the publisher's notices at the start or the end of the article: affiliate
    disclosures, subscription offers, membership appeals and reprint terms.

    What it does: in the article's opening (the head block or the first prose paragraph) or its
    ending (its last prose paragraph or the tail block), removes a line of at most 60 words that
    discloses affiliate sales ("If you buy something through our
    links …", "… may get a share of the sale", Si vous achetez un produit via nos liens, Wenn Sie
    über einen Link kaufen, Si compras algo a través de nuestros enlaces, Se você comprar algo
    através dos nossos links), offers a subscription ("12 issues for £11.99", 6 Ausgaben für
    15 €), appeals for support ("If you enjoyed this article …", "Support our
    journalism", "Become a member", Unterstützen Sie unseren Journalismus, Werden Sie Mitglied,
    Soutenez notre journalisme, Devenez membre, Apoya nuestro periodismo, Hazte miembro, Torne-se
    assinante, Станьте подписчиком; Si vous avez aimé cet article, Wenn Ihnen dieser Artikel
    gefallen hat, Si te gustó este artículo, Se você gostou deste artigo) or states reprint terms
    ("This copy is for your personal, non-commercial use only", pour un usage personnel et non
    commercial, nur für den persönlichen, nicht kommerziellen Gebrauch, para uso personal y no
    comercial; "This material may not be published, broadcast, rewritten or redistributed", "This
    article is the copyrighted property of …", "Written permission must be obtained before
    reprint", Nachdruck nur mit Genehmigung, Reproduction interdite, Prohibida su reproducción
    total o parcial, Proibida a reprodução, Перепечатка только с разрешения), or disclaims them
    ("Alle Angaben ohne Gewähr" alone on its line), or says an opinion piece's views are its author's
    ("The views expressed … are those of the author and do not necessarily reflect …", n'engagent
    que leur auteur, son responsabilidad exclusiva de su autor, gibt die Meinung des Autors wieder,
    "المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع"), or is a wire service's standing
    note ("Our Standards: The Thomson Reuters Trust Principles.", "All quotes delayed a minimum of 15
    minutes.", "… receives support from … The AP is solely responsible for all content.").
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Why: these are the publisher's business messages, the same around every article.
    Example: "If you buy something through this post, we may get a share of the sale."
    """

    code = "GEN023"
    slug = "publisher-notice"
    opening = True
    needles = (("if you buy", "if you purchase", "if you enjoyed", "if you liked", "if you value", "if you appreciate",
                "share of", "si vous achetez", "wenn sie", "si compras", "se você comprar", "support our",
                "support independent", "support quality", "support local", "become a", "unterstützen sie",
                "soutenez", "apoya", "apoie", "поддержите", "devenez", "werden sie", "hazte", "torne-se", "станьте",
                "non-commercial", "noncommercial", "presentation-ready", "avez aimé", "gefallen hat", "te gustó",
                "le gustó", "você gostou", "понравил", "non commercial", "nicht kommerziell", "no comercial",
                "não comercial", "некоммерческ", "redistributed", "copyrighted property", "written permission",
                "nachdruck", "reproduction", "reproducción", "reprodução", "перепечатка", "issues for",
                "ausgaben für", "numéros pour", "ohne gewähr", "expressed", "expresad", "expressas", "n'engagent",
                "n’engagent", "meinung", "بالضرورة", "trust principles", "solely responsible", "quotes delayed"),)
    # The alternatives grouped by how they start (a word start, a sentence start, the line's start):
    # each start is tested once at a position, not once for each alternative (three times faster).
    pattern = regex.compile(
        r"\b(?:if you (?:buy|purchase) (?:something|anything|a product) (?:through|via|from) (?:this|our|a|one of)"
        r"|may (?:earn|get|receive) a share of (?:the )?sales?"
        r"|si vous achetez (?:un produit|quelque chose) (?:via|par|à travers) (?:nos|un|ce|les)"
        r"|wenn sie (?:über|ueber) (?:einen|diesen|unsere) links? (?:etwas )?(?:kaufen|einkaufen)"
        r"|si compras (?:algo|un producto) (?:a través de|desde|mediante) (?:nuestros|un|este|los)"
        r"|se você comprar (?:algo|um produto) (?:por meio|através) d[eo]s? (?:nossos|um|este|os)"
        r"|support (?:our|independent|quality|local) journalism|become a (?:member|subscriber|supporter|patron)\b"
        r"|devenez (?:membre|abonnée?|adhérent)|werden sie (?:mitglied|abonnent|unterstützer)"
        r"|hazte (?:miembro|socio|suscriptor)|torne-se (?:membro|assinante|apoiador)"
        r"|станьте (?:подписчиком|участником|членом)"
        r"|unterstützen sie (?:unseren|unabhängigen|guten) journalismus|soutenez (?:notre|le|un) journalisme"
        r"|apoya (?:nuestro|el) periodismo|apoie (?:o|nosso) jornalismo|поддержите (?:нас|редакцию|наш)"
        r"|for (?:your )?personal,? non-?commercial use only|to order presentation-ready copies"
        r"|pour un usage personnel et non commercial|nur für den persönlichen,? nicht kommerziellen gebrauch"
        r"|para uso personal y no comercial|para uso pessoal e não comercial"
        r"|только для личного некоммерческого использования"
        r"|may not be (?:re)?published,? broadcast,? rewritten,? (?:or|and|and/or) redistributed"
        r"|is the copyrighted property of\b"
        # a wire service's standing notes: its standards, its funders, its price data
        r"|^\W*(?:our standards\W+)?the thomson reuters trust principles\W*$"
        r"|\ball quotes delayed (?:a minimum of|by at least) \d+ minutes"
        r"|(?:\bsupport\b[^\n]{0,300}?|^\W*)\b(?:the )?(?:ap|associated press) is solely responsible for "
        r"(?:all|this) content\b"
        # an opinion piece's disclaimer: the views are the author's
        r"|(?:views|opinions)(?: and (?:views|opinions))? expressed\b[^.!?]{0,60}?\b"
        r"(?:(?:are|is) (?:solely |entirely )?(?:those of the |the |of the )(?:author|writer|contributor|columnist)"
        r"|(?:do|does) not (?:necessarily )?"
        r"(?:reflect|represent))"
        r"|(?:opiniones|puntos de vista) expresad[oa]s\b[^.!?]{0,80}?\bson\b[^.!?]{0,40}?\bautor(?:a|es)?\b"
        r"|opiniões expressas\b[^.!?]{0,80}?\bsão\b[^.!?]{0,40}?\bautor(?:a|es)?\b"
        r"|n['’]engagent que (?:leurs?|son|sa|ses) auteurs?"
        r"|(?:gibt|geben) (?:allein|ausschließlich|nur) die (?:persönliche )?meinung (?:des|der) "
        r"(?:autors|autorin|verfassers|verfasserin) wieder"
        r"|meinung (?:des|der) (?:autors|autorin|verfassers|verfasserin) wieder\b[^.!?]{0,40}?\b"
        r"(?:redaktion|nicht (?:unbedingt|notwendigerweise))"
        r"|عن (?:رأي|راي) (?:كاتبه|كاتبها|الكاتب|صاحبه|صاحبها)[^.!?؟]{0,40}?بالضرورة)"
        r"|" + _SUBSCRIPTION_OFFER +
        r"|^\W*(?:alle )?angaben ohne gewähr\W*$"
        r"|" + _SENTENCE_START + r"(?:if you (?:enjoyed|liked|value|appreciate[ds]?) (?:this|our|reading)"
        r"|si vous avez aimé cet article|wenn ihnen (?:dieser|der) (?:artikel|beitrag) "
        r"gefallen hat|si (?:te|le) gustó (?:este|el) artículo|se você gostou (?:deste|do) artigo|"
        r"если вам понравилась (?:эта )?статья"
        r"|(?:prior )?written permission (?:must be obtained|is required) (?:before|for|to)"
        r"\b[^.!?]{0,40}\b(?:reprint|republi|reproduc)"
        r"|(?:jeder )?nachdruck(?: und vervielfältigung)?,?(?: auch auszugsweise,?)?"
        r" (?:ist )?(?:nur mit|ohne (?:schriftliche |vorherige )?(?:genehmigung|zustimmung|erlaubnis))"
        r"|(?:toute )?reproduction (?:même partielle |totale ou partielle )?(?:est )?interdite"
        r"|(?:queda |está )?prohibida su reproducción|(?:queda |está )?prohibida la reproducción total o parcial"
        r"|se prohíbe la reproducción total o parcial"
        r"|(?:é )?proibida a (?:sua )?reprodução(?: total ou parcial| sem (?:prévia )?autorização| deste conteúdo)"
        r"|перепечатка\b[^.!?]{0,40}\b(?:только с (?:письменного )?(?:разрешения|согласия)|"
        r"без (?:письменного )?(?:разрешения|согласия)[^.!?]{0,20}запрещена))", _FLAGS)


class CommentNotice(EdgeMarkerRule):
    """Removes the comment section's moderation notice at the end of the article.

    What it does: in the article's ending (its last prose paragraph or the tail block), removes a
    line of at most 60 words with a sentence that names comments (comments, comentários,
    comentarios, Kommentare, commentaires, комментарии, التعليقات) and their moderation or approval
    (moderated, approved, moderador, Freigabe, modérés, модерации, …) and speaks to the reader or
    for the site (your, please, our, usuário, unserer, votre, nuestro, ваш, يرجى, …).
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Why: it is the comment form's house rules, printed under every article.
    Example: "Comments are moderated and will not be published if they are abusive."
    """

    code = "GEN025"
    slug = "comment-notice"
    needles = (("comment", "comentário", "comentario", "kommentar", "комментари", "التعليقات", "تعليقك"),)
    _COMMENTS = r"(?:comments?|comentários?|comentarios?|kommentare?|commentaires?|комментари\w*|التعليقات|تعليقك)"
    _MODERATION = (r"(?:moderat\w*|approv\w*|aprovad\w*|aprobad\w*|moderador\w*|moderiert\w*|freigabe|freigeschaltet|"
                   r"modér\w*|validés?|модер\w*|одобрен\w*|مراجعه|مراجعة|الموافقه|الموافقة)")
    pattern = regex.compile(r"\b" + _COMMENTS + r"\b[^.!?]{0,120}?\b" + _MODERATION + r"|\b" + _MODERATION
                            + r"\b[^.!?]{0,60}?\b" + _COMMENTS + r"\b", _FLAGS)
    # The notice speaks to the reader or for the site: a report about moderation does not.
    # (German "Ihr", "Ihre" speak to the reader capitalised only: "ihre Kommentare" are hers)
    _READER = regex.compile(r"\b(?:(?i:your?|please|our|usuários?|usuarios?|leitor\w*|lector\w*|unserer?|bitte|"
                            r"votre|vos|notre|nos|veuillez|su|sus|nuestr\w+|seu|sua|nosso|nossa|ваш\w*|наш\w*|"
                            r"пожалуйста|نرجو|يرجى|تعليقك)|Ihre?[nmrs]?)\b", regex.VERSION1)

    line_needles = True  # (its lines match as the default's do, and speak to the reader)

    def matches(self, line) -> bool:
        return super().matches(line) and bool(self._READER.search(line.text))


class RepublicationNote(EdgeMarkerRule):
    """Removes the note that the article was first published elsewhere, at its start or end.

    What it does: in the article's opening (the head block or the first prose paragraph) or its
    ending (its last prose paragraph or the tail block), removes a line of at most 60 words with a
    sentence saying that this article, story or post was first published or appeared elsewhere, or
    is republished from there ("This article was originally published on …", "This story first
    appeared in …", "This article is republished from The Conversation under a Creative Commons
    license", Dieser Artikel erschien zuerst auf …, Cet article a été initialement publié sur …,
    Este artículo fue publicado originalmente en …, Este artigo foi publicado originalmente em …,
    Эта статья впервые опубликована …, نشر هذا المقال في الأصل …), a lone "Read the original
    article" (Lire l'article original, Lea el original, Leia o original, اقرأ المقال الأصلي), also
    with the site ("Read the original article on Business Insider"). A lone "Originally published
    on Live Science." is kept: the AEB gold counts it as the article's.
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Why: the note is the republisher's credit line, the same under every syndicated article; a
    sentence about another work ("The study was first published in Nature", "This story first
    appeared in The New Yorker in 1948") is kept.
    Example: "This article is republished from The Conversation under a Creative Commons license.
    Read the original article."
    """

    code = "GEN044"
    slug = "republication-note"
    opening = True
    on_norm = True
    # (every match holds one: "original" is in originally, originalmente, "the original", "lea el original")
    needles = (("original", "originar", "originel", "origine", "first appeared", "first published", "published first",
                "republi", "zuerst", "ursprünglich", "erstmals", "initial", "inicial", "abord", "primera vez",
                "primeiro", "впервые", "изначально", "первоначально", "مقال", "ماد", "تقرير"),)
    _THIS = r"(?:this|the following) (?:article|story|post|piece|essay|column|interview|blog post)"
    _VERSION = r"(?:an? (?:earlier |shorter |longer |different )?version of )?"
    # On the line folded (no accents, case or Arabic letter variants), each language's sentence
    # after one sentence start (a pattern with the start in each alternative runs several times slower).
    pattern = regex.compile(
        _SENTENCE_START + r"(?:" + _VERSION + _THIS + r"(?: was| is| has been| had been)? "
        r"(?:originally (?:published|appeared|ran|posted)|first (?:published|appeared))\b"
        r"|" + _VERSION + _THIS + r" (?:was |has been )?published (?:originally|first) (?:on|in|at|by)\b"
        r"|(?:dieser|der) (?:artikel|beitrag|text) (?:erschien (?:zuerst|ursprunglich|erstmals)|(?:ist|wurde) "
        r"(?:zuerst|ursprunglich|erstmals) [^.!?]{0,60}?\b(?:erschienen|veroffentlicht|publiziert))\b"
        r"|cet (?:article|entretien|billet) (?:a ete |est )?(?:(?:initialement|originellement|d['’]abord) "
        r"(?:publie|paru)|(?:publie|paru) (?:initialement|originellement|a l['’]origine|d['’]abord)|republie)\b"
        r"|este (?:articulo|texto|reportaje) (?:fue|ha sido|se) (?:(?:publicado|publico) (?:originalmente|"
        r"originariamente|inicialmente|por primera vez)|(?:originalmente|originariamente) publicado|republicado)\b"
        r"|este (?:artigo|texto) foi (?:publicado (?:originalmente|inicialmente|primeiro)|originalmente publicado|"
        r"republicado)\b"
        r"|(?:эта )?(?:статья|материал|публикация) (?:была |был )?(?:впервые|изначально|первоначально) опубликован"
        r"|نشر(?:ت)? (?:هذا المقال|هذه الماده|هذا التقرير|هذه المقاله|المقال) "
        r"(?:اصلا|لاول مره|في الاصل|اولا|بالاصل|بدايه))"
        r"|\b" + _THIS + r" (?:is|was|has been) republished (?:from|with permission|courtesy|under)\b"
        r"|^\W*(?:read the original (?:article|story|post)(?: (?:on|at) \w(?:[^.,;:!?]|\.(?=\w)){0,40})?"
        r"|lire l['’]article original"
        r"|(?:lea|lee|leer) el (?:articulo )?original|leia o (?:artigo )?original|اقرا (?:المقال|الماده) الاصلي)\W*$")


    def matches(self, line) -> bool:
        return super().matches(line) and not PAST_YEAR.search(line.text)  # ("first published in 1948")

class MoreElsewhere(EdgeMarkerRule):
    """Removes the pointer to more of the site's coverage at the start or the end of the article.

    What it does: in the article's opening (the head block or the first prose paragraph) or its
    ending (its last prose paragraph or the tail block), removes a line of at most 30 words that
    sends the reader to a link or the site's home page for more stories: a label starting with
    "More" and a colon before a link ("More AP NBA: https://apnews.com/NBA", Mehr …:, Plus de …:,
    Más …:, Mais …:, Больше …:, المزيد …:), "Visit Business Insider's homepage for more stories",
    "For more news, visit our website", "Read more at https://…", "See more coverage at …", and the
    same in German (Weitere Nachrichten finden Sie auf unserer Website), French (Plus d'actualités
    sur notre site), Spanish (Más noticias en nuestro sitio), Portuguese (Mais notícias em nosso
    site), Russian (Больше новостей на нашем сайте) and Arabic (لمزيد من الأخبار زوروا موقعنا). "For
    more information, visit …" is kept: it is how an article about an event or a service ends.
    A quote or a sentence that names its speaker is kept (“We need your help,” the sheriff told
    reporters).
    Why: the pointer is the site's navigation, printed under every article of a section.
    Example: "More AP college football: https://apnews.com/Collegefootball".
    """

    code = "GEN045"
    slug = "more-elsewhere"
    opening = True
    on_norm = True
    max_words = 30
    # Every match holds one of each group: its language's "more" (or "coverage") and a link or a
    # name for the site (the second group spares the many lines that only say "more" the pattern).
    needles = (("more", "mehr", "weitere", "plus", "autres", "más", "mas", "otras", "mais", "outras", "больше",
                "другие", "مزيد", "coverage"),
               ("http", "www.", ".com", ".org", ".net", ".info", ".news", ".co.uk", "homepage", "home page", "site",
                "seite", "sitio", "portal", "сайт", "موقع", "coverage"))
    _LINK = r"(?:https?://|www\.|[\w-]+\.(?:com|org|net|info|news|co\.uk)\b)"
    # after "More …:", a link with its scheme, www or a path ("More bad news: Twitter.com was down" stays)
    _ADDRESS = r"(?:https?://|www\.|[\w-]+\.(?:com|org|net|info|news|co\.uk)/)"
    _STORIES = r"(?:stories|news|coverage|articles|headlines)"
    # the site itself: a link, its home page, "our site"
    _SITE = (r"(?:" + _LINK + r"|\bhome ?page\b|\b(?:our|unserer?|notre|nuestro|nosso|нашем|нашего) "
             r"(?:web ?site|site|seite|webseite|homepage|sitio|portal|саите?)\b|موقعنا|\bموقع)")
    # On the line folded (no accents, case or Arabic letter variants: новостей is новостеи, сайте саите);
    # the sentences after one sentence start (a start in each alternative runs several times slower).
    pattern = regex.compile(
        r"^\W*(?:(?:more|mehr|plus d['’]?\w*|mas|mais|больше|المزيد)\b[^.!?:\n]{0,40}:\s*" + _ADDRESS
        + r"|(?:read|find|see) more (?:stories |news |coverage )?(?:at|on)\s+" + _LINK
        + r"|(?:also:?\s*)?(?:see|read|follow|get) (?:more |all |our |full |the latest )*(?:[\w'-]+ ){0,4}"
        r"coverage (?:at|on|from)\b)"
        r"|" + _SENTENCE_START + r"(?:(?:visit|go to|head (?:over )?to|check out)\b[^.!?]{0,60}?"
        r"(?:\bhome ?page|\bour (?:web ?site|site))\b[^.!?]{0,20}?\bfor more\b[^.!?]{0,20}?\b" + _STORIES
        + r"|for more\b[^.!?]{0,30}?\b" + _STORIES + r"\b[^.!?]{0,30}?\b"
        r"(?:visit|go to|head (?:over )?to|check out|see|follow)\b[^.!?]{0,40}?" + _SITE
        + r"|(?:mehr|weitere) (?:nachrichten|news|artikel|berichte)\b[^.!?]{0,40}?\b(?:auf|unter|bei)\b"
        r"[^.!?]{0,30}?" + _SITE
        + r"|(?:plus d['’]|d['’]autres )(?:actualites|articles|infos)\b[^.!?]{0,40}?\b(?:sur|dans)\b"
        r"[^.!?]{0,30}?" + _SITE
        + r"|(?:mas|otras) (?:noticias|articulos|historias)\b[^.!?]{0,40}?\b(?:en|visita|visite)\b"
        r"[^.!?]{0,30}?" + _SITE
        + r"|(?:mais|outras) (?:noticias|artigos|historias)\b[^.!?]{0,40}?\b(?:em|no|na|visite|acesse)\b"
        r"[^.!?]{0,30}?" + _SITE
        + r"|(?:больше|другие) (?:новост|стат|материал)\w*[^.!?]{0,40}?\bна\b[^.!?]{0,30}?" + _SITE
        + r"|(?:ل|لل)?مزيد من (?:الاخبار|المقالات|التقارير)\b[^.!?؟]{0,40}?"
        r"(?:تابعوا|زوروا|تابع|زر|علي|عبر)\b[^.!?؟]{0,30}?" + _SITE + r")", _FLAGS)
