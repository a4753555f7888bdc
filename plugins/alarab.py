"""Al Arab (alarab.co.uk): ARB rules."""

from cleaner import PhraseLineRule, Site, hookimpl

SITE = Site(
    id="alarab",
    title="Al Arab",
    domains=("alarab.co.uk",),
    fingerprints=("صحيفة العرب", "العرب اللندنية"),
    names=("العرب", "صحيفة العرب", "العرب اللندنية"),
)


class Signature(PhraseLineRule):
    """Removes Al Arab's signature lines at the end of an article.

    What it does: removes the tail-block lines that credit the paper or its wires ("العرب",
    "العرب - وكالات", "المصدر: العرب").
    Why: the paper signs every article below its last paragraph.
    Example: "العرب" as the last line.
    """

    code = "ARB001"
    slug = "signature"
    languages = ("ar",)
    site = "alarab"
    scope = "tail"
    phrases = ["العرب", "العرب - وكالات", "العرب ـ وكالات", "المصدر: العرب", "صحيفة العرب"]


@hookimpl
def detect_site(doc):
    """A text that ends with the lone line "العرب" is an Al Arab article."""
    if doc.lines and doc.lines[-1].key == "العرب":
        return "alarab"
    return None


@hookimpl
def register_sites(register):
    register(SITE)


@hookimpl
def register_rules(register):
    register(Signature)
