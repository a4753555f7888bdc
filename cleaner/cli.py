"""The ``clean-article`` command: a thin layer over ``cleaner.Cleaner``."""

from __future__ import annotations

import argparse
import json
import sys

from .engine import Cleaner

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
COMMANDS = ("clean", "rules", "rule", "check-rules", "learn")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clean-article",
        description="Strip boilerplate (navigation, share buttons, newsletter boxes, read-more "
                    "links, related blocks, comment forms…) from news article text.",
    )
    sub = parser.add_subparsers(dest="command")
    clean = sub.add_parser("clean", help="clean article text (the default command)")
    clean.add_argument("files", nargs="*", metavar="FILE",
                       help="text files, one paragraph a line; none or '-' reads stdin")
    clean.add_argument("-o", "--output", help="write to this file instead of stdout")
    clean.add_argument("--url", help="the page's URL (selects the site's rules)")
    clean.add_argument("--site", help="force a site id (see 'clean-article rules')")
    clean.add_argument("--lang", help="the text's language code (skips rules for other languages)")
    clean.add_argument("--format", choices=("text", "json"), default="text",
                       help="text: the clean article; json: one object per input with removals")
    clean.add_argument("--trace", action="store_true",
                       help="print each removed line with its rule code to stderr")
    clean.add_argument("--select", action="append", metavar="CODE",
                       help="run only rules whose code starts with CODE (repeatable)")
    clean.add_argument("--ignore", action="append", metavar="CODE",
                       help="skip rules whose code starts with CODE (repeatable)")
    sub.add_parser("rules", help="list every loaded rule: code, slug, languages, site, plugin")
    rule = sub.add_parser("rule", help="print one rule's documentation")
    rule.add_argument("code")
    check = sub.add_parser("check-rules", help="validate rule files (TOML) and run their [[case]] tests")
    check.add_argument("rulefiles", nargs="+", metavar="FILE")
    learn = sub.add_parser("learn", help="propose a rule file for a site from a corpus of its pages")
    learn.add_argument("pages", nargs="+", metavar="PAGES", help="text/JSONL files, a directory or a glob")
    learn.add_argument("--site", required=True, help="the site's domain, e.g. example.com")
    learn.add_argument("--min-share", type=float, default=0.2, help="least share of pages a line recurs in")
    learn.add_argument("-o", "--output", help="write the rule file here instead of stdout")
    return parser


def _read(path: str, label: str) -> str:
    data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    if b"\x00" in data[:8192]:
        raise ValueError(f"{label}: binary data (NUL byte), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValueError(f"{label}: not UTF-8 ({err.reason} at byte {err.start})") from None


def cmd_clean(args) -> int:
    cleaner = Cleaner(select=args.select, ignore=args.ignore)
    if args.site and args.site not in cleaner.sites:
        print(f"clean-article: unknown site {args.site!r}; known: {', '.join(sorted(cleaner.sites))}",
              file=sys.stderr)
        return EXIT_USAGE
    out = open(args.output, "w", encoding="utf-8", newline="\n") if args.output else sys.stdout
    status = EXIT_OK
    try:
        for path in args.files or ["-"]:
            label = "<stdin>" if path == "-" else path
            try:
                text = _read(path, label)
            except (OSError, ValueError) as err:
                print(f"clean-article: {err}", file=sys.stderr)
                status = EXIT_FAILED
                continue
            result = cleaner.clean(text, url=args.url, site=args.site, lang=args.lang)
            if args.trace:
                for r in result.removals:
                    print(f"{label}:{r.line}: {r.rule} {r.text.strip()}", file=sys.stderr)
            if args.format == "json":
                out.write(json.dumps({"source": label, **result.as_dict()}, ensure_ascii=False) + "\n")
            else:
                out.write(result.text)
    finally:
        if out is not sys.stdout:
            out.close()
    return status


def cmd_rules(args) -> int:
    cleaner = Cleaner()
    rows = [(r.code, r.slug, ",".join(r.languages), r.site or "-",
             r.plugin + (f" ({r.source})" if getattr(r, "source", "") else "")) for r in
            sorted(cleaner.rules, key=lambda r: r.code)]
    header = ("CODE", "SLUG", "LANGUAGES", "SITE", "PLUGIN")
    widths = [max(len(row[k]) for row in rows + [header]) for k in range(len(header))]
    for row in [header] + rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    return EXIT_OK


def cmd_rule(args) -> int:
    cleaner = Cleaner()
    rule = cleaner.rules_by_code.get(args.code.upper())
    if rule is None:
        print(f"clean-article: no rule {args.code!r} (see 'clean-article rules')", file=sys.stderr)
        return EXIT_USAGE
    print(f"{rule.code} ({rule.slug})")
    print(f"plugin: {rule.plugin}; site: {rule.site or 'any'}; languages: {', '.join(rule.languages)}")
    print()
    print(rule.doc())
    return EXIT_OK


def cmd_check_rules(args) -> int:
    from .rulefile import check, load

    failures = []
    for path in args.rulefiles:
        errors = check(path)
        failures += errors
        if not errors:
            rf = load(path)
            print(f"{path}: ok ({len(rf.rules)} rules, {len(rf.cases)} cases)")
    for message in failures:
        print(message, file=sys.stderr)
    return 1 if failures else EXIT_OK


def cmd_learn(args) -> int:
    from .learn import learn, read_pages, to_toml

    pages = read_pages(args.pages)
    if len(pages) < 2:
        print("clean-article: learn needs at least 2 pages", file=sys.stderr)
        return EXIT_USAGE
    proposals = learn(pages, min_share=args.min_share)
    proposals["pages"] = len(pages)
    text = to_toml(args.site, proposals)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _take_rules_dirs(argv: list[str]) -> list[str]:
    """Pop every ``--rules-dir DIR`` (any command) and hand the dirs to the rule-file plugin."""
    dirs, rest, i = [], [], 0
    while i < len(argv):
        if argv[i] == "--rules-dir" and i + 1 < len(argv):
            dirs.append(argv[i + 1])
            i += 2
            continue
        if argv[i].startswith("--rules-dir="):
            dirs.append(argv[i].split("=", 1)[1])
        else:
            rest.append(argv[i])
        i += 1
    if dirs:
        from clean_article_plugins.rulefiles import add_rules_dir

        for d in dirs:
            add_rules_dir(d)
    return rest


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    argv = _take_rules_dirs(argv)  # --rules-dir DIR: also load the rule files (*.toml) in DIR
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "clean")
    args = build_parser().parse_args(argv)
    return {"clean": cmd_clean, "rules": cmd_rules, "rule": cmd_rule,
            "check-rules": cmd_check_rules, "learn": cmd_learn}[args.command](args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
