"""Al Arab (alarab.co.uk): ARB rules, declared in rules/alarab.toml; only site detection is Python."""

from clean_article_plugins.rulefiles import file_hooks

from cleaner import hookimpl
from cleaner.rules import phrase_set

register_sites, register_rules, prune_xpaths, RULE_FILE = file_hooks("alarab.toml")
SITE = RULE_FILE.site
_SIGNATURE = phrase_set(["العرب"])


@hookimpl
def detect_site(doc):
    """A text that ends with the lone line "العرب" is an Al Arab article."""
    if doc.lines and doc.lines[-1].key_in(_SIGNATURE):
        return "alarab"
    return None
