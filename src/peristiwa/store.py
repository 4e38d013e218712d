"""The embedded event store: one DuckDB file with `articles` and `events` tables.

Writes come in batches as Arrow tables, inside one transaction per batch: the batch's articles
and their old events are deleted and the new ones inserted, so re-coding an article replaces
its events (nothing duplicated, nothing lost) and an interrupted run leaves the store as it was
after the last finished batch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from collections.abc import Iterable

import duckdb
import pyarrow as pa

from peristiwa.errors import StoreError
from peristiwa.output import event_record, flat
from peristiwa.records import ArticleResult

_EVENT_COLUMNS: tuple[tuple[str, str, Any], ...] = (
    ("event_id", "VARCHAR PRIMARY KEY", pa.string()),
    ("article_id", "VARCHAR NOT NULL", pa.string()),
    ("sentence_index", "INTEGER", pa.int32()),
    ("sentence", "VARCHAR", pa.string()),
    ("span_start", "INTEGER", pa.int32()),
    ("span_end", "INTEGER", pa.int32()),
    ("trigger", "VARCHAR", pa.string()),
    ("source_text", "VARCHAR", pa.string()),
    ("source_name", "VARCHAR", pa.string()),
    ("source_code", "VARCHAR", pa.string()),
    ("source_country", "VARCHAR", pa.string()),
    ("source_sector", "VARCHAR", pa.string()),
    ("source_actor_id", "VARCHAR", pa.string()),
    ("target_text", "VARCHAR", pa.string()),
    ("target_name", "VARCHAR", pa.string()),
    ("target_code", "VARCHAR", pa.string()),
    ("target_country", "VARCHAR", pa.string()),
    ("target_sector", "VARCHAR", pa.string()),
    ("target_actor_id", "VARCHAR", pa.string()),
    ("cameo", "VARCHAR", pa.string()),
    ("cameo_root", "VARCHAR", pa.string()),
    ("quad_class", "INTEGER", pa.int32()),
    ("goldstein", "DOUBLE", pa.float64()),
    ("plover_type", "VARCHAR", pa.string()),
    ("plover_mode", "VARCHAR", pa.string()),
    ("date", "DATE", pa.date32()),
    ("date_precision", "VARCHAR", pa.string()),
    ("date_source", "VARCHAR", pa.string()),
    ("date_text", "VARCHAR", pa.string()),
    ("location_name", "VARCHAR", pa.string()),
    ("location_country", "VARCHAR", pa.string()),
    ("location_admin1", "VARCHAR", pa.string()),
    ("location_lat", "DOUBLE", pa.float64()),
    ("location_lon", "DOUBLE", pa.float64()),
    ("location_feature", "VARCHAR", pa.string()),
    ("location_how", "VARCHAR", pa.string()),
    ("location_place_id", "VARCHAR", pa.string()),
    ("rule", "VARCHAR", pa.string()),
    ("confidence", "DOUBLE", pa.float64()),
    ("modality", "VARCHAR", pa.string()),
    ("reciprocal", "BOOLEAN", pa.bool_()),
    ("resources_version", "VARCHAR", pa.string()),
)
_ARTICLE_COLUMNS: tuple[tuple[str, str, Any], ...] = (
    ("article_id", "VARCHAR PRIMARY KEY", pa.string()),
    ("published", "DATE", pa.date32()),
    ("title", "VARCHAR", pa.string()),
    ("url", "VARCHAR", pa.string()),
    ("outlet", "VARCHAR", pa.string()),
    ("origin", "VARCHAR", pa.string()),
    ("dateline_place", "VARCHAR", pa.string()),
    ("dateline_outlet", "VARCHAR", pa.string()),
    ("sentences", "INTEGER", pa.int32()),
    ("events", "INTEGER", pa.int32()),
    ("removed", "INTEGER", pa.int32()),
    ("metadata", "VARCHAR", pa.string()),
)


def _ddl(name: str, cols: tuple[tuple[str, str, Any], ...]) -> str:
    return f"CREATE TABLE IF NOT EXISTS {name} (" + ", ".join(f'"{c}" {t}' for c, t, _ in
                                                            cols) + ")"


def _event_row(rec: dict[str, Any]) -> dict[str, Any]:
    row = flat(rec)
    src, tgt, loc = rec["source"] or {}, rec["target"] or {}, rec["location"] or {}
    row.update(source_text=src.get("text"), source_actor_id=src.get("actor_id"),
               target_text=tgt.get("text"), target_actor_id=tgt.get("actor_id"),
               location_feature=loc.get("feature"), location_how=loc.get("how"),
               location_place_id=loc.get("place_id"), date_text=rec.get("date_text"),
               trigger=rec.get("trigger"), reciprocal=rec.get("reciprocal"),
               resources_version=rec.get("resources_version"), sentence=rec.get("sentence"))
    row["date"] = date.fromisoformat(rec["date"]) if rec.get("date") else None
    return row


def _article_row(res: ArticleResult) -> dict[str, Any]:
    a, dl = res.article, res.clean.dateline
    return {"article_id": a.article_id, "published": a.published, "title": a.title,
            "url": a.url, "outlet": a.outlet, "origin": a.origin,
            "dateline_place": dl.place if dl else None,
            "dateline_outlet": dl.outlet if dl else None,
            "sentences": res.body_sentences, "events": len(res.events),
            "removed": len(res.clean.removals),
            "metadata": json.dumps(dict(a.metadata), ensure_ascii=False) if a.metadata else None}


def _table(rows: list[dict[str, Any]], cols: tuple[tuple[str, str, Any], ...]) -> pa.Table:
    schema = pa.schema([(c, t) for c, _, t in cols])
    return pa.Table.from_pylist([{c: r.get(c) for c, _, _ in cols} for r in rows],
                                schema=schema)


def row_to_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row back into the output schema."""

    def actor(prefix: str) -> dict[str, Any] | None:
        if row.get(f"{prefix}_name") is None and row.get(f"{prefix}_code") is None:
            return None
        return {k: row.get(f"{prefix}_{k}") for k in
                ("text", "name", "code", "country", "sector", "actor_id")}

    loc = None
    if row.get("location_name"):
        loc = {k: row.get(f"location_{k}") for k in
               ("name", "country", "admin1", "lat", "lon", "feature", "how", "place_id")}
    d = row.get("date")
    return {
        "event_id": row["event_id"], "article_id": row["article_id"],
        "sentence_index": row["sentence_index"], "sentence": row["sentence"],
        "span": [row["span_start"], row["span_end"]], "trigger": row["trigger"],
        "source": actor("source"), "target": actor("target"),
        "cameo": row["cameo"], "cameo_root": row["cameo_root"],
        "quad_class": row["quad_class"], "goldstein": row["goldstein"],
        "plover": {"event_type": row["plover_type"], "mode": row["plover_mode"]},
        "date": d.isoformat() if d else None, "date_precision": row["date_precision"],
        "date_source": row["date_source"], "date_text": row["date_text"], "location": loc,
        "rule": row["rule"], "confidence": row["confidence"], "modality": row["modality"],
        "reciprocal": row["reciprocal"], "resources_version": row["resources_version"],
        "schema_version": "1",
    }


@dataclass(frozen=True, slots=True)
class Query:
    actor: str | None = None
    country: str | None = None
    dyad: str | None = None  # "IDN-USA" (source-target); "IDN-" or "-USA" for one side
    root: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    article: str | None = None
    limit: int | None = None


class Store:
    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"no event store at {self.path}; run `peristiwa code` first")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the event store {self.path}: {exc}") from exc
        if not read_only:
            self.con.execute(_ddl("articles", _ARTICLE_COLUMNS))
            self.con.execute(_ddl("events", _EVENT_COLUMNS))

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, results: Iterable[ArticleResult]) -> int:
        """Replace the articles of this batch and their events, in one transaction."""
        results = list(results)
        if not results:
            return 0
        arts = {r.article.article_id: _article_row(r) for r in results}
        events: dict[str, dict[str, Any]] = {}
        for r in results:
            for ev in r.events:
                events[ev.event_id] = _event_row(event_record(ev))
        art_table = _table(list(arts.values()), _ARTICLE_COLUMNS)  # noqa: F841 (used in SQL)
        ev_table = _table(list(events.values()), _EVENT_COLUMNS)  # noqa: F841
        ids = pa.table({"article_id": pa.array(list(arts), pa.string())})  # noqa: F841
        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            con.register("batch_ids", ids)
            con.register("batch_articles", art_table)
            con.register("batch_events", ev_table)
            con.execute("DELETE FROM events WHERE article_id IN (SELECT article_id FROM batch_ids)")
            con.execute("DELETE FROM articles WHERE article_id IN "
                        "(SELECT article_id FROM batch_ids)")
            con.execute("INSERT INTO articles SELECT * FROM batch_articles")
            con.execute("INSERT INTO events SELECT * FROM batch_events")
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"writing a batch to {self.path} failed, nothing of it was "
                             f"stored: {exc}") from exc
        finally:
            for name in ("batch_ids", "batch_articles", "batch_events"):
                con.unregister(name)
        return len(events)

    def query(self, q: Query) -> list[dict[str, Any]]:
        where, params = [], []
        if q.actor:
            like = f"%{q.actor.lower()}%"
            where.append("(lower(source_name) LIKE ? OR lower(target_name) LIKE ? OR "
                         "lower(source_code) LIKE ? OR lower(target_code) LIKE ? OR "
                         "source_actor_id = ? OR target_actor_id = ?)")
            params += [like, like, like, like, q.actor, q.actor]
        if q.country:
            where.append("(source_country = ? OR target_country = ?)")
            params += [q.country.upper()] * 2
        if q.dyad:
            a, _, b = q.dyad.upper().partition("-")
            if a:
                where.append("source_country = ?")
                params.append(a)
            if b:
                where.append("target_country = ?")
                params.append(b)
        if q.root:
            where.append("cameo_root = ?")
            params.append(q.root.zfill(2))
        if q.date_from:
            where.append("date >= ?")
            params.append(q.date_from)
        if q.date_to:
            where.append("date <= ?")
            params.append(q.date_to)
        if q.article:
            where.append("article_id = ?")
            params.append(q.article)
        sql = "SELECT * FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date NULLS LAST, article_id, sentence_index, span_start, event_id"
        if q.limit:
            sql += f" LIMIT {int(q.limit)}"
        cur = self.con.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [row_to_record(dict(zip(cols, r, strict=True))) for r in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        a = self.con.execute("SELECT count(*) FROM articles").fetchone()[0]
        e = self.con.execute("SELECT count(*) FROM events").fetchone()[0]
        return {"articles": a, "events": e}

    def stats(self) -> dict[str, list[tuple]]:
        run = self.con.execute
        return {
            "root": run("SELECT cameo_root, count(*) n FROM events GROUP BY 1 ORDER BY 1"
                        ).fetchall(),
            "dyad": run("SELECT coalesce(source_country,'?') || '-' || "
                        "coalesce(target_country,'(none)') d, count(*) n FROM events "
                        "GROUP BY 1 ORDER BY n DESC, d LIMIT 20").fetchall(),
            "month": run("SELECT coalesce(strftime(date, '%Y-%m'), '(none)') m, count(*) n "
                         "FROM events GROUP BY 1 ORDER BY 1").fetchall(),
        }
