"""The dictionary is its own test suite: every example sentence of every pattern is coded with
the packaged resources and must give the events it lists, by that pattern; an example that lists
no events must give none by that pattern. An example marked `xfail` (with its reason) records a
known limitation; it is a strict xfail, so the mark must be removed as soon as the coder handles
it."""

import pytest

from peristiwa.pipeline import code_text
from peristiwa.resources import load_resources

RES = load_resources()
CASES = [pytest.param(p.id, i, ex, id=f"{p.id}#{i}",
                      marks=[pytest.mark.xfail(strict=True, reason=ex.xfail)] if ex.xfail else [])
         for p in RES.patterns for i, ex in enumerate(p.examples)]


@pytest.mark.parametrize("pid,i,example", CASES)
def test_pattern_example(pid, i, example, res):
    events = code_text(example.text, res, published="2025-10-22")
    got = {(e.source.country, e.target.country if e.target else None, e.cameo, e.rule,
            e.source.sector, e.target.sector if e.target else None) for e in events}
    for source, target, code, src_sectors, tgt_sectors in example.events:
        assert any(g[:4] == (source, target, code, pid) and
                   (not src_sectors or g[4] in src_sectors) and
                   (not tgt_sectors or g[5] in tgt_sectors) for g in got), \
            (example.text, sorted(src_sectors), sorted(tgt_sectors), sorted(got, key=str))
    if not example.events:  # a negative example: this pattern must give nothing here
        assert not [g for g in got if g[3] == pid], (example.text, sorted(got))


def test_every_root_has_patterns_with_examples():
    roots = {p.root for p in RES.patterns}
    assert roots == {f"{r:02d}" for r in range(1, 21)}
