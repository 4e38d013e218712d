"""The real dev corpus codes end to end: no failures, no event from furniture lines.
Skipped (with the reason) when ../shared is not beside the repository."""

import re
from pathlib import Path

import pytest

from peristiwa.ingest import read_inputs
from peristiwa.records import Article, Failure
from peristiwa.runner import run
from peristiwa.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "detik-2025-dev.jsonl"
FURNITURE = re.compile(r"baca juga|scroll to continue|simak juga|advertisement|lihat juga",
                       re.I)


@pytest.mark.skipif(not CORPUS.exists(), reason=f"dev corpus not found at {CORPUS}")
def test_dev_corpus_codes_without_failures_or_furniture_events(res):
    events = []
    summary = run(read_inputs([str(CORPUS)]), res, Settings(),
                  on_result=lambda r: events.extend(r.events))
    assert summary.articles == 851 and not summary.failures
    assert summary.events == len(events) > 1000
    assert not [e for e in events if FURNITURE.search(e.sentence)]
    assert not [x for x in read_inputs([str(CORPUS)]) if isinstance(x, Failure)]
    assert all(isinstance(x, Article) for x in read_inputs([str(CORPUS)]))
