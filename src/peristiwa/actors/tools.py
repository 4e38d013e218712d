"""Dictionary tools: `peristiwa actors lookup` and `peristiwa actors unknown`."""

from __future__ import annotations

from collections import Counter
from datetime import date
from collections.abc import Iterable

from peristiwa.actors.recognize import Memory, find_actors
from peristiwa.actors.resolve import entry_ref
from peristiwa.pipeline import analyse_article
from peristiwa.records import Article
from peristiwa.resources import Resources
from peristiwa.settings import Settings
from peristiwa.text.tokens import tokenize


def lookup_report(name: str, on: date | None, res: Resources) -> str:
    """Every dictionary entry the name matches, with the role on the date, and what the
    chunker makes of the name as written."""
    lines = []
    low = name.lower()
    hits = [e for e in res.actors.values()
            if name in e.aliases or low in e.lower or low == e.name.lower()]
    for e in hits:
        ref = entry_ref(e, on)
        lines.append(f"{e.id} ({e.kind}, {e.file}): {e.name} -> code {ref.code}, country "
                     f"{ref.country}, sector {ref.sector}" + (f" on {on}" if on else ""))
        for r in e.roles:
            lines.append(f"    role {r.title}: {r.code} {r.start or '…'} to {r.end or 'now'}")
    mentions = find_actors(tokenize(name), res, on, Memory())
    for m in mentions:
        lines.append(f"as text: {m.text!r} -> {m.ref.name} [{m.ref.code}] (by {m.how})")
    return "\n".join(lines) if lines else f"{name!r}: no dictionary entry and no rule matches"


_OPENERS = frozenset(('"', "“", "‘", "'", "("))


def unknown_report(items: Iterable, res: Resources, settings: Settings, top: int) -> str:
    """Most frequent names no dictionary entry resolves, with the word before them and one
    example sentence: names the recogniser kept only as unknown civilians ("coded CVL"), and
    capitalised runs it did not take as actors at all ("not an actor"). Both are where new
    dictionary entries pay."""
    counts: Counter[tuple[str, str]] = Counter()
    titles: dict[tuple[str, str], Counter[str]] = {}
    example: dict[tuple[str, str], str] = {}
    stop = res.word_set("not_names")

    def note(name: str, kind: str, before: str, sentence: str) -> None:
        key = (name, kind)
        counts[key] += 1
        titles.setdefault(key, Counter())[before] += 1
        example.setdefault(key, sentence)

    for item in items:
        if not isinstance(item, Article):
            continue
        _, analysed = analyse_article(item, res, settings)
        for sa in analysed:
            words = [t.text for t in sa.tokens]
            for m in sa.mentions:
                if m.how == "name" and m.ref.actor_id is None:
                    note(m.text, "coded CVL", words[m.start - 1] if m.start else "",
                         sa.sentence.text)
            covered = {k for m in sa.mentions for k in range(m.start, m.end)}
            i = 1  # skip the sentence's first word (capitalised anyway)
            while i < len(words):
                j = i
                while j < len(words) and j not in covered and words[j][:1].isupper() and \
                        words[j].isalpha() and words[j].isascii() and \
                        words[j].lower() not in stop and words[i - 1] not in _OPENERS and \
                        not res.place_index.longest(words, j)[0]:  # places are no actors
                    j += 1
                if j > i:
                    note(" ".join(words[i:j]), "not an actor", words[i - 1], sa.sentence.text)
                    i = j
                else:
                    i += 1
    lines: list[str] = []
    for kind, heading in (("coded CVL", "Names coded only as home-country civilians (no entry):"),
                          ("not an actor", "Capitalised words taken as no actor at all:")):
        ranked = [(key, n) for key, n in counts.most_common() if key[1] == kind][:top]
        lines += ([""] if lines else []) + [heading,
                                            f"{'count':>5}  name  (word before it)  example"]
        for key, n in ranked:
            before = titles[key].most_common(1)[0][0]
            lines.append(f"{n:>5}  {key[0]}  ({before})  {example[key][:100]}")
    return "\n".join(lines)
