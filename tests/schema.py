"""A validator of the event schema of docs/schema.md (used by the tests)."""

import re

ACTOR_KEYS = {"text", "name", "code", "country", "sector", "actor_id"}
PLACE_KEYS = {"name", "country", "admin1", "lat", "lon", "feature", "how", "place_id"}
KEYS = {"event_id", "article_id", "sentence_index", "sentence", "span", "trigger", "source",
        "target", "cameo", "cameo_root", "quad_class", "goldstein", "plover", "date",
        "date_precision", "date_source", "date_text", "location", "rule", "confidence",
        "modality", "reciprocal", "resources_version", "schema_version"}


def _actor(a, nullable):
    if a is None:
        assert nullable, "source must not be null"
        return
    assert set(a) == ACTOR_KEYS, set(a) ^ ACTOR_KEYS
    assert a["country"] is None or re.fullmatch(r"[A-Z]{3}", a["country"])
    assert a["name"]


def validate_event(ev):
    assert set(ev) == KEYS, set(ev) ^ KEYS
    assert re.fullmatch(r"[0-9a-f]{16}", ev["event_id"])
    assert isinstance(ev["sentence_index"], int) and ev["sentence"]
    a, b = ev["span"]
    assert 0 <= a < b
    _actor(ev["source"], False)
    _actor(ev["target"], True)
    assert re.fullmatch(r"\d{3,4}", ev["cameo"]) and ev["cameo"][:2] == ev["cameo_root"]
    root = int(ev["cameo_root"])
    assert ev["quad_class"] == (1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4)
    assert -10 <= ev["goldstein"] <= 10
    assert set(ev["plover"]) == {"event_type", "mode"}
    assert ev["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", ev["date"])
    assert ev["date_precision"] in ("day", "month", "year", "none")
    assert ev["date_source"] in ("text", "linked", "dominant", "published", "inferred", "none")
    if ev["location"] is not None:
        assert set(ev["location"]) == PLACE_KEYS
    assert ev["rule"] and 0 < ev["confidence"] <= 1
    assert ev["modality"] in ("asserted", "intent", "negated")
    assert ev["schema_version"] == "1"
