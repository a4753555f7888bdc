"""Every rule's fixture cases (fixtures/rules/*.toml), each turned into a test."""

import re
import sys

import pytest

from cleaner import rulefile
from cleaner.document import Document
from cleaner.links import PageLinks
from cleaner.registry import collect_rules

from .conftest import FIXTURES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def load_cases():
    for path in sorted((FIXTURES / "rules").glob("*.toml")):
        with open(path, "rb") as fh:
            for case in tomllib.load(fh)["case"]:
                yield pytest.param(case, id=f"{path.stem}:{case['rule']}:{case['name']}")
    # cases declared in the [[case]] tables of the loaded rule files (plugins/rules/*.toml and others)
    from clean_article_plugins.rulefiles import _claimed, package_rules_dir, rule_files

    claimed = [p for p in sorted(package_rules_dir().glob("*.toml")) if _claimed(p)]
    for rf in [*(rulefile.load(p) for p in claimed), *rule_files()]:
        for case in rf.cases:
            case = {"site": rf.site.id if rf.site else None, **case}
            yield pytest.param(case, id=f"{rf.path.name}:{case['rule']}:{case['name']}")


CASES = list(load_cases())


@pytest.mark.parametrize("case", CASES)
def test_rule_case(cleaner, case):
    doc = Document(case["input"], url=case.get("url"), site=case.get("site"), lang=case.get("lang"))
    doc.titles = tuple(case.get("titles", ()))  # the page's titles and subtitles, as HTML mode passes them
    doc.subtitles = tuple(case.get("subtitles", ()))
    if "links" in case:  # the texts of the page's links, as HTML mode reads them from the page
        doc.links = PageLinks(texts=case["links"])
    result = cleaner.clean_document(doc)
    assert not result.errors, result.errors  # (a failing rule passes the document through unchanged)
    assert result.text == case["expected"]
    if case["input"].strip() != case["expected"].strip():
        assert case["rule"] in {r.rule for r in result.removals}, result.removals


def test_every_rule_has_a_case():
    covered = {c.values[0]["rule"] for c in CASES}
    missing = sorted(r.code for r in collect_rules() if r.code not in covered)
    assert not missing, f"rules without a fixture case: {missing}"


def test_every_rule_is_documented():
    for rule in collect_rules():
        doc = rule.doc()
        assert rule.code and rule.slug, rule
        for part in ("What it does", "Why", "Example"):
            assert part in doc, f"{rule.code} doc lacks {part!r}"


def test_a_rules_word_limit_is_the_one_its_doc_states():
    # A rule of a shape with a ``max_words`` attribute (phrase-in-line, edge marker) states it as
    # "a line of at most N words"; the two drifted apart before (GEN033-GEN035 said 45, took 60).
    checked = 0
    for rule in collect_rules():
        limit = getattr(rule, "max_words", None)
        if limit is None:
            continue
        stated = re.search(r"at most (\d+)\s+words", rule.doc())
        assert stated, f"{rule.code} doc states no word limit"
        assert int(stated[1]) == limit, f"{rule.code} doc says {stated[1]} words, the rule takes {limit}"
        checked += 1
    assert checked >= 10


def test_rule_codes_and_slugs_are_unique():
    rules = collect_rules()
    codes = [r.code for r in rules]
    slugs = [r.slug for r in rules]
    assert len(set(codes)) == len(codes)
    assert len(set(slugs)) == len(slugs), sorted(s for s in set(slugs) if slugs.count(s) > 1)
