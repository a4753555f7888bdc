"""Declarative site rule files (TOML): a site, its rules and their test cases, without Python.

A rule file is data only; loading it executes no code. Example::

    [site]
    id = "example"
    domains = ["example.com"]
    fingerprints = ["Example News"]
    names = ["Example News"]

    [[rule]]
    code = "EXA001"
    slug = "share-bar"
    languages = ["en"]
    kind = "phrase"          # line | phrase | regex | marker-next | tail-marker
    scope = "tail"           # any | head | tail | edges
    phrases = ["Share on Facebook", "Tweet"]
    what = "Removes the share bar labels."
    why = "The share bar follows every article."
    example = "Tweet"

    [[case]]
    rule = "EXA001"
    name = "share bar"
    input = "Body sentence.\\nTweet"
    expected = "Body sentence.\\n"
"""

from __future__ import annotations

import sys
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
from lxml import etree

from .document import Document
from .normalize import quick_fold
from .rules import PhraseLineRule, Rule, phrase_set
from .site import Site

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KINDS = ("line", "phrase", "regex", "marker-next", "tail-marker")
SCOPES = ("any", "head", "tail", "edges")
REGEX_TIMEOUT = 0.05


class RuleFileError(ValueError):
    """A rule file is malformed; the message names the file (and the rule or line)."""


@dataclass
class RuleFile:
    path: Path
    site: Site | None
    rules: list[type[Rule]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    prune_xpath: list[str] = field(default_factory=list)  # pruned from this site's HTML before extraction


class _FileRule(Rule):
    scope = "any"
    source = ""


class ExactLineRule(_FileRule):
    """Base: remove lines equal (after stripping) to one of ``lines``."""

    lines: frozenset[str] = frozenset()
    needles: tuple[str, ...] = ()  # the lines folded: a line equal to one contains it, folded
    local = True

    def apply(self, doc: Document) -> None:
        for i in doc.containing(self.needles):
            if doc.lines[i].text.strip() in self.lines and doc.in_scope(i, self.scope):
                doc.remove(i, self.code)


class RegexLineRule(_FileRule):
    """Base: remove lines matching ``pattern`` (searched with a timeout)."""

    pattern: regex.Pattern
    local = True

    def apply(self, doc: Document) -> None:
        for i in doc.kept() if self.scope == "any" else doc.edges():
            if not doc.in_scope(i, self.scope):
                continue
            try:
                hit = self.pattern.search(doc.lines[i].text.strip(), timeout=REGEX_TIMEOUT)
            except TimeoutError:
                # the engine passes the document through uncleaned and reports this rule
                raise TimeoutError(f"pattern timed out ({REGEX_TIMEOUT}s) on line {doc.lines[i].number}") from None
            if hit:
                doc.remove(i, self.code)


class MarkerNextRule(_FileRule):
    """Base: remove a marker line (phrase key) and the ``count`` lines after it."""

    keys: frozenset[str] = frozenset()
    count: int = 1

    def apply(self, doc: Document) -> None:
        kept = doc.kept()
        for i in doc.keyed(self.keys):
            if doc.in_scope(i, self.scope):
                doc.remove(i, self.code)
                pos = bisect_left(kept, i)
                for j in kept[pos + 1:pos + 1 + self.count]:
                    doc.remove(j, self.code)


class TailMarkerRule(_FileRule):
    """Base: remove a marker line (phrase key) and everything after it."""

    keys: frozenset[str] = frozenset()

    def apply(self, doc: Document) -> None:
        kept = doc.kept()
        for i in doc.keyed(self.keys):
            if doc.in_scope(i, self.scope):
                for j in kept[bisect_left(kept, i):]:
                    doc.remove(j, self.code)
                return


def _strs(value: Any, where: str, name: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleFileError(f"{where}: {name} must be a string or a list of strings")
    return value


def _build_rule(spec: dict, where: str, site_id: str | None, path: Path) -> type[Rule]:
    for key in ("code", "slug", "kind"):
        if not isinstance(spec.get(key), str) or not spec[key]:
            raise RuleFileError(f"{where}: missing or empty '{key}'")
    code, kind = spec["code"], spec["kind"]
    if kind not in KINDS:
        raise RuleFileError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    scope = spec.get("scope", "any")
    if scope not in SCOPES:
        raise RuleFileError(f"{where}: scope {scope!r} is not one of {', '.join(SCOPES)}")
    for key in ("what", "why", "example"):
        if not isinstance(spec.get(key), str) or not spec[key].strip():
            raise RuleFileError(f"{where}: missing '{key}' (rules are documented: what, why, example)")
    doc = (f"{spec.get('description', spec['what'])}\n\nWhat it does: {spec['what']}\n"
           f"Why: {spec['why']}\nExample: {spec['example']}\n\n(rule file: {path})")
    attrs: dict[str, Any] = {
        "__doc__": doc, "code": code, "slug": spec["slug"], "scope": scope,
        "site": spec.get("site", site_id), "source": str(path),
        "languages": tuple(_strs(spec.get("languages", ["*"]), where, "languages")),
        "__module__": __name__,
    }
    try:
        if kind == "phrase":
            attrs["phrases"] = _strs(spec.get("phrases"), where, "phrases")
            bases: tuple[type, ...] = (PhraseLineRule,)
        elif kind == "line":
            attrs["lines"] = frozenset(s.strip() for s in _strs(spec.get("lines"), where, "lines"))
            attrs["needles"] = tuple(quick_fold(line) for line in attrs["lines"])
            bases = (ExactLineRule,)
        elif kind == "regex":
            attrs["pattern"] = regex.compile("|".join(f"(?:{p})" for p in _strs(spec.get("patterns"), where,
                                                                                  "patterns")))
            bases = (RegexLineRule,)
        else:
            attrs["keys"] = phrase_set(_strs(spec.get("markers"), where, "markers"))
            if kind == "marker-next":
                count = spec.get("count", 1)
                if not isinstance(count, int) or not 1 <= count <= 5:
                    raise RuleFileError(f"{where}: count must be an integer 1..5")
                attrs["count"] = count
                bases = (MarkerNextRule,)
            else:
                bases = (TailMarkerRule,)
    except (ValueError, regex.error) as exc:
        if isinstance(exc, RuleFileError):
            raise
        raise RuleFileError(f"{where}: {exc}") from exc
    name = "RuleFile_" + regex.sub(r"\W", "_", code)
    return type(name, bases, attrs)


def load(path: str | Path) -> RuleFile:
    """Parse and validate one rule file; raise ``RuleFileError`` naming the file on any problem."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{path}: {exc}") from exc
    except OSError as exc:
        raise RuleFileError(f"{path}: {exc}") from exc
    unknown = set(data) - {"site", "rule", "case", "prune_xpath"}
    if unknown:
        raise RuleFileError(f"{path}: unknown top-level keys {sorted(unknown)}")
    site = None
    if "site" in data:
        s = data["site"]
        if not isinstance(s, dict) or not isinstance(s.get("id"), str):
            raise RuleFileError(f"{path}: [site] needs an 'id' string")
        site = Site(id=s["id"], title=s.get("title", ""),
                    domains=tuple(_strs(s.get("domains", []), f"{path}: site", "domains")),
                    fingerprints=tuple(_strs(s.get("fingerprints", []), f"{path}: site", "fingerprints")),
                    names=tuple(_strs(s.get("names", []), f"{path}: site", "names")))
    rules, codes = [], set()
    for n, spec in enumerate(data.get("rule", []), 1):
        where = f"{path}: rule {n}"
        if not isinstance(spec, dict):
            raise RuleFileError(f"{where}: must be a table")
        rule = _build_rule(spec, where, site.id if site else None, path)
        if rule.code in codes:
            raise RuleFileError(f"{where}: duplicate code {rule.code}")
        codes.add(rule.code)
        rules.append(rule)
    cases = []
    for n, case in enumerate(data.get("case", []), 1):
        for key in ("rule", "name", "input", "expected"):
            if not isinstance(case.get(key), str):
                raise RuleFileError(f"{path}: case {n}: missing '{key}'")
        cases.append(case)
    # prune_xpath may stand at the top level or in [site]
    prune = _strs(data.get("prune_xpath", []), f"{path}", "prune_xpath") + _strs(
        data.get("site", {}).get("prune_xpath", []) if isinstance(data.get("site"), dict) else [],
        f"{path}: site", "prune_xpath")
    for expr in prune:
        try:
            etree.XPath(expr)
        except etree.XPathSyntaxError as exc:
            raise RuleFileError(f"{path}: prune_xpath {expr!r}: {exc}") from None
    return RuleFile(path=path, site=site, rules=rules, cases=cases, prune_xpath=list(prune))


def check(path: str | Path, cleaner=None) -> list[str]:
    """Validate a rule file and run its cases with only its rules; return failure messages."""
    from .document import Document as _Doc

    try:
        rf = load(path)
    except RuleFileError as exc:
        return [str(exc)]
    by_code = {r.code: r() for r in rf.rules}
    failures = []
    for case in rf.cases:
        rule = by_code.get(case["rule"])
        if rule is None:
            failures.append(f"{path}: case {case['name']!r}: unknown rule {case['rule']}")
            continue
        doc = _Doc(case["input"], url=case.get("url"), site=case.get("site", rf.site.id if rf.site else None),
                   lang=case.get("lang"))
        rule.apply(doc)
        if doc.text() != case["expected"]:
            failures.append(f"{path}: case {case['name']!r}: got {doc.text()!r}, expected {case['expected']!r}")
    return failures
