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


def unknown_report(items: Iterable, res: Resources, settings: Settings, top: int) -> str:
    """Most frequent capitalised names that no dictionary entry or rule resolves, with the
    title word before them and one example sentence."""
    counts: Counter[str] = Counter()
    titles: dict[str, Counter[str]] = {}
    example: dict[str, str] = {}
    stop = res.word_set("not_names")
    for item in items:
        if not isinstance(item, Article):
            continue
        _, analysed = analyse_article(item, res, settings)
        for sa in analysed:
            covered = {k for m in sa.mentions for k in range(m.start, m.end)}
            words = [t.text for t in sa.tokens]
            i = 1  # skip the sentence's first word (capitalised anyway)
            while i < len(words):
                j = i
                while j < len(words) and j not in covered and words[j][:1].isupper() and \
                        words[j].isalpha() and words[j].isascii() and \
                        words[j].lower() not in stop and \
                        not res.place_index.longest(words, j)[0]:  # places are no actors
                    j += 1
                if j > i:
                    name = " ".join(words[i:j])
                    counts[name] += 1
                    titles.setdefault(name, Counter())[words[i - 1]] += 1
                    example.setdefault(name, sa.sentence.text)
                    i = j
                else:
                    i += 1
    lines = [f"{'count':>5}  name  (word before it)  example"]
    for name, n in counts.most_common(top):
        before = titles[name].most_common(1)[0][0]
        lines.append(f"{n:>5}  {name}  ({before})  {example[name][:100]}")
    return "\n".join(lines)
