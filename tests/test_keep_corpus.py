"""Article lines that share a notice's words or shape (fixtures/keep/*.tsv): each placed as the
opening, a middle paragraph and the end of a plain article. A row marked ``keep`` must survive in
every place; a row marked ``lost`` is a known false removal, listed so that the file says exactly
what is still lost (the test fails when one is kept: mark it ``keep``). ``bench/false_removals.py``
counts them per rule.

A row is ``lang<TAB>keep|lost<TAB>line``, the line holding a literal ``\\n`` between the lines of a
snippet (a subheading and its paragraph)."""

from pathlib import Path

import pytest

from cleaner.document import Document

KEEP = Path(__file__).resolve().parent.parent / "fixtures" / "keep"
HEADLINE = "City council approves new budget after marathon session"
BODY = [
    "The city council approved the new budget on Tuesday after a long debate that lasted well into the night, "
    "with members arguing over spending on roads, schools and public transport.",
    "Opponents argued that the plan would raise taxes for families already struggling with higher prices, "
    "while supporters said the money was needed to repair ageing infrastructure.",
    "The vote was seven to four. Two members who had been expected to oppose the plan changed their minds after "
    "the mayor agreed to cut a proposed parking fee from the final text.",
    "Under the plan, spending on road repairs will rise by about a fifth next year, and the city will hire forty "
    "more teachers for its primary schools, officials said.",
    "The mayor is expected to sign the measure next week, according to a statement released by her office late "
    "on Tuesday evening.",
]
PLACES = ("opening", "middle", "end")


def load_rows() -> list[tuple[str, str, str, list[str]]]:
    """(file stem, language, status, snippet lines) of every row of fixtures/keep/*.tsv."""
    rows = []
    for path in sorted(KEEP.glob("*.tsv")):
        for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not row.strip() or row.startswith("#"):
                continue
            lang, status, text = row.split("\t")
            assert status in ("keep", "lost"), f"{path.name}:{n}: status {status!r}"
            rows.append((path.stem, lang, status, [line.strip() for line in text.split("\\n") if line.strip()]))
    return rows


def removals(cleaner, snippet: list[str]) -> dict[str, set[str]]:
    """For each place, the rules that remove a line of ``snippet`` placed there."""
    layouts = {"opening": [HEADLINE, *snippet, *BODY], "middle": [HEADLINE, *BODY[:2], *snippet, *BODY[2:]],
               "end": [HEADLINE, *BODY, *snippet]}
    found = {}
    for place, lines in layouts.items():
        result = cleaner.clean_document(Document("\n".join(lines)))
        found[place] = {r.rule for r in result.removals if r.text.strip() in snippet}
    return found


ROWS = load_rows()


def test_there_are_rows():
    assert len(ROWS) > 300


@pytest.mark.parametrize("stem", sorted({row[0] for row in ROWS}))
def test_rows(cleaner, stem):
    wrong = []
    for _, lang, status, snippet in (row for row in ROWS if row[0] == stem):
        lost = {place: rules for place, rules in removals(cleaner, snippet).items() if rules}
        if (status == "keep") == bool(lost):
            wrong.append(f"{status} but {'removed ' + str(lost) if lost else 'kept'}: {lang} {' / '.join(snippet)}")
    assert not wrong, "\n".join(wrong)
