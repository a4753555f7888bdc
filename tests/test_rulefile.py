"""Declarative rule files: loading, each rule kind, errors, the plugin and the CLI."""

import clean_article_plugins.rulefiles as rulefiles_plugin
import pytest

from cleaner import Cleaner
from cleaner.cli import main
from cleaner.document import Document
from cleaner.rulefile import RuleFileError, check, load

BODY = "The council approved the new budget on Monday after a long debate about the city schools."
DOC = 'what = "w"\nwhy = "y"\nexample = "e"\n'

RULES = f"""
[site]
id = "examplefile"
domains = ["example-file.com"]
fingerprints = ["Example File News"]
names = ["Example File News"]

[[rule]]
code = "XFL001"
slug = "exact"
kind = "line"
scope = "head"
lines = ["Home | World | Sport"]
{DOC}
[[rule]]
code = "XFL002"
slug = "phrase"
kind = "phrase"
scope = "tail"
phrases = ["Share on Facebook"]
{DOC}
[[rule]]
code = "XFL003"
slug = "views"
kind = "regex"
patterns = ['^\\d+ views$']
{DOC}
[[rule]]
code = "XFL004"
slug = "related"
kind = "marker-next"
count = 1
markers = ["Read also"]
{DOC}
[[rule]]
code = "XFL005"
slug = "footer"
kind = "tail-marker"
markers = ["All rights reserved"]
{DOC}
[[case]]
rule = "XFL003"
name = "view counter"
input = "{BODY}\\n1234 views"
expected = "{BODY}\\n"
"""


@pytest.fixture
def rule_file(tmp_path):
    path = tmp_path / "examplefile.toml"
    path.write_text(RULES, encoding="utf-8")
    return path


def run(rule_file, text):
    rf = load(rule_file)
    doc = Document(text, site="examplefile")
    for rule in rf.rules:
        rule().apply(doc)
    return doc


def test_every_kind(rule_file):
    text = "\n".join(["Home | World | Sport", BODY, "Read also", "Another headline somewhere", BODY + " More.",
                      "1234 views", "Share on Facebook", "All rights reserved", "Contact us"])
    doc = run(rule_file, text)
    assert [(r.text, r.rule) for r in doc.removals()] == [
        ("Home | World | Sport", "XFL001"), ("Read also", "XFL004"), ("Another headline somewhere", "XFL004"),
        ("1234 views", "XFL003"), ("Share on Facebook", "XFL002"), ("All rights reserved", "XFL005"),
        ("Contact us", "XFL005")]
    assert doc.text() == f"{BODY}\n{BODY} More.\n"


def test_scope_is_respected(rule_file):
    # the exact head line in the body and the phrase before the tail are kept
    text = "\n".join([BODY, "Home | World | Sport", "Share on Facebook", BODY])
    assert run(rule_file, text).removals() == []


def test_rules_are_documented(rule_file):
    rule = load(rule_file).rules[0]
    assert rule.code == "XFL001" and rule.site == "examplefile" and rule.source == str(rule_file)
    for part in ("What it does", "Why", "Example"):
        assert part in rule.doc()


def test_check_runs_cases(rule_file, tmp_path):
    assert check(rule_file) == []
    bad = tmp_path / "bad.toml"
    bad.write_text(RULES.replace('expected = "', 'expected = "X'), encoding="utf-8")
    assert len(check(bad)) == 1
    assert main(["check-rules", str(rule_file)]) == 0
    assert main(["check-rules", str(bad)]) == 1


@pytest.mark.parametrize("broken, message", [
    ('kind = "regex"', "rule 1: kind 'nope'"),
    ('code = "XFL001"', "rule 1: missing or empty 'code'"),
    ("what = ", "rule 1: missing 'what'"),
])
def test_errors_name_file_and_rule(tmp_path, broken, message):
    replacement = {'kind = "regex"': 'kind = "nope"', 'code = "XFL001"': 'code = ""', "what = ": "whatx = "}[broken]
    text = RULES.replace('kind = "line"', 'kind = "nope"') if broken == 'kind = "regex"' else \
        RULES.replace(broken, replacement, 1)
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError) as err:
        load(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_toml_syntax_error_names_line(tmp_path):
    path = tmp_path / "syntax.toml"
    path.write_text('[site]\nid = "x"\n[[rule]\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"syntax\.toml: .*line 3"):
        load(path)


def test_bad_regex_is_reported(tmp_path, rule_file):
    path = tmp_path / "re.toml"
    path.write_text(RULES.replace("'^\\d+ views$'", "'(unclosed'"), encoding="utf-8")
    with pytest.raises(RuleFileError, match="rule 3"):
        load(path)


def test_loading_executes_no_code(tmp_path):
    path = tmp_path / "code.toml"
    path.write_text(RULES.replace('slug = "exact"', 'slug = "__import__(\'os\').system(\'false\')"'),
                    encoding="utf-8")
    assert load(path).rules[0].slug.startswith("__import__")  # just a string


@pytest.fixture
def rules_dir(rule_file):
    yield rule_file.parent
    rulefiles_plugin._extra_dirs.clear()
    rulefiles_plugin._cache = None


def test_rules_dir_plugs_in_site_and_rules(rules_dir, capsys):
    rulefiles_plugin.add_rules_dir(rules_dir)
    cleaner = Cleaner()
    assert cleaner.rules_by_code["XFL003"].plugin == "rulefiles"
    result = cleaner.clean(f"{BODY}\n77 views", url="https://www.example-file.com/a")
    assert result.text == f"{BODY}\n" and result.site == "examplefile"


def test_cli_rules_dir_and_source(rules_dir, capsys):
    assert main(["--rules-dir", str(rules_dir), "rules"]) == 0
    out = capsys.readouterr().out
    assert "XFL003" in out and str(rules_dir / "examplefile.toml") in out
    assert "EMY001" in out and "emaratalyoum.toml" in out


def test_env_var_dir(rules_dir, monkeypatch):
    monkeypatch.setenv("CLEAN_ARTICLE_RULES_DIR", str(rules_dir))
    rulefiles_plugin._cache = None
    assert "XFL001" in Cleaner().rules_by_code


def test_converted_builtins_keep_codes():
    rules = Cleaner().rules_by_code
    assert rules["ARB001"].plugin == "alarab" and rules["EMY001"].plugin == "emaratalyoum"
    assert rules["ARB001"].scope == "tail" and rules["EMY001"].site == "emaratalyoum"
