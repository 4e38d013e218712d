"""Every place rule, with the fictional test gazetteer."""

import pytest

from peristiwa.places import dateline_location, event_location, find_places
from peristiwa.text.tokens import tokenize


def places(text, fres):
    return [(p.location.name, p.location.how) for p in find_places(tokenize(text), fres)]


@pytest.mark.parametrize("text,expect", [
    ("Kedua menteri bertemu di Jenewa pada Senin.", [("Geneva", "di")]),
    ("Menlu terbang ke Moskow untuk berunding.", [("Moscow", "ke")]),
    ("Kapal asing terlihat dekat Laut China Selatan.", [("South China Sea", "dekat")]),
    ("Demo digelar di Jakarta Selatan.", [("Jakarta", "di")]),
    ("Polisi berjaga di Kota Bogor.", [("Bogor", "di")]),
    ("Bentrok terjadi di Provinsi Sultra kemarin.", [("Sulawesi Tenggara", "di")]),
    ("Hanoi, Senin (21/8) - Menlu tiba.", [("Hanoi", "date")]),
])
def test_rules(text, expect, fres):
    assert places(text, fres) == expect


@pytest.mark.parametrize("text", [
    "Mereka bekerja sama dengan baik.",
    "Keputusan baru diambil di kota itu.",
    "Rapat di hanoi berjalan lancar.",  # lower case: not a name
])
def test_guards_against_common_words(text, fres):
    assert places(text, fres) == []


def test_same_name_prefers_larger_place(fres):
    (p,) = find_places(tokenize("Warga berkumpul di Bogor."), fres)
    assert p.location.feature == "regency"  # the regency is more populous than the city


def test_event_location_prefers_di_over_dari_then_dateline(fres):
    ps = find_places(tokenize("Menlu terbang dari Hanoi dan tiba di Jenewa."), fres)
    assert event_location(ps, 2, None).name == "Geneva"
    dl = dateline_location("Jakarta", fres)
    assert dl.how == "dateline" and dl.name == "Jakarta"
    assert event_location([], 0, dl) is dl
    assert dateline_location("Atlantis", fres) is None


def test_locative_chains_reach_the_first_known_place(fres):
    assert places("Pemeriksaan dilakukan di gedung KPK, Kuningan, Jakarta Selatan.", fres) == \
        [("Jakarta", "di")]
    assert places("Ia ditangkap di sebuah kos di Cakranegara, Kota Bogor.", fres)[-1] == \
        ("Bogor", "di")
    assert places("Ia bertemu di rumah yang dekat dengan pasar.", fres) == []


def test_dominant_place_is_the_fallback_of_events_without_one(fres):
    from peristiwa.places import dominant_place

    per = [find_places(tokenize(t), fres) for t in
           ("Demo digelar di Jakarta.", "Polisi berjaga di Jakarta.", "Menlu terbang ke Moskow.")]
    loc = dominant_place(per)
    assert (loc.name, loc.how) == ("Jakarta", "dominant")
    assert dominant_place([[]]) is None


def test_an_address_reports_its_city_and_a_landmark_its_city(fres, tmp_path):
    assert places("Polisi berjaga di Desa Sukamaju, Kota Bogor, Provinsi Sultra.", fres)[0] == \
        ("Bogor", "di")
    from peristiwa.resources import load_resources

    (tmp_path / "gazetteer").mkdir()
    (tmp_path / "gazetteer" / "l.tsv").write_text(
        "# source: test\n# reviewed: 2026-11-22\n"
        "id\tname\taliases\ttype\tcountry\tadmin1\tlat\tlon\tpopulation\n"
        "pw:t-kuda\tPatung Kuda\tPatung Kuda\tlandmark\tIDN\tDKI Jakarta\t-6.18\t106.82\t\n",
        encoding="utf-8")
    from .conftest import FIXTURE_DICT

    res = load_resources([str(FIXTURE_DICT), str(tmp_path)], packaged=("cameo", "lexicon"))
    (p,) = find_places(tokenize("Massa berkumpul di Patung Kuda."), res)
    assert (p.location.name, p.location.feature, p.location.place_id) == \
        ("Jakarta", "landmark", "pw:t-kuda")


def test_topic_seat_and_visit_rules(fres):
    assert places("Kedua menteri membahas situasi di Moskow.", fres) == [("Moscow", "topic")]
    assert places("Pengadilan Jakarta menjatuhkan vonis.", fres) == [("Jakarta", "seat")]
    assert places("Menlu mengunjungi Hanoi pekan lalu.", fres) == [("Hanoi", "ke")]
    from peristiwa.places import event_location

    topic = find_places(tokenize("Mereka membahas situasi di Moskow."), fres)
    fallback = find_places(tokenize("Demo digelar di Jakarta."), fres)[0].location
    assert event_location(topic, 0, fallback) is fallback
    assert event_location(topic, 0, None).name == "Moscow"


def test_a_country_inside_a_proper_name_is_no_place(res):
    assert places("Rapat digelar di kantor Bank Indonesia, Jakarta Pusat.", res) == [
        ("Jakarta", "di")]
    assert places("Pameran digelar di Indonesia Convention Exhibition BSD.", res) == []
    assert places("Presiden tiba di Indonesia pada Senin.", res) == [("Indonesia", "di")]


def test_a_place_before_a_bracket_needs_a_weekday_between(res):
    assert places("Jakarta, Senin (21/10) - Menlu tiba.", res) == [("Jakarta", "date")]
    assert places("Acara itu didukung Cetaphil Indonesia, Euroskinlab (ESL) dan lainnya.",
                  res) == []


def test_the_home_country_as_a_whole_is_no_dominant_place(res):
    from peristiwa.places import dominant_place

    per = [find_places(tokenize(t), res) for t in
           ("Investasi di Indonesia naik.", "Investor asing masuk ke Indonesia.",
            "Menteri berbicara di Jakarta.")]
    assert dominant_place(per, "IDN").name == "Jakarta"
    assert dominant_place(per).name == "Indonesia"


def test_the_metro_of_a_metropolitan_police_unit_is_no_town(res):
    assert places("Pelaku ditahan di Polres Metro Bekasi.", res)[0] == ("Bekasi", "di")
    assert places("Kasus itu ditangani Polres Metro Bekasi sejak pekan lalu.", res) == [
        ("Bekasi", "seat")]
    assert places("Roy Suryo diperiksa di Polda Metro Jaya.", res) == [("Jakarta", "di")]
    assert places("Ia lahir di Metro, Lampung.", res)[0] == ("Metro", "di")  # the town
    assert places("Festival digelar di Benteng Rotterdam Makassar.", res)[0][0] != "Rotterdam"


def test_an_address_with_a_number_reaches_its_city(res):
    assert places("Penggeledahan dilakukan di Jalan Diponegoro Nomor 49, Pekanbaru.", res) == [
        ("Pekanbaru", "di")]
    assert places("Rapat digelar di Jalan Sudirman Km 5, Kota Medan.", res) == [("Medan", "di")]


def test_a_long_address_with_rt_rw_reaches_its_regency(res):
    assert places("Bentrokan pecah di Dusun Sukamaju, RT 02/05, Desa Cikadu, Kecamatan "
                  "Cisalak, Kabupaten Subang pada malam itu.", res) == [("Subang", "di")]


def test_a_place_of_several_words_before_a_news_date(res):
    # "Grogol" is no gazetteer place: the city listed after it is the place
    assert places('"Kami menolak," kata Budi di acara partai itu, Hotel Mawar, Grogol, '
                  'Jakarta Barat, Selasa (16/9/2025).', res) == [("Jakarta", "date")]
    # of a list of places before the date, the most specific
    assert places('"Kami siap," ujar Gubernur di Tugu eks-Pasar, Kota Kendari, Sulawesi '
                  'Tenggara, Senin (20/10/2025).', res) == [("Kendari", "date")]
    assert places('"Kami siap," ujar Gubernur Bank Indonesia, Senin (20/10/2025).', res) == []
