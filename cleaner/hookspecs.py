"""The hooks a clean-article plugin can implement."""

import pluggy

hookspec = pluggy.HookspecMarker("clean_article")
hookimpl = pluggy.HookimplMarker("clean_article")


@hookspec
def register_rules(register):
    """Register rule classes or instances by calling ``register(rule)`` for each."""


@hookspec
def register_sites(register):
    """Register the sites a plugin knows by calling ``register(Site(...))`` for each."""


@hookspec(firstresult=True)
def detect_site(doc):
    """Return the id of the site a document comes from, or None; the first answer wins."""


@hookspec
def prune_xpaths(site, sites):
    """Return XPath expressions to prune from a page of ``site`` (an id or None) before extraction."""
