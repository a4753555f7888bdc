"""Emarat Al Youm (emaratalyoum.com): EMY rules, declared in rules/emaratalyoum.toml."""

from clean_article_plugins.rulefiles import file_hooks

register_sites, register_rules, prune_xpaths, RULE_FILE = file_hooks("emaratalyoum.toml")
SITE = RULE_FILE.site
