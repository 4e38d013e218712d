"""The Indonesian sentence splitter's hard cases."""

import pytest

from peristiwa.text.sentences import split_sentences


def split(text, res):
    return [s.text for s in split_sentences(text, res.word_set("abbreviations"))]


@pytest.mark.parametrize("text", [
    "Pangdam dijabat Jend. Andi Wijaya sejak Senin.",
    "Ia dilantik oleh Brigjen. Budi Santoso di Bandung.",
    "Kol. Inf. Rudi hadir bersama Dr. Sari dan Prof. Hadi.",
    "Rombongan dipimpin H. Ahmad dan Hj. Siti ke lokasi.",
    "Putusan No. 12/2025 dibacakan hakim.",
    "Ia membeli beras, gula, dll. untuk warga.",
    "Kuasa hukumnya, Andi Wijaya S.H. M.Si. datang ke kantor polisi.",
    "Saham PT. Maju Jaya Tbk. naik tajam.",
    "Inflasi naik 2,5 persen menjadi 16.288 kasus.",
    "Anggaran Rp 16,5 T dialokasikan untuk program itu.",
    "Sidang digelar Senin (20/9) dan berlanjut Selasa (21/10/2025) di PN Jakarta.",
    "\"Kami menolak keras rencana itu,\" kata Prabowo.",
    "\"Apakah ini adil?\" tanya dia kepada wartawan.",
    "Dia menunggu... lalu pergi begitu saja.",
    "Jalan A. Yani ditutup sementara.",
])
def test_one_sentence(text, res):
    assert split(text, res) == [text]


@pytest.mark.parametrize("text,n", [
    ("KPK menahan tersangka. Ia dibawa ke rutan.", 2),
    ("\"Kami menolak.\" Ia lalu pergi.", 2),
    ("Apakah ini adil? Tentu tidak!  Semua diam.", 3),
    ("Nilai proyek mencapai Rp 16,5 T. Kemudian KPK menyelidiki.", 2),
    ("Dia menunggu... Lalu pergi.", 2),
    ("Rapat selesai pukul 14.30 WIB. Menteri pulang.", 2),
])
def test_splits(text, n, res):
    assert len(split(text, res)) == n


def test_list_items_and_paragraphs(res):
    text = "Syaratnya sebagai berikut:\n1. Fotokopi KTP.\n2. Surat keterangan sehat."
    out = split(text, res)
    assert out == ["Syaratnya sebagai berikut:", "1. Fotokopi KTP.", "2. Surat keterangan sehat."]


def test_heading_lines_are_marked(res):
    sents = split_sentences("Poin Utama\nKPK menahan tersangka.", res.word_set("abbreviations"))
    assert [s.heading for s in sents] == [True, False]


def test_offsets_match_text(res):
    text = "KPK menahan tersangka.  Ia dibawa ke rutan.\nPolisi berjaga."
    for s in split_sentences(text, res.word_set("abbreviations")):
        assert text[s.start:s.end] == s.text


def test_a_full_stop_that_lost_its_space_still_ends_a_sentence():
    from peristiwa.text.sentences import split_sentences

    ab = frozenset(["dll"])
    assert [s.text for s in split_sentences("Ia menolak eskalasi.Katanya, situasi aman.", ab)] \
        == ["Ia menolak eskalasi.", "Katanya, situasi aman."]
    # but not in an address or after an abbreviation
    assert len(split_sentences("Kunjungi www.Detik.Com hari ini.", ab)) == 1
    assert len(split_sentences("Ada buku, pena, dll.Semua dibawa pulang.", ab)) == 1
