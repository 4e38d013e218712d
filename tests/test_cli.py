"""End to end through the CLI: every input form gives schema-valid events; store queries;
failures are reported and --strict changes the exit code."""

import io
import json
import sys

import pytest

from peristiwa.cli import main
from tests.schema import validate_event

from .conftest import EXAMPLES, HERE


def run(args, capsys, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def events_of(out):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_examples_folder_codes_and_stores(tmp_path, capsys):
    store = tmp_path / "e.duckdb"
    code, out, err = run(["code", str(EXAMPLES), "--store", str(store)], capsys)
    assert code == 0
    evs = events_of(out)
    assert evs, err
    for ev in evs:
        validate_event(ev)
    assert "coded 6 articles" in err and "0 failed" in err
    code, out2, _ = run(["events", "--store", str(store), "--format", "jsonl"], capsys)
    assert sorted(e["event_id"] for e in events_of(out2)) == sorted(e["event_id"] for e in evs)
    code, out3, _ = run(["stats", "--store", str(store)], capsys)
    assert "By CAMEO root" in out3 and "By dyad" in out3 and "By month" in out3


def test_recoding_is_idempotent_through_the_cli(tmp_path, capsys):
    store = tmp_path / "e.duckdb"
    run(["code", str(EXAMPLES), "--store", str(store), "--quiet"], capsys)
    _, first, _ = run(["events", "--store", str(store), "--format", "jsonl"], capsys)
    run(["code", str(EXAMPLES), "--store", str(store), "--quiet"], capsys)
    _, second, _ = run(["events", "--store", str(store), "--format", "jsonl"], capsys)
    assert first == second and first


def test_txt_jsonl_and_stdin(tmp_path, capsys, monkeypatch):
    txt = EXAMPLES / "menlu-vietnam-filipina.txt"
    for args in (["code", str(txt)], ["code", str(EXAMPLES / "articles.jsonl")]):
        code, out, _ = run(args + ["--no-store"], capsys)
        assert code == 0
        for ev in events_of(out):
            validate_event(ev)
    code, out, err = run(["code", "-", "--no-store", "--published", "2025-03-15"], capsys,
                         stdin=txt.read_text(encoding="utf-8"), monkeypatch=monkeypatch)
    assert code == 0 and events_of(out)
    assert all(e["article_id"] == "stdin" for e in events_of(out))


def test_csv_and_table_formats(tmp_path, capsys):
    out_file = tmp_path / "ev.csv"
    code, _, _ = run(["code", str(EXAMPLES), "--no-store", "--format", "csv", "-o",
                      str(out_file)], capsys)
    lines = out_file.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("event_id,article_id") and len(lines) > 1
    code, out, _ = run(["code", str(EXAMPLES), "--no-store", "--format", "table"], capsys)
    assert out.splitlines()[0].split()[:3] == ["article", "date", "source"]


def test_failures_reported_and_strict(tmp_path, capsys):
    (tmp_path / "ok.txt").write_text("Iran mengecam Israel.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad.jsonl").write_text('{"article_id": "x"}\n{broken\n', encoding="utf-8")
    code, out, err = run(["code", str(tmp_path), "--no-store", "--published", "2025-01-01"],
                         capsys)
    assert code == 0
    assert "3 failed" in err
    assert "empty.txt" in err and "empty input" in err
    assert "bad.jsonl:1" in err and "bad.jsonl:2" in err and "not valid JSON" in err
    assert "Traceback" not in err
    code, _, _ = run(["code", str(tmp_path), "--no-store", "--strict"], capsys)
    assert code == 1


def test_an_article_that_crashes_the_coder_does_not_stop_the_batch(tmp_path, capsys,
                                                                   monkeypatch):
    from peristiwa import runner

    real = runner.code_article

    def flaky(article, res, settings):
        if article.article_id == "boom":
            raise RuntimeError("simulated bug")
        return real(article, res, settings)

    monkeypatch.setattr(runner, "code_article", flaky)
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps({"article_id": i, "text": "Iran mengecam Israel."})
                           for i in ("a", "boom", "c")), encoding="utf-8")
    code, out, err = run(["code", str(f), "--store", str(tmp_path / "s.duckdb")], capsys)
    assert code == 0
    assert {e["article_id"] for e in events_of(out)} == {"a", "c"}
    assert "boom" in err and "internal error: RuntimeError: simulated bug" in err


def test_events_on_missing_store_is_a_clear_error(tmp_path, capsys):
    code, _, err = run(["events", "--store", str(tmp_path / "none.duckdb")], capsys)
    assert code == 2 and "run `peristiwa code` first" in err


def test_check_data_explain_settings(capsys):
    code, out, _ = run(["check-data"], capsys)
    assert code == 0 and out.startswith("ok:")
    code, out, _ = run(["explain", "Iran mengecam Israel.", "--published", "2025-01-01"], capsys)
    assert "mengecam" in out and "-> coded" in out
    code, out, _ = run(["settings"], capsys)
    assert "home_country" in out


@pytest.mark.parametrize("bad", [["code"], ["events", "--from", "kemarin"]])
def test_usage_errors_exit_2(bad, capsys):
    with pytest.raises(SystemExit) as exc:
        main(bad)
    assert exc.value.code == 2


def test_gate_through_the_cli_fails_below_a_floor_and_passes_at_it(tmp_path, capsys):
    from peristiwa.evaluate import checksum

    gold = str(HERE.parent / "eval" / "gold" / "handmade.jsonl")
    floors = tmp_path / "floors.yaml"
    code, _, err = run(["eval", gold, "--gate", str(floors), "--update-floors"], capsys)
    assert code == 0 and "floors written" in err
    code, _, err = run(["eval", gold, "--gate", str(floors)], capsys)
    assert code == 0 and "gate passed" in err
    floors.write_text(f"gold_checksum: {checksum([gold])}\nfloors: {{precision: 1.0}}\n")
    code, _, err = run(["eval", gold, "--gate", str(floors)], capsys)
    assert code == 1 and "GATE FAILED: precision" in err


def test_workers_give_the_same_events(tmp_path, capsys):
    _, one, _ = run(["code", str(EXAMPLES), "--no-store", "--quiet"], capsys)
    _, two, _ = run(["code", str(EXAMPLES), "--no-store", "--quiet", "--workers", "2"], capsys)
    assert sorted(e["event_id"] for e in events_of(one)) == \
        sorted(e["event_id"] for e in events_of(two))


def test_config_file_settings_and_errors(tmp_path, capsys, monkeypatch):
    text = "Polisi menangkap tersangka."
    f = tmp_path / "a.txt"
    f.write_text(text, encoding="utf-8")
    cfg = tmp_path / "peristiwa.toml"
    cfg.write_text('[peristiwa]\nhome_country = "MYS"\npublished = "2025-01-02"\n')
    code, out, _ = run(["code", str(f), "--no-store", "--quiet", "--config", str(cfg)], capsys)
    (ev,) = events_of(out)
    assert ev["source"]["code"] == "MYSCOP" and ev["date"] == "2025-01-02"
    cfg.write_text('[peristiwa]\nhome_cuntry = "MYS"\n')
    code, _, err = run(["code", str(f), "--no-store", "--config", str(cfg)], capsys)
    assert code == 2 and "unknown setting" in err and "home_cuntry" in err
