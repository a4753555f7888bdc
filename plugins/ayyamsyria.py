"""Al-Ayyam Syria (ayyamsyria.net): AYM rules."""

from cleaner import PhraseLineRule, Rule, Site, hookimpl
from cleaner.normalize import phrase_key

SITE = Site(
    id="ayyamsyria",
    title="Al-Ayyam Syria",
    domains=("ayyamsyria.net",),
    fingerprints=("جريدة الأيام السورية", "الأيام في هذا الأسبوع"),
    names=("الأيام السورية", "جريدة الأيام السورية", "الأيام"),
)


_BLURB_START = phrase_key("الأيام في هذا الأسبوع رسالة إلكترونية")


class NewsletterBlurb(Rule):
    """Removes Al-Ayyam's weekly-newsletter blurb.

    What it does: removes the paragraph that presents the "الأيام في هذا الأسبوع" e-mail newsletter.
    Why: it is a sign-up prompt printed under every article, long enough to look like prose.
    Example: '"الأيام في هذا الأسبوع" رسالة إلكترونية تسلط الضوء على أبرز ما نشر في جريدة الأيام السورية…'
    """

    code = "AYM001"
    slug = "newsletter-blurb"
    local = True
    languages = ("ar",)
    site = "ayyamsyria"

    def apply(self, doc):
        for i in doc.containing(("سبوع",)):  # (of الأسبوع, with or without hamza)
            # The blurb's opening words are all it takes: fold only the line's start.
            if phrase_key(doc.lines[i].text[:160]).startswith(_BLURB_START):
                doc.remove(i, self.code)


class SubscribeStatus(PhraseLineRule):
    """Removes the newsletter box's status messages wherever they are left.

    What it does: removes the sign-up box's confirmation and error lines.
    Why: hidden status messages of the subscribe form are extracted as text.
    Example: "يرجى مراجعة البريد الوارد الخاص بك! يتم إرسال البريد الإلكتروني التحقق لك."
    """

    code = "AYM002"
    slug = "subscribe-status"
    languages = ("ar",)
    site = "ayyamsyria"
    phrases = ["يرجى مراجعة البريد الوارد الخاص بك! يتم إرسال البريد الإلكتروني التحقق لك.",
               "حدث خطء ما. يرجى المحاولة لاحقا", "حدث خطأ ما. يرجى المحاولة لاحقا"]


@hookimpl
def register_sites(register):
    register(SITE)


@hookimpl
def register_rules(register):
    register(NewsletterBlurb)
    register(SubscribeStatus)
