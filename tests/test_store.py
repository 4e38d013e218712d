"""The DuckDB store: batch writes, re-coding idempotence, atomic batches, queries, stats."""

from datetime import date

import pytest

from peristiwa import store as store_mod
from peristiwa.errors import StoreError
from peristiwa.pipeline import code_article
from peristiwa.records import Article
from peristiwa.store import Query, Store

A1 = ("Iran mengecam Israel pada Senin (20/10). Polisi menangkap tersangka di Jakarta. "
      "Iran bertemu dengan Rusia.")
A2 = "KPK menahan tersangka pada Selasa (14/10). DPR mendesak KPK."


def results(fres, text1=A1):
    arts = [Article("a1", text1, date(2025, 10, 21)), Article("a2", A2, date(2025, 10, 21))]
    return [code_article(a, fres) for a in arts]


def test_write_and_query(tmp_path, fres):
    rs = results(fres)
    n = sum(len(r.events) for r in rs)
    assert n >= 5
    with Store(tmp_path / "s.duckdb") as s:
        assert s.write(rs) == n
        assert s.counts() == {"articles": 2, "events": n}
        rows = s.query(Query())
    assert len(rows) == n
    assert {r["cameo"] for r in rows} >= {"111", "173", "040", "100"}
    row = next(r for r in rows if r["cameo"] == "111")
    assert row["source"]["code"] == "IRN" and row["target"]["country"] == "ISR"
    assert row["date"] == "2025-10-20"


def test_recoding_replaces_nothing_duplicated_nothing_lost(tmp_path, fres):
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        s.write(results(fres))
        first = s.query(Query())
        s.write(results(fres))
        assert s.query(Query()) == first
        s.write(results(fres, text1="Iran mengecam Israel."))  # a1 re-coded with new text
        rows = s.query(Query())
    a1 = [r for r in rows if r["article_id"] == "a1"]
    assert [r["cameo"] for r in a1] == ["111"]
    assert [r for r in rows if r["article_id"] == "a2"] == \
        [r for r in first if r["article_id"] == "a2"]


def test_failed_batch_leaves_store_as_it_was(tmp_path, fres, monkeypatch):
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        s.write(results(fres))
        before = s.query(Query())
        real = store_mod._event_row

        def broken(rec):
            row = real(rec)
            row["article_id"] = None  # violates NOT NULL mid-batch
            return row

        monkeypatch.setattr(store_mod, "_event_row", broken)
        with pytest.raises(StoreError, match="nothing of it was stored"):
            s.write(results(fres, text1="Iran mengecam Israel."))
        assert s.query(Query()) == before
        assert s.counts()["articles"] == 2


@pytest.mark.parametrize("q,expect", [
    (Query(root="17"), {"173"}),
    (Query(country="ISR"), {"111"}),
    (Query(dyad="IRN-ISR"), {"111"}),
    (Query(dyad="IDN-"), {"173", "100"}),
    (Query(actor="rusia"), set()),
    (Query(actor="russia"), {"040"}),
    (Query(date_from=date(2025, 10, 14), date_to=date(2025, 10, 14)), {"173", "100"}),
    (Query(date_from=date(2025, 10, 15)), {"111", "173", "040"}),
])
def test_filters(tmp_path, fres, q, expect):
    with Store(tmp_path / "s.duckdb") as s:
        s.write(results(fres))
        assert {r["cameo"] for r in s.query(q)} == expect


def test_limit_and_stats(tmp_path, fres):
    with Store(tmp_path / "s.duckdb") as s:
        s.write(results(fres))
        assert len(s.query(Query(limit=2))) == 2
        st = s.stats()
    roots = dict(st["root"])
    assert roots["17"] >= 2 and roots["11"] == 1
    assert ("IRN-ISR", 1) in st["dyad"]
    assert dict(st["month"])["2025-10"] >= 5


def test_read_only_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="run `peristiwa code` first"):
        Store(tmp_path / "none.duckdb", read_only=True)
