"""Generic multilingual rules (GEN…): run on every document whatever the site."""

from cleaner import hookimpl

from .appeals import (
    AdDisclosure,
    AdSlot,
    CookieNotice,
    FollowUs,
    InteractionPrompt,
    NewsletterPlug,
    PaywallPrompt,
    SupportAppeal,
)
from .blocks import CommentForm, NewsletterBlock, ReadMore, RelatedBlock
from .credits import CreditLine
from .datelines import Dateline
from .footer import CallToAction, CopyrightLine, SiteLinks, TagList
from .header import BareUrlOrTimestamp, Breadcrumb, DuplicateTitle, ImageFileName, LanguageSwitch, SiteName
from .headline import PageHeadline, PageSubtitle
from .links import LinkedHeadlines
from .metadata import PictureCredit, PublicationDate, ReadingTime, SourceLine
from .pagelinks import PageLink
from .promos import CommentNotice, FollowLine, MoreElsewhere, NewsletterPromo, PublisherNotice, RepublicationNote
from .repeats import RepeatedArticle
from .widgets import ContactLine, LoneCloseMark, ShareButtons, TrailingAgency

# Order matters only for which rule is credited when two would remove the same line.
RULES = [Breadcrumb, LanguageSwitch, ImageFileName, DuplicateTitle, PageHeadline, PageSubtitle,
         PageLink, NewsletterBlock, CommentForm,
         ShareButtons, LoneCloseMark, ReadMore, RelatedBlock, SiteName, TrailingAgency, BareUrlOrTimestamp, ContactLine,
         TagList, CopyrightLine, CallToAction, RepeatedArticle,
         CreditLine, FollowLine, NewsletterPromo, AdDisclosure, PublisherNotice, CookieNotice, RepublicationNote,
         MoreElsewhere, Dateline, CommentNotice,
         PictureCredit, PaywallPrompt, NewsletterPlug, FollowUs, SupportAppeal, PublicationDate,
         ReadingTime, SourceLine, InteractionPrompt, SiteLinks, LinkedHeadlines, AdSlot]


@hookimpl
def register_rules(register):
    for rule in RULES:
        register(rule)
