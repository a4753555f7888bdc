"""The one plugin manager: loads plugins from the entry-point group and collects rules and sites."""

from __future__ import annotations

import pluggy

from . import hookspecs
from .rules import Rule
from .site import Site

ENTRY_POINT_GROUP = "clean_article.plugins"

pm = pluggy.PluginManager("clean_article")
pm.add_hookspecs(hookspecs)
_loaded = False


def load_plugins() -> pluggy.PluginManager:
    """Load every plugin of the entry-point group once (built-in ones included); idempotent."""
    global _loaded
    if not _loaded:
        pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
        _loaded = True
    return pm


def _plugin_name(hookimpl) -> str:
    return pm.get_name(hookimpl.plugin) or getattr(hookimpl.plugin, "__name__", "?")


class RuleClashError(ValueError):
    """Two plugins registered rules with the same code."""


def collect_rules() -> list[Rule]:
    """Every registered rule, instantiated, tagged with its plugin, in registration order."""
    load_plugins()
    rules: dict[str, Rule] = {}
    for impl in reversed(pm.hook.register_rules.get_hookimpls()):
        found: list = []
        impl.function(register=found.append)
        for rule in found:
            rule = rule() if isinstance(rule, type) else rule
            rule.plugin = _plugin_name(impl)
            if rule.code in rules:
                raise RuleClashError(
                    f"rule code {rule.code} registered by {rule.plugin} and {rules[rule.code].plugin}"
                )
            rules[rule.code] = rule
    return list(rules.values())


def collect_sites() -> dict[str, Site]:
    load_plugins()
    sites: dict[str, Site] = {}
    pm.hook.register_sites(register=lambda site: sites.setdefault(site.id, site))
    return sites
