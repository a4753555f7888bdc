"""The ``clean-article`` command: a thin layer over ``cleaner.Cleaner``."""

from __future__ import annotations

import argparse
import os
import sys
from collections import deque
from itertools import groupby

from .decode import DEFAULT_MAX_BYTES
from .engine import Cleaner
from .extract import ExtractOptions
from .output import Summary, report_error, write_outcome
from .records import Keys, atomic_writer, is_jsonl_path
from .runner import RunOptions, iter_files, read_items, run

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_RULES_DIRS: list[str] = []  # --rules-dir values, passed on to worker processes
COMMANDS = ("clean", "rules", "rule", "check-rules", "learn")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clean-article",
        description="Strip boilerplate (navigation, share buttons, newsletter boxes, read-more "
                    "links, related blocks, comment forms…) from news article text.",
    )
    sub = parser.add_subparsers(dest="command")
    clean = sub.add_parser("clean", help="clean articles (the default command)")
    add_clean_arguments(clean)
    sub.add_parser("rules", help="list every loaded rule: code, slug, languages, site, plugin")
    rule = sub.add_parser("rule", help="print one rule's documentation")
    rule.add_argument("code")
    check = sub.add_parser("check-rules", help="validate rule files (TOML) and run their [[case]] tests")
    check.add_argument("rulefiles", nargs="+", metavar="FILE")
    learn = sub.add_parser("learn", help="propose a rule file for a site from a corpus of its pages")
    learn.add_argument("pages", nargs="+", metavar="PAGES", help="text/JSONL files, a directory or a glob")
    learn.add_argument("--site", required=True, help="the site's domain, e.g. example.com")
    learn.add_argument("--min-share", type=_share, default=0.2,
                       help="least share of pages a line recurs in (above 0, at most 1)")
    learn.add_argument("-o", "--output", help="write the rule file here instead of stdout")
    return parser


def _number_type(convert, kind: str, fits, bounds: str):
    """An argparse type: ``convert`` of the value (a ``kind``), which must fit ``bounds``."""
    def parse(value: str):
        try:
            number = convert(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not {kind}: {value!r}") from None
        if not fits(number):
            raise argparse.ArgumentTypeError(f"must be {bounds}, not {number:g}")
        return number
    return parse


_count = _number_type(int, "a whole number", lambda n: n >= 0, "0 or more")
_share = _number_type(float, "a number", lambda x: 0 < x <= 1, "above 0 and at most 1")


def add_clean_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="text, HTML or JSONL files or directories; none or '-' reads stdin")
    p.add_argument("-o", "--output", help="write to this file instead of stdout (atomically)")
    p.add_argument("--url", help="the page's URL (selects the site's rules)")
    p.add_argument("--site", help="force a site id (see 'clean-article rules')")
    p.add_argument("--lang", help="the text's language code (skips rules for other languages)")
    p.add_argument("--input-format", choices=("auto", "text", "html", "jsonl"), default="auto",
                   help="auto: JSONL by extension (.jsonl/.json/.ndjson, also .gz/.zst), HTML by content")
    p.add_argument("--format", choices=("text", "json", "jsonl", "explain"), default=None,
                   help="text (default for text/HTML input), json/jsonl (default for JSONL input; "
                        "records with removals), explain (each line kept or removed, with its rule)")
    p.add_argument("--explain", action="store_const", const="explain", dest="format",
                   help="same as --format explain")
    p.add_argument("--trace", action="store_true",
                   help="print each removed line with its rule code to stderr")
    p.add_argument("--label-only", action="store_true",
                   help="keep the text, mark removals as [start, end, rule] spans (JSON output)")
    p.add_argument("--keep-text", action="store_true", help="JSON output: keep the original text too")
    p.add_argument("--text-key", default="text", help="JSONL: dotted path of the text (default: text)")
    p.add_argument("--id-key", default="id", help="JSONL: dotted path of the id (default: id)")
    p.add_argument("--url-key", default="metadata.url", help="JSONL: dotted path of the URL (default: metadata.url)")
    p.add_argument("--html-field", action="store_true", help="JSONL: the text field holds HTML")
    p.add_argument("--favor", choices=("balanced", "precision", "recall"), default="balanced",
                   help="HTML extraction: trafilatura's precision/recall trade-off")
    p.add_argument("--no-tables", action="store_true", help="HTML extraction: leave tables out")
    p.add_argument("--with-comments", action="store_true", help="HTML extraction: keep the comment section")
    p.add_argument("--no-lead", action="store_true",
                   help="HTML extraction: do not put back the article's lead paragraph when trafilatura dropped it")
    p.add_argument("--input-dir", help="clean every file under this directory ...")
    p.add_argument("--output-dir", help="... into this one, mirroring the tree (one output per input)")
    p.add_argument("--workers", type=_count, default=None,
                   help="worker processes (default or 0: 1 for files, the CPU count for --input-dir)")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")
    p.add_argument("--errors", metavar="FILE", help="also write one JSON line per failed document here")
    p.add_argument("--fail-fast", action="store_true", help="stop at the first failed document")
    p.add_argument("--max-bytes", type=_count, default=DEFAULT_MAX_BYTES,
                   help=f"skip (and report) documents larger than this (default {DEFAULT_MAX_BYTES}; 0: no limit)")
    p.add_argument("--select", action="append", metavar="CODE",
                   help="run only rules whose code starts with CODE (repeatable)")
    p.add_argument("--ignore", action="append", metavar="CODE",
                   help="skip rules whose code starts with CODE (repeatable)")


def run_options(args, rules_dirs: tuple[str, ...] = ()) -> RunOptions:
    return RunOptions(
        url=args.url, site=args.site, lang=args.lang,
        select=tuple(args.select) if args.select else None,
        ignore=tuple(args.ignore) if args.ignore else None, rules_dirs=rules_dirs,
        input_format=args.input_format,
        keys=Keys(text=args.text_key, id=args.id_key, url=args.url_key, html=args.html_field),
        extract=ExtractOptions(favor=args.favor, include_tables=not args.no_tables,
                               include_comments=args.with_comments, lead=not args.no_lead),
        max_bytes=args.max_bytes or None,
    )


def cmd_clean(args) -> int:
    if bool(args.input_dir) != bool(args.output_dir):
        print("clean-article: --input-dir and --output-dir go together", file=sys.stderr)
        return EXIT_USAGE
    if args.input_dir and (args.files or args.output):
        print("clean-article: give either FILEs or --input-dir, not both", file=sys.stderr)
        return EXIT_USAGE
    opts = run_options(args, tuple(_RULES_DIRS))
    try:  # (an unknown --select or --ignore code is a ValueError)
        loaded = Cleaner(select=args.select, ignore=args.ignore) if args.site or args.select or args.ignore else None
    except ValueError as err:
        print(f"clean-article: --{err} (see 'clean-article rules')", file=sys.stderr)
        return EXIT_USAGE
    if args.site and args.site not in loaded.sites:
        print(f"clean-article: unknown site {args.site!r}; known: {', '.join(sorted(loaded.sites))}",
              file=sys.stderr)
        return EXIT_USAGE
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None
    summary = Summary()
    try:
        if args.input_dir:
            status = _clean_tree(args, opts, summary, errors)
        else:
            status = _clean_files(args, opts, summary, errors)
    except KeyboardInterrupt:
        return 130
    finally:
        if errors is not None:
            errors.close()
    if not args.quiet and (args.input_dir or summary.documents > 1 or summary.failed or summary.no_text):
        print(summary.line(), file=sys.stderr)
    return status


def _format(args, jsonl_input: bool) -> str:
    if args.format:
        return "jsonl" if args.format == "json" else args.format
    return "jsonl" if jsonl_input or args.label_only else "text"


def _consume(outcomes, out, args, opts, summary, errors, fmt, progress=None) -> int:
    status = EXIT_OK
    for outcome in outcomes:
        summary.add(outcome)
        if progress is not None:
            progress.update(1)
        if outcome.error is not None:
            report_error(outcome, errors)
            status = EXIT_FAILED
            if args.fail_fast:
                break
            continue
        summary.warn_if_html(outcome, opts.keys.html)
        if args.trace:
            for r in outcome.result.removals:
                print(f"{outcome.where}:{r.line}: {r.rule} {r.text.strip()}", file=sys.stderr)
        write_outcome(out, outcome, fmt, opts.keys, args.keep_text, args.label_only)
    return status


def _clean_files(args, opts, summary, errors) -> int:
    paths = list(iter_files(args.files or ["-"]))
    jsonl = opts.input_format == "jsonl" or any(p != "-" and is_jsonl_path(p) for p in paths)
    fmt = _format(args, jsonl)
    items = (item for path in paths for item in read_items(path, opts))
    outcomes = run(items, opts, workers=args.workers or 1)
    if args.output:
        with atomic_writer(args.output) as out:
            return _consume(outcomes, out, args, opts, summary, errors, fmt)
    return _consume(outcomes, sys.stdout, args, opts, summary, errors, fmt)


def _clean_tree(args, opts, summary, errors) -> int:
    """Every file under --input-dir into its mirror under --output-dir. All the files' documents
    go through one ``run`` (one cleaner, one pool of workers, which keeps every worker busy), and
    each file's outcomes, which come back in input order, are written to that file's output."""
    workers = args.workers or os.cpu_count() or 1
    files = list(iter_files([args.input_dir]))
    inside = os.path.realpath(args.output_dir)
    if inside != os.path.realpath(args.input_dir):  # an output dir inside the input: not an input
        files = [path for path in files if not os.path.realpath(path).startswith(inside + os.sep)]
    progress = _progress(len(files), args.quiet)
    owners: deque[int] = deque()  # the file of each document handed to run, in order

    def items():
        for n, path in enumerate(files):
            for item in read_items(path, opts):
                owners.append(n)
                yield item

    def write(n: int, outcomes) -> int:
        path = files[n]
        jsonl = opts.input_format == "jsonl" or (opts.input_format == "auto" and is_jsonl_path(path))
        fmt = _format(args, jsonl)
        target = os.path.join(args.output_dir, os.path.relpath(path, args.input_dir))
        if not jsonl and fmt == "text" and target.lower().endswith((".html", ".htm")):
            target = target.rsplit(".", 1)[0] + ".txt"
        with atomic_writer(target) as out:
            found = _consume(outcomes, out, args, opts, summary, errors, fmt)
        if progress is not None:
            progress.update(1)
        return found

    outcomes = run(items(), opts, workers)
    status = EXIT_OK
    written = 0  # files before this one have their output
    try:
        for n, group in groupby(outcomes, key=lambda _: owners.popleft()):
            for empty in range(written, n):  # files without a document (an empty JSONL file)
                write(empty, ())
            status |= write(n, group)
            written = n + 1
            if status and args.fail_fast:
                return status
        for empty in range(written, len(files)):
            write(empty, ())
    finally:
        outcomes.close()  # (shuts the workers down when the run stops early)
        if progress is not None:
            progress.close()
    return status


def _progress(total: int, quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover
        return None
    return tqdm(total=total, unit="file", file=sys.stderr)


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
    """Pop every ``--rules-dir DIR`` (any command) and hand the dirs to the rule-file plugin;
    ``NotADirectoryError`` for one that is not a directory."""
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
    for d in dirs:
        if not os.path.isdir(d):
            raise NotADirectoryError(d)
    _RULES_DIRS[:] = dirs
    if dirs:
        from clean_article_plugins.rulefiles import add_rules_dir

        for d in dirs:
            add_rules_dir(d)
    return rest


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        argv = _take_rules_dirs(argv)  # --rules-dir DIR: also load the rule files (*.toml) in DIR
    except NotADirectoryError as err:  # (its site's rules would silently not run)
        print(f"clean-article: --rules-dir {err}: not a directory", file=sys.stderr)
        return EXIT_USAGE
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "clean")
    args = build_parser().parse_args(argv)
    command = {"clean": cmd_clean, "rules": cmd_rules, "rule": cmd_rule,
               "check-rules": cmd_check_rules, "learn": cmd_learn}[args.command]
    try:
        status = command(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's final flush
        return status
    except BrokenPipeError:
        # The reader went away (``clean-article rules | head``): stop quietly, as Unix tools do.
        # stdout is pointed at devnull so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, the shell's status for a process ended by a closed pipe


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
