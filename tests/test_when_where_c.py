"""Dates and places of coded events on sentences written for these tests (packaged
dictionaries); the third round of the dates-and-places audit."""

from __future__ import annotations

from datetime import date

from peristiwa.pipeline import code_text, date_finder


def _dates(text, res, published="2025-09-15"):
    return [(e.cameo, e.date.value.isoformat(), e.date.source)
            for e in code_text(text, res, published=published)]


def test_a_date_inside_what_another_act_asks_does_not_date_the_meeting(res):
    # "tahun depan" is what the request is for: neither the request nor the meeting it was
    # made in happened next year
    text = ("Dalam rapat kerja dengan Komisi II DPR, Budi meminta dukungan legislatif agar "
            "mendapat tambahan anggaran untuk tahun depan.")
    got = _dates(text, res)
    assert {c[:2] for c, _, _ in got} >= {"04", "02"}
    assert {d for _, d, _ in got} == {"2025-09-15"}
    # a day in the news form is the act's wherever it stands
    text = ("Dalam rapat kerja dengan Komisi II DPR, Budi meminta dukungan legislatif agar "
            "mendapat tambahan anggaran, Senin (15/9/2025).")
    assert {d for _, d, _ in _dates(text, res, published="2025-09-16")} == {"2025-09-15"}


def test_a_month_named_without_its_year(res):
    finder = date_finder(res)

    def found(text, published):
        return [(dm.date.value, dm.date.precision)
                for dm in finder.find(text, published, None)]

    oct16 = date(2025, 10, 16)
    assert found("Pada Februari, Apple menjanjikan investasi kepada pemerintah.", oct16) == \
        [(date(2025, 2, 1), "month")]
    assert found("Unjuk rasa terjadi di akhir Agustus.", oct16) == \
        [(date(2025, 8, 1), "month")]
    assert found("Hujan diperkirakan turun pada November.", oct16) == \
        [(date(2025, 11, 1), "month")]
    # over two months ahead it is last year's
    assert found("Pada Desember, KPK menangkap bupati.", date(2026, 2, 3)) == \
        [(date(2025, 12, 1), "month")]
    # not the start of a span, nor what an act is for, nor a month with its year
    assert found("Sejak menjabat pada bulan Januari, Trump telah memecat pejabat.", oct16) == []
    assert found("Bantuan disalurkan untuk bulan Oktober dan November.", oct16) == []
    assert found("Pada Juni 2024, KPK menangkap bupati.", oct16) == \
        [(date(2024, 6, 1), "month")]


def test_a_time_of_day_before_tadi_is_today(res):
    finder = date_finder(res)
    oct17 = date(2025, 10, 17)
    assert [dm.date.value for dm in finder.find(
        "Pada siang tadi, Purbaya menyampaikan laporan kepada Presiden.", oct17, None)] == \
        [oct17]
    assert [dm.date.value for dm in finder.find(
        "Banjir mulai sejak pukul 20.00 WIB malam tadi.", oct17, None)] == \
        [date(2025, 10, 16)]
    assert [dm.date.value for dm in finder.find(
        "Mobil itu dipakai tadi sore oleh sopir.", oct17, None)] == [oct17]


_ROUND_UP = (
    '"Kami sudah menahan Andi," kata Kapolres, Senin (13/10/2025).\n'
    '"Kami menolak kenaikan pajak," kata Budi, Selasa (14/10/2025).\n'
    '"Kami sudah memeriksa saksi," kata Kapolsek, Rabu (15/10/2025).\n'
    '"Kami sudah menahan Joko," kata Kapolres, Senin (13/10/2025).\n'
    '"Kami akan bertemu warga," kata Bupati, Kamis (16/10/2025).\n'
    "Kasat Reskrim mengatakan peristiwa itu terjadi pada Jumat (10/10) malam.\n"
    "Pelaku memukul korban hingga pingsan.\n")


def test_an_act_in_a_round_up_takes_its_storys_day(res):
    # five stories with their own days: the beating takes the day its story tells, not the
    # day named most often (Monday)
    evs = code_text(_ROUND_UP, res, published="2025-10-18")
    assert [(e.date.value.isoformat(), e.date.source) for e in evs
            if e.cameo_root == "18"] == [("2025-10-10", "linked")]
    # with fewer days it is no round-up: the article's main day
    text = _ROUND_UP.replace("Rabu (15/10/2025)", "Senin (13/10/2025)")
    evs = code_text(text, res, published="2025-10-18")
    assert [(e.date.value.isoformat(), e.date.source) for e in evs
            if e.cameo_root == "18"] == [("2025-10-13", "dominant")]


def test_violence_told_in_a_quote_is_not_dated_by_its_tag(res):
    # the beating was told on Thursday, not done then: the clash's Tuesday, which the
    # round-up rule finds before it
    text = _ROUND_UP.replace(
        "Pelaku memukul korban hingga pingsan.\n",
        '"Mereka datang berdelapan dan langsung cekcok. Tiga orang memukul korban hingga '
        'pingsan," kata Kapolsek, Kamis (16/10/2025).\n')
    evs = code_text(text, res, published="2025-10-18")
    assert [e.date.value.isoformat() for e in evs if e.cameo_root == "18"] == ["2025-10-10"]
    # outside a quote the sentence's day is the beating's
    evs = code_text("Tiga orang memukul korban hingga pingsan, Kamis (16/10/2025).", res,
                    published="2025-10-18")
    assert [e.date.value.isoformat() for e in evs if e.cameo_root == "18"] == ["2025-10-16"]


def test_weekly_schedules_are_no_days_and_a_time_of_day_may_precede_the_bracket(res):
    finder = date_finder(res)
    oct20 = date(2025, 10, 20)

    def found(text):
        return [(dm.date.text, dm.date.value) for dm in finder.find(text, oct20, None)]

    assert found("Setiap hari Senin, Menteri memantau laporan inflasi daerah.") == []
    assert found("Siaran itu tayang pada Senin-Jumat pukul 15.30 WIB.") == []
    assert found("Bus melayani warga setiap Senin hingga Jumat.") == []
    assert found("Rapat digelar Senin hingga Rabu (15/10).") == \
        [("Rabu (15/10)", date(2025, 10, 15))]
    assert found("Polisi menangkap Budi pada Senin.") == [("Senin", oct20)]
    assert found("kata Menlu, dikutip Selasa malam (23/9/2025).") == \
        [("Selasa malam (23/9/2025)", date(2025, 9, 23))]
