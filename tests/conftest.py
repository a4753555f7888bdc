from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def cleaner():
    from cleaner import Cleaner

    return Cleaner()


@pytest.fixture(autouse=True)
def _forget_rules_dirs():
    """``--rules-dir`` is process state; each test starts and ends without extra rule dirs."""
    from clean_article_plugins.rulefiles import clear_rules_dirs

    clear_rules_dirs()
    yield
    clear_rules_dirs()
