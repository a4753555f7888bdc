"""clean-article: strip boilerplate from news article text with coded, explainable rules."""

from .document import Document, Removal
from .engine import Cleaner, Result, clean, clean_html
from .extract import ExtractOptions
from .hookspecs import hookimpl
from .rules import PhraseLineRule, Rule
from .site import Site

__all__ = ["Cleaner", "Document", "ExtractOptions", "PhraseLineRule", "Removal", "Result", "Rule", "Site",
           "clean", "clean_html", "hookimpl"]
