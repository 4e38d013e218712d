"""The immutable bundle of language resources, and the one validating loader that builds it.

`load_resources()` reads every file under the package's `data/` folder (plus user folders given
in the settings), validates every entry, builds the lookup indices and returns a `Resources`
bundle. A broken file fails loudly with file and entry. The bundle pickles, so the same pure
pipeline runs in a process pool or in Spark.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any, TypeVar
from collections.abc import Callable, Iterable, Iterator

import yaml

from peristiwa.errors import DataError
from peristiwa.resources.entries import (
    ACTOR_KINDS,
    ActorEntry,
    CameoCode,
    Pattern,
    Place,
    parse_actor,
    parse_pattern,
    parse_place,
)
from peristiwa.resources.frozen import FrozenDict, PhraseIndex

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10x faster
DATA_DIR = Path(str(importlib_resources.files("peristiwa") / "data"))


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    id: str
    kind: str  # line | label | inline
    regex: re.Pattern[str]
    example: str


_NO_WORDS: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Resources:
    version: str
    files: tuple[str, ...]
    furniture: tuple[FurnitureRule, ...]
    words: FrozenDict  # list name -> frozenset of lowercase words/phrases
    tables: FrozenDict  # mapping name -> FrozenDict (e.g. intent codes by root)
    cameo: FrozenDict  # code -> CameoCode
    actors: FrozenDict  # id -> ActorEntry
    actor_index: PhraseIndex  # case-sensitive alias phrases -> actor ids
    actor_lower_index: PhraseIndex  # lowercase phrases -> actor ids
    patterns: tuple[Pattern, ...]
    trigger_index: FrozenDict  # first trigger root -> tuple of patterns
    places: FrozenDict  # id -> Place
    place_index: PhraseIndex  # alias phrases -> place ids

    def __repr__(self) -> str:
        return (f"Resources(version={self.version}, actors={len(self.actors)}, "
                f"patterns={len(self.patterns)}, places={len(self.places)})")

    def word_set(self, name: str) -> frozenset[str]:
        return self.words.get(name, _NO_WORDS)

    def derived(self, name: str, build: Callable[[Resources], T]) -> T:
        """A value the rules compute from these resources, built once per resources version
        under `name` (the bundle is frozen and pickled to workers, so the values are kept
        beside it rather than in it)."""
        try:  # (asked about ten times a sentence: two subscripts are the cheapest way in,
            # compiled or not, and a value is missing only once per resources version)
            return _DERIVED[self.version][name]
        except KeyError:
            values = _DERIVED.setdefault(self.version, {})
        found = values[name] = build(self)
        return found

    def memo(self, name: str) -> dict:
        """A memo dict kept per resources version under `name` (the rules' caches of what a
        word gives under these resources)."""
        try:  # (asked for by the rules of every sentence: `derived`'s way in, without the
            # second call)
            return _DERIVED[self.version][name]
        except KeyError:
            return self.derived(name, _new_memo)

    def lists(self) -> WordLists:
        """The word lists by attribute (`res.lists().negation`), for rules that read many."""
        try:  # (as in `memo`)
            return _DERIVED[self.version]["word_lists"]
        except KeyError:
            return self.derived("word_lists", WordLists)

    def law_sectors(self) -> frozenset[str]:
        """The sectors of police, prosecutors and courts (lexicon law_enforcement_sectors):
        rules ask for them on every trigger."""
        return self.derived("law_sectors", _law_sectors)


class WordLists:
    """The word lists of a Resources bundle as attributes: `word_set(name)` read once, then a
    plain attribute (cheaper in the rules' loops than a call)."""

    def __init__(self, res: Resources):
        self._res = res

    def __getattr__(self, name: str) -> frozenset[str]:  # (only for a name not read before)
        if name.startswith("_"):
            raise AttributeError(name)
        found = self._res.word_set(name)
        setattr(self, name, found)
        return found


def _new_memo(res: Resources) -> dict:
    return {}


def _law_sectors(res: Resources) -> frozenset[str]:
    return frozenset(s.upper() for s in res.word_set("law_enforcement_sectors"))


T = TypeVar("T")
_DERIVED: dict[str, dict[str, Any]] = {}  # resources version -> name -> derived value


def _place_aliases(place: Place) -> list[str]:
    """A landmark's aliases, plus the forms news writes with a lower-case generic head
    ("di depan gedung DPR" for "Gedung DPR")."""
    out = list(place.aliases)
    if place.type == "landmark":
        out += [a[0].lower() + a[1:] for a in place.aliases if " " in a and a[0].isupper()]
    return out


def _read_yaml(path: Path, problems: list[str]) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        problems.append(f"{path.name}: not valid YAML: {exc}")
        return None


def _read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t",
                               quoting=csv.QUOTE_NONE))


def _files(dirs: Iterable[Path], sub: str, suffix: str) -> Iterator[Path]:
    for d in dirs:
        folder = d / sub
        if folder.is_dir():
            yield from sorted(folder.glob(f"*{suffix}"))


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(DATA_DIR))
    except ValueError:
        return str(path)


def _packaged(rel: str) -> bool:
    """Entries from the package's own files must have unique ids; a user folder overrides."""
    return not Path(rel).is_absolute()


def _check_header(path: Path, problems: list[str]) -> None:
    head = path.read_text(encoding="utf-8")[:1500]
    if "source" not in head or "reviewed" not in head:
        problems.append(f"{_rel(path)}: header must say its source and when it was reviewed")


def _load_cameo(dirs: list[Path], problems: list[str]) -> dict[str, CameoCode]:
    out: dict[str, CameoCode] = {}
    for path in _files(dirs, "cameo", ".tsv"):
        _check_header(path, problems)
        for i, row in enumerate(_read_tsv(path), start=2):
            try:
                code = row["code"].strip()
                out[code] = CameoCode(code, row["name"], float(row["goldstein"]),
                                      int(row["quad_class"]), row.get("plover_type") or None,
                                      row.get("plover_mode") or None)
            except (KeyError, ValueError, AttributeError) as exc:
                problems.append(f"{_rel(path)}: row {i}: {exc}")
    if not out:
        problems.append("cameo/: no CAMEO code table found")
    return out


def _load_furniture(dirs: list[Path], problems: list[str]) -> list[FurnitureRule]:
    rules: dict[str, FurnitureRule] = {}
    for path in _files(dirs, "lexicon", "furniture.yaml"):
        doc = _read_yaml(path, problems) or {}
        for raw in doc.get("rules") or []:
            rid = raw.get("id") if isinstance(raw, dict) else None
            try:
                flags = 0 if raw.get("case") else re.IGNORECASE
                if raw.get("kind") not in ("line", "label", "inline"):
                    raise ValueError(f"kind {raw.get('kind')!r} must be line, label or inline")
                rules[rid] = FurnitureRule(rid, raw["kind"], re.compile(raw["pattern"], flags),
                                           str(raw.get("example", "")))
            except (re.error, KeyError, ValueError, AttributeError, TypeError) as exc:
                problems.append(f"{_rel(path)}: rule {rid}: {exc}")
    return list(rules.values())


def _load_words(dirs: list[Path], problems: list[str]) -> tuple[dict, dict]:
    words: dict[str, frozenset[str]] = {}
    tables: dict[str, FrozenDict] = {}
    for path in _files(dirs, "lexicon", ".yaml"):
        if path.name == "furniture.yaml":
            continue
        _check_header(path, problems)
        doc = _read_yaml(path, problems) or {}
        for name, value in doc.items():
            if name == "meta":
                continue
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                words[name] = frozenset(v.lower() for v in value)
            elif isinstance(value, dict):
                tables[name] = FrozenDict({str(k): v for k, v in value.items()})
            elif isinstance(value, list):
                bad = [v for v in value if not isinstance(v, str)]
                problems.append(f"{_rel(path)}: {name}: items {bad!r} are not strings "
                                "(quote YAML words such as no, yes, on, off)")
            else:
                problems.append(f"{_rel(path)}: {name}: must be a list of words or a mapping")
    return words, tables


def _load_actors(dirs: list[Path], problems: list[str]) -> dict[str, ActorEntry]:
    actors: dict[str, ActorEntry] = {}
    for path in _files(dirs, "actors", ".yaml"):
        _check_header(path, problems)
        doc = _read_yaml(path, problems)
        if not isinstance(doc, dict):
            problems.append(f"{_rel(path)}: must be a mapping with kind and actors")
            continue
        kind = doc.get("kind")
        if kind not in ACTOR_KINDS:
            problems.append(f"{_rel(path)}: kind {kind!r} must be one of {sorted(ACTOR_KINDS)}")
            continue
        seen: set[str] = set()
        for raw in doc.get("actors") or []:
            rid = raw.get("id") if isinstance(raw, dict) else None
            try:
                entry = parse_actor(raw, kind, _rel(path))
            except (ValueError, TypeError) as exc:
                problems.append(f"{_rel(path)}: {rid}: {exc}")
                continue
            if entry.id in seen:
                problems.append(f"{_rel(path)}: {entry.id}: duplicate id in this file")
            seen.add(entry.id)
            prior = actors.get(entry.id)
            if prior and _packaged(prior.file) and _packaged(entry.file):
                problems.append(f"{_rel(path)}: {entry.id}: id already used in {prior.file}")
            actors[entry.id] = entry  # a user folder overrides a packaged entry by id
    return actors


def _load_patterns(dirs: list[Path], cameo: dict, problems: list[str]) -> list[Pattern]:
    patterns: dict[str, Pattern] = {}
    for path in _files(dirs, "patterns", ".yaml"):
        _check_header(path, problems)
        doc = _read_yaml(path, problems)
        if not isinstance(doc, dict):
            continue
        root = str(doc.get("root", "")).zfill(2)
        for raw in doc.get("patterns") or []:
            pid = raw.get("id") if isinstance(raw, dict) else None
            try:
                pat = parse_pattern(raw, root, _rel(path), cameo)
            except (ValueError, TypeError) as exc:
                problems.append(f"{_rel(path)}: {pid}: {exc}")
                continue
            prior = patterns.get(pat.id)
            if prior and _packaged(prior.file) and _packaged(pat.file):
                problems.append(f"{_rel(path)}: {pat.id}: duplicate pattern id")
            patterns[pat.id] = pat
    return list(patterns.values())


def _load_places(dirs: list[Path], problems: list[str]) -> dict[str, Place]:
    places: dict[str, Place] = {}
    for path in _files(dirs, "gazetteer", ".tsv"):
        _check_header(path, problems)
        for i, row in enumerate(_read_tsv(path), start=2):
            try:
                place = parse_place(row)
            except (ValueError, TypeError) as exc:
                problems.append(f"{_rel(path)}: row {i} ({row.get('id')}): {exc}")
                continue
            places[place.id] = place
    return places


def _version(dirs: list[Path]) -> tuple[str, tuple[str, ...]]:
    digest = hashlib.sha256()
    names = []
    for d in dirs:
        for path in sorted(p for p in d.rglob("*") if p.is_file() and p.suffix in
                           (".yaml", ".tsv", ".txt")):
            digest.update(_rel(path).encode())
            digest.update(path.read_bytes())
            names.append(_rel(path))
    return digest.hexdigest()[:12], tuple(names)


SUBFOLDERS = ("cameo", "lexicon", "actors", "patterns", "gazetteer")


def _build(dirs: list[Path], packaged: tuple[str, ...] = SUBFOLDERS) -> Resources:
    """Build from the package's data (the subfolders named in `packaged`) plus `dirs`."""
    def for_sub(sub: str) -> list[Path]:
        return ([DATA_DIR] if sub in packaged else []) + dirs

    problems: list[str] = []
    cameo = _load_cameo(for_sub("cameo"), problems)
    furniture = _load_furniture(for_sub("lexicon"), problems)
    words, tables = _load_words(for_sub("lexicon"), problems)
    actors = _load_actors(for_sub("actors"), problems)
    patterns = _load_patterns(for_sub("patterns"), cameo, problems)
    places = _load_places(for_sub("gazetteer"), problems)
    if problems:
        raise DataError(problems)
    actor_index = PhraseIndex.build((a, e.id) for e in actors.values() for a in e.aliases)
    lower_index = PhraseIndex.build(
        (a.lower(), e.id) for e in actors.values() for a in e.lower
    )
    triggers: dict[str, list[Pattern]] = {}
    for p in patterns:
        triggers.setdefault(p.trigger[0], []).append(p)
    place_index = PhraseIndex.build((a, p.id) for p in places.values()
                                    for a in _place_aliases(p))
    version, names = _version([DATA_DIR, *dirs] if packaged else dirs)
    return Resources(
        version=version,
        files=names,
        furniture=tuple(furniture),
        words=FrozenDict(words),
        tables=FrozenDict(tables),
        cameo=FrozenDict(cameo),
        actors=FrozenDict(actors),
        actor_index=actor_index,
        actor_lower_index=lower_index,
        patterns=tuple(patterns),
        trigger_index=FrozenDict({k: tuple(v) for k, v in triggers.items()}),
        places=FrozenDict(places),
        place_index=place_index,
    )


@lru_cache(maxsize=8)
def _cached(dirs: tuple[str, ...], packaged: tuple[str, ...]) -> Resources:
    return _build([Path(d) for d in dirs], packaged)


def load_resources(dict_dirs: Iterable[str] = (),
                   packaged: tuple[str, ...] = SUBFOLDERS) -> Resources:
    """Load and validate the packaged data plus any user folders (same layout as data/).

    `packaged` names the package's subfolders to include; tests use a small fictional
    dictionary with only the packaged "cameo" and "lexicon" folders."""
    dirs = tuple(str(Path(d).resolve()) for d in dict_dirs)
    for d in dirs:
        if not Path(d).is_dir():
            raise DataError([f"dictionary folder {d} does not exist"])
    return _cached(dirs, tuple(packaged))
