"""`peristiwa eval`: score the coder against gold events, exactly as the annotation guide
defines it, and guard the scores with a gate of pinned floors.

Matching: a system event matches a gold event when its evidence sentence contains the gold
`cue`, its CAMEO root is in `roots`, its source country is in `src` and its target country is in
`tgt` (null = no target); for `sym` events source and target may be swapped. A gold event is
credited once per distinct (source, target) country pair; a second system event with the same
pair is a false positive, except that the reverse of an already credited pair of a `sym` event
is neutral (between two actors of one country, the reverse of the credited actors). Recall =
core events credited at least once / core events; precision = system events credited (to core
or optional events) / system events that are not neutral.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Iterable

import yaml

from peristiwa.errors import GoldError
from peristiwa.ingest import parse_published, published_hour
from peristiwa.output import render_table
from peristiwa.pipeline import code_article
from peristiwa.records import ActorRef, Article, Event
from peristiwa.resources import Resources
from peristiwa.settings import Settings

DEFAULT_CORPUS = "../shared/corpus/detik-2025-dev.jsonl"
METRICS = ("precision", "recall", "f1", "source_sector", "target_sector", "date_accuracy",
           "place_accuracy", "country_agreement")


@dataclass
class GoldEvent:
    article_id: str
    id: str
    cue: str
    src: tuple[str | None, ...]
    tgt: tuple[str | None, ...]  # (None,) = no target
    roots: tuple[str, ...]
    code: str | None
    sym: bool
    core: bool
    src_sector: tuple[str, ...] = ()
    tgt_sector: tuple[str, ...] = ()
    date: str | None = None
    place: str | None = None
    credited: set[tuple[str | None, str | None]] = field(default_factory=set)


@dataclass
class GoldArticle:
    article: Article
    events: list[GoldEvent]


def _tuple(value: Any) -> tuple:
    if value is None:
        return (None,)
    if isinstance(value, str):
        return (value,)
    return tuple(value) or (None,)


def read_gold(paths: Iterable[str], corpora: Iterable[str]) -> list[GoldArticle]:
    """Gold articles; texts that the gold does not store are joined from the corpora."""
    texts: dict[str, dict] = {}
    for c in corpora:
        p = Path(c)
        if p.exists():
            for line in p.read_text(encoding="utf-8").split("\n"):
                if line.strip():
                    obj = json.loads(line)
                    texts.setdefault(obj["article_id"], obj)
    out: list[GoldArticle] = []
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").split("\n"), 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{where}: not valid JSON: {exc.msg}") from exc
            out.append(_gold_article(obj, texts, where))
    return out


def _gold_article(obj: dict, texts: dict[str, dict], where: str) -> GoldArticle:
    aid = obj.get("article_id")
    if not aid:
        raise GoldError(f"{where}: missing article_id")
    source = obj if obj.get("text") else texts.get(aid)
    if source is None:
        raise MissingText(f"{where}: article {aid} has no text here and is not in the corpus")
    published = parse_published(obj.get("published") or source.get("published"))
    hour = published_hour(source.get("published"))  # the corpus's timestamp, same day only
    if hour is not None and parse_published(source.get("published")) != published:
        hour = None
    article = Article(aid, source["text"], published, title=source.get("title"), origin=where,
                      published_hour=hour)
    events = []
    for ev in obj.get("events") or []:
        try:
            events.append(GoldEvent(
                article_id=aid, id=str(ev["id"]), cue=ev["cue"], src=_tuple(ev.get("src")),
                tgt=_tuple(ev.get("tgt")), roots=tuple(str(r).zfill(2) for r in ev["roots"]),
                code=ev.get("code"), sym=bool(ev.get("sym")), core=bool(ev.get("core", True)),
                src_sector=tuple(ev.get("src_sector") or ()),
                tgt_sector=tuple(ev.get("tgt_sector") or ()),
                date=ev.get("date"), place=ev.get("place")))
        except (KeyError, TypeError) as exc:
            raise GoldError(f"{where}: event {ev.get('id')}: missing field {exc}") from exc
        if article.text.count(ev["cue"]) != 1:
            raise GoldError(f"{where}: event {ev['id']}: cue {ev['cue']!r} must occur exactly "
                            f"once in the article (found {article.text.count(ev['cue'])})")
    return GoldArticle(article, events)


class MissingText(GoldError):
    """A gold article whose text is neither in the gold file nor in the given corpora."""


@dataclass
class Outcome:
    event: Event
    status: str  # tp | fp | neutral
    gold: GoldEvent | None = None


def _pair(ev: Event) -> tuple[str | None, str | None]:
    return ev.source.country, ev.target.country if ev.target else None


def _fits(ev: Event, g: GoldEvent) -> tuple[bool, bool]:
    """(direct, swapped) match of an event against a gold event, cue and root included."""
    if g.cue not in ev.sentence or ev.cameo_root not in g.roots:
        return False, False
    s, t = _pair(ev)
    direct = s in g.src and t in g.tgt
    swapped = g.sym and t in g.src and s in g.tgt
    return direct, swapped


def _who(ref: ActorRef | None) -> str | None:
    return None if ref is None else ref.actor_id or ref.name


def match_article(events: Iterable[Event], gold: list[GoldEvent]) -> list[Outcome]:
    outcomes = []
    actors: dict[int, set[tuple[str | None, str | None]]] = {}  # credited (source, target)
    for ev in events:  # actors of each gold event
        pair = _pair(ev)
        who = (_who(ev.source), _who(ev.target))
        cands = [g for g in gold if any(_fits(ev, g))]
        cands.sort(key=lambda g: (not g.core, len(g.credited)))
        result = Outcome(ev, "fp")
        for g in cands:
            rev = (pair[1], pair[0])
            if pair not in g.credited and not (g.sym and rev in g.credited):
                g.credited.add(pair)
                actors.setdefault(id(g), set()).add(who)
                result = Outcome(ev, "tp", g)
                break
            if g.sym and rev in g.credited and (pair not in g.credited or
                                                (who[1], who[0]) in actors.get(id(g), ())):
                # the reverse direction of a credited pair; between two actors of one
                # country ("Kapolri bertemu Ketua DPR") the pair reads the same both ways,
                # so it is the actors that show the direction
                g.credited.add(pair)
                result = Outcome(ev, "neutral", g)
                break
        outcomes.append(result)
    return outcomes


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _f1(p: float | None, r: float | None) -> float | None:
    if not p or not r:
        return 0.0 if p is not None and r is not None else None
    return round(2 * p * r / (p + r), 4)


@dataclass
class Report:
    overall: dict[str, Any]
    roots: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    misses: list[dict[str, Any]]
    false_positives: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {"overall": self.overall, "roots": self.roots, "articles": self.articles,
                "misses": self.misses, "false_positives": self.false_positives}


def _loose_country(events: list[Event], gold: list[GoldEvent]) -> tuple[int, int]:
    """Source/target country agreement on events matched by (cue, root) alone."""
    right = total = 0
    for ev in events:
        cands = [g for g in gold if g.cue in ev.sentence and ev.cameo_root in g.roots]
        if not cands:
            continue
        total += 1
        if any(any(_fits(ev, g)) for g in cands):
            right += 1
    return right, total


def evaluate(gold: list[GoldArticle], res: Resources, settings: Settings) -> Report:
    tp = fp = neutral = 0
    by_root: dict[str, dict[str, int]] = {}
    art_rows, misses, fps = [], [], []
    sec = {"source": [0, 0], "target": [0, 0]}
    dates, places, country = [0, 0], [0, 0], [0, 0]
    for ga in gold:
        for g in ga.events:
            g.credited.clear()
        events = list(code_article(ga.article, res, settings).events)
        outcomes = match_article(events, ga.events)
        a_tp = sum(o.status == "tp" for o in outcomes)
        a_fp = sum(o.status == "fp" for o in outcomes)
        tp, fp, neutral = tp + a_tp, fp + a_fp, neutral + sum(o.status == "neutral"
                                                               for o in outcomes)
        for o in outcomes:
            row = by_root.setdefault(o.event.cameo_root, _zero())
            row["system"] += o.status != "neutral"
            row["correct"] += o.status == "tp"
            if o.status == "fp":
                fps.append(_fp_record(o.event))
            if o.status == "tp" and o.gold is not None:
                _agreement(o.event, o.gold, sec, dates, places)
        r, t = _loose_country(events, ga.events)
        country[0] += r
        country[1] += t
        core = [g for g in ga.events if g.core]
        hit = [g for g in core if g.credited]
        for g in core:
            row = by_root.setdefault(g.roots[0], _zero())
            row["core"] += 1
            row["found"] += bool(g.credited)
            if not g.credited:
                misses.append({"article_id": g.article_id, "id": g.id, "cue": g.cue,
                               "roots": list(g.roots), "src": list(g.src), "tgt": list(g.tgt),
                               "sentence": _sentence_of(ga.article.text, g.cue)})
        p = _ratio(a_tp, a_tp + a_fp)
        rc = _ratio(len(hit), len(core))
        art_rows.append({"article_id": ga.article.article_id, "core": len(core),
                         "found": len(hit), "system": a_tp + a_fp, "correct": a_tp,
                         "precision": p, "recall": rc})
    n_core = sum(r["core"] for r in by_root.values())
    n_found = sum(r["found"] for r in by_root.values())
    precision, recall = _ratio(tp, tp + fp), _ratio(n_found, n_core)
    overall = {
        "articles": len(gold), "core_events": n_core, "core_found": n_found,
        "system_events": tp + fp, "correct": tp, "neutral": neutral,
        "precision": precision, "recall": recall, "f1": _f1(precision, recall),
        "source_sector": _ratio(*sec["source"]), "target_sector": _ratio(*sec["target"]),
        "date_accuracy": _ratio(*dates), "dated_matches": dates[1],
        "place_accuracy": _ratio(*places), "placed_matches": places[1],
        "country_agreement": _ratio(*country), "root_matches": country[1],
    }
    roots = []
    for root in sorted(by_root):
        r = by_root[root]
        p, rc = _ratio(r["correct"], r["system"]), _ratio(r["found"], r["core"])
        roots.append({"root": root, **r, "precision": p, "recall": rc, "f1": _f1(p, rc)})
    return Report(overall, roots, art_rows, misses, fps)


def _zero() -> dict[str, int]:
    return {"core": 0, "found": 0, "system": 0, "correct": 0}


def _agreement(ev: Event, g: GoldEvent, sec: dict, dates: list[int], places: list[int]) -> None:
    swapped = not _fits(ev, g)[0]
    pairs = (("source", ev.source, g.tgt_sector if swapped else g.src_sector),
             ("target", ev.target, g.src_sector if swapped else g.tgt_sector))
    for side, ref, allowed in pairs:
        if allowed and ref is not None:
            sec[side][1] += 1
            sec[side][0] += ref.sector in allowed
    if g.date:
        dates[1] += 1
        got = ev.date.value.isoformat() if ev.date.value else ""
        dates[0] += bool(got) and got[:len(g.date)] == g.date  # gold may give only YYYY-MM
    if g.place:
        places[1] += 1
        loc = ev.location
        names = {loc.name.lower(), (loc.admin1 or "").lower()} if loc else set()
        places[0] += g.place.lower() in names


def _sentence_of(text: str, cue: str) -> str:
    i = text.find(cue)
    if i < 0:
        return cue
    a = max(text.rfind("\n", 0, i), text.rfind(". ", 0, i) + 1)
    b = min(x for x in (text.find("\n", i), text.find(". ", i + len(cue)), len(text)) if x >= 0)
    return text[a:b + 1].strip()


def _fp_record(ev: Event) -> dict[str, Any]:
    return {"article_id": ev.article_id, "sentence": ev.sentence, "cameo": ev.cameo,
            "source": ev.source.code, "target": ev.target.code if ev.target else None,
            "rule": ev.rule, "trigger": ev.trigger}


def checksum(paths: Iterable[str]) -> str:
    digest = hashlib.sha256()
    for p in sorted(paths, key=lambda x: Path(x).name):
        digest.update(Path(p).name.encode())
        digest.update(Path(p).read_bytes())
    return digest.hexdigest()


def format_report(rep: Report, misses: bool, per_article: bool = True) -> str:
    """The report as text: overall scores and per root, then (unless `per_article` is off,
    as for a held-out half whose articles should stay unread) per article and the misses."""
    o = rep.overall

    def f(v: Any) -> str:
        return "-" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)

    lines = [
        f"articles {o['articles']}, core events {o['core_events']}, system events "
        f"{o['system_events']} (+{o['neutral']} neutral reverse of reciprocal)",
        f"precision {f(o['precision'])}  recall {f(o['recall'])}  F1 {f(o['f1'])}",
        f"sector agreement: source {f(o['source_sector'])}, target {f(o['target_sector'])}; "
        f"date accuracy {f(o['date_accuracy'])} (n={o['dated_matches']}); "
        f"place accuracy {f(o['place_accuracy'])} (n={o['placed_matches']}); "
        f"country agreement on (sentence, root) matches {f(o['country_agreement'])} "
        f"(n={o['root_matches']})",
        "", "per CAMEO root",
        render_table([[r["root"], str(r["core"]), str(r["found"]), str(r["system"]),
                       str(r["correct"]), f(r["precision"]), f(r["recall"]), f(r["f1"])]
                      for r in rep.roots],
                     ["root", "core", "found", "system", "correct", "P", "R", "F1"]),
    ]
    if not per_article:
        return "\n".join(lines)
    lines += [
        "", "per article",
        render_table([[a["article_id"], str(a["core"]), str(a["found"]), str(a["system"]),
                       str(a["correct"]), f(a["precision"]), f(a["recall"])]
                      for a in rep.articles],
                     ["article", "core", "found", "system", "correct", "P", "R"]),
    ]
    if misses:
        lines += ["", f"missed core events ({len(rep.misses)})"]
        for m in rep.misses:
            lines.append(f"  {m['article_id']} {m['id']} roots {','.join(m['roots'])} "
                         f"{m['src']}->{m['tgt']}: {m['sentence']}")
        lines += ["", f"false positives ({len(rep.false_positives)})"]
        for e in rep.false_positives:
            lines.append(f"  {e['article_id']} {e['cameo']} {e['source']}->{e['target']} "
                         f"rule {e['rule']} ({e['trigger']}): {e['sentence']}")
    return "\n".join(lines)


def check_gate(rep: Report, floors_path: str, gold_sum: str) -> list[str]:
    """Problems (empty = pass): a checksum mismatch, or metrics below their floors."""
    doc = yaml.safe_load(Path(floors_path).read_text(encoding="utf-8")) or {}
    if doc.get("gold_checksum") != gold_sum:
        return [f"the gold set changed (checksum {gold_sum[:12]} != pinned "
                f"{str(doc.get('gold_checksum'))[:12]}); re-pin the floors with "
                "--update-floors after reviewing the change"]
    problems = []
    for name, floor in (doc.get("floors") or {}).items():
        value = rep.overall.get(name)
        if value is None or value + 1e-9 < float(floor):
            problems.append(f"{name} {value} is below its floor {floor}")
    return problems


def update_floors(rep: Report, floors_path: str, gold_sum: str, allow_lower: bool) -> list[str]:
    path = Path(floors_path)
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    doc = doc or {}
    old = doc.get("floors") or {}
    same_gold = doc.get("gold_checksum") == gold_sum
    new, notes = {}, []
    for name in METRICS:
        value = rep.overall.get(name)
        if value is None:
            continue
        measured = int(value * 1000) / 1000  # round down to 3 decimals
        prior = old.get(name)
        if prior is not None and measured < prior and same_gold and not allow_lower:
            new[name] = prior
            notes.append(f"{name}: kept floor {prior} (measured {measured}; use --allow-lower)")
        else:
            new[name] = measured
    doc = {"gold_checksum": gold_sum, "floors": new}
    head = ("# Score floors for `peristiwa eval --gate`. Raise them as the coder improves\n"
            "# (`--update-floors`); lowering needs `--allow-lower`. The checksum pins the gold.\n")
    path.write_text(head + yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return notes


def run_eval(args: Any, res: Resources, settings: Settings) -> int:
    corpora = args.corpus or [DEFAULT_CORPUS]
    try:
        gold = read_gold(args.gold, corpora)
    except MissingText as exc:
        print(f"peristiwa eval: skipped: {exc}. The real-news gold needs the corpus "
              f"({', '.join(corpora)}); give it with --corpus.", file=sys.stderr)
        return 0
    rep = evaluate(gold, res, settings)
    print(format_report(rep, args.misses, per_article=not args.summary))
    if args.json:
        Path(args.json).write_text(json.dumps(rep.as_dict(), ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    gold_sum = checksum(args.gold)
    if args.update_floors and args.gate:
        for note in update_floors(rep, args.gate, gold_sum, args.allow_lower):
            print(note, file=sys.stderr)
        print(f"floors written to {args.gate}", file=sys.stderr)
        return 0
    if args.gate:
        problems = check_gate(rep, args.gate, gold_sum)
        for p in problems:
            print(f"GATE FAILED: {p}", file=sys.stderr)
        if problems:
            return 1
        print(f"gate passed ({args.gate})", file=sys.stderr)
    return 0
