"""Every date rule, on project-written sentences."""

from datetime import date

import pytest

from peristiwa.dates import DateFinder, dominant_date, event_date, infer_year
from peristiwa.text.tokens import word_list

PUB = date(2025, 10, 22)  # a Wednesday


@pytest.fixture(scope="module")
def finder(res):
    return DateFinder(res)


def one(finder, text, published=PUB, today=None):
    found = finder.find(text, published, today)
    assert found, text
    return found[0].date


@pytest.mark.parametrize("text,expect,precision", [
    ("Sidang digelar 20 September 2023 di Jakarta.", date(2023, 9, 20), "day"),
    ("Sidang digelar Rabu, 20 September 2023.", date(2023, 9, 20), "day"),
    ("Surat bertanggal 20/9/2023 itu beredar.", date(2023, 9, 20), "day"),
    ("Surat bertanggal 20-9-2023 itu beredar.", date(2023, 9, 20), "day"),
    ("Rapat digelar Senin (20/10) pukul 14.30 WIB.", date(2025, 10, 20), "day"),
    ("Rapat digelar Senin (21/10/2024).", date(2024, 10, 21), "day"),
    # a bracket left open at the end, with a mistyped year: the Wednesday of the story's year
    ("Hal itu dikatakan Ketua, Rabu (8/10/2028.", date(2025, 10, 8), "day"),
    ("Ia ditangkap pada 3 Oktober lalu.", date(2025, 10, 3), "day"),
    ("KPK memeriksanya kemarin.", date(2025, 10, 21), "day"),
    ("Polisi menggelar razia tadi malam.", date(2025, 10, 21), "day"),
    ("Menteri tiba hari ini.", date(2025, 10, 22), "day"),
    ("Presiden berangkat lusa.", date(2025, 10, 24), "day"),
    ("Ia diperiksa dua hari lalu.", date(2025, 10, 20), "day"),
    ("Kasus itu dilaporkan tiga pekan lalu.", date(2025, 10, 1), "day"),
    ("Menlu bertemu timpalannya pekan lalu.", date(2025, 10, 15), "day"),
    ("Sidang dilanjutkan minggu depan.", date(2025, 10, 29), "day"),
    ("Harga naik bulan lalu.", date(2025, 9, 1), "month"),
    ("Pemilu digelar bulan depan.", date(2025, 11, 1), "month"),
    ("KTT digelar Februari mendatang.", date(2026, 2, 1), "month"),
    ("KTT digelar Februari lalu.", date(2025, 2, 1), "month"),
    ("Aturan itu berlaku tahun depan.", date(2026, 1, 1), "year"),
    ("Proyek dimulai tahun lalu.", date(2024, 1, 1), "year"),
    ("Laporan disusun awal bulan ini.", date(2025, 10, 1), "month"),
    ("Pembayaran jatuh tempo akhir bulan ini.", date(2025, 10, 31), "month"),
    ("Pemilu digelar pada Februari 2024.", date(2024, 2, 1), "month"),
    ("Pertemuan itu dilakukan awal Februari tahun ini.", date(2025, 2, 1), "month"),
    ("Kasus itu dilaporkan pada Maret tahun lalu.", date(2024, 3, 1), "month"),
    ("Sidang digelar Januari tahun depan.", date(2026, 1, 1), "month"),
])
def test_expressions(finder, text, expect, precision):
    d = one(finder, text)
    assert (d.value, d.precision, d.source) == (expect, precision, "text")


@pytest.mark.parametrize("text,expect", [
    ("Rapat digelar pada hari Senin.", date(2025, 10, 20)),
    ("Ia ditahan Selasa lalu.", date(2025, 10, 21)),
    ("Menteri tiba Rabu.", date(2025, 10, 22)),  # publication day itself
    ("Sidang digelar Senin depan.", date(2025, 10, 27)),
    ("Sidang digelar Jumat mendatang.", date(2025, 10, 24)),
])
def test_bare_weekdays(finder, text, expect):
    assert one(finder, text).value == expect


def test_minggu_as_week_is_not_sunday(finder):
    assert one(finder, "Harga turun minggu lalu.").value == date(2025, 10, 15)
    assert one(finder, "Upacara digelar pada hari Minggu.").value == date(2025, 10, 19)


def test_year_boundary():
    f = DateFinder.__new__(DateFinder)
    assert f is not None
    from peristiwa.dates import _year_for

    assert _year_for(28, 12, date(2023, 1, 2)) == 2022
    assert _year_for(2, 1, date(2022, 12, 30)) == 2023
    assert _year_for(20, 10, date(2025, 10, 22)) == 2025


def test_year_boundary_in_text(finder):
    assert one(finder, "Rapat digelar Rabu (28/12).", published=date(2023, 1, 2)).value == \
        date(2022, 12, 28)


def test_no_publication_date_infers_year_from_weekday(finder):
    d = one(finder, "Rapat digelar Rabu (20/9).", published=None, today=date(2025, 10, 1))
    assert (d.value, d.source) == (date(2023, 9, 20), "inferred")  # 20/9 was a Wednesday in 2023
    assert infer_year(20, 9, 2, date(2025, 10, 1)) == 2023
    assert infer_year(20, 9, 2, date(2023, 9, 19)) == 2017  # not after the day of coding


def test_without_publication_date_relative_words_give_nothing(finder):
    assert finder.find("KPK memeriksanya kemarin.", None, date(2025, 1, 1)) == []


def test_attach_nearest_then_dominant_then_published(finder):
    text = "Iran mengecam Israel pada Senin (20/10), lalu Rusia menyusul Selasa (21/10)."
    ds = finder.find(text, PUB, None)
    assert event_date(ds, text.index("mengecam"), None, PUB).value == date(2025, 10, 20)
    assert event_date(ds, text.index("menyusul"), None, PUB).value == date(2025, 10, 21)
    dom = dominant_date(ds + finder.find("Kamis (16/10) rapat.", PUB, None) +
                        finder.find("Senin (20/10) lagi.", PUB, None))
    assert dom.value == date(2025, 10, 20) and dom.source == "dominant"
    assert event_date([], 0, dom, PUB).source == "dominant"
    assert event_date([], 0, None, PUB).source == "published"
    assert event_date([], 0, None, None).precision == "none"


def test_day_ranges_start_on_their_first_day_and_durations_are_no_dates(finder):
    assert one(finder, "Konferensi digelar 28-29 Desember 1954 di Bogor.").value == \
        date(1954, 12, 28)
    found = finder.find("Ia ditahan untuk 20 hari ke depan.", PUB, None)
    assert all(d.date.value != date(2025, 11, 11) for d in found)


def test_weekday_in_a_plan_is_the_next_one(finder):
    # published Wednesday 22/10/2025
    assert one(finder, "Menlu dijadwalkan bertemu timpalannya pada Jumat.").value == \
        date(2025, 10, 24)
    assert one(finder, "Menlu bertemu timpalannya pada Jumat.").value == date(2025, 10, 17)


def test_days_before_or_after_the_articles_main_date(finder):
    text = "Sehari sebelumnya, polisi menyita dua kapal."
    ds = finder.find(text, PUB, None)
    assert ds and ds[0].anchor_days == -1
    from peristiwa.records import EventDate
    dom = EventDate(date(2025, 6, 10), "day", "dominant")
    assert event_date(ds, 20, dom, PUB).value == date(2025, 6, 9)
    assert event_date(ds, 20, None, PUB).value == date(2025, 10, 21)
    # a sentence whose only date words are the anchor's ("hari", "kemudian") is still read
    ds = finder.find("Ia tiba dua hari kemudian.", PUB, None)
    assert [d.anchor_days for d in ds] == [2]


def test_common_relative_words_alone_state_no_date(finder):
    assert finder.find("Ini lagi-lagi terjadi, lalu ia pergi.", PUB, None) == []
    assert [d.date.value for d in finder.find("Pekan lalu ia pergi.", PUB, None)] == [
        date(2025, 10, 15)]


def test_a_deadline_after_publication_is_not_the_articles_main_date():
    from peristiwa.dates import DateMention
    from peristiwa.records import EventDate

    pub = date(2025, 10, 19)
    deadline = DateMention(0, 10, EventDate(date(2025, 12, 31), "day", "text", "31 Desember 2025"))
    said = DateMention(0, 10, EventDate(date(2025, 10, 18), "day", "text", "Sabtu (18/10)"))
    assert dominant_date([deadline, deadline, said], pub).value == date(2025, 10, 18)
    assert dominant_date([deadline], pub) is None
    assert dominant_date([deadline]).value == date(2025, 12, 31)  # no publication day known


def test_a_named_day_wins_over_one_counted_from_another_event(finder):
    text = "Pelaku kemudian diamankan di Palembang sehari setelahnya, Sabtu (18/10) malam."
    pub = date(2025, 10, 21)
    ds = finder.find(text, pub, None)
    got = event_date(ds, text.index("diamankan"), None, pub)
    assert got.value == date(2025, 10, 18)


def test_a_background_date_long_before_publication_is_not_the_articles_main_date(finder):
    pub = date(2025, 9, 11)
    ds = finder.find("Putusan kasasi itu tertanggal 22 November 2023 dan berlaku sejak 5 Januari "
                     "2025.", pub, None)
    assert len(ds) == 2 and dominant_date(ds, pub) is None
    ds += finder.find("Jaksa menyita tanah itu pada Senin (8/9/2025).", pub, None)
    assert dominant_date(ds, pub).value == date(2025, 9, 8)


def test_a_year_typed_wrong_is_read_from_the_weekday(finder):
    # 7/10/2024 was a Monday, 7/10/2025 a Tuesday: the story of October 2025 means 2025
    pub = date(2025, 10, 7)
    assert [d.date.value for d in finder.find("kata Agung, Selasa (7/10/2024).", pub, None)] == [
        date(2025, 10, 7)]
    # a weekday that fits the year as written stays as written
    assert [d.date.value for d in finder.find("kata Agung, Senin (7/10/2024).", pub, None)] == [
        date(2024, 10, 7)]


def test_an_act_placed_in_an_earlier_year_has_that_year(finder):
    d = one(finder, "Kasus itu bermula pada 2010 ketika jaksa menahan Budi.")
    assert (d.value, d.precision) == (date(2010, 1, 1), "year")
    assert one(finder, "Polisi menangkap pelaku pada tahun 2019 lalu.").value == date(2019, 1, 1)
    # a statute's year, a budget year ahead and the year of publication are no event's year
    assert finder.find("Ia dijerat Undang-Undang Nomor 1 Tahun 2024 tentang ITE.", PUB, None) \
        == []
    assert finder.find("Anggaran Otorita IKN tahun 2026 ditolak Banggar.", PUB, None) == []
    assert finder.find("Program itu berjalan pada tahun 2025.", PUB, None) == []


def test_the_day_a_report_was_quoted_counts_for_the_main_date_only_alone(finder):
    cited = finder.find("Dilansir AFP, Minggu (19/10/2025), ribuan orang berdemo.", PUB, None)
    own = finder.find("Demo itu digelar Sabtu (18/10/2025) di New York.", PUB, None)
    assert cited[0].cited and not own[0].cited
    assert dominant_date(cited + own, PUB).value == date(2025, 10, 18)
    assert dominant_date(cited, PUB).value == date(2025, 10, 19)


@pytest.mark.parametrize("text", [
    "Menteri tiba hari ini dan bertemu Presiden Senin lalu.",
    "MENTERI TIBA HARI INI.",
    "Ia diperiksa pada hari-hari lalu, kata jaksa.",  # a hyphen: the text is scanned
    "Rapat digelar Jum'at lalu.",  # an apostrophe inside a cue
    "Sidang digelar 20 September 2023; ia tiba 2.5hari lalu.",  # digits
    "Dia datang “kemarin” ke Jakarta.",  # not ASCII
    "Tidak ada tanggal di sini.",
])
def test_words_given_or_not_the_same_dates(finder, text):
    """The lower-cased tokens a caller passes only spare a scan of the text."""
    words = [w.lower() for w in word_list(text)]
    assert finder.find(text, PUB, None, words) == finder.find(text, PUB, None)


@pytest.mark.parametrize("text", [
    "Rapat digelar SENIN (20/10) dan Selasa, 21 Oktober 2025, bukan pada hari Minggu lalu.",
    "KPK memeriksanya KEMARIN; Sidang dilanjutkan Minggu Depan, dua Hari lalu, bulan ini.",
    "Ia tiba Jum'at lalu dan pergi Maret 2024 – 3 hari sebelumnya.",
    "Dia datang “Senin lalu” ke Jakarta.",  # not ASCII: the rules run as they are
])
def test_lower_case_twins_find_what_the_rules_find(finder, text):
    """In ASCII text the case-insensitive rules are run through their lower-case twins."""
    assert finder.twins
    for rx in finder.twins:
        expect = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in finder._finditer(rx, text, text.lower())] == \
            expect


def test_a_deictic_word_after_a_written_day_is_part_of_it(finder):
    # "Selasa (21/10) kemarin" told from the Tuesday itself: one day, not the Monday too
    found = finder.find("Pada Selasa (21/10) kemarin, KPK memeriksa saksi.", date(2025, 10, 21),
                        None)
    assert [d.date.value for d in found] == [date(2025, 10, 21)]
    # a deictic word elsewhere in the sentence still counts
    found = finder.find("Selasa (21/10), KPK menyebut saksi diperiksa kemarin.",
                        date(2025, 10, 22), None)
    assert [d.date.value for d in found] == [date(2025, 10, 21), date(2025, 10, 21)]


def test_the_date_of_a_warrant_an_act_was_based_on_is_not_the_acts(finder):
    text = ("Penggeledahan dilaksanakan berdasarkan Surat Perintah Penggeledahan Kepala "
            "Kejaksaan Tinggi tanggal 10 Juli 2025.")
    (d,) = finder.find(text, PUB, None)
    assert d.document and event_date([d], 0, None, PUB).source == "published"
    # a verdict is the act: sentenced on the day of the decision
    text = ("Berdasarkan putusan kasasi Mahkamah Agung Nomor 5834 tanggal 22 November 2023, "
            "Henry dijatuhi hukuman 8 tahun penjara.")
    (d,) = finder.find(text, PUB, None)
    assert not d.document and event_date([d], 90, None, PUB).value == date(2023, 11, 22)
    # a suspect named through a letter was named that day
    text = "Kejari menetapkan DS sebagai tersangka melalui surat penetapan tanggal 9 Oktober 2025."
    (d,) = finder.find(text, PUB, None)
    assert not d.document


def test_a_deictic_word_in_a_quote_counts_from_the_day_the_tag_names(finder):
    text = ('"Mulai hari ini, pemerintah mencabut empat IUP," ujar Menteri ESDM Bahlil, '
            'Selasa (10/6).')
    found = finder.find(text, PUB, None)
    assert [d.date.value for d in found] == [date(2025, 6, 10), date(2025, 6, 10)]
    # the editor's "(hari ini)" counts from publication
    text = '"Besok (hari ini) LM dipanggil," ujar Rizki, Minggu (19/10).'
    found = finder.find(text, date(2025, 10, 20), None)
    assert [d.date.value for d in found] == [date(2025, 10, 20), date(2025, 10, 20),
                                             date(2025, 10, 19)]
    # "hari ini, Senin (20/10/2025)": one day, the one named
    found = finder.find("Lisa diperiksa hari ini, Senin (20/10/2025).", date(2025, 10, 21),
                        None)
    assert [d.date.value for d in found] == [date(2025, 10, 20)]


def test_some_weeks_ago_names_no_day(finder):
    d = one(finder, "Musibah itu terjadi beberapa minggu yang lalu.")
    assert (d.value, d.precision) == (date(2025, 10, 1), "month")
    d = one(finder, "Musibah itu terjadi tiga minggu yang lalu.")
    assert (d.value, d.precision) == (date(2025, 10, 1), "day")


def test_of_days_named_as_often_the_one_written_out_is_the_main_date(finder):
    found = finder.find('"Pabrik itu ditutup kemarin," ujar Menteri, Senin (20/10/2025).', PUB,
                        None)
    assert [d.date.value for d in found] == [date(2025, 10, 19), date(2025, 10, 20)]
    assert dominant_date(found, PUB).value == date(2025, 10, 20)


def test_a_date_in_the_cause_told_after_an_act_is_not_the_acts(finder):
    from peristiwa.records import EventDate

    text = "Hakim memvonis Ali karena ikut unjuk rasa pada tahun 2011."
    found = finder.find(text, PUB, None)
    dom = EventDate(date(2025, 10, 20), "day", "dominant")
    assert event_date(found, text.index("memvonis"), dom, PUB, text=text) == dom
    # "oleh karena itu" is "therefore", no cause
    text = "Oleh karena itu hakim memvonis Ali pada Senin (20/10/2025)."
    found = finder.find(text, PUB, None)
    assert event_date(found, text.index("memvonis"), None, PUB, text=text).value == \
        date(2025, 10, 20)


@pytest.mark.parametrize("text,verb,expect", [
    # the day of the relative clause's act, not the arrest's
    ("Polisi menangkap pria yang diduga mencuri sepeda motor di pasar pada Senin (13/10/2025) "
     "dini hari.", "menangkap", None),
    ("Warga memprotes rencana bupati yang menaikkan pajak mulai tahun depan.", "memprotes", None),
    # the occasion the act was done in is its setting
    ("Jaksa menuntut terdakwa dalam sidang yang digelar di pengadilan negeri pada Senin "
     "(13/10/2025).", "menuntut", date(2025, 10, 13)),
    # a verb of being describes; the news tag after a comma is the main act's
    ("Satpol PP menyita ratusan botol dari toko yang masih menjadi aset pemkab pada Senin "
     "(13/10/2025).", "menyita", date(2025, 10, 13)),
    ("Presiden menerima menteri yang baru dilantik, Senin (13/10/2025).", "menerima",
     date(2025, 10, 13)),
    # a quote closed before the date: the tag tells when it was said
    ('"Kami mendukung pemerintah yang bekerja keras," kata Ketua, Senin (13/10/2025).',
     "mendukung", date(2025, 10, 13)),
])
def test_a_date_in_a_relative_clause_after_the_act_dates_that_clause(finder, res, text, verb,
                                                                     expect):
    from peristiwa.records import EventDate

    found = finder.find(text, PUB, None)
    dom = EventDate(date(2025, 10, 20), "day", "dominant")
    got = event_date(found, text.index(verb), dom, PUB, text=text, res=res)
    assert got == dom if expect is None else got.value == expect


@pytest.mark.parametrize("text,verb,expect", [
    # a contrast or a list item between them: the other clause's day
    ("Ali ditangkap Senin (13/10/2025), sedangkan Budi menyerahkan diri.", "menyerahkan",
     None),
    ("Kemarin rapat itu ditunda, dan sementara China sudah bersedia berunding.", "bersedia",
     None),
    ("Ali ditangkap Senin (13/10/2025); Budi menyerahkan diri.", "menyerahkan", None),
    # "sementara" as "for the time being" opens no clause
    ("Polisi menahan sementara Ali pada Senin (13/10/2025).", "menahan", date(2025, 10, 13)),
    # the tag of a quote is the whole quote's
    ('"Kami menolak, sedangkan mereka menerima," kata Ali, Senin (13/10/2025).', "menolak",
     date(2025, 10, 13)),
])
def test_a_date_in_another_clause_does_not_date_the_act(finder, text, verb, expect):
    from peristiwa.records import EventDate

    found = finder.find(text, PUB, None)
    dom = EventDate(date(2025, 10, 20), "day", "dominant")
    got = event_date(found, text.index(verb), dom, PUB, text=text)
    assert got == dom if expect is None else got.value == expect
