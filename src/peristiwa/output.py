"""The output schema (docs/schema.md) and its three renderings: JSONL, CSV and a table.

`event_record` turns an Event into the schema's plain mapping; the store returns rows in the
same shape, so `peristiwa code` and `peristiwa events` print identical records.
"""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO
from collections.abc import Iterable

from peristiwa.records import ActorRef, Event, Location

SCHEMA_VERSION = "1"
FORMATS = ("jsonl", "csv", "table")


def actor_record(ref: ActorRef | None, text: str | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"text": text, "name": ref.name, "code": ref.code, "country": ref.country,
            "sector": ref.sector, "actor_id": ref.actor_id}


def location_record(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    return {"name": loc.name, "country": loc.country, "admin1": loc.admin1, "lat": loc.lat,
            "lon": loc.lon, "feature": loc.feature, "how": loc.how, "place_id": loc.place_id}


def event_record(ev: Event) -> dict[str, Any]:
    return {
        "event_id": ev.event_id,
        "article_id": ev.article_id,
        "sentence_index": ev.sentence_index,
        "sentence": ev.sentence,
        "span": list(ev.span),
        "trigger": ev.trigger,
        "source": actor_record(ev.source, ev.source_text),
        "target": actor_record(ev.target, ev.target_text),
        "cameo": ev.cameo,
        "cameo_root": ev.cameo_root,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "plover": {"event_type": ev.plover_type, "mode": ev.plover_mode},
        "date": ev.date.value.isoformat() if ev.date.value else None,
        "date_precision": ev.date.precision,
        "date_source": ev.date.source,
        "date_text": ev.date.text,
        "location": location_record(ev.location),
        "rule": ev.rule,
        "confidence": ev.confidence,
        "modality": ev.modality,
        "reciprocal": ev.sym,
        "resources_version": ev.resources_version,
        "schema_version": SCHEMA_VERSION,
    }


CSV_COLUMNS = (
    "event_id article_id sentence_index date date_precision date_source "
    "source_name source_code source_country source_sector target_name target_code "
    "target_country target_sector cameo cameo_root quad_class goldstein plover_type "
    "plover_mode location_name location_country location_admin1 location_lat location_lon "
    "rule confidence modality trigger span_start span_end sentence"
).split()


def flat(rec: dict[str, Any]) -> dict[str, Any]:
    src, tgt, loc = rec.get("source") or {}, rec.get("target") or {}, rec.get("location") or {}
    out = {k: rec.get(k) for k in CSV_COLUMNS if k in rec}
    for prefix, d in (("source", src), ("target", tgt)):
        for k in ("name", "code", "country", "sector"):
            out[f"{prefix}_{k}"] = d.get(k)
    for k in ("name", "country", "admin1", "lat", "lon"):
        out[f"location_{k}"] = loc.get(k)
    out["plover_type"] = (rec.get("plover") or {}).get("event_type")
    out["plover_mode"] = (rec.get("plover") or {}).get("mode")
    span = rec.get("span") or [None, None]
    out["span_start"], out["span_end"] = span[0], span[1]
    return out


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _cut(value: Any, width: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


TABLE = (("article", "article_id", 12), ("date", "date", 10), ("source", "source_code", 10),
         ("src name", "source_name", 22), ("cameo", "cameo", 5), ("target", "target_code", 10),
         ("tgt name", "target_name", 22), ("place", "location_name", 14),
         ("rule", "rule", 18), ("trigger", "trigger", 16))


def render_table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    sep = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join([line, sep, *body])


def write_table(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    rows = [[_cut(flat(r).get(key), width) for _, key, width in TABLE] for r in records]
    out.write(render_table(rows, [h for h, _, _ in TABLE]) + "\n")
    out.write(f"({len(rows)} event{'s' if len(rows) != 1 else ''})\n")
    return len(rows)


class EventWriter:
    """Writes event records as they come: JSONL and CSV stream (a long run holds no events in
    memory); a table needs every row for its widths, so it is written on close."""

    def __init__(self, fmt: str, out: TextIO):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        self.fmt, self.out, self.rows, self.count = fmt, out, [], 0
        self.csv = None
        if fmt == "csv":
            self.csv = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
            self.csv.writeheader()

    def add(self, records: Iterable[dict[str, Any]]) -> None:
        if self.fmt == "jsonl":
            self.count += write_jsonl(records, self.out)
        elif self.csv is not None:
            for rec in records:
                self.csv.writerow(flat(rec))
                self.count += 1
        else:
            self.rows.extend(records)

    def close(self) -> None:
        if self.fmt == "table":
            self.count = write_table(self.rows, self.out)


def write(records: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    """Write all records in one format; returns how many."""
    writer = EventWriter(fmt, out)
    writer.add(records)
    writer.close()
    return writer.count
