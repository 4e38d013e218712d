"""`peristiwa eval` against scores computed by hand on a small fixture, and the gate."""

import dataclasses
from argparse import Namespace

import pytest
import yaml

from peristiwa.errors import GoldError
from peristiwa.evaluate import (
    check_gate,
    checksum,
    evaluate,
    format_report,
    read_gold,
    run_eval,
    update_floors,
)
from peristiwa.resources.frozen import FrozenDict
from peristiwa.settings import Settings

from .conftest import HERE

GOLD = str(HERE / "fixtures" / "gold" / "fixture.jsonl")


def report(res):
    return evaluate(read_gold([GOLD], []), res, Settings())


def test_scores_match_hand_computation(fres):
    # System events: f1: 111 IRN>ISR (core E1), 173 IDN>IDN (core E2), 040 IRN>RUS (core E3),
    # 040 RUS>IRN (neutral: reverse of a credited reciprocal pair), 100 IDN>IDN (no gold: FP),
    # 112 IRN>ISR (optional E5); f2: 111 IRN>ISR and 111 RUS>ISR (two pairs of one core event).
    # Precision = 6 credited / 7 non-neutral; recall = 4 core found (E1 E2 E3 f2-E1) / 5 core.
    o = report(fres).overall
    assert (o["system_events"], o["correct"], o["neutral"]) == (7, 6, 1)
    assert (o["core_events"], o["core_found"]) == (5, 4)
    assert o["precision"] == pytest.approx(6 / 7, abs=1e-4)
    assert o["recall"] == pytest.approx(4 / 5)
    assert o["f1"] == pytest.approx(2 * (6 / 7) * 0.8 / (6 / 7 + 0.8), abs=1e-4)
    # sectors: E1 wants GOV for "Iran" (a state acts through its government): right;
    # E2 wants COP for "Polisi": right; E2's target GOV for "tersangka" (CRM): wrong.
    assert o["source_sector"] == 1.0 and o["target_sector"] == 0.0
    assert o["date_accuracy"] == 1.0 and o["dated_matches"] == 2
    assert o["place_accuracy"] == 1.0 and o["placed_matches"] == 2


def test_per_root_and_misses(fres):
    rep = report(fres)
    roots = {r["root"]: r for r in rep.roots}
    assert roots["11"]["core"] == 2 and roots["11"]["found"] == 2
    assert roots["10"]["system"] == 1 and roots["10"]["correct"] == 0
    assert roots["19"]["recall"] == 0.0
    assert [m["id"] for m in rep.misses] == ["E4"]
    assert [f["rule"] for f in rep.false_positives] == ["t10.desak"]


def test_summary_leaves_out_the_articles(fres):
    # `make gate` prints the check half with --summary: scores overall and per root, no
    # article ids and no missed sentences.
    rep = report(fres)
    full, summary = format_report(rep, misses=True), format_report(rep, False, per_article=False)
    assert "per article" in full and "f1" in full
    assert "per CAMEO root" in summary and "precision" in summary
    assert "per article" not in summary and "f1" not in summary and "missed" not in summary


def test_duplicate_pair_is_a_false_positive(fres):
    from peristiwa.evaluate import GoldEvent, match_article
    from peristiwa.pipeline import code_text

    evs = code_text("Iran mengecam Israel. Iran mengecam Israel.", fres)
    g = GoldEvent("x", "E1", "Iran mengecam Israel", ("IRN",), ("ISR",), ("11",), "111",
                  False, True)
    assert [o.status for o in match_article(evs, [g])] == ["tp", "fp"]


def test_reverse_of_a_domestic_reciprocal_event_is_neutral(res):
    from peristiwa.evaluate import GoldEvent, match_article
    from peristiwa.pipeline import code_text

    # both directions of a meeting between two Indonesians: the pair is IDN-IDN either way
    evs = code_text("Kapolri Listyo Sigit dan Ketua DPR Puan Maharani bertemu di Jakarta.", res,
                    published="2025-10-20")
    g = GoldEvent("x", "E1", "bertemu", ("IDN",), ("IDN",), ("04",), "040", True, True)
    assert [o.status for o in match_article(evs, [g])] == ["tp", "neutral"]
    # the same direction twice is still one too many
    evs = code_text("Kapolri bertemu Ketua DPR. Kapolri bertemu Ketua DPR.", res,
                    published="2025-10-20")
    g = GoldEvent("x", "E1", "Kapolri bertemu Ketua DPR", ("IDN",), ("IDN",), ("04",), "040",
                  True, True)
    assert [o.status for o in match_article(evs, [g])] == ["tp", "fp"]


def _without(res, pattern_id):
    pats = tuple(p for p in res.patterns if p.id != pattern_id)
    index = {}
    for p in pats:
        index.setdefault(p.trigger[0], []).append(p)
    return dataclasses.replace(res, patterns=pats, version=res.version + "-" + pattern_id,
                               trigger_index=FrozenDict({k: tuple(v) for k, v in index.items()}))


def test_gate_passes_then_fails_on_a_deliberate_regression(fres, tmp_path):
    floors = str(tmp_path / "floors.yaml")
    update_floors(report(fres), floors, checksum([GOLD]), allow_lower=False)
    assert check_gate(report(fres), floors, checksum([GOLD])) == []
    broken = _without(fres, "t11.kecam")  # the coder loses its "kecam" pattern
    problems = check_gate(report(broken), floors, checksum([GOLD]))
    assert any(p.startswith("recall") for p in problems)


def test_floors_only_rise_unless_allowed(fres, tmp_path):
    floors = str(tmp_path / "floors.yaml")
    good, bad = report(fres), report(_without(fres, "t11.kecam"))
    update_floors(good, floors, checksum([GOLD]), allow_lower=False)
    notes = update_floors(bad, floors, checksum([GOLD]), allow_lower=False)
    assert any("kept floor" in n for n in notes)
    assert yaml.safe_load(open(floors))["floors"]["recall"] == 0.8
    update_floors(bad, floors, checksum([GOLD]), allow_lower=True)
    assert yaml.safe_load(open(floors))["floors"]["recall"] < 0.8


def test_gate_fails_when_the_gold_changes(fres, tmp_path):
    floors = str(tmp_path / "floors.yaml")
    update_floors(report(fres), floors, checksum([GOLD]), allow_lower=False)
    problems = check_gate(report(fres), floors, "0" * 64)
    assert problems and "gold set changed" in problems[0]


def test_missing_corpus_skips_clearly(fres, tmp_path, capsys):
    gold = tmp_path / "real.jsonl"
    gold.write_text('{"article_id": "detik-9999", "events": []}\n', encoding="utf-8")
    args = Namespace(gold=[str(gold)], corpus=[str(tmp_path / "absent.jsonl")], misses=False,
                     json=None, gate=None, update_floors=False, allow_lower=False)
    assert run_eval(args, fres, Settings()) == 0
    assert "skipped" in capsys.readouterr().err


def test_bad_cue_is_a_gold_error(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"article_id": "a", "text": "Iran mengecam Israel.", "events": '
                    '[{"id": "E1", "cue": "tidak ada di teks", "roots": ["11"]}]}\n')
    with pytest.raises(GoldError, match="exactly once"):
        read_gold([str(gold)], [])
