"""Learn a proposed rule file for a site from a corpus of its pages (plain text).

A line becomes a rule when it recurs (exactly, or with only its digits varying) in at least
``min_share`` of the pages and, in most pages where it occurs, sits in the page's boilerplate edge:
the run of recurring lines at the top or at the bottom of the page. A sentence that recurs in the
middle of articles has article text on both sides, so it is never learned.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from collections import Counter, defaultdict

import regex

from .document import Document

_DIGITS = regex.compile(r"\d+")


_NEAR_DIGITS = regex.compile(r"(?<=\0[ ,./-]?)\p{L}+(?=[ ,./-]?\0)")


def _template(text: str) -> str:
    return _DIGITS.sub("\0", text)


def _template2(text: str) -> str:
    """Digits and the words between two numbers (month names in dates) both vary."""
    return _NEAR_DIGITS.sub("\1", _template(text))


def read_pages(specs: list[str]) -> list[str]:
    """The texts of the pages in files, directories (every file below them) and glob patterns,
    read as the clean command reads them: text in any encoding it decodes, JSONL records (also
    .gz and .zst), and HTML, whose article text is extracted as HTML mode extracts it (the rules
    learned then run on that text). A page that cannot be read is reported on stderr and left out."""
    from .extract import html_to_text
    from .runner import RunOptions, iter_files, read_items

    paths: list[str] = []
    for spec in specs:
        paths += sorted(glob.glob(spec)) if any(c in spec for c in "*?[") and not os.path.exists(spec) else [spec]
    opts = RunOptions()
    texts = []
    for path in iter_files(paths):
        for item in read_items(path, opts):
            if item.error is not None:
                print(f"clean-article: {item.source}:{item.number}: {item.error}; left out", file=sys.stderr)
            elif item.html:
                texts.append(html_to_text(item.text or "", url=item.url, options=opts.extract))
            else:
                texts.append(item.text or "")
    return texts


def learn(pages: list[str], min_share: float = 0.2, min_edge: float = 0.8) -> dict:
    """Return {"lines": [...], "patterns": [...]} proposals, each with support and examples."""
    docs = [[line.text.strip() for line in Document(t).lines] for t in pages]
    n = len(docs)
    exact_support: Counter = Counter()
    tmpl_support: Counter = Counter()
    for lines in docs:
        exact_support.update(set(lines))
        tmpl_support.update({_template(x) for x in lines} | {_template2(x) for x in lines})
    need = max(2, min_share * n)

    def kind_of(x: str) -> tuple[str, str] | None:
        if exact_support[x] >= need:
            return ("line", x)
        t = _template(x)
        if t != x and tmpl_support[t] >= need:
            return ("regex", t)
        t = _template2(x)
        if "\1" in t and tmpl_support[t] >= need:
            return ("regex", t)
        return None

    occurrences: Counter = Counter()
    at_edge: Counter = Counter()
    examples: dict = defaultdict(list)
    followers: dict = defaultdict(list)  # exact recurring line -> the non-recurring edge lines after it
    for text, lines in zip(pages, docs):
        kinds = [kind_of(x) for x in lines]
        # the edge runs: recurring lines, and short non-prose lines between them, at the top and bottom
        prose = [line.is_prose for line in Document(text).lines]
        head = 0
        while head < len(kinds) and (kinds[head] or not prose[head]):
            head += 1
        tail = len(kinds)
        while tail > head and (kinds[tail - 1] or not prose[tail - 1]):
            tail -= 1
        for i, k in enumerate(kinds):
            if k is None:
                continue
            occurrences[k] += 1
            if i < head or i >= tail:
                at_edge[k] += 1
                if len(examples[k]) < 3 and lines[i] not in examples[k]:
                    examples[k].append(lines[i])
                nxt = i + 1
                if k[0] == "line" and nxt < len(kinds) and kinds[nxt] is None and (nxt < head or nxt >= tail):
                    followers[k].append(lines[nxt])
    proposals = {"lines": [], "patterns": []}
    for k, count in occurrences.items():
        if at_edge[k] / count < min_edge:
            continue
        support = len({id(d) for d in docs if any(kind_of(x) == k for x in d)})
        item = {"text": k[1], "support": support, "pages": n, "examples": examples[k]}
        if not examples[k]:
            continue
        after = followers.get(k, [])
        varied = len(after) >= 0.8 * count and len(set(after)) >= 0.8 * len(after)
        if k[0] == "line" and len(k[1].split()) <= 6 and varied:
            item["examples"] = [k[1] + "\n" + a for a in after[:3]]
            proposals.setdefault("markers", []).append(item)
        elif k[0] == "line":
            proposals["lines"].append(item)
        else:
            parts = [r"\p{L}+".join(regex.escape(q) for q in p.split("\1")) for p in k[1].split("\0")]
            item["pattern"] = "^" + r"\d+".join(parts) + "$"
            proposals["patterns"].append(item)
    # a body line to build the [[case]] inputs with: the first non-recurring line of the first page
    proposals["body"] = next((x for d in docs for x in d if kind_of(x) is None and len(x.split()) >= 8), "Body.")
    return proposals


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def to_toml(site: str, proposals: dict, prefix: str | None = None) -> str:
    code = (prefix or regex.sub(r"[^A-Za-z]", "", site)[:3] or "SIT").upper()
    sid = site.split(".")[0].lower()
    out = [f"# Proposed rule file for {site}, learned from {proposals.get('pages', '?')} pages; review before use.",
           "", "[site]", f"id = {_q(sid)}", f"domains = [{_q(site)}]", ""]
    body = proposals["body"]
    n = 0
    cases = []
    for kind, items in (("line", proposals["lines"]), ("regex", proposals["patterns"]),
                        ("marker-next", proposals.get("markers", []))):
        for item in sorted(items, key=lambda i: -i["support"]):
            n += 1
            rc = f"{code}{n:03d}"
            out.append(f"# support: {item['support']}/{item['pages']} pages; examples: "
                       + "; ".join(e[:60].replace("\n", " / ") for e in item["examples"]))
            out += ["[[rule]]", f"code = {_q(rc)}", f"slug = {_q(f'learned-{kind}-{n}')}", f"kind = {_q(kind)}",
                    'scope = "any"']  # learned only from edge positions; exact lines
            if kind == "line":
                out.append(f"lines = [{_q(item['text'])}]")
            elif kind == "regex":
                out.append(f"patterns = [{_q(item['pattern'])}]")
            else:
                out += [f"markers = [{_q(item['text'])}]", "count = 1"]
            why = f"learned: it recurs at the page edges in {item['support']} of {item['pages']} pages"
            out += [f"what = {_q('removes the recurring line ' + item['examples'][0][:80])}",
                    "why = " + _q(why),
                    f"example = {_q(item['examples'][0])}", ""]
            cases += ["[[case]]", f"rule = {_q(rc)}", f"name = {_q('learned example ' + str(n))}",
                      f"input = {_q(body + chr(10) + item['examples'][0])}", f"expected = {_q(body + chr(10))}", ""]
    return "\n".join(out + cases)


def score(rules, pages: list[list[tuple[str, bool]]]) -> dict:
    """How learned ``rules`` (instances) do on labelled pages, each a list of (line, is_boilerplate):
    the share of boilerplate lines they remove and of article lines they keep."""
    boiler = removed = article = kept = 0
    for page in pages:
        doc = Document("\n".join(line for line, _ in page))
        for rule in rules:
            rule.apply(doc)
        for line, (_, is_boiler) in zip(doc.lines, page):
            if is_boiler:
                boiler += 1
                removed += line.removed_by is not None
            else:
                article += 1
                kept += line.removed_by is None
    return {"boilerplate_lines": boiler, "boilerplate_removed": removed / boiler if boiler else 1.0,
            "article_lines": article, "article_kept": kept / article if article else 1.0}
