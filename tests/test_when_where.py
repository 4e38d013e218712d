"""Dates and places of coded events on sentences written for these tests (packaged
dictionaries)."""

from __future__ import annotations

from peristiwa.pipeline import code_text


def _places(text, res, published="2025-10-20"):
    return [(e.cameo_root, e.location.name if e.location else None)
            for e in code_text(text, res, published=published)]


def test_a_place_after_dari_is_an_origin_unless_it_opens_a_route(res):
    # "tim dari Kejati Papua": where the team comes from, not where it seized anything
    assert _places("Penyitaan dilakukan oleh tim dari Kejati Papua.", res) == \
        [("17", None)]
    assert _places("Warga Garut menerima bantuan dari Jepang.", res) == [("07", None)]
    # a route or a span still starts there
    assert _places("Polisi menangkap Budi dari Bandung menuju Pekanbaru.", res) == \
        [("17", "Bandung")]


def test_of_days_named_as_often_the_news_form_is_the_articles_day(res):
    # a decree's date named once, the story's "Selasa (16/9/2025)" once: the Tuesday is the
    # day of the acts told without a date of their own
    text = ("Peraturan itu diteken Ketua KPU tertanggal 21 Agustus 2025. "
            "Anggota DPR mengkritik KPU karena peraturan itu. "
            '"Kami mencabut peraturan itu," kata Ketua KPU di Jakarta, Selasa (16/9/2025).')
    evs = code_text(text, res, published="2025-09-17")
    assert [(e.cameo_root, e.date.value.isoformat(), e.date.source) for e in evs
            if e.cameo_root == "11"] == [("11", "2025-09-16", "dominant")]


def test_an_island_across_provinces_is_no_articles_place(res):
    # "di Pulau Jawa" as where farm workers live: not the scene of the ministry's appeal
    text = ("Wakil Menteri Sosial mengajak Serikat Petani Indonesia bekerja sama. "
            "Sebagian besar buruh tani tinggal di Pulau Jawa.")
    evs = code_text(text, res, published="2025-10-13")
    assert [(e.cameo_root, e.location) for e in evs] == [("02", None)]
    # an island that is one province's part stays a place ("di Lombok")
    text = ("Gubernur mengajak warga bekerja sama. Banjir melanda desa di Lombok.")
    evs = code_text(text, res, published="2025-10-13")
    assert [e.location.name for e in evs if e.cameo_root == "02"] == ["Lombok"]


def test_landmarks_are_reported_by_their_city(res):
    # "Astana" alone is Kazakhstan's capital; "Astana Gede" a royal grave site in Ciamis
    assert set(_places("Bupati Ciamis bertemu Kapolres di Astana Gede Kawali.", res)) == \
        {("04", "Ciamis")}
    assert set(_places("Presiden Kazakhstan bertemu Presiden Prabowo di Astana.", res)) == \
        {("04", "Astana")}
    assert _places("Polisi menangkap dua pencuri di Astana Anyar.", res) == \
        [("17", "Bandung")]
    assert set(_places("Ketua MPR bertemu rektor di Unsrat.", res)) == {("04", "Manado")}
    # a city-state's towns are the city: the airport is Singapore's, not Tampines New Town's
    assert _places("Polisi Singapura menangkap seorang turis di Bandara Changi.", res) == \
        [("17", "Singapore")]
    # "Provinsi Timur" is Saudi Arabia's Eastern Province
    assert _places("Pemerintah Saudi mengeksekusi mati seorang pria di Provinsi Timur.", res,
                   published="2025-10-21") == [("17", "Eastern Province")]


def test_a_told_back_lede_dates_and_places_the_paragraph_after_it(res):
    # the lede tells of the headline's words; the next paragraph's quote, released days
    # later, was said at that forum
    text = ("Hal tersebut diungkap Menteri Luar Negeri dalam forum ASEAN di Kuala Lumpur, "
            "pada tanggal 16-17 Oktober 2025.\n"
            '"Indonesia mendesak Myanmar menghentikan kekerasan," ujar Menteri Luar Negeri '
            "dalam keterangannya, Senin (20/10/2025).")
    evs = code_text(text, res, published="2025-10-21")
    assert [(e.cameo_root, e.date.value.isoformat(), e.location.name) for e in evs] == \
        [("10", "2025-10-16", "Kuala Lumpur")]


def test_a_namesake_abroad_inside_a_home_address_is_not_the_place(res):
    # "Sepang" is also a district of Malaysia; the address ends in Kalimantan Barat
    assert _places("Polisi menangkap dua orang di Desa Sepang Tokong, Kecamatan Toho, "
                   "Kabupaten Mempawah, Kalimantan Barat.", res) == [("17", "Mempawah")]


def test_ministries_are_places_in_the_capital_unless_named_for_another_country(res):
    assert set(_places("Menteri Sosial bertemu Wali Kota Bandung di Kantor Kementerian "
                       "Sosial.", res)) == {("04", "Jakarta")}
    # a ministry's staff placed elsewhere, and another country's ministry
    assert _places("Polisi menangkap pegawai Kementerian Pertanian di Kabupaten Bogor.",
                   res) == [("17", "Bogor")]
    assert set(_places("Menlu Sugiono bertemu Menlu Jepang di Kementerian Keuangan Jepang.",
                       res)) == {("04", "Japan")}


def test_a_year_in_a_venues_name_does_not_end_the_address(res):
    assert set(_places("Bupati Garut menemui pengusaha Mesir di Pameran Trade Expo "
                       "Indonesia 2025 ICE BSD Tangerang Selatan, Banten.", res)) == \
        {("04", "Tangerang Selatan")}
    # Prabowo's residence at Hambalang is in Bogor
    assert set(_places("Presiden Prabowo bertemu Ketua DPR di Hambalang.", res)) == \
        {("04", "Bogor")}
    # the Attorney General's Office stands in Jakarta
    assert set(_places("Presiden Prabowo berpidato dan memuji jaksa di Kejaksaan Agung.",
                       res)) == {("05", "Jakarta")}


def _dates(text, res, published="2025-10-20"):
    return [(e.cameo_root, e.date.value.isoformat(), e.date.source)
            for e in code_text(text, res, published=published)]


def test_weekday_before_a_date_without_comma_and_weekdays_in_names(res):
    # "Sabtu 4 Oktober 2025" is one day, not last Saturday and the 4th
    assert set(_dates("Presiden Prabowo bertemu Jokowi di Jakarta, Sabtu 4 Oktober 2025.",
                      res, published="2025-10-14")) == {("04", "2025-10-04", "text")}
    # "kegiatan Jumat Sehat" is a programme's name, not a Friday
    assert _dates("Ketua DPRD memuji PWI Kota Bogor yang menjalankan kegiatan Jumat Sehat.",
                  res, published="2025-10-22") == [("05", "2025-10-22", "published")]
    # but "Senin Malam" is Monday night
    assert _dates("Polisi menangkap Budi pada Senin Malam.", res,
                  published="2025-10-22") == [("17", "2025-10-20", "text")]


def test_pekan_kemarin_is_last_week(res):
    assert _dates("Penyidik menetapkan Lisa sebagai tersangka pada pekan kemarin.", res) == \
        [("17", "2025-10-13", "text")]
