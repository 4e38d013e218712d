"""Dates and places of coded events on sentences written for these tests (packaged
dictionaries); the second round of the dates-and-places audit."""

from __future__ import annotations

from datetime import date

from peristiwa.pipeline import code_text, date_finder


def _places(text, res, published="2025-10-20"):
    return [(e.cameo_root, e.location.name if e.location else None)
            for e in code_text(text, res, published=published)]


def test_a_province_after_a_provincial_body_is_its_capital(res):
    # the governor's office, the provincial police and prosecutors sit in the capital
    assert _places("Ratusan buruh berunjuk rasa di depan Kantor Gubernur Jateng.", res) == \
        [("14", "Semarang")]
    assert _places("Jaksa menahan Budi di Kejaksaan Tinggi Jawa Timur.", res) == \
        [("17", "Surabaya")]
    assert _places("Mahasiswa menggelar aksi di DPRD Provinsi Sulawesi Barat.", res) == \
        [("14", "Mamuju")]
    # a province named on its own stays the province
    assert _places("Bupati bertemu warga di Jawa Tengah.", res) == [("04", "Jawa Tengah")]


def _dates(text, res, published="2025-10-20"):
    return [(e.cameo_root, e.date.value.isoformat(), e.date.source)
            for e in code_text(text, res, published=published)]


def test_a_date_inside_what_is_said_or_asked_is_not_the_acts(res):
    # the year of the budget asked for, the election alleged: the content's, not the act's
    assert _dates("Basuki meminta dukungan DPR agar mendapat tambahan anggaran tahun depan.",
                  res) == [("02", "2025-10-20", "published")]
    assert _dates("Kemenkeu memastikan bahwa iuran BPJS tidak akan naik pada tahun 2026.",
                  res) == [("03", "2025-10-20", "published")]
    # before the content, or in the news form after it, the day is the act's
    assert _dates("Pada Jumat (17/10), KPK meminta agar Budi hadir.", res) == \
        [("02", "2025-10-17", "text")]
    assert _dates("KPK meminta agar Budi hadir, Jumat (17/10).", res) == \
        [("02", "2025-10-17", "text")]


def test_a_month_ahead_written_in_that_month_is_this_one(res):
    # "akhir Oktober nanti" in a story of 17 October: the end of this October
    found = date_finder(res).find("Proyek itu harus selesai akhir Oktober nanti.",
                                  date(2025, 10, 17), None)
    assert [(d.date.value.isoformat(), d.date.precision) for d in found] == \
        [("2025-10-01", "month")]


def test_a_sentence_opening_on_saat_itu_is_at_the_time_named_before(res):
    # the assault of "Saat itu" is the Tuesday the sentence before names, not the day of
    # the article
    text = ("Perkelahian terjadi di depan sekolah pada Selasa (7/10). "
            "Saat itu, lima siswa mengeroyok korban.")
    assert _dates(text, res, published="2025-10-18") == [("18", "2025-10-07", "linked")]
    # a quote's tag gives way too; without "saat itu" the tag's day stays
    text = ("Kejadian itu bermula pada Senin (6/10). "
            '"Pada saat itu, terlapor menuduh korban mencuri," kata Kapolres, Kamis (9/10).')
    assert _dates(text, res, published="2025-10-10") == [("11", "2025-10-06", "linked")]
    text = ("Kejadian itu bermula pada Senin (6/10). "
            '"Terlapor menuduh korban mencuri," kata Kapolres, Kamis (9/10).')
    assert _dates(text, res, published="2025-10-10") == [("11", "2025-10-09", "text")]


def test_latin_and_south_america_are_regions_not_the_united_states(res):
    # "Amerika" alone is the United States; "Amerika Latin" / "Amerika Selatan" are not
    evs = code_text("Geng itu beroperasi di Amerika Latin dan menyandera warga.", res,
                    published="2025-10-21")
    assert [(e.location.name, e.location.country) for e in evs] == [("Latin America", None)]
    assert not [e for e in evs if "USA" in (e.source.code, e.target and e.target.code)]
    evs = code_text("Warga berunjuk rasa di Amerika Selatan.", res, published="2025-10-21")
    assert [e.location.name for e in evs] == ["South America"]


def test_a_day_in_brackets_without_its_weekday(res):
    # after a comma or a time word, "(20/10)" is a day; elsewhere it may be a score or ratio
    finder = date_finder(res)
    found = finder.find("Perda itu disahkan di ruang sidang DPRD Bangli, (20/10).",
                        date(2025, 10, 21), None)
    assert [(d.date.text, d.date.value.isoformat()) for d in found] == \
        [("(20/10)", "2025-10-20")]
    found = finder.find("Kemarin (26/5), kami menahan Budi.", date(2025, 5, 27), None)
    assert [(d.date.text, d.date.value.isoformat()) for d in found] == \
        [("(26/5)", "2025-05-26")]
    assert finder.find("Tim tuan rumah menang dengan skor akhir (2/1).", date(2025, 5, 27),
                       None) == []


def test_the_place_in_a_quotes_tag_is_the_acts_not_the_contents(res):
    # "meminta supaya ... di IKN," kata X dalam konferensi pers di Jakarta: IKN is what was
    # asked for, Jakarta where it was asked
    text = ('"Kami meminta supaya Wapres berkantor di IKN," kata Saan dalam konferensi pers '
            'di NasDem Tower, Jakarta Pusat, Jumat (18/7).')
    assert [(e.cameo_root, e.location.name, e.date.value.isoformat())
            for e in code_text(text, res, published="2025-07-20")] == \
        [("02", "Jakarta", "2025-07-18")]
    # without a tag, the content's place stays a topic (only the article's fallback remains)
    evs = code_text("Saan meminta supaya Wapres berkantor di IKN.", res, published="2025-07-20")
    assert [(e.cameo_root, e.location.how) for e in evs] == [("02", "dominant")]


def test_the_home_country_as_a_whole_is_no_scene_of_an_act(res):
    # "berinvestasi di Indonesia": a scope; the place named elsewhere in the story is the scene
    text = ("Menteri meresmikan kantor baru di Jakarta, Selasa (21/10/2025). "
            "Investor asing ingin berinvestasi di Indonesia.")
    evs = code_text(text, res, published="2025-10-21")
    assert [e.location.name for e in evs if e.cameo_root == "03"] == ["Jakarta"]
    # another country as a whole still is one
    assert _places("Menteri itu bertemu Presiden Prancis di Prancis.", res) == \
        [("04", "France")]


def test_keesokan_harinya_counts_from_the_last_day_written_before(res):
    # "Keesokan harinya" is the day after the Saturday told before, "malam harinya" that
    # same next day, not days counted from the article's main day
    text = ("Polisi menggerebek rumah Budi pada Sabtu (18/10/2025). "
            "Keesokan harinya, polisi menangkap Andi. "
            "Pada malam harinya, polisi menahan Joko. "
            '"Kami sudah menahan tiga orang," kata Kapolres, Selasa (21/10/2025).')
    assert [e.date.value.isoformat() for e in code_text(text, res, published="2025-10-21")
            if e.cameo_root == "17"] == ["2025-10-18", "2025-10-19", "2025-10-19",
                                         "2025-10-21"]
    # with no day written before, it counts from the article's main day, as before
    evs = code_text("Keesokan harinya, polisi menangkap Andi.", res, published="2025-10-21")
    assert [e.date.value.isoformat() for e in evs] == ["2025-10-22"]


def test_kertanegara_is_the_presidents_residence_in_jakarta(res):
    assert _places("Prabowo bertemu Jokowi di Kertanegara.", res) == [("04", "Jakarta")]


def test_a_scene_set_by_a_sentence_goes_on_in_the_next_of_its_paragraph(res):
    # the verdict is read at the hearing the sentence before sets, on its day and in its
    # town, not on the day of the article
    text = ("Budi menjalani sidang putusan di Pengadilan Negeri (PN) Kendari, Senin (1/12).\n"
            "Majelis hakim menyatakan Budi terbukti bersalah.\n"
            '"Kami akan mengajukan banding," kata kuasa hukum Budi, Selasa (9/12/2025).')
    evs = code_text(text, res, published="2025-12-09")
    assert [(e.cameo_root, e.date.value.isoformat(), e.location and e.location.name)
            for e in evs if e.cameo_root == "11"][:1] == [("11", "2025-12-01", "Kendari")]
    # a new paragraph is another scene
    text = ("Budi menjalani sidang putusan di Pengadilan Negeri (PN) Kendari, Senin (1/12).\n\n"
            "Majelis hakim menyatakan Budi terbukti bersalah.")
    evs = code_text(text, res, published="2025-12-09")
    assert [e.date.source for e in evs if e.cameo_root == "11"][:1] == ["dominant"]
