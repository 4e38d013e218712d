"""Every furniture rule, the dateline forms, headings and the offset map."""

import pytest

import re

from peristiwa.text.clean import _first_rule, _twin, clean_text, parse_dateline

BODY = "Presiden bertemu Menlu di Istana pada Senin (20/10)."


@pytest.mark.parametrize("line", [
    "Baca Juga: Menlu Bertemu Timpalannya di Hanoi",
    "Baca juga : Menlu Bertemu Timpalannya",
    "BACA JUGA",
    "Simak juga Video: Sederet Capaian Kabinet",
    "Lihat juga: Foto-foto banjir",
    "'Lihat juga Video: Menteri Ikut Sidang Kabinet Meski Sudah Ajukan Mundur'",
    "Tonton juga video \"Prabowo soal Korupsi\"",
    "Berita terkait",
    "Artikel terkait: Menhan ke Moskow",
    "SCROLL TO CONTINUE WITH CONTENT",
    "ADVERTISEMENT",
    "[Gambas:Video CNN]",
    "Foto: Suasana rapat di gedung DPR",
    "Reporter: Andi Pratama",
    "Saksikan Live DetikPagi :",
    "Halaman selanjutnya >>",
])
def test_furniture_line_removed(line, res):
    c = clean_text(f"{BODY}\n{line}\n{BODY}", res.furniture)
    assert c.text == f"{BODY}\n{BODY}"
    assert c.removals and all(r.rule for r in c.removals)


def test_case_insensitive_twins_find_what_their_rules_find(res):
    texts = [BODY, "Teks. SCROLL TO CONTINUE WITH CONTENT lagi", "scroll  to continue with content",
             "[gambas:Video CNN] dan [GAMBAS : x]", "(FOTO: Istimewa) (dok. Polri)", "X \\S Y"]
    for rule in res.furniture:
        twin = _twin(rule.regex)
        if twin is None:
            continue
        for text in texts + [rule.example, rule.example.upper(), rule.example.lower()]:
            if text.isascii():
                assert [m.span() for m in twin.finditer(text.lower())] == \
                    [m.span() for m in rule.regex.finditer(text)], (rule.id, text)
    assert _twin(re.compile(r"\SFoo", re.I)) is None  # an escape in capitals
    assert _twin(re.compile(r"[A-z]x", re.I)) is None  # capitals in a class
    assert _twin(re.compile(r"(?P<Name>x)", re.I)) is None  # a group name
    assert _twin(re.compile(r"Foo", 0)) is None  # case-sensitive already
    assert _twin(re.compile(r"Foo\s+Bar", re.I)).pattern == r"foo\s+bar"


def test_line_rules_are_tried_as_one_alternation_in_order(res):
    rules = [r for r in res.furniture if r.kind in ("line", "label")]
    first = _first_rule(rules)
    assert first is not None
    for line in [BODY, "Baca Juga: X", "ADVERTISEMENT", "advertisement", "Foto: Suasana",
                 "Reporter: Andi Pratama", "Halaman selanjutnya >>"] + \
            [r.example for r in rules]:
        found = first.match(line)
        expected = next((r for r in rules if r.regex.match(line)), None)
        assert (rules[found.lastindex - 1] if found else None) is expected, line
    grouped = [rules[0], type(rules[0])("g", "line", re.compile(r"(a)\1"), "aa")]
    assert _first_rule(grouped) is None  # a rule with a group of its own is tried alone


def test_every_rule_removes_its_own_example(res):
    for rule in res.furniture:
        c = clean_text(f"{BODY}\n{rule.example}", res.furniture)
        assert rule.example not in c.text, rule.id
        assert any(r.rule == rule.id for r in c.removals), rule.id


def test_label_alone_drops_the_linked_headline_on_next_line(res):
    c = clean_text(f"{BODY}\nBaca Juga:\nKPK Tahan Dua Tersangka Baru\n{BODY}", res.furniture)
    assert "KPK Tahan" not in c.text
    assert c.text.count(BODY) == 2


def test_label_alone_keeps_a_following_real_sentence(res):
    nxt = "Polisi menangkap dua orang pelaku di Bogor pada Senin malam."
    c = clean_text(f"{BODY}\nBaca Juga:\n{nxt}", res.furniture)
    assert nxt in c.text


@pytest.mark.parametrize("snippet,kept", [
    ("Rapat berlanjut hingga malam. (rdp/imk)", "Rapat berlanjut hingga malam."),
    ("Warga berkumpul (Foto: Istimewa) di lapangan.", "Warga berkumpul  di lapangan."),
    ("Menlu tiba. [Gambas:Video CNN] Ia disambut.", "Menlu tiba.  Ia disambut."),
    ("Menlu tiba.SCROLL TO CONTINUE WITH CONTENTIa disambut.", "Menlu tiba.Ia disambut."),
])
def test_inline_furniture(snippet, kept, res):
    assert clean_text(snippet, res.furniture).text == kept


def test_word_advertisement_inside_a_sentence_is_kept(res):
    s = "Perusahaan itu memasang advertisement di koran lokal."
    assert clean_text(s, res.furniture).text == s


@pytest.mark.parametrize("head,place,outlet", [
    ("Tehran, Purna Warta – ", "Tehran", "Purna Warta"),
    ("JAKARTA, KOMPAS.com - ", "Jakarta", "KOMPAS.com"),
    ("Jakarta (ANTARA) - ", "Jakarta", "ANTARA"),
    ("Jakarta, CNN Indonesia -- ", "Jakarta", "CNN Indonesia"),
    ("Liputan6.com, Jakarta: ", "Jakarta", "Liputan6.com"),
    ("Jakarta - ", "Jakarta", None),
])
def test_datelines(head, place, outlet, res):
    c = clean_text(head + BODY, res.furniture)
    assert c.text == BODY
    assert c.dateline.place == place
    assert c.dateline.outlet == outlet
    assert c.removals[0].rule == "dateline"


def test_no_dateline_in_ordinary_sentence():
    assert parse_dateline("Presiden Prabowo bertemu Menlu di Istana.")[0] is None


def test_offset_map_points_into_raw_text(res):
    raw = (f"Jakarta (ANTARA) - {BODY}\nSCROLL TO CONTINUE WITH CONTENT\nBaca Juga: X\n"
           "KPK menahan tersangka.")
    c = clean_text(raw, res.furniture)
    for word in ("Presiden", "Istana", "KPK", "tersangka"):
        i = c.text.index(word)
        j = c.raw_offset(i)
        assert raw[j:j + len(word)] == word


def test_crlf_and_nbsp(res):
    c = clean_text("Satu\u00a0dua tiga.\r\nBaca Juga: X\r\nEmpat lima.", res.furniture)
    assert c.text == "Satu dua tiga.\nEmpat lima."
