"""Built-in plugin: registers the sites and rules of declarative rule files (TOML).

Rule files are read from, in order: this package's ``rules/*.toml``; the directories in
``CLEAN_ARTICLE_RULES_DIR`` (os.pathsep-separated) and ``--rules-dir`` (see ``add_rules_dir``);
the user config dir (``$XDG_CONFIG_HOME/clean-article/rules`` or ``~/.config/clean-article/rules``,
platformdirs' user config dir when installed); and the entry-point group ``clean_article.rulefiles``
(each entry point names a directory-holding package or a path).
"""

from __future__ import annotations

import os
from importlib import metadata, resources
from pathlib import Path

from cleaner import hookimpl
from cleaner.rulefile import RuleFile, load

ENTRY_POINT_GROUP = "clean_article.rulefiles"
_extra_dirs: list[Path] = []
_cache: list[RuleFile] | None = None


def add_rules_dir(path: str | os.PathLike) -> None:
    """Also load rule files from ``path`` (the CLI's ``--rules-dir``); call before rules are collected."""
    global _cache
    _extra_dirs.append(Path(path))
    _cache = None


def clear_rules_dirs() -> None:
    """Forget the directories given with ``add_rules_dir`` (for embedding and tests)."""
    global _cache
    _extra_dirs.clear()
    _cache = None


def user_rules_dir() -> Path:
    try:
        import platformdirs
    except ImportError:
        base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
        return Path(base) / "clean-article" / "rules"
    return Path(platformdirs.user_config_dir("clean-article")) / "rules"


def package_rules_dir() -> Path:
    return Path(str(resources.files(__package__ or "clean_article_plugins") / "rules"))


def _claimed(path: Path) -> bool:
    """A packaged rule file with a same-named plugin module is registered by that module (see file_hooks)."""
    return path.parent == package_rules_dir() and (path.parent.parent / f"{path.stem}.py").exists()


def file_hooks(filename: str):
    """Hook implementations registering one packaged rule file, for a thin plugin module that also needs
    Python (e.g. a ``detect_site`` hook) and keeps its own plugin name::

        register_sites, register_rules, prune_xpaths, rule_file = file_hooks("alarab.toml")
    """
    rf = load(package_rules_dir() / filename)

    @hookimpl
    def register_sites(register):
        if rf.site is not None:
            register(rf.site)

    @hookimpl
    def register_rules(register):
        for rule in rf.rules:
            register(rule)

    @hookimpl
    def prune_xpaths(site, sites):
        return _file_xpaths(rf, site)

    return register_sites, register_rules, prune_xpaths, rf


def rule_dirs() -> list[Path]:
    dirs = [package_rules_dir()]
    env = os.environ.get("CLEAN_ARTICLE_RULES_DIR")
    if env:
        dirs += [Path(p) for p in env.split(os.pathsep) if p]
    dirs += _extra_dirs
    dirs.append(user_rules_dir())
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        target = ep.value
        try:
            dirs.append(Path(str(resources.files(target))))
        except (ModuleNotFoundError, TypeError):
            dirs.append(Path(target))
    return dirs


def rule_files() -> list[RuleFile]:
    """Every rule file found (loaded once; a malformed file raises ``RuleFileError``)."""
    global _cache
    if _cache is None:
        seen: set[Path] = set()
        files = []
        for d in rule_dirs():
            if not d.is_dir():
                continue
            for path in sorted(d.glob("*.toml")):
                real = path.resolve()
                if real not in seen and not _claimed(path):
                    seen.add(real)
                    files.append(load(path))
        _cache = files
    return _cache


@hookimpl
def register_sites(register):
    for rf in rule_files():
        if rf.site is not None:
            register(rf.site)


@hookimpl
def register_rules(register):
    for rf in rule_files():
        for rule in rf.rules:
            register(rule)


def _file_xpaths(rf: RuleFile, site: str | None) -> list[str]:
    """A file's XPaths apply to its own site's pages (a file without [site]: to every page)."""
    if rf.site is None or rf.site.id == site:
        return rf.prune_xpath
    return []


@hookimpl
def prune_xpaths(site, sites):
    return [expr for rf in rule_files() for expr in _file_xpaths(rf, site)]
