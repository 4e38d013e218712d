"""Dates and places of coded events on sentences written for these tests (packaged
dictionaries); the fourth round of the dates-and-places audit (kinds of date errors)."""

from __future__ import annotations

from datetime import date

from peristiwa.pipeline import code_text, date_finder


def _dates(text, res, published="2025-10-22"):
    return [(e.cameo[:2], e.sentence_index, e.date.value.isoformat(), e.date.source)
            for e in code_text(text, res, published=published)]


def test_words_of_a_quote_running_on_take_the_tag_day_of_the_sentence_closing_it(res):
    # the demand is said in the quote's first sentence; the tag closing it two sentences
    # later names Monday, while the article's main day is the Tuesday of the protest
    text = ("Ratusan mahasiswa berunjuk rasa di depan kantor DPRD Sulsel, Selasa (21/10/2025). "
            "Aksi itu berlangsung damai hingga sore.\n\n"
            "\"Kami mendesak polisi mengusut kasus penganiayaan itu. "
            "Semua pelaku harus diproses,\" kata Ketua BEM Budi Santoso, Senin (20/10/2025).")
    got = _dates(text, res)
    demand = [g for g in got if g[0] == "10"]
    assert demand and all(d == "2025-10-20" for _, _, d, _ in demand)
    # a quote in one sentence keeps its own tag day, as before
    text = ("Ratusan mahasiswa berunjuk rasa di depan kantor DPRD Sulsel, Selasa (21/10/2025).\n\n"
            "\"Kami mendesak polisi mengusut kasus penganiayaan itu,\" kata Ketua BEM Budi "
            "Santoso, Senin (20/10/2025).")
    assert [d for c, _, d, _ in _dates(text, res) if c == "10"] == ["2025-10-20"]


def test_violence_told_in_a_running_quote_keeps_the_article_day(res):
    # the beating is told on Monday, not done then (report29's _told_violence)
    text = ("Polisi menangkap dua pelaku pengeroyokan di Makassar, Sabtu (18/10/2025).\n\n"
            "\"Kedua pelaku memukuli korban hingga pingsan. "
            "Korban lalu dibawa ke rumah sakit,\" kata Kapolsek Budi, Senin (20/10/2025).")
    beat = [g for g in _dates(text, res, published="2025-10-20") if g[0] == "18"]
    assert beat and all(d != "2025-10-20" for _, _, d, _ in beat)


def test_a_bracketed_day_without_its_year_fits_its_weekday_before_the_future(res):
    finder = date_finder(res)
    oct22 = date(2025, 10, 22)

    def found(text):
        return [dm.date.value for dm in finder.find(text, oct22, None)]

    # 2 December 2025 is a Tuesday still to come: the Monday was 2 December 2024
    assert found("\"Sudah ada tersangka,\" kata juru bicara KPK, Senin (2/12).") == \
        [date(2024, 12, 2)]
    # a coming day that fits its weekday stays this year's
    assert found("Sidang putusan akan digelar pada Selasa (2/12).") == [date(2025, 12, 2)]
    # a past day keeps its year whatever its weekday (a typo in the weekday)
    assert found("\"Sudah ada tersangka,\" kata juru bicara KPK, Senin (14/10).") == \
        [date(2025, 10, 14)]
