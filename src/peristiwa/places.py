"""Where an event happened, from the offline gazetteer.

Rules: "di X" / "ke X" (visits, arrivals) / "dekat X" / "menuju X" / "dari X" (weak, and only
opening a route or a span: "dari Bandung menuju Pekanbaru"; in "tim dari Kejati Papua" it
tells where the team comes from) with an optional admin word ("Kota Bandung", "Kabupaten
Bogor", "Provinsi Jawa Barat"); "X, Senin (21/8)" (a place before a news-style date); and the
article's dateline as a weak, flagged fallback. Lookups are case-sensitive, so common words
that look like places ("sama", "baru", "kota", "bali" in lower case) never match.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from peristiwa.records import Location, Token
from peristiwa.resources import Resources
from peristiwa.resources.entries import Place
from peristiwa.util import fast_init, most_frequent

_PREPS = {"di": "di", "ke": "ke", "dekat": "dekat", "menuju": "ke", "dari": "dari",
          "kawasan": "di", "wilayah": "di", "sekitar": "dekat", "mengunjungi": "ke",
          "mendatangi": "ke"}
# Words before 'di X' that make X the topic, not the scene ("membahas situasi di Palestina").
_TOPIC = frozenset("situasi konflik isu masalah perang krisis kondisi persoalan nasib "
                   "membahas perdamaian".split())
_VESSELS = frozenset("kapal pesawat jet kapal-kapal".split())  # "kapal perang": a warship


def _topic_word(lowered: list[str], k: int) -> bool:
    """Is word k a topic noun ("konflik di Gaza"), and not part of a vessel's name ("kapal
    perang AS di Laut Merah")? (`lowered`: the words in lower case)"""
    return lowered[k] in _TOPIC and not (k > 0 and lowered[k - 1] in _VESSELS)


# Institutions named after their town ("Polrestabes Medan", "Kejari Jember"): a weak place.
_SEATED = frozenset("polres polresta polrestabes polsek kejari pn pengadilan tipikor pemkot "
                    "pemkab dprd kodim korem lapas rutan".split())
_ADMIN = frozenset("kota kabupaten kab provinsi prov desa kecamatan kelurahan distrik "
                   "wilayah kawasan pulau negara".split())
_PREFERENCE = {"di": 0, "ke": 1, "dekat": 2, "date": 3, "dari": 4, "seat": 5, "topic": 6}
_WATERS = frozenset("laut selat teluk samudra samudera".split())  # "Laut Jepang" is a sea
_CHAIN = 16  # words: an address runs long ("di Kampung Cisomang, RT 01/07, Desa Wangunjaya,
# Kecamatan Cikalongwetan, Kabupaten Bandung Barat" reaches its regency at the 13th)
_NUMBERED = frozenset("nomor no km rt rw blok kav kavling gang gg .".split())
_CHAIN_STOP = frozenset("yang dan atau untuk karena saat ketika pada sejak bahwa".split())
_PLACE_NOUNS = frozenset("gedung kantor jalan jl rumah sebuah kos kos-kosan bandara pelabuhan "
                         "pos markas kampus sekolah masjid gereja pasar hotel rutan lapas "
                         "lembaga depan dalam sekitar area kompleks komplek perumahan "
                         "kelurahan dusun kampung pusat pedalaman perbatasan pinggiran "
                         "pesisir perairan kuil pulau utara selatan timur barat tengah "
                         "kawasan wilayah jantung".split())


@fast_init
@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int  # token indices
    end: int
    location: Location


_SPECIFIC = {"city": 0, "capital": 0, "landmark": 0, "regency": 1, "district": 1,
             "province": 2, "region": 3, "country": 4, "sea": 5}


def city_of(place: Place, res: Resources) -> Place | None:
    """The city or regency a landmark stands in (the nearest within 40 km, same country):
    places are reported by city ("Patung Kuda" -> Jakarta, "Kremlin" -> Moscow)."""
    cache: dict[str, Place | None] = res.memo("landmark_cities")  # (landmark id -> its city)
    if place.id not in cache:
        best, best_d = None, 0.4  # degrees, about 40 km
        if place.lat is not None and place.lon is not None:
            for p in res.derived("cities_by_country", _cities_by_country).get(place.country, ()):
                d = abs(p.lat - place.lat) + abs(p.lon - place.lon)
                if d < best_d:
                    best, best_d = p, d
        cache[place.id] = best
    return cache[place.id]


def _cities_by_country(res: Resources) -> dict[str | None, list[Place]]:
    """The cities, capitals and regencies that have coordinates, by country, in the
    gazetteer's order (so that the first of equally near ones still wins): city_of scans only
    the landmark's country, not the whole gazetteer for each new landmark."""
    out: dict[str | None, list[Place]] = {}
    for p in res.places.values():
        if p.type in ("city", "capital", "regency") and p.lat is not None and p.lon is not None:
            out.setdefault(p.country, []).append(p)
    return out


def to_location(place: Place, how: str, res: Resources | None = None) -> Location:
    if place.type == "landmark" and res is not None:
        city = city_of(place, res)
        if city is not None:  # named by its city; the landmark stays in place_id
            return Location(city.name, place.country, place.admin1 or city.admin1, place.lat,
                            place.lon, "landmark", how, place.id)
    return Location(place.name, place.country, place.admin1, place.lat, place.lon,
                    place.type, how, place.id)


def _choose(ids: tuple[str, ...], res: Resources) -> Place:
    places = [res.places[i] for i in ids]
    return max(places, key=lambda p: (p.country == "IDN", p.population))


def lookup(words: list[str], i: int, res: Resources) -> tuple[int, Place | None]:
    n, ids = res.place_index.longest(words, i)
    return (n, _choose(ids, res)) if n else (0, None)


def _chain(words: list[str], i: int, res: Resources, lowered: list[str]
           ) -> tuple[int, int, Place | None]:
    """The first gazetteer place in the locative phrase starting at i: "di gedung KPK,
    Kuningan, Jakarta Selatan", "di sebuah kos di Cakranegara, Kota Mataram" (`lowered`:
    the words in lower case)."""
    j, found = i, []
    firsts = res.place_index.first_words  # (a word that begins no place name is passed over)
    while j < min(len(words), i + _CHAIN):
        # ("Kota Bogor" as an alias before "Bogor")
        n, place = lookup(words, j, res) if words[j] in firsts else (0, None)
        if place and _metro_unit(words, j):
            j += 1  # "di Polres Metro Bekasi": Bekasi's metropolitan police, not Kota Metro
            continue
        if place and place.type == "country" and _in_a_name(words, j, n, i, res):
            j += n  # "di kantor Bank Indonesia", "di Indonesia Convention Exhibition (ICE)
            continue  # BSD": a country's name inside a body's or a venue's name
        if place and place.type == "province" and _after_provincial_body(lowered, j, res):
            place = city_of(place, res) or place  # "di Kantor Gubernur Jateng": Semarang
        if place:
            k, country = _country_after(words, j + n, place, res)
            if country is not None:  # "di Kementerian Keuangan Jepang": Japan's ministry
                found.append((j + n, k, country))
                j += n + k
                continue
            found.append((j, n, place))
            j += n
            continue
        w, low = words[j], lowered[j]
        if j > i and lowered[j - 1] in _NUMBERED and (w[:1].isdigit() or w == "."):
            j += 1  # "di Jalan Diponegoro Nomor 49, Pekanbaru": an address's number
            continue
        if j > i and len(w) == 4 and w.isdigit() and words[j - 1][:1].isupper():
            j += 1  # "di Pameran Trade Expo Indonesia 2025 ICE BSD, Tangerang": a year in a
            continue  # venue's or an event's name
        if w == "(" and j > i and j + 2 < len(words) and words[j + 2] == ")" and \
                words[j + 1].isupper():
            j += 3  # "di Pengadilan Negeri (PN) Kendari": a body's abbreviation in brackets
            continue
        if w in (".", ";", ":", "(", ")") or low in _CHAIN_STOP:
            break
        if not (w == "," or w[:1].isupper() or low in _ADMIN or low in _PLACE_NOUNS):
            break
        j += 1
    if not found:
        return j, 0, None
    # an address ends on its most general place, whose country is the address's: a place of
    # another country in it is a namesake ("di Desa Sepang Tokong, Kecamatan Toho, Kabupaten
    # Mempawah, Kalimantan Barat": not Malaysia's Sepang)
    found = [f for f in found if f[2].country == found[-1][2].country]
    # an address runs from specific to general: report its city ("Kuningan, Jakarta Selatan")
    return min(found, key=lambda f: (_SPECIFIC.get(f[2].type, 3), f[0]))


def _after_provincial_body(lowered: list[str], j: int, res: Resources) -> bool:
    """Does a body of a province that sits in its capital end right before word j ("Kantor
    Gubernur Jateng", "Polda Sumut", "Kejaksaan Tinggi Jawa Timur"; lexicon
    provincial_bodies)? Then the province named at j is that capital as a place."""
    bodies = res.word_set("provincial_bodies")
    return j > 0 and (lowered[j - 1] in bodies or
                      j > 1 and f"{lowered[j - 2]} {lowered[j - 1]}" in bodies)


_POLICE_UNITS = frozenset("polda polres polsek polresta polrestabes mapolda mapolres mapolsek "
                          "kapolda kapolres kapolsek".split())


def _country_after(words: list[str], j: int, place: Place, res: Resources
                   ) -> tuple[int, Place | None]:
    """The name of another country right after a landmark, which makes the landmark's name
    that country's body ("Kementerian Keuangan Jepang"), as (its length, the country)."""
    if place.type != "landmark" or j >= len(words):
        return 0, None
    n, after = lookup(words, j, res)
    if after is None or after.type != "country" or after.country == place.country:
        return 0, None
    return n, after


def _metro_unit(words: list[str], j: int) -> bool:
    """Is words[j] the "Metro" of a metropolitan police unit ("Polres Metro Bekasi", "Polda
    Metro Jaya"), with a name after it?"""
    return j > 0 and j + 1 < len(words) and words[j] == "Metro" and \
        words[j - 1].lower() in _POLICE_UNITS and words[j + 1][:1].isupper()


def _in_a_name(words: list[str], j: int, n: int, start: int, res: Resources) -> bool:
    """Is the country name at words[j:j+n] part of a longer proper name: a capitalised word
    that is no place right before it in the phrase ("Bank Indonesia", "Kedutaan Besar Jepang")
    or right after it ("Indonesia Convention Exhibition", "Indonesia Anti-Scam Center")?"""
    def named(k: int) -> bool:
        w = words[k]
        return w[:1].isupper() and w.replace("-", "").isalpha() and \
            w.lower() not in _ADMIN and w.lower() not in _PLACE_NOUNS and \
            w.lower() not in _WATERS and \
            lookup(words, k, res)[1] is None
    return j > start and named(j - 1) or j + n < len(words) and named(j + n)


def _placed_before(words: list[str], i: int, outer: Place, res: Resources
                   ) -> tuple[int, int, Place] | None:
    """A place of the same country ending right before 'di' at i and more specific than the
    place after it: "merebut kota El Fasher di Darfur Utara" happened in El Fasher. Not a
    landmark, which is often a body's seat: "pegawai Kementerian Pertanian di Kabupaten
    Bogor" works in Bogor."""
    for j in range(max(0, i - 4), i):
        n, place = lookup(words, j, res)
        if place is not None and j + n == i and place.country == outer.country and \
                place.type != "landmark" and \
                _SPECIFIC.get(place.type, 3) < _SPECIFIC.get(outer.type, 3):
            return j, n, place
    return None


_SPAN_ENDS = frozenset("menuju ke hingga sampai".split())


def _opens_span(lowered: list[str], end: int) -> bool:
    """Does the "dari X" place ending at token `end` open a route or a span ("dari Bandung
    menuju Pekanbaru", "demo yang digelar dari New York hingga Los Angeles")? Otherwise X
    is where someone or something comes from ("tim dari Kejati Papua", "bantuan dari Otorita
    IKN", "kemerdekaan dari Inggris"), not where the act happened."""
    return end < len(lowered) and lowered[end] in _SPAN_ENDS


_CUES = frozenset(_PREPS) | _SEATED  # the words a place rule starts on
_WEEKDAYS = frozenset("senin selasa rabu kamis jumat sabtu minggu".split())


def find_places(tokens: tuple[Token, ...], res: Resources) -> list[PlaceMention]:
    """Places of one sentence."""
    words = [t.text for t in tokens]
    return find_places_in_words(words, [w.lower() for w in words], res)


def find_places_in_words(words: list[str], lowered: list[str], res: Resources
                         ) -> list[PlaceMention]:
    """Places of one sentence, from its tokens' texts and their lower case."""
    out: list[PlaceMention] = []
    cues = [i for i, low in enumerate(lowered) if low in _CUES] \
        if not _CUES.isdisjoint(lowered) else ()  # (most sentences have none: one test in C)
    for i in cues:  # where a rule can start
        low = lowered[i]
        how = _PREPS.get(low)
        if how is None:  # an institution seated in a town
            if i + 1 < len(words):
                j = i + 2 if words[i + 1] == ")" else i + 1  # "... Korupsi (Tipikor) Jakarta"
                j += _metro_unit(words, j)  # "Polres Metro Bekasi"
                n, place = lookup(words, j, res) if j < len(words) else (0, None)
                if place is not None and place.type in ("city", "regency", "capital"):
                    out.append(PlaceMention(j, j + n, to_location(place, "seat", res)))
            continue
        if i + 1 >= len(words):
            continue
        # (the topic nouns are looked for one by one only when one is there at all)
        if how == "di" and (not _TOPIC.isdisjoint(lowered[max(0, i - 4):i]) and
                            any(_topic_word(lowered, k) for k in range(max(0, i - 4), i)) or
                            "membahas" in lowered[max(0, i - 9):i]):
            how = "topic"  # "membahas upaya ... di Laut Hitam": what was discussed
        j, n, place = _chain(words, i + 1, res, lowered)
        if place:
            inner = _placed_before(words, i, place, res) if how == "di" else None
            if inner:  # "kota El Fasher di Darfur Utara": the city, placed in its region
                j, n, place = inner
            out.append(PlaceMention(j, j + n, to_location(place, how, res)))
    # "dari Bandara Kualanamu menuju Bandara Soekarno-Hatta": the destination of a route
    origins = {p.end for p in out if p.location.how == "dari"}
    if origins:
        out = [replace(p, location=replace(p.location, how="route")) if p.location.how == "ke"
               and p.start - 1 in origins else p for p in out]
        out = [replace(p, location=replace(p.location, how="origin"))
               if p.location.how == "dari" and not _opens_span(lowered, p.end) else p
               for p in out]
    k = -1
    for _ in range(words.count("(")):  # "Jakarta, Senin (21/10)": a place before a news-style
        k = words.index("(", k + 1)  # date (each bracket, left to right)
        found = _place_before_date(words, lowered, k, res)
        if found and not any(p.start < found[1] and found[0] < p.end for p in out):
            out.append(PlaceMention(found[0], found[1], to_location(found[2], "date", res)))
    return out


def _place_before_date(words: list[str], lowered: list[str], k: int, res: Resources
                       ) -> tuple[int, int, Place] | None:
    """The place that ends right before ", <weekday> (" at bracket k ("Jakarta, Senin
    (21/10)", "Grogol, Jakarta Barat, Selasa (16/9/2025)"), or the most specific one of the
    places listed before it ("Kota Kendari, Sulawesi Tenggara, Senin (20/10)": Kendari). Not
    "Cetaphil Indonesia, Euroskinlab (": a weekday comes between; nor "Bank Indonesia, Senin
    (20/10)": a country's name inside a body's."""
    end = k - 2
    if end < 1 or words[end] != "," or lowered[k - 1] not in _WEEKDAYS:
        return None
    best = None
    while True:
        hit = next(((i, place) for i in range(max(0, end - 3), end)
                    for n, place in (lookup(words, i, res) if words[i][:1].isupper()
                                     else (0, None),)
                    if place and i + n == end and not
                    (place.type == "country" and _in_a_name(words, i, n, 0, res))), None)
        if hit is None:
            return best
        i, place = hit
        if best is None or _SPECIFIC.get(place.type, 3) < _SPECIFIC.get(best[2].type, 3):
            best = (i, end, place)
        if i < 2 or words[i - 1] != ",":
            return best
        end = i - 1  # the place listed before it ("Kota Kendari, Sulawesi Tenggara")


_LOCAL_UNITS = frozenset("desa kelurahan kecamatan dusun kampung nagari gampong jalan jl gang"
                         .split())


_LOCAL_BEFORE = frozenset(("di", "ke", "wilayah", "kawasan", ","))


def names_local_unit(words: list[str], lowered: list[str]) -> bool:
    """Does the sentence place something in a village, a district or a street ("di wilayah
    Kecamatan Kawali", "di Lingkungan II, Kelurahan Pahang", "di pos lalu lintas di Jalan
    Sudirman")? Most are not in the gazetteer, but they are in the home country, in the story
    being told, whatever the article's other stories (or the province it names most).
    Not a programme named after them ("koperasi Desa/Kelurahan Merah Putih")."""
    return any(lowered[k] in _LOCAL_UNITS and words[k][:1].isupper() and
               words[k + 1][:1].isupper() and k and lowered[k - 1] in _LOCAL_BEFORE
               for k in range(len(words) - 1))


def _whole(loc: Location) -> bool:
    """Is the place a whole country or a region across provinces (Pulau Jawa, Sumatera)?"""
    return loc.feature == "country" or loc.feature == "region" and not loc.admin1


def dominant_place(per_sentence, home: str | None = None) -> Location | None:
    """The article's most frequent place found by 'di'/'ke' (ties: first mentioned), as the
    fallback place of events whose sentence names none. The home country as a whole is no
    scene ("investasi di Indonesia" in a Jakarta press conference), nor is one of its islands
    that span provinces (a region with no province: "buruh tani, sebagian besar berdomisili
    di Pulau Jawa" in a story of a meeting at a ministry)."""
    loc = most_frequent((p.location.name, p.location) for places in per_sentence
                        for p in places if p.location.how in ("di", "ke", "date") and
                        not (p.location.country == home and _whole(p.location)))
    if loc is None:
        return None
    return Location(loc.name, loc.country, loc.admin1, loc.lat, loc.lon, loc.feature,
                    "dominant", loc.place_id)


def event_location(places: list[PlaceMention], trigger_token: int,
                   dateline: Location | None, motion: bool = False,
                   content: range | None = None) -> Location | None:
    """The place of an event: the best-marked place in its sentence (di > ke > dekat > date >
    dari), nearest the trigger; else the dateline, flagged as such. The end of a route ("dari
    X menuju Y") is the place only of a movement (a visit, a deployment); anything else
    happened where the route began. An origin ("bantuan dari Otorita IKN") is no place.
    Places at the token indices of `content` are inside what was said or asked ("mendorong
    China untuk ... di Laut China Selatan"): topics, not the scene."""
    if content is not None:
        places = [replace(p, location=replace(p.location, how="topic"))
                  if p.start in content else p for p in places]
    if dateline is not None:  # a topic ("situasi di Palestina") only when nothing else
        places = [p for p in places if p.location.how != "topic"]
    if motion:
        places = [replace(p, location=replace(p.location, how="ke"))
                  if p.location.how == "route" else p for p in places]
    else:
        places = [p for p in places if p.location.how != "route"]
    places = [p for p in places if p.location.how != "origin"]  # ("tim dari Kejati Papua")
    if places:
        best = min(places, key=lambda p: (_PREFERENCE.get(p.location.how or "", 9),
                                          _SPECIFIC.get(p.location.feature or "", 3),
                                          abs(p.start - trigger_token)))
        return best.location
    return dateline


def dateline_location(place_name: str | None, res: Resources) -> Location | None:
    if not place_name:
        return None
    from peristiwa.text.tokens import words

    ws = list(words(place_name))
    if not ws:
        return None
    n, place = lookup(ws, 0, res)
    if place is None:
        n, place = lookup([w.title() for w in ws], 0, res)
    return to_location(place, "dateline", res) if place and n == len(ws) else None
