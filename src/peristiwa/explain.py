"""`peristiwa explain`: how a text is coded, step by step (tokens, roots, actors, triggers, and
why each trigger was coded or not)."""

from __future__ import annotations

from datetime import date

from peristiwa.pipeline import analyse_article
from peristiwa.records import Article
from peristiwa.resources import Resources
from peristiwa.settings import Settings
from peristiwa.text.morph import analyses


def _roots(word: str, res: Resources) -> str:
    hits = sorted({r.root for r in analyses(word) if r.root in res.trigger_index})
    return "/".join(hits)


def explain(text: str, res: Resources, settings: Settings,
            published: date | None = None) -> str:
    art = Article("explain", text, published or settings.published)
    result, analysed = analyse_article(art, res, settings)
    out: list[str] = []
    for rm in result.clean.removals:
        out.append(f"removed [{rm.rule}]: {rm.text!r}")
    for sa in analysed:
        out.append(f"\nsentence {sa.sentence.index}: {sa.sentence.text}")
        toks = [t.text + (f"<{_roots(t.text, res)}>" if _roots(t.text, res) else "")
                for t in sa.tokens]
        out.append("  tokens: " + " ".join(toks))
        for dm in sa.dates:
            out.append(f"  date: {dm.date.text!r} -> {dm.date.value} ({dm.date.precision}, "
                       f"{dm.date.source})")
        for m in sa.mentions:
            who = ", ".join(f"{r.name} [{r.code or '?'}]" for r in m.refs)
            out.append(f"  actor: {m.text!r} -> {who} (by {m.how})")
        if not sa.decisions:
            out.append("  no trigger word of any pattern")
        for d in sa.decisions:
            t = d.trigger
            out.append(f"  trigger: {' '.join(x.text for x in sa.tokens[t.start:t.end])!r} "
                       f"root={t.reading.root} {t.pos}/{t.voice} pattern={t.pattern.id} "
                       f"({t.pattern.code}) -> {d.outcome}: {d.detail}")
            for m in d.matches:
                tgt = f"{m.target.name} [{m.target.code}]" if m.target else "(no target)"
                out.append(f"    event {m.code}: {m.source.name} [{m.source.code}] -> {tgt} "
                           f"confidence {m.confidence}")
    out.append(f"\n{len(result.events)} event(s)")
    for ev in result.events:
        loc = ev.location.name if ev.location else "-"
        out.append(f"  {ev.cameo} {ev.source.code}->{ev.target.code if ev.target else '-'} "
                   f"date {ev.date.value} ({ev.date.source}) place {loc} rule {ev.rule}")
    return "\n".join(out)
