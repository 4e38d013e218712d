"""Typed entries of the language resources, and the validation of raw file content into them.

Each `parse_*` function takes the raw YAML/TSV content of one file and returns entries plus a
list of problems ("file: entry id: reason"); the loader gathers all problems of all files and
fails once, loudly, with every one of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

SECTORS = frozenset(
    "GOV MIL COP JUD LEG PTY OPP REB CVL BUS EDU MED REL LAB HRI CRM ELI SPY IGO NGO AGR JRN "
    "REF UAF UNK INS SEP MNC IMG ENV HLH DEV".split()
)
GROUP_COUNTRIES = frozenset("IGO NGO IMG MNC WST EUR UNO ISM".split())
ACTOR_KINDS = frozenset("country organization institution agent person".split())
POS = frozenset(("verb", "noun"))
PREPOSITIONS = frozenset(
    "object subject dengan kepada ke terhadap atas bagi untuk pada dari oleh antara soal "
    "tentang mengenai terkait bahwa di dalam melawan bersama purpose aim next clause reason "
    "content".split()
)
_CODE3 = re.compile(r"^[A-Z]{3}$")
_CAMEO = re.compile(r"^\d{3,4}$")


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    code: str
    sector: str
    country: str | None
    start: date | None
    end: date | None

    def holds(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    code: str | None
    country: str | None
    sector: str | None
    aliases: tuple[str, ...]
    lower: tuple[str, ...]
    place: bool = False
    person: bool = False
    roles: tuple[Role, ...] = ()
    wikidata: str | None = None
    file: str = ""


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    # (source, target, code, source sectors, target sectors): the sectors acceptable, as in a
    # gold event; none given, the sector is not checked
    events: tuple[tuple[str | None, str | None, str, frozenset[str], frozenset[str]], ...]
    xfail: str | None = None  # a known limitation of the coder, with the reason


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    root: str
    code: str
    trigger: tuple[str, ...]  # one or more root words
    exclude: frozenset[str]
    pos: frozenset[str]
    target: tuple[str, ...]
    sym: bool
    intent: str | None
    negated: str | None
    examples: tuple[Example, ...]
    file: str = ""
    needs: frozenset[str] = frozenset()  # one of these words must follow within a few tokens
    unless: frozenset[str] = frozenset()  # the word right after the trigger cancels it
    unless_within: int = 1  # how many tokens after the trigger `unless` looks
    needs_within: int = 12  # how many tokens after the trigger a `needs` word may stand
    not_after: frozenset[str] = frozenset()  # one of these just before the trigger cancels it
    not_after_within: int = 1  # how many tokens before the trigger `not_after` looks
    needs_before: frozenset[str] = frozenset()  # one of these must come before the trigger
    needs_before_within: int = 6  # how many tokens before the trigger `needs_before` looks
    voice: str | None = None  # "passive": the subject is the target whatever the verb's form;
    # "speaker": the sentence's speaker acts, whatever stands around the trigger


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    aliases: tuple[str, ...]
    type: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None


def _str_list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    raise ValueError(f"expected a list of strings, got {value!r}")


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _country_ok(value: str | None) -> bool:
    return value is None or bool(_CODE3.match(value))


def parse_role(raw: dict, default_country: str | None) -> Role:
    if not isinstance(raw, dict):
        raise ValueError(f"role must be a mapping, got {raw!r}")
    code, sector = raw.get("code"), raw.get("sector")
    if not code or not isinstance(code, str):
        raise ValueError("role without code")
    if sector not in SECTORS:
        raise ValueError(f"role sector {sector!r} is not a known sector")
    start, end = _date(raw.get("start")), _date(raw.get("end"))
    if start and end and end < start:
        raise ValueError(f"role {raw.get('title') or '(untitled)'} ends ({end}) before it "
                         f"starts ({start})")
    country = raw.get("country", default_country)
    if not _country_ok(country):
        raise ValueError(f"role country {country!r} is not a 3-letter code")
    return Role(str(raw.get("title", "")), code, sector, country, start, end)


def parse_actor(raw: Any, kind: str, file: str) -> ActorEntry:
    if not isinstance(raw, dict):
        raise ValueError(f"entry must be a mapping, got {raw!r}")
    if not raw.get("id"):
        raise ValueError("entry without id")
    aliases, lower = _str_list(raw.get("aliases")), _str_list(raw.get("lower"))
    if not aliases and not lower:
        raise ValueError("entry has neither aliases nor lower forms")
    country, sector = raw.get("country"), raw.get("sector")
    if not _country_ok(country):
        raise ValueError(f"country {country!r} is not a 3-letter code")
    if sector is not None and sector not in SECTORS:
        raise ValueError(f"sector {sector!r} is not a known sector")
    roles = tuple(parse_role(r, country) for r in raw.get("roles") or ())
    if kind != "person" and roles:
        raise ValueError("only persons have roles")
    return ActorEntry(
        id=str(raw["id"]),
        name=str(raw.get("name") or (aliases[0] if aliases else lower[0])),
        kind=kind,
        code=raw.get("code"),
        country=country,
        sector=sector,
        aliases=tuple(a for a in aliases if a.strip()),
        lower=tuple(a.lower() for a in lower if a.strip()),
        place=bool(raw.get("place", False)),
        person=bool(raw.get("person", kind == "person")),
        roles=roles,
        wikidata=raw.get("wikidata"),
        file=file,
    )


def parse_example(raw: Any) -> Example:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise ValueError(f"example needs text, got {raw!r}")
    events = []
    for ev in raw.get("events") or []:
        if not isinstance(ev, dict) or "code" not in ev:
            raise ValueError(f"example event needs code: {ev!r}")
        events.append((ev.get("source"), ev.get("target"), str(ev["code"]),
                       frozenset(_str_list(ev.get("source_sector"))),
                       frozenset(_str_list(ev.get("target_sector")))))
    return Example(raw["text"], tuple(events), raw.get("xfail"))


def parse_pattern(raw: Any, root: str, file: str, cameo: dict[str, CameoCode]) -> Pattern:
    if not isinstance(raw, dict) or not raw.get("id"):
        raise ValueError(f"pattern without id: {raw!r}")
    code = str(raw.get("code", ""))
    if not _CAMEO.match(code) or code[:2] != root:
        raise ValueError(f"code {code!r} is not a CAMEO code under root {root}")
    if code not in cameo:
        raise ValueError(f"code {code} is not in the CAMEO table")
    for key in ("intent", "negated"):
        if raw.get(key) is not None and str(raw[key]) not in cameo:
            raise ValueError(f"{key} code {raw[key]!r} is not in the CAMEO table")
    trigger = str(raw.get("trigger", "")).strip().lower()
    if not trigger:
        raise ValueError("pattern without trigger")
    pos = frozenset(_str_list(raw.get("pos")) or POS)
    if not pos <= POS:
        raise ValueError(f"pos {sorted(pos)} must be within {sorted(POS)}")
    target = _str_list(raw.get("target"))
    bad = [t for t in target if t not in PREPOSITIONS]
    if bad:
        raise ValueError(f"unknown target slot(s) {bad}; use object or a preposition")
    examples = tuple(parse_example(e) for e in raw.get("examples") or ())
    if not examples:
        raise ValueError("pattern has no examples")
    voice = raw.get("voice")
    if voice not in (None, "passive", "speaker"):
        raise ValueError(f"voice must be 'passive' or 'speaker' when given, got {voice!r}")
    return Pattern(
        id=str(raw["id"]),
        root=root,
        code=code,
        trigger=tuple(trigger.split()),
        exclude=frozenset(w.lower() for w in _str_list(raw.get("exclude"))),
        pos=pos,
        target=target,
        sym=bool(raw.get("sym", False)),
        intent=str(raw["intent"]) if raw.get("intent") else None,
        negated=str(raw["negated"]) if raw.get("negated") else None,
        examples=examples,
        file=file,
        needs=frozenset(w.lower() for w in _str_list(raw.get("needs"))),
        unless=frozenset(w.lower() for w in _str_list(raw.get("unless"))),
        unless_within=_window(raw.get("unless_within", 1), "unless_within"),
        needs_within=_window(raw.get("needs_within", 12), "needs_within"),
        not_after=frozenset(w.lower() for w in _str_list(raw.get("not_after"))),
        not_after_within=_window(raw.get("not_after_within", 1), "not_after_within"),
        needs_before=frozenset(w.lower() for w in _str_list(raw.get("needs_before"))),
        needs_before_within=_window(raw.get("needs_before_within", 6), "needs_before_within"),
        voice=voice,
    )


def _window(value: Any, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 16:
        raise ValueError(f"{field} must be a whole number from 1 to 16, got {value!r}")
    return value


def parse_place(row: dict[str, str]) -> Place:
    aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
    name = (row.get("name") or "").strip()
    if not row.get("id") or not name:
        raise ValueError("place without id or name")
    country = (row.get("country") or "").strip() or None
    if not _country_ok(country):
        raise ValueError(f"country {country!r} is not a 3-letter code")

    def num(key: str) -> float | None:
        v = (row.get(key) or "").strip()
        return float(v) if v else None

    lat, lon = num("lat"), num("lon")
    if lat is not None and not -90 <= lat <= 90 or lon is not None and not -180 <= lon <= 180:
        raise ValueError(f"coordinates out of range: {lat}, {lon}")
    pop = (row.get("population") or "").strip()
    return Place(
        id=row["id"].strip(),
        name=name,
        aliases=(name, *[a for a in aliases if a != name]),
        type=(row.get("type") or "").strip() or "place",
        country=country,
        admin1=(row.get("admin1") or "").strip() or None,
        lat=lat,
        lon=lon,
        population=int(float(pop)) if pop else 0,
    )
