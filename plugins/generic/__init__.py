"""Generic multilingual rules (GEN…): run on every document whatever the site."""

from cleaner import hookimpl

from .blocks import CommentForm, NewsletterBlock, ReadMore, RelatedBlock
from .footer import CallToAction, CopyrightLine, TagList
from .header import BareUrlOrTimestamp, Breadcrumb, DuplicateTitle, ImageFileName, LanguageSwitch, SiteName
from .metadata import DateLine, PictureCredit, ReadingTime, SourceLine
from .promos import AdDisclosure, FollowUs, InteractionPrompt, NewsletterPromo, PaywallPrompt, SupportAppeal
from .widgets import ContactLine, LoneCloseMark, ShareButtons, TrailingAgency

# Order matters only for which rule is credited when two would remove the same line.
RULES = [Breadcrumb, LanguageSwitch, ImageFileName, DuplicateTitle, NewsletterBlock, CommentForm,
         ShareButtons, LoneCloseMark, ReadMore, RelatedBlock, SiteName, TrailingAgency, BareUrlOrTimestamp, ContactLine,
         TagList, CopyrightLine, CallToAction, PictureCredit, AdDisclosure, PaywallPrompt, NewsletterPromo, FollowUs,
         SupportAppeal, DateLine, ReadingTime, SourceLine, InteractionPrompt]


@hookimpl
def register_rules(register):
    for rule in RULES:
        register(rule)
