"""`make bench`: code the dev corpus, repeated to at least N articles, and report articles/s,
sentences/s, events and peak memory. A benchmark, not a test: it asserts nothing.

    python -m peristiwa.bench --corpus ../shared/corpus/detik-2025-dev.jsonl --articles 10000
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date
from itertools import cycle, islice
from pathlib import Path

from peristiwa import build_info
from peristiwa.ingest import read_inputs
from peristiwa.records import Article
from peristiwa.resources import load_resources
from peristiwa.runner import run
from peristiwa.settings import Settings


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=False)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--store", help="also write to this DuckDB file (measures the store too)")
    ap.add_argument("--json", help="write the figures as JSON here")
    args = ap.parse_args(argv)
    if not Path(args.corpus).exists():
        print(f"bench: corpus {args.corpus} not found; nothing measured", file=sys.stderr)
        return 0
    t0 = time.perf_counter()
    res = load_resources()
    load_s = time.perf_counter() - t0
    base = [a for a in read_inputs([args.corpus]) if isinstance(a, Article)]
    n = max(args.articles, len(base))
    items = (replace(a, article_id=f"{a.article_id}#{i // len(base)}")
             for i, a in enumerate(islice(cycle(base), n)))
    sink = None
    if args.store:
        from peristiwa.store import Store

        store = Store(args.store)
        sink = store.write
    summary = run(items, res, Settings(today=date.today()), sink=sink, workers=args.workers)
    build = build_info()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "date": date.today().isoformat(), "commit": _commit(),
        "python": platform.python_version(), "machine": platform.machine(),
        "workers": args.workers, "articles": summary.articles,
        "sentences": summary.sentences, "events": summary.events,
        "failures": len(summary.failures), "seconds": round(summary.seconds, 2),
        "articles_per_s": round(summary.rate, 1),
        "articles_per_s_per_core": round(summary.rate / max(1, args.workers), 1),
        "sentences_per_s": round(summary.sentences / summary.seconds, 1),
        "resources_load_s": round(load_s, 2), "peak_rss_mb": round(peak_mb, 1),
        "store": bool(args.store),
        # setup.py's optional build: how many of the coding modules run compiled
        "compiled_modules": f"{build['compiled']}/{build['compiled'] + len(build['python'])}",
    }
    for k, v in figures.items():
        print(f"{k:>24}: {v}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
