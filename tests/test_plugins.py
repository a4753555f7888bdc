"""Plugin loading: built-ins via the entry-point group, third-party registration and sites."""

import pytest

from cleaner import Cleaner, PhraseLineRule, Site, hookimpl
from cleaner.registry import RuleClashError, collect_rules, load_plugins, pm


def test_builtin_plugins_come_from_entry_points():
    load_plugins()
    load_plugins()  # idempotent
    names = {name for name, _ in pm.list_name_plugin()}
    assert {"generic", "ayyamsyria", "israj", "emaratalyoum", "alarab"} <= names


class ExampleRule(PhraseLineRule):
    """What it does: x. Why: y. Example: z."""

    code = "EXA001"
    slug = "example-footer"
    site = "example"
    phrases = ["Example footer"]


class ExamplePlugin:
    @hookimpl
    def register_rules(self, register):
        register(ExampleRule)

    @hookimpl
    def register_sites(self, register):
        register(Site(id="example", domains=("example.com",), fingerprints=("Example News",)))


@pytest.fixture
def example_plugin():
    plugin = ExamplePlugin()
    pm.register(plugin, name="example")
    yield plugin
    pm.unregister(plugin)


def test_third_party_plugin_registers_site_and_rule(example_plugin):
    cleaner = Cleaner()
    text = "A long enough first paragraph of the article, with a full stop at its end.\nExample footer\n"
    assert cleaner.clean(text, url="https://www.example.com/a").text.count("Example footer") == 0
    assert "Example footer" in cleaner.clean(text).text  # site rule only runs on its site
    assert cleaner.clean(text + "Example News\n").site == "example"  # fingerprint


def test_rule_code_clash_is_an_error(example_plugin):
    class Clash:
        @hookimpl
        def register_rules(self, register):
            register(ExampleRule)

    pm.register(Clash(), name="clash")
    try:
        with pytest.raises(RuleClashError, match="EXA001"):
            collect_rules()
    finally:
        pm.unregister(name="clash")


def test_site_detection_by_url_text_and_force(cleaner):
    assert cleaner.clean("x", url="https://www.israj.net/a").site == "israj"
    assert cleaner.clean("شبكة الإسراء والمعراج ( إسراج )").site == "israj"
    assert cleaner.clean("نص", site="alarab").site == "alarab"
    assert cleaner.clean("just text").site is None


def test_select_and_ignore():
    text = "The minister resigned on Friday after protests in the capital, aides said.\nTweet\n"
    assert "Tweet" in Cleaner(ignore=["GEN005"]).clean(text).text
    assert "Tweet" not in Cleaner(select=["GEN"]).clean(text).text


def test_a_later_pass_reruns_only_the_rules_whose_document_changed():
    from cleaner.rules import Rule

    runs = []

    class AfterY(Rule):
        """Removes "x" once "y" is gone (it depends on another rule's removal)."""

        code, slug = "TST001", "after-y"

        def apply(self, doc):
            runs.append(self.code)
            texts = {doc.lines[i].text for i in doc.kept()}
            for i in doc.kept():
                if doc.lines[i].text == "x" and "y" not in texts:
                    doc.remove(i, self.code)

    class RemoveY(Rule):
        code, slug = "TST002", "remove-y"

        def apply(self, doc):
            runs.append(self.code)
            for i in doc.kept():
                if doc.lines[i].text == "y":
                    doc.remove(i, self.code)

    class Idle(Rule):
        code, slug = "TST003", "idle"

        def apply(self, doc):
            runs.append(self.code)

    prose = "The minister resigned on Friday after a week of protests in the capital, aides said."
    result = Cleaner(rules=[AfterY(), RemoveY(), Idle()], sites={}).clean(f"{prose}\nx\n{prose}\ny\n{prose}")
    assert [r.rule for r in result.removals] == ["TST001", "TST002"]
    # pass 1 runs all three (RemoveY removes y); pass 2 reruns AfterY (the document changed after
    # it ran: it removes x) and RemoveY (it removed a line: it finds nothing now), not Idle (it
    # found nothing in the document as it still was); pass 3 reruns AfterY (it removed a line) and
    # Idle (x went after it ran), not RemoveY (nothing changed since it found nothing), and ends
    assert runs == ["TST001", "TST002", "TST003", "TST001", "TST002", "TST001", "TST003"], runs
