"""`peristiwa actors lookup` and `peristiwa actors unknown`."""

import json
from datetime import date

from peristiwa.actors.tools import lookup_report, unknown_report
from peristiwa.ingest import read_inputs
from peristiwa.settings import Settings


def test_lookup_shows_the_role_on_the_date(fres):
    before = lookup_report("Ivan Petrovsky", date(2023, 1, 1), fres)
    after = lookup_report("Ivan Petrovsky", date(2025, 1, 1), fres)
    assert "code RUSMIL" in before and "code RUSGOV" in after
    assert "role Menteri Pertahanan: RUSMIL 2012-11-06 to 2024-05-12" in before


def test_lookup_of_an_unknown_name(fres):
    assert "no dictionary entry" in lookup_report("Zzyzx", None, fres)


def test_unknown_lists_frequent_unresolved_names(fres, tmp_path):
    f = tmp_path / "a.jsonl"
    rows = [{"article_id": f"a{i}", "text": "Polisi menangkap seorang pria. Kemudian Wakil Ketua "
             "Dewan Adat Lembah Baliem datang dan Lembah Baliem menolak.",
             "published": "2025-01-01"} for i in range(3)]
    f.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = unknown_report(read_inputs([str(f)]), fres, Settings(), 5)
    lines = out.splitlines()
    listed = [ln for ln in lines if "Lembah Baliem" in ln]
    assert listed and listed[0].split()[0] in ("3", "6")
    assert lines[0].startswith("Names coded only") and \
        any(ln.startswith("Capitalised words") for ln in lines)
    assert not any(ln.split()[1:2] == ["Kemudian"] for ln in lines[1:])  # a sentence start
