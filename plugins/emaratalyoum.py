"""Emarat Al Youm (emaratalyoum.com): EMY rules."""

from cleaner import PhraseLineRule, Site, hookimpl

SITE = Site(
    id="emaratalyoum",
    title="Emarat Al Youm",
    domains=("emaratalyoum.com",),
    fingerprints=("الإمارات اليوم",),
    names=("الإمارات اليوم", "الامارات اليوم"),
)


class ToolsBar(PhraseLineRule):
    """Removes Emarat Al Youm's article tools bar labels in the tail.

    What it does: removes the tail-block labels of the article tools bar (font size, print,
    share, comment count) that the generic share rule does not know.
    Why: the tools bar follows every article and is not part of it.
    Example: "تكبير الخط", "تصغير الخط", "أرسل الخبر".
    """

    code = "EMY001"
    slug = "tools-bar"
    languages = ("ar",)
    site = "emaratalyoum"
    scope = "tail"
    phrases = ["تكبير الخط", "تصغير الخط", "حجم الخط", "أرسل الخبر", "أرسل لصديق", "طباعة",
               "تعليقات", "أضف تعليقك", "فيسبوك", "تويتر", "لينكدين", "واتس اب", "جوجل بلس",
               "Google+", "يرجى تسجيل الدخول لتتمكن من التعليق"]


@hookimpl
def register_sites(register):
    register(SITE)


@hookimpl
def register_rules(register):
    register(ToolsBar)
