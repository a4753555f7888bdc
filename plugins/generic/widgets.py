"""Share bars, print/e-mail buttons, lone close marks and trailing agency names."""

from bisect import bisect_left

import regex

from cleaner.normalize import phrase_key
from cleaner.rules import PhraseLineRule, Rule, alternation, phrase_set

from .echo import echoed_heading

# WordPress' (Jetpack) share buttons as their text reads, with and without the note that a window
# opens: "Click to share on Twitter (Opens in new window)", "Klick, um über Facebook zu teilen".
_JETPACK_NETWORKS = ("Twitter", "Facebook", "WhatsApp", "LinkedIn", "Reddit", "Telegram", "Pinterest", "Tumblr", "X",
                     "Pocket", "Threads", "Mastodon")
_JETPACK_SHARE = (("Click to share on {}", " (Opens in new window)"),
                  ("Klick, um über {} zu teilen", " (Wird in neuem Fenster geöffnet)"),
                  ("Cliquez pour partager sur {}", " (ouvre dans une nouvelle fenêtre)"),
                  ("Haz clic para compartir en {}", " (Se abre en una ventana nueva)"))
_JETPACK_BUTTONS = [template.format(network) + note for template, window in _JETPACK_SHARE
                    for note in ("", window) for network in _JETPACK_NETWORKS] + [
    "Click to email a link to a friend", "Click to email a link to a friend (Opens in new window)", "Click to print",
    "Click to print (Opens in new window)", "Click to email this to a friend", "Click to share", "اضغط للمشاركة",
    "انقر للمشاركة", "Klicken zum Ausdrucken", "Klicken, um einem Freund einen Link per E-Mail zu senden",
    "Cliquez pour imprimer", "Haz clic para imprimir"]

SHARE_WORDS = [
    # English
    "Share", "Share this", "Share This:", "Share on Facebook", "Share on Twitter", "Share on X",
    "Share on WhatsApp", "Share on LinkedIn", "Share via Email", "Share this article",
    "Share this story", "Tweet", "Twitter", "Facebook", "WhatsApp", "Telegram", "LinkedIn",
    "Pinterest", "Reddit", "Email", "E-mail", "Print", "Print Friendly", "Print this article",
    "Print Friendly, PDF & Email", "Send this to a friend", "Email this article", "Follow us",
    "Follow us on Twitter", "Follow us on Facebook", "Copy link", "Copy Link", "Link copied",
    "Comments", "Save", "Messenger", "Order Reprints", "Reprints", "Print Article", "Print this page",
    "Email this", "Top Rated Comments", "View all", "View all comments", "Show all", "Gift this article",
    "View comments", "Show comments", "Kommentare anzeigen", "Voir les commentaires", "Ver comentarios",
    "Ver comentários", "Показать комментарии",
    # reading tools: text size, read aloud
    "Font size", "Text size", "Listen to this article", "Listen to article", "Listen to this story",
    "Schriftgröße", "Artikel anhören", "Taille du texte", "Écouter cet article", "Écouter l'article",
    "Tamaño de letra", "Tamaño del texto", "Escuchar artículo", "Escuchar este artículo", "Tamanho da fonte",
    "Ouvir artigo", "Ouvir notícia", "Размер шрифта", "Слушать статью", "Прослушать статью",
    "حجم الخط", "تكبير الخط", "تصغير الخط", "استمع للخبر", "استمع إلى الخبر", "استمع للمقال", "استمع إلى المقال",
    "تغريد", "غرد", "Hören", "Vorlesen", "Artikel vorlesen lassen", "Écouter", "Escuchar", "Ouvir", "Слушать",
    "Play video", "Video abspielen", "Lire la vidéo", "Reproducir video", "Reproduzir vídeo", "Смотреть видео",
    "تشغيل الفيديو",
    # short links and list buttons
    "Short link", "Short URL", "Shortlink", "Kurzlink", "Lien court", "Enlace corto", "Link curto",
    "Короткая ссылка", "رابط مختصر", "الرابط المختصر", "Load more", "Show more", "Mehr laden", "Mehr anzeigen",
    "Charger plus", "Voir plus", "Cargar más", "Ver más", "Carregar mais", "Ver mais", "Показать еще",
    "Загрузить еще", "عرض المزيد", "تحميل المزيد",
    *_JETPACK_BUTTONS,
    # Arabic
    "تويتر", "فيسبوك", "فيس بوك", "واتساب", "واتس اب", "تيليجرام", "تلغرام", "لينكد إن", "شارك",
    "شارك المقال", "شارك الخبر", "شارك هذا المقال", "شارك هذا الخبر", "مشاركة", "مشاركة الخبر", "طباعة", "اطبع",
    "طباعة الخبر", "طباعة الصفحة", "اطبع الصفحة", "شارك عبر", "مشاركة عبر", "أرسل عبر", "إرسال بالبريد الإلكتروني",
    "أرسل بالبريد الإلكتروني", "عرض التعليقات", "Print page", "Share via",
    "أرسل لصديق", "ارسل لصديق", "البريد الإلكتروني", "تابعونا", "تابعنا", "تابعونا على", "نسخ الرابط",
    "انسخ الرابط", "تم النسخ", "تم نسخ الرابط", "أرسل إلى صديق", "عرض الكل", "سجل الدخول",
    "حفظ", "انشر على فيسبوك", "انشر على تويتر", "انشر على واتساب",
    # French, German, Spanish, Portuguese, Russian
    "Partager", "Partager sur Facebook", "Partager sur Twitter", "Imprimer", "Envoyer à un ami",
    "Suivez-nous", "Teilen", "Drucken", "Per E-Mail teilen", "Folgen Sie uns", "Artikel teilen",
    "Compartir", "Compartir en Facebook", "Imprimir", "Enviar por correo", "Síguenos",
    "Compartilhar", "Partilhar", "Siga-nos", "Поделиться", "Печать", "Распечатать",
    # the share labels of WordPress themes and plugins
    "Teilen mit", "Beitrag teilen", "Diesen Beitrag teilen", "Partager cet article", "Partager ceci",
    "Compartir esto", "Comparte esto", "Compartilhe isso", "Compartilhe", "Partilhe isto", "Condividi",
    "Auf Facebook teilen", "Auf X teilen", "Auf Twitter teilen", "Per WhatsApp teilen", "Link kopieren",
    "Artikel merken", "Merken", "Copier le lien", "Partager par e-mail", "Partager par email", "Ajouter à mes favoris",
    "Copiar enlace", "Copiar link", "Guardar", "Скопировать ссылку", "Копировать ссылку", "Поделиться в Telegram",
    "ВКонтакте", "Одноклассники", "Compartilhar no Facebook", "Compartilhar no WhatsApp", "Compartilhar no Twitter",
    "Compartilhar por e-mail", "Partilhar no Facebook", "Compartir en X", "Compartir en Twitter", "Salvar",
    "Condividi questo articolo", "Udostępnij", "Поделиться ссылкой",
    # Italian, Dutch, Polish, Turkish
    "Condividi su Facebook", "Condividi su Twitter", "Condividi su WhatsApp", "Condividi via email", "Stampa",
    "Stampa articolo", "Invia per email", "Copia link", "Seguici", "Seguici su Facebook", "Commenta", "Ascolta",
    "Ascolta l'articolo", "Delen", "Deel dit artikel", "Deel dit bericht", "Deel op Facebook", "Deel op Twitter",
    "Deel via WhatsApp", "Delen via e-mail", "Afdrukken", "Printen", "Link kopiëren", "Kopieer link", "Volg ons",
    "Voorlezen", "Udostępnij na Facebooku", "Udostępnij na Twitterze", "Udostępnij artykuł", "Drukuj",
    "Kopiuj link", "Skopiuj link", "Obserwuj nas", "Wyślij e-mailem", "Posłuchaj", "Odsłuchaj artykuł",
    "Paylaş", "Haberi paylaş", "Facebook'ta paylaş", "Twitter'da paylaş", "WhatsApp'ta paylaş", "Yazdır",
    "Bağlantıyı kopyala", "Linki kopyala", "Bizi takip edin", "Haberi dinle", "Yorum yap",
]
SHARE_KEYS = phrase_set(SHARE_WORDS)
_SHARE_TOKENS = frozenset(w for k in SHARE_KEYS for w in k.split())
# A share bar names a button: it holds a label's first word ("More on this story" is only words of labels).
_SHARE_FIRST = frozenset(k.split()[0] for k in SHARE_KEYS)
# Other widgets' labels: removed as whole lines only (their words make no share bar).
WIDGET_LABELS = [
    # loading notices of widgets (WordPress' like button prints "Like this: Like Loading...")
    "Loading", "Loading...", "Wird geladen", "Chargement", "Chargement en cours", "Cargando", "Carregando",
    "Caricamento", "Ładowanie", "Загрузка", "جار التحميل", "جاري التحميل", "Inhalt wird geladen",
    "Chargement du contenu", "Cargando contenido", "Like this", "Like Loading",
    "Like this Like Loading", "Gefällt mir Wird geladen", "J'aime Chargement", "Me gusta Cargando",
    # table-of-contents boxes
    "Table of contents", "Contents", "Inhaltsverzeichnis", "Inhalt", "Sommaire", "Table des matières",
    "Índice", "Índice de contenidos", "Contenido", "Conteúdo", "Содержание", "Spis treści", "Indice",
    "جدول المحتويات", "المحتويات", "فهرس المحتويات", "محتويات المقال",
    # picture and gallery buttons
    "View image", "Enlarge image", "Click to enlarge", "View gallery", "Open gallery", "Bild anzeigen",
    "Bild vergrößern", "Galerie ansehen", "Voir l'image", "Agrandir l'image", "Ver imagen", "Ampliar imagen",
    "Ver imagem", "Ampliar imagem", "Увеличить", "Открыть галерею", "عرض الصورة", "تكبير الصورة",
    "اضغط لتكبير الصورة", "عرض المعرض", "شاهد الصور",
    # an embedded Instagram post's link
    "View this post on Instagram", "Sieh dir diesen Beitrag auf Instagram an", "Voir cette publication sur Instagram",
    "Ver esta publicación en Instagram", "Ver essa foto no Instagram", "Посмотреть эту публикацию в Instagram",
    # the buttons under each comment (Blogger) and WordPress' like button
    "Reply Delete", "ReplyDelete", "AntwortenLöschen", "Antworten Löschen", "RépondreSupprimer", "ResponderEliminar",
    "ResponderExcluir", "RispondiElimina", "ОтветитьУдалить", "LikeLike", "LikenLiken", "J'aimeJ'aime",
    "Me gustaMe gusta", "CurtirCurtir",
    # skip links
    "Skip to content", "Skip to main content", "Zum Inhalt springen", "Zum Hauptinhalt springen", "Direkt zum Inhalt",
    "Hauptinhalt", "Aller au contenu", "Aller au contenu principal", "Saltar al contenido",
    "Saltar al contenido principal", "Ir al contenido", "Ir al contenido principal", "Ir para o conteúdo",
    "Ir para o conteúdo principal", "Pular para o conteúdo", "Pular para o conteúdo principal", "Перейти к содержимому",
    "انتقل إلى المحتوى", "انتقل إلى المحتوى الرئيسي", "تخطي إلى المحتوى", "تخط إلى المحتوى", "تجاوز إلى المحتوى",
    # account buttons
    "Sign in", "Sign up", "Log in", "Login", "Log out", "Logout", "Register", "My account", "Create an account",
    "Create account", "Anmelden", "Abmelden", "Registrieren", "Mein Konto", "Se connecter", "Connexion",
    "S'inscrire", "Mon compte", "Iniciar sesión", "Registrarse", "Mi cuenta", "Cadastre-se", "Minha conta",
    "Войти", "Регистрация", "Личный кабинет", "تسجيل الدخول", "تسجيل الخروج", "سجل الآن", "إنشاء حساب", "حسابي",
    # error and tip buttons
    "Report an error", "Report a typo", "Report a correction", "Send us a tip", "Submit a tip", "Fehler melden",
    "Signaler une erreur", "Reportar un error", "Reportar erro", "Сообщить об ошибке", "أبلغ عن خطأ",
    "الإبلاغ عن خطأ", "بلغ عن خطأ",
    "Reuse this content",  # the Guardian's reprint button
    # page navigation
    "Back to top", "Scroll to top", "Go to top", "Nach oben", "Zurück nach oben", "Retour en haut",
    "Haut de page", "Volver arriba", "Ir arriba", "Voltar ao topo", "Наверх", "العودة للأعلى",
    "العودة إلى الأعلى", "Next page", "Previous page", "Nächste Seite", "Vorherige Seite", "Page suivante",
    "Page précédente", "Página siguiente", "Página anterior", "Próxima página", "Следующая страница",
    "Предыдущая страница", "الصفحة التالية", "الصفحة السابقة", "Older posts", "Newer posts",
    "Back to home", "Back to homepage", "Zur Startseite", "Zurück zur Startseite", "Zurück zur Übersicht",
    "Retour à l'accueil", "Volver al inicio", "Voltar ao início", "На главную", "العودة للرئيسية",
    "العودة إلى الرئيسية",
    # the same in Italian, Dutch, Polish and Turkish
    "Caricamento in corso", "Bezig met laden", "Wczytywanie", "Yükleniyor", "Inhoudsopgave", "İçindekiler",
    "Vai al contenuto", "Salta al contenuto", "Ga naar de inhoud", "Naar de inhoud springen", "Przejdź do treści",
    "İçeriğe geç", "Accedi", "Registrati", "Esci", "Inloggen", "Uitloggen", "Registreren", "Mijn account",
    "Zaloguj się", "Wyloguj się", "Zarejestruj się", "Moje konto", "Giriş yap", "Çıkış yap", "Kayıt ol", "Hesabım",
    "Segnala un errore", "Meld een fout", "Zgłoś błąd", "Hata bildir", "Torna su", "Torna all'inizio",
    "Terug naar boven", "Naar boven", "Do góry", "Na górę", "Başa dön", "Yukarı çık", "Pagina successiva",
    "Pagina precedente", "Volgende pagina", "Vorige pagina", "Następna strona", "Poprzednia strona",
    "Sonraki sayfa", "Önceki sayfa", "Torna alla home", "Terug naar home", "Powrót do strony głównej",
    "Ana sayfaya dön",
]
# The page's feedback question, and its answer buttons when they follow it on lines of their own.
FEEDBACK_QUESTIONS = [
    "Was this article helpful?", "Was this page helpful?", "Was this helpful?", "Was this information helpful?",
    "Did you find this article helpful?", "Did you find this helpful?", "Is this page useful?",
    "War dieser Artikel hilfreich?", "War dieser Beitrag hilfreich?", "War diese Seite hilfreich?",
    "War dieser Inhalt hilfreich?", "Cet article vous a-t-il été utile ?", "Cette page vous a-t-elle été utile ?",
    "Cet article vous a-t-il aidé ?", "¿Te ha resultado útil este artículo?", "¿Te resultó útil este artículo?",
    "¿Fue útil este artículo?", "¿Te ha sido útil este artículo?", "¿Le ha resultado útil este artículo?",
    "Este artigo foi útil?", "Esta página foi útil?", "Este conteúdo foi útil?", "Essa matéria foi útil?",
    "Была ли эта статья полезной?", "Статья была полезной?", "Эта статья была полезной?",
    "هل كان هذا المقال مفيدا؟", "هل كان المقال مفيدا؟", "هل كانت هذه المقالة مفيدة؟", "هل كان هذا المحتوى مفيدا؟",
    "هل أفادك هذا المقال؟", "Questo articolo ti è stato utile?", "Was dit artikel nuttig?",
    "Was deze informatie nuttig?", "Czy ten artykuł był pomocny?", "Czy ten artykuł był przydatny?",
    "Bu makale yardımcı oldu mu?", "Bu içerik faydalı oldu mu?",
]
_FEEDBACK_KEYS = phrase_set(FEEDBACK_QUESTIONS)
_ANSWER_KEYS = phrase_set(["Yes", "No", "Yes No", "Ja", "Nein", "Ja Nein", "Oui", "Non", "Oui Non", "Sí", "Sí No",
                           "Sim", "Não", "Sim Não", "Да", "Нет", "Да Нет", "نعم", "لا", "نعم لا", "Sì", "Sì No",
                           "Nee", "Ja Nee", "Tak", "Nie", "Tak Nie", "Evet", "Hayır", "Evet Hayır"])
# One-word buttons (next, previous, back, home; a consent banner's accept and reject): removed as
# whole lines in the head or tail block only (between paragraphs a lone word may be the text's own).
_EDGE_LABELS = phrase_set([
    "Next", "Previous", "Prev", "Back", "Weiter", "Zurück", "Suivant", "Précédent", "Retour", "Siguiente",
    "Anterior", "Volver", "Próximo", "Voltar", "Далее", "Назад", "التالي", "السابق", "عودة", "رجوع",
    "Home", "Homepage", "Startseite", "Accueil", "Inicio", "Início", "Главная", "الرئيسية", "الصفحة الرئيسية",
    "Accept", "Accept all", "I agree", "Agree", "Reject all", "Zustimmen", "Akzeptieren", "Alle akzeptieren",
    "Ablehnen", "Accepter", "Tout accepter", "Refuser", "Aceptar", "Aceptar todo", "Rechazar", "Aceitar",
    "Принять", "Согласен", "موافق", "أوافق", "قبول",
    "Contact", "Kontakt", "Contacto", "Contato", "Контакты", "Pin", "Entrar",
])
# WordPress' like button with its count: "LikenGefällt 1 Person", "LikeLiked by 3 people" (on the key).
_LIKED_BY = regex.compile(r"^(?:liken|like) ?(?:gefallt|liked by) \d+ (?:person|personen|people|persons)$")
_LABEL_KEYS = phrase_set(SHARE_WORDS + WIDGET_LABELS + FEEDBACK_QUESTIONS)
_ALL_LABELS = _LABEL_KEYS | _EDGE_LABELS
_NETWORK_KEYS = phrase_set(["Twitter", "Facebook", "WhatsApp", "Telegram", "LinkedIn", "Pinterest", "Reddit",
                            "Messenger", "Instagram", "TikTok", "YouTube", "Threads", "Mastodon", "Bluesky",
                            "تويتر", "فيسبوك", "واتساب", "تيليجرام", "تلغرام", "لينكدإن", "انستغرام", "يوتيوب"])


def _beside_label(lines, i: int) -> bool:
    """Whether the line before or after line ``i`` is a button label too."""
    return any(0 <= j < len(lines) and lines[j].key_in(_ALL_LABELS) for j in (i - 1, i + 1))


class ShareButtons(Rule):
    """Removes share, print, e-mail and follow buttons.

    What it does: removes a line that is one share/print/follow label or reading-tool label (text
    size, read aloud, a loading notice, the page's "Was this article helpful?" question and the "Yes"
    / "No" buttons on the lines after it, a table-of-contents or picture button, an embedded
    Instagram post's link, a skip link, the reply/delete and like buttons of comments, "LikenGefällt
    1 Person") in any supported language (Italian, Dutch, Polish and Turkish too: Condividi,
    Delen, Udostępnij, Paylaş), or, in the head or tail block, a line made only of such labels (a
    whole share bar on one line). A network's name alone between the article's paragraphs
    ("Telegram", "WhatsApp": also an explainer's subheading) goes only beside another label.
    Below the first paragraph, a label whose words the next sentence paragraph repeats is the
    article's subheading and is kept ("Partager" above "Pour les associations, partager les
    locaux …").
    Why: button labels are page furniture; a reader never sees them as text.
    Example: "Share This:", "تويتر", "Print Friendly", "Send this to a friend", "Facebook Twitter",
    "Font size", "Listen to this article", "حجم الخط", "Was this article helpful?", "هل كان هذا المقال مفيدا؟",
    "Reuse this content", "Loading...", "جدول المحتويات",
    "Table of contents", "Bild anzeigen", "عرض الصورة", "View this post on Instagram", "ReplyDelete",
    "LikenLiken".
    """

    code = "GEN005"
    slug = "share-buttons"
    local = True

    def apply(self, doc):
        lines = doc.lines
        asked = doc.keyed(_FEEDBACK_KEYS)
        for i in doc.keyed(_LABEL_KEYS):
            # A network's name alone between the article's paragraphs ("Telegram", "WhatsApp") is
            # also an explainer's subheading: it goes there only beside another label (a share bar).
            if (not lines[i].key_in(_NETWORK_KEYS) or doc.in_head(i) or doc.in_tail(i) or _beside_label(lines, i)) \
                    and not echoed_heading(doc, i):
                doc.remove(i, self.code)
        # a feedback question's "Yes" / "No" buttons on the next lines (as given, so that the rule
        # stays ``local``)
        for i in [i for i in asked if lines[i].removed_by == self.code]:
            for j in range(i + 1, min(i + 3, len(lines))):
                if not lines[j].key_in(_ANSWER_KEYS):
                    break
                doc.remove(j, self.code)
        for i in doc.keyed(_EDGE_LABELS):
            if doc.in_head(i) or doc.in_tail(i):
                doc.remove(i, self.code)
        for i in doc.keys_starting(("like",), 60):
            if _LIKED_BY.match(lines[i].key):
                doc.remove(i, self.code)
        short = doc.short(12)  # a share bar in the head or tail block
        head, tail = bisect_left(short, doc.head_end), bisect_left(short, doc.tail_start)
        for i in short[:head] + short[max(head, tail):]:
            line = lines[i]
            if line.words >= 2 \
                    and _SHARE_TOKENS.issuperset(words := line.key.split()) and not _SHARE_FIRST.isdisjoint(words):
                doc.remove(i, self.code)


class LoneCloseMark(Rule):
    """Removes a lone close mark ("x", "×", "✕") in the tail or next to a removed widget line.

    What it does: removes a line that is only a close/dismiss mark, when it sits in the tail
    block or right after a line another rule removed.
    Why: pop-ups and share bars leave their close button behind as a one-letter line.
    Example: "x" after "Share This:".
    """

    code = "GEN006"
    slug = "lone-close-mark"
    _MARK = regex.compile(r"^\s*[xX×✕✖╳]\s*$")

    def apply(self, doc):
        lines = doc.lines
        for i in doc.short(1):  # (a close mark is no word or one)
            if self._MARK.match(lines[i].text) and (doc.in_tail(i) or (i > 0 and lines[i - 1].removed_by)):
                doc.remove(i, self.code)


AGENCIES = [
    "AFP", "Reuters", "AP", "Associated Press", "dpa", "DPA", "ANSA", "EFE", "Xinhua", "TASS",
    "Anadolu", "UPI", "Bloomberg", "PA", "Agencies", "Agences", "Agenturen", "Agencias",
    "رويترز", "أ ف ب", "ا ف ب", "فرانس برس", "أ.ف.ب", "د ب أ", "أ ب", "وكالات", "الأناضول",
    "سبوتنيك", "وام", "واس", "قنا", "كونا", "سانا", "بترا", "شينخوا", "المصدر", "مصدر",
    "Source", "Quelle", "Fuente", "Fonte", "Источник",
    "ТАСС", "РИА Новости", "Интерфакс", "APA", "ANP", "Lusa", "Europa Press", "KNA", "PAP", "Kyodo", "Yonhap", "PTI",
    "IANS", "Agence France-Presse", "Agencia EFE", "Agência Brasil", "وكالة الأنباء الفرنسية", "وكالة رويترز",
    "وكالة الأناضول", "أ ش أ", "EPA", "EPA-EFE", "AAP", "ANI",
    "Adnkronos", "AGI", "LaPresse", "Agenzie", "Belga", "Agencje", "Anadolu Ajansı", "AA", "İHA", "DHA", "Ajanslar",
]


# An agency's signature with the editors' initials: "aja/PAP", "(dpa/lno)", "mm/AFP", "(afp/red)".
_SIGNATURE = regex.compile(
    r"^[(\[]?(?:\p{Ll}{1,4}\s?/\s?)*(?:AFP|AP|APA|ANSA|dpa|DPA|dts|EFE|epd|KNA|kna|Lusa|PAP|sda|SDA|afp|ap|rtr|"
    r"Reuters|ТАСС|РИА|ИТАР)(?:\s?/\s?\p{Ll}{1,4})*[)\]]?$")


class TrailingAgency(PhraseLineRule):
    """Removes a lone news-agency or source name as the last line or in the head block.

    What it does: removes the last kept line when it is only an agency name (Reuters, AFP,
    رويترز, وكالات, ТАСС, ANSA, Anadolu Ajansı, …) possibly in brackets or after a dash, or an agency's signature with
    the editors' initials (aja/PAP, (dpa/lno), mm/AFP); and a head-block line that is only an
    agency name (the credit printed above the article).
    Why: agency tails are credits, not article text, and they sit after the last paragraph or
    above the first.
    Example: "(أ ف ب)", "— Reuters" or "aja/PAP" on the last line; "AFP" above the first paragraph.
    """

    code = "GEN011"
    slug = "trailing-agency"
    phrases = AGENCIES

    local = False  # it looks at the last kept line

    def apply(self, doc):
        kept = doc.kept()
        if len(kept) > 1:
            line = doc.lines[kept[-1]]
            if line.key_in(self._keys) or "/" in line.text and _SIGNATURE.match(line.text.strip()):
                doc.remove(kept[-1], self.code)
        for i in doc.keyed(self._keys):
            if i < doc.head_end:
                doc.remove(i, self.code)


_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT = alternation(["write to", "contact", "email", "e mail", "tips", "reach", "send", "reporter",
                        "راسل", "للتواصل", "تواصل", "écrire à", "écrivez", "contactez", "schreiben sie",
                        "kontakt", "escribe", "contacto", "escreva", "contato", "пишите", "напишите"],
                       anchored=False)


# the site or its author speaking: "Email us at …", "Nehmen Sie mit mir Kontakt auf"
_THE_SITE = frozenset(phrase_key("us our me my uns unsere unserer mir mich nous notre nos moi nosotros nuestro mí "
                                 "nosso nossa mim нам нас наш мне меня راسلنا تواصلوا معنا").split())


class ContactLine(Rule):
    """Removes a short "write to / contact" line with an e-mail address in the tail block.

    What it does: removes a tail-block line of at most 15 words that contains an e-mail address
    and contact wording (write to, contact, tips, راسلنا, écrivez, kontakt, …) of its own: the
    wording opens the line, or the site speaks in it ("Got a tip? Email us at …").
    A lone address, and a sentence such as "Anyone with information is asked to email
    tips@police.example." (an appeal that is the article's), are kept.
    Why: author contact and tip lines are page furniture added under the article.
    Example: "Write to Al Root at allen.root@dowjones.com".
    """

    code = "GEN014"
    slug = "contact-line"
    local = True

    def apply(self, doc):
        for i in doc.tail():
            line = doc.lines[i]
            if "@" in line.text and _EMAIL.search(line.text) and line.at_most(15) and _is_contact_line(line):
                doc.remove(i, self.code)


def _is_contact_line(line) -> bool:
    """Whether the contact wording is the line's own, not the address's ("contact@…") or a
    sentence's: it opens the line ("Write to …", "Tips? Email …"), or the site speaks in it ("Got
    a tip? Email us at …"). "Anyone with information is asked to email tips@police.example" is a
    police appeal, and stays."""
    key = phrase_key(_EMAIL.sub(" ", line.text))
    found = _CONTACT.search(key)
    if not found:
        return False
    return found.start() == 0 or not _THE_SITE.isdisjoint(key.split())
