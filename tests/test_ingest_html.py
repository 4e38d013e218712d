"""HTML pages (trafilatura) and WARC archives (warcio) as inputs; the page text is written by
the project."""

import io

import pytest

from peristiwa.ingest import read_inputs
from peristiwa.pipeline import code_article
from peristiwa.records import Article, Failure

PAGE = """<html><head><title>KPK Tahan Pejabat Kementerian</title>
<meta property="og:url" content="https://example.org/kpk-tahan">
<meta name="date" content="2025-10-21"></head>
<body><nav>Beranda | Nasional | Hukum</nav><article><h1>KPK Tahan Pejabat Kementerian</h1>
<p>Jakarta - Komisi Pemberantasan Korupsi (KPK) menahan seorang pejabat Kementerian Energi dan
Sumber Daya Mineral pada Selasa (21/10/2025) setelah pemeriksaan selama sembilan jam.</p>
<p>Baca Juga: Menlu Bertemu Timpalannya di Hanoi</p>
<p>Juru bicara KPK mengatakan tersangka ditahan selama dua puluh hari pertama di rumah tahanan
KPK untuk kepentingan penyidikan yang masih berjalan.</p></article>
<footer>Hak cipta dilindungi undang-undang.</footer></body></html>"""


def test_html_page(tmp_path, res):
    f = tmp_path / "kpk-tahan.html"
    f.write_text(PAGE, encoding="utf-8")
    (art,) = read_inputs([str(f)])
    assert isinstance(art, Article) and art.article_id == "kpk-tahan"
    assert art.title == "KPK Tahan Pejabat Kementerian"
    assert art.published.isoformat() == "2025-10-21"
    assert "Beranda" not in art.text and "Hak cipta" not in art.text
    evs = code_article(art, res).events
    assert any(e.cameo == "173" and e.source.code == "IDNJUD" for e in evs)
    assert not [e for e in evs if "Baca Juga" in e.sentence]


def test_html_without_text_is_a_failure(tmp_path):
    f = tmp_path / "kosong.html"
    f.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    (fail,) = read_inputs([str(f)])
    assert isinstance(fail, Failure) and "no article text" in fail.reason


def test_warc_archive(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, body, ctype in (("https://example.org/kpk-tahan", PAGE, "text/html"),
                                 ("https://example.org/logo.png", "PNG", "image/png"),
                                 ("https://example.org/kosong", "<html></html>", "text/html")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)],
                                       protocol="HTTP/1.0")
            rec = writer.create_warc_record(url, "response",
                                            payload=io.BytesIO(body.encode("utf-8")),
                                            http_headers=headers)
            writer.write_record(rec)
    out = list(read_inputs([str(path)]))
    arts = [x for x in out if isinstance(x, Article)]
    fails = [x for x in out if isinstance(x, Failure)]
    assert [a.url for a in arts] == ["https://example.org/kpk-tahan"]
    assert len(fails) == 1 and "example.org/kosong" in fails[0].reason


@pytest.mark.parametrize("name", ["a.html", "b.warc.gz"])
def test_folders_pick_up_html_and_warc(tmp_path, name):
    from peristiwa.ingest import Skipped

    (tmp_path / name).write_bytes(b"")
    out = list(read_inputs([str(tmp_path)]))
    assert out and not any(isinstance(x, Skipped) for x in out)
