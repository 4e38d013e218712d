"""Batch coding: read inputs, code articles (in this process or a pool), store in batches,
report progress through a callback, and turn every per-article problem into a Failure."""

from __future__ import annotations

import logging
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from collections.abc import Callable, Iterable, Iterator

from peristiwa.errors import PeristiwaError
from peristiwa.ingest import Skipped
from peristiwa.pipeline import code_article
from peristiwa.records import Article, ArticleResult, Failure
from peristiwa.resources import Resources, load_resources
from peristiwa.settings import Settings

log = logging.getLogger(__name__)
Progress = Callable[["RunSummary"], None]


@dataclass
class RunSummary:
    articles: int = 0
    sentences: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    total: int | None = None  # articles expected, when known (for the progress bar)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0


def code_one(article: Article, res: Resources, settings: Settings) -> ArticleResult | Failure:
    """Code one article; any error becomes a Failure naming the article and the reason."""
    try:
        return code_article(article, res, settings)
    except PeristiwaError as exc:
        return Failure(article.origin or article.article_id, str(exc), article.article_id)
    except Exception as exc:  # a bug must not stop the batch; it is reported, not hidden
        log.exception("internal error coding %s", article.article_id)
        return Failure(article.origin or article.article_id,
                       f"internal error: {type(exc).__name__}: {exc}", article.article_id)


_WORKER: tuple[Resources, Settings] | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER
    _WORKER = (load_resources(settings.dict_dirs), settings)


def _work(article: Article) -> ArticleResult | Failure:
    assert _WORKER is not None
    return code_one(article, *_WORKER)


def _results(items: Iterable[Article], res: Resources, settings: Settings, workers: int
             ) -> Iterator[ArticleResult | Failure]:
    if workers <= 1:
        for art in items:
            yield code_one(art, res, settings)
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        yield from pool.map(_work, items, chunksize=16)


def run(inputs: Iterable[Article | Failure | Skipped], res: Resources, settings: Settings,
        sink: Callable[[list[ArticleResult]], None] | None = None,
        on_result: Callable[[ArticleResult], None] | None = None,
        progress: Progress | None = None, workers: int = 1, batch_size: int = 500,
        total: int | None = None) -> RunSummary:
    """Code every article; `sink` receives batches (the store), `on_result` each result."""
    summary = RunSummary(total=total)
    start = time.perf_counter()
    batch: list[ArticleResult] = []

    def articles() -> Iterator[Article]:
        for item in inputs:
            if isinstance(item, Failure):
                summary.failures.append(item)
            elif isinstance(item, Skipped):
                summary.skipped.append(item)
            else:
                yield item

    def flush() -> None:
        if sink and batch:
            sink(list(batch))
        batch.clear()

    for result in _results(articles(), res, settings, workers):
        if isinstance(result, Failure):
            summary.failures.append(result)
        else:
            summary.articles += 1
            summary.sentences += result.body_sentences
            summary.events += len(result.events)
            # results are kept only for a sink: nobody else reads the batch, and holding
            # hundreds of results makes the garbage collector scan them again and again
            if sink:
                batch.append(result)
            if on_result:
                on_result(result)
            if len(batch) >= batch_size:
                flush()
        summary.seconds = time.perf_counter() - start
        if progress:
            progress(summary)
    flush()
    summary.seconds = time.perf_counter() - start
    return summary
