"""The command line. Only this module prints; everything else returns records or reports."""

from __future__ import annotations

import argparse
import logging
import sys
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from peristiwa import __version__
from peristiwa.errors import DataError, GoldError, PeristiwaError
from peristiwa.output import FORMATS, EventWriter, event_record, render_table, write
from peristiwa.settings import Settings, load_settings, settings_help


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dict", dest="dict_dirs", action="append", metavar="DIR",
                   help="extra dictionary folder (same layout as the package's data/)")
    p.add_argument("--config", metavar="FILE", help="settings file (default ./peristiwa.toml)")


def _output(p: argparse.ArgumentParser, default: str) -> None:
    p.add_argument("--format", choices=FORMATS, default=default, help="output format")
    p.add_argument("-o", "--output", metavar="FILE", help="write events here, not stdout")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="peristiwa",
        description="Political event data (CAMEO, PLOVER) from Indonesian news.")
    ap.add_argument("--version", action="version", version=f"peristiwa {__version__}")
    ap.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("code", help="code articles into events and store them")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=".txt, .jsonl, .html or .warc(.gz) files, folders, or - for stdin")
    p.add_argument("--published", type=_date, help="publication date for inputs without one")
    p.add_argument("--today", type=_date,
                   help="day of coding, for year inference without a publication date "
                        "(default: the system date)")
    p.add_argument("--store", default="peristiwa.duckdb", help="DuckDB file (default %(default)s)")
    p.add_argument("--no-store", action="store_true", help="do not write to the store")
    p.add_argument("--strict", action="store_true", help="exit 1 if any input failed")
    p.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    _output(p, "jsonl")
    _common(p)

    p = sub.add_parser("events", help="query events in the store")
    p.add_argument("--store", default="peristiwa.duckdb")
    p.add_argument("--actor", help="name, code or actor id (substring)")
    p.add_argument("--country", help="source or target country (ISO alpha-3)")
    p.add_argument("--dyad", help="SOURCE-TARGET countries, e.g. IDN-USA, IDN- or -ISR")
    p.add_argument("--root", help="CAMEO root, e.g. 17")
    p.add_argument("--from", dest="date_from", type=_date, help="first date")
    p.add_argument("--to", dest="date_to", type=_date, help="last date")
    p.add_argument("--article", help="one article id")
    p.add_argument("--limit", type=int)
    _output(p, "table")

    p = sub.add_parser("stats", help="counts by root, dyad and month")
    p.add_argument("--store", default="peristiwa.duckdb")

    p = sub.add_parser("check-data", help="validate every language-resource file")
    _common(p)

    p = sub.add_parser("explain", help="show how a sentence is coded, step by step")
    p.add_argument("text", help="a sentence or short text (or - for standard input)")
    p.add_argument("--published", type=_date)
    _common(p)

    p = sub.add_parser("eval", help="score the coder against gold events")
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold .jsonl files")
    p.add_argument("--corpus", action="append", metavar="JSONL",
                   help="article texts for gold files that store ids only "
                        "(default ../shared/corpus/detik-2025-dev.jsonl)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--misses", action="store_true", help="list misses and false positives")
    g.add_argument("--summary", action="store_true",
                   help="overall and per-root scores only (no per-article table), for a "
                        "held-out half whose articles should not be looked at")
    p.add_argument("--json", metavar="FILE", help="write the report as JSON")
    p.add_argument("--gate", metavar="FLOORS", help="fail when a metric is below its floor")
    p.add_argument("--update-floors", action="store_true",
                   help="raise the floors in FLOORS to the measured values")
    p.add_argument("--allow-lower", action="store_true",
                   help="with --update-floors: also lower floors (explicit)")
    _common(p)

    p = sub.add_parser("actors", help="dictionary tools")
    asub = p.add_subparsers(dest="actors_command", required=True)
    q = asub.add_parser("lookup", help="what a name resolves to")
    q.add_argument("name")
    q.add_argument("--date", type=_date, help="role on this date (default: today's roles)")
    _common(q)
    q = asub.add_parser("unknown", help="frequent unresolved names, to keep dictionaries current")
    q.add_argument("paths", nargs="+")
    q.add_argument("--top", type=int, default=30)
    _common(q)

    sub.add_parser("settings", help="list the settings and their defaults")
    return ap


def _settings(args: argparse.Namespace, **extra: Any) -> Settings:
    return load_settings(getattr(args, "config", None),
                         dict_dirs=tuple(args.dict_dirs) if getattr(args, "dict_dirs", None)
                         else None, **extra)


def _resources(settings: Settings):
    from peristiwa.resources import load_resources

    return load_resources(settings.dict_dirs)


class _Bar:
    """A one-line progress bar on stderr, drawn only on a terminal."""

    def __init__(self, stream: TextIO):
        self.stream, self.last = stream, 0.0
        self.on = stream.isatty()

    def __call__(self, s) -> None:
        import time

        now = time.monotonic()
        if not self.on or now - self.last < 0.2:
            return
        self.last = now
        if s.total:
            done = min(1.0, s.articles / s.total)
            bar = "#" * int(done * 30)
            head = f"[{bar:<30}] {s.articles}/{s.total}"
        else:
            head = f"{s.articles} articles"
        self.stream.write(f"\r{head}  {s.events} events  {s.rate:.0f} art/s  "
                          f"{len(s.failures)} failed ")
        self.stream.flush()

    def close(self) -> None:
        if self.on:
            self.stream.write("\r" + " " * 79 + "\r")


def _count_inputs(paths: list[str]) -> int | None:
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        files = [path] if path.is_file() else sorted(path.rglob("*")) if path.is_dir() else []
        for f in files:
            if f.suffix in (".txt", ".html", ".htm"):
                total += 1
            elif f.suffix == ".jsonl":
                with open(f, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif ".warc" in f.name:
                return None  # records are not counted ahead
    return total


def cmd_code(args: argparse.Namespace) -> int:
    from peristiwa.ingest import read_inputs
    from peristiwa.runner import run
    from peristiwa.store import Store

    settings = _settings(args, published=args.published, today=args.today or date.today())
    res = _resources(settings)
    with ExitStack() as stack:
        out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline="")) \
            if args.output else sys.stdout
        store = None if args.no_store else stack.enter_context(Store(args.store))
        writer = EventWriter(args.format, out)
        bar = _Bar(sys.stderr) if not args.quiet else None
        summary = run(read_inputs(args.paths, settings.published), res, settings,
                      sink=store.write if store else None,
                      on_result=lambda r: writer.add(event_record(e) for e in r.events),
                      progress=bar, workers=args.workers,
                      total=_count_inputs(args.paths) if bar and bar.on else None)
        if bar:
            bar.close()
        writer.close()
    if not args.quiet:
        _print_summary(summary, None if args.no_store else args.store)
    return 1 if args.strict and summary.failures else 0


def _print_summary(s, store: str | None) -> None:
    err = sys.stderr
    err.write(f"coded {s.articles} articles, {s.sentences} sentences, {s.events} events "
              f"in {s.seconds:.2f} s ({s.rate:.1f} articles/s); "
              f"{len(s.failures)} failed, {len(s.skipped)} skipped\n")
    for f in s.failures:
        who = f" (article {f.article_id})" if f.article_id else ""
        err.write(f"  failed: {f.origin}{who}: {f.reason}\n")
    for sk in s.skipped[:20]:
        err.write(f"  skipped: {sk.path}: {sk.reason}\n")
    if len(s.skipped) > 20:
        err.write(f"  ... and {len(s.skipped) - 20} more skipped\n")
    if store:
        err.write(f"stored in {store}\n")


def cmd_events(args: argparse.Namespace) -> int:
    from peristiwa.store import Query, Store

    q = Query(args.actor, args.country, args.dyad, args.root, args.date_from, args.date_to,
              args.article, args.limit)
    with Store(args.store, read_only=True) as store:
        rows = store.query(q)
    with ExitStack() as stack:
        out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline="")) \
            if args.output else sys.stdout
        write(rows, args.format, out)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from peristiwa.store import Store

    with Store(args.store, read_only=True) as store:
        counts, stats = store.counts(), store.stats()
    print(f"{counts['articles']} articles, {counts['events']} events in {args.store}\n")
    for title, key, head in (("By CAMEO root", "root", "root"),
                             ("By dyad (source-target country, top 20)", "dyad", "dyad"),
                             ("By month", "month", "month")):
        print(title)
        print(render_table([[str(a), str(b)] for a, b in stats[key]], [head, "events"]))
        print()
    return 0


def cmd_check_data(args: argparse.Namespace) -> int:
    settings = _settings(args)
    res = _resources(settings)
    n_examples = sum(len(p.examples) for p in res.patterns)
    roots = sorted({p.root for p in res.patterns})
    print(f"ok: {len(res.files)} files, version {res.version}")
    print(f"  {len(res.actors)} actors, {len(res.patterns)} patterns over {len(roots)} roots "
          f"({n_examples} examples), {len(res.places)} places, {len(res.cameo)} CAMEO codes, "
          f"{len(res.furniture)} furniture rules")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from peristiwa.explain import explain

    text = sys.stdin.read() if args.text == "-" else args.text
    settings = _settings(args, published=args.published)
    print(explain(text, _resources(settings), settings))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from peristiwa.evaluate import run_eval

    settings = _settings(args)
    return run_eval(args, _resources(settings), settings)


def cmd_actors(args: argparse.Namespace) -> int:
    from peristiwa.actors.tools import lookup_report, unknown_report

    settings = _settings(args)
    res = _resources(settings)
    if args.actors_command == "lookup":
        print(lookup_report(args.name, args.date, res))
    else:
        from peristiwa.ingest import read_inputs

        print(unknown_report(read_inputs(args.paths), res, settings, args.top))
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    print(render_table([list(r) for r in settings_help()], ["setting", "default", "meaning"]))
    return 0


COMMANDS = {"code": cmd_code, "events": cmd_events, "stats": cmd_stats,
            "check-data": cmd_check_data, "explain": cmd_explain, "eval": cmd_eval,
            "actors": cmd_actors, "settings": cmd_settings}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return COMMANDS[args.command](args)
    except DataError as exc:
        print(f"peristiwa: {exc}", file=sys.stderr)
        return 3
    except (GoldError, PeristiwaError) as exc:
        print(f"peristiwa: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("peristiwa: interrupted; the store keeps every finished batch", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
