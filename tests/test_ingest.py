"""Every input form and encoding; bad inputs become failures naming the file and reason."""

import io
import json

import pytest

from peristiwa.ingest import Skipped, decode, read_inputs
from peristiwa.records import Article, Failure

TEXT = "Jakarta - KPK menahan tersangka korupsi pada Senin (20/10/2025)."


def _all(paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_txt_file_id_is_file_name(tmp_path):
    f = tmp_path / "kpk-tahan.txt"
    f.write_text(TEXT, encoding="utf-8")
    (a,) = _all([f])
    assert isinstance(a, Article) and a.article_id == "kpk-tahan" and a.text == TEXT


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("utf-16-le", b""),
    ("cp1252", b""),
])
def test_encodings(tmp_path, encoding, prefix):
    text = "Menteri menyapa warga “café” di Bogor."
    f = tmp_path / "a.txt"
    f.write_bytes(prefix + text.encode(encoding))
    (a,) = _all([f])
    assert isinstance(a, Article)
    assert a.text == text


def test_latin1_fallback():
    assert decode("Bogor \xe9t\xe9 \x81".encode("latin-1"), "x").startswith("Bogor")


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"), (b"   \n\n", "empty"), (b"\x00\x01\x02\x03PK\x03\x04" * 20, "binary"),
])
def test_bad_bytes_fail_with_reason(tmp_path, data, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    (fail,) = _all([f])
    assert isinstance(fail, Failure)
    assert reason in fail.reason and str(f) in fail.origin


def test_jsonl_fields_metadata_and_bad_lines(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"article_id": "a1", "text": TEXT, "published": "2025-10-21T20:43:00+07:00",
                    "title": "T", "url": "https://example.org/a1", "source": "detik",
                    "section": "Hukum"}),
        "{not json",
        json.dumps({"article_id": "a3"}),
        json.dumps({"text": "tanpa id"}),
        json.dumps({"article_id": "a5", "text": TEXT, "published": "kemarin"}),
        "",
        json.dumps({"article_id": "a7", "text": "Teks dengan\u2028pemisah baris unicode."}),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    out = _all([f])
    ok = [x for x in out if isinstance(x, Article)]
    bad = [x for x in out if isinstance(x, Failure)]
    assert [a.article_id for a in ok] == ["a1", "a7"]
    a1 = ok[0]
    assert a1.published.isoformat() == "2025-10-21" and a1.outlet == "detik"
    assert dict(a1.metadata) == {"section": '"Hukum"'}
    assert [b.origin for b in bad] == [f"{f}:2", f"{f}:3", f"{f}:4", f"{f}:5"]
    assert "not valid JSON" in bad[0].reason
    assert "empty text" in bad[1].reason
    assert "missing article_id" in bad[2].reason
    assert "bad published date" in bad[3].reason


def test_directory_recursive_sorted_and_skips_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(TEXT)
    (tmp_path / "sub" / "a.txt").write_text(TEXT)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    out = _all([tmp_path])
    assert [x.article_id for x in out if isinstance(x, Article)] == ["b", "a"]
    assert [type(x) for x in out].count(Skipped) == 1


def test_stdin_text_and_jsonl():
    (a,) = list(read_inputs(["-"], stdin=io.BytesIO(TEXT.encode())))
    assert a.article_id == "stdin"
    data = json.dumps({"article_id": "x", "text": TEXT}) + "\n"
    (b,) = list(read_inputs(["-"], stdin=io.BytesIO(data.encode())))
    assert b.article_id == "x"


def test_published_default_applies_only_when_missing(tmp_path):
    from datetime import date

    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"article_id": "a", "text": TEXT, "published": "2025-01-02"}) + "\n"
                 + json.dumps({"article_id": "b", "text": TEXT}) + "\n")
    a, b = _all([f], default_published=date(2024, 5, 5))
    assert a.published == date(2025, 1, 2) and b.published == date(2024, 5, 5)


def test_missing_and_unsupported_paths(tmp_path):
    (tmp_path / "x.doc").write_text("x")
    out = _all([tmp_path / "nope.txt", tmp_path / "x.doc"])
    assert all(isinstance(x, Failure) for x in out)
    assert "no such file" in out[0].reason and "unsupported" in out[1].reason
