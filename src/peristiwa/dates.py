"""Indonesian date expressions, resolved against the publication date (or, without one, the
day of coding for year inference). Pure: no clock is read here; `today` is an input.

Rules (each tested): absolute dates ("20 September 2023", "20/9/2023", "20-9-2023"), the news
convention "Rabu (20/9)" / "Senin (21/10/2025)" with weekday check, bare weekdays ("pada hari
Senin", "Selasa lalu", "Senin depan"), relative expressions (kemarin, lusa, hari ini, tadi malam,
"dua hari lalu", pekan/minggu/bulan/tahun lalu/depan, "Februari mendatang", awal/akhir bulan ini).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from peristiwa.records import EventDate
from peristiwa.resources import Resources
from peristiwa.util import fast_init, most_frequent


_RELATIVE = frozenset(("lalu", "silam", "mendatang", "depan", "lagi", "kemarin", "nanti",
                       "ini", "sebelumnya", "setelahnya", "berikutnya"))
_WORDS = frozenset(("kemarin", "lusa", "besok", "malam", "semalam", "pagi", "siang", "sore",
                    "ini"))
_DAY_WORDS = frozenset(("kemarin", "lusa", "besok", "semalam"))  # a day on their own
_TIMES = frozenset(("hari", "malam", "pagi", "siang", "sore"))  # a day with "ini" / "tadi"
_UNITS = frozenset(("hari", "pekan", "minggu", "bulan", "tahun", "sehari", "sepekan",
                    "seminggu", "sebulan", "setahun"))
_WORDISH = re.compile(r"[\w']+")
# words before a date that make it the day a report was quoted, not the day of the events
_CITING = ("dilansir", "melansir", "dikutip", "mengutip", "diakses")
_DIGIT = re.compile(r"\d")
_ASCII_WORDISH = re.compile(r"[A-Za-z0-9_']+")  # the same in an ASCII text, without looking
_ASCII_DIGIT = re.compile(r"[0-9]")  # up each character's Unicode category
# where the tokenizer's words and the [\w']+ runs of an ASCII text can differ in their words
# of letters: "_", "'" ("'Senin", "jum'at") and a number with a separator glued to letters
# ("1.5hari" is "1.5" "hari" to the tokenizer); an ASCII text without any has the same such
# words in both once the tokens with a hyphen ("hari-hari") are cut at it (non-ASCII texts,
# with "jum’at", are scanned)
# (the first two are looked for as substrings, the third, which needs a digit, only in a text
# with one)
_GLUED_NUMBER = re.compile(r"[.,/:][0-9]+[A-Za-z]")
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")  # a capitalised word right after a weekday
_UNTIL = r"\s*(?:-|–|hingga|sampai(?:\s+dengan)?|s\.?d\.?)\s*"
# a weekly schedule, no day: "setiap hari Senin", "Senin-Jumat", "setiap Senin hingga Jumat"
_WEEKLY_BEFORE = re.compile(r"\b(?:setiap|tiap)\s+(?:hari\s+)?\Z")
_DAYTIMES = frozenset("pagi siang sore malam subuh dini".split())
# for five rules, their alternatives, one of which each match holds: the rules are built from
# them, and an ASCII text without any is not scanned with the rule (most sentences that get
# past the cue gates, with "tahun ini" or "bulan Oktober", hold none; a scan tries every
# character)
_REL_N_WORDS = ("lalu", "silam", "yang lalu", "mendatang", "lagi")  # rx_rel_n: "dua hari lalu"
_MONTH_REL_WORDS = ("lalu", "kemarin", "mendatang", "depan", "nanti")  # "Februari mendatang"
_MONTH_BARE_WORDS = ("pada", "awal", "akhir", "pertengahan", "medio")  # "pada Februari"
_REL_UNIT_UNITS = ("pekan", "minggu", "bulan", "tahun")  # rx_rel_unit: "pekan lalu" (both a
_REL_UNIT_WORDS = ("lalu", "kemarin", "depan", "mendatang", "ini")  # unit and its word)
_YEAR_HEADS = ("19", "20")  # rx_year's years (digits: no case folding, any text)


@fast_init
@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # character offsets in the sentence
    end: int
    date: EventDate
    anchor_days: int | None = None  # "sehari sebelumnya": days from the article's main date
    cited: bool = False  # the day a source was quoted ("dilansir AFP, Minggu (19/10)")
    document: bool = False  # the date of a warrant or decree ("Surat Perintah ... tanggal 10
    # Juli 2025"): when the paper was issued, not when the act it allows was done


def _tables(res: Resources) -> tuple[dict, dict, dict]:
    t = res.tables
    return dict(t.get("months", {})), dict(t.get("weekdays", {})), dict(t.get("numbers", {}))


def _month_re(months: dict) -> str:
    return "|".join(sorted(months, key=len, reverse=True))


def _holds_any(low: str, words: tuple[str, ...]) -> bool:
    """Does the text hold any of the words (as substrings)? A few substring searches in C
    cost far less than running a rule that has no fixed start over every character."""
    for w in words:
        if w in low:
            return True
    return False


def _news_form_only(low: str, days: frozenset[str]) -> bool:
    """Is each of the weekday names, wherever it stands in the lower-cased text, followed by
    " (" (the news form "Senin (20/10)", rx_paren's)? Then rx_weekday, whose lookahead refuses
    a bracket after the day, has nothing to find (most sentences with a weekday). No weekday
    name overlaps itself, so both counts are of the same places."""
    for w in days:
        if w in low and low.count(w) != low.count(w + " ("):
            return False
    return True


def _shift_month(d: date, n: int) -> date:
    m = d.month - 1 + n
    return date(d.year + m // 12, m % 12 + 1, 1)


def _year_for(day: int, month: int, ref: date) -> int:
    """Year of a day/month mentioned in an article published on `ref` (year boundaries:
    an article of 2 January that mentions 28/12 means last year's December)."""
    try:
        cand = date(ref.year, month, day)
    except ValueError:
        return ref.year
    if cand - ref > timedelta(days=60):
        return ref.year - 1
    if ref - cand > timedelta(days=300):
        return ref.year + 1
    return ref.year


def _bare_month_year(month: int, ref: date) -> int:
    """Year of a month named without one in an article published on `ref`: the same year,
    unless the month would lie more than two months ahead ("pada Desember" in a story of
    February is last December; "pada November" in one of October is next month)."""
    return ref.year - 1 if month - ref.month > 2 else ref.year


def infer_year(day: int, month: int, weekday: int, today: date) -> int | None:
    """Latest year not after `today` in which day/month fell on `weekday`."""
    for year in range(today.year, today.year - 30, -1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= today and d.weekday() == weekday:
            return year
    return None


_PAPERS = ("surat perintah", "sprin", "surat penetapan", "surat izin", "surat tugas")
# (warrants and permits; not "putusan": "Berdasarkan putusan kasasi ... tanggal 22 November
# 2023, Henry dijatuhi hukuman" was sentenced that day)


def _document_date(low: str, k: int) -> bool:
    """Is the date at offset k that of a paper an act was done on the strength of
    ("berdasarkan Surat Perintah Penggeledahan ... Nomor ... tanggal 10 Juli 2025")? "tanggal"
    right before it, the paper's name and "berdasarkan" not far back. (A suspect named "melalui
    surat penetapan ... tanggal 9 Oktober" was named that day: the paper is the act.)"""
    if "tanggal" not in low[max(0, k - 12):k]:
        return False
    back = low[max(0, k - 250):k]
    based = max(back.rfind("berdasarkan"), back.rfind("dasar "))
    return based >= 0 and any(p in back[based:] for p in _PAPERS)


_QUOTE_ENDS = ('"', "”", "'")


def _written_day(dm: DateMention) -> bool:
    """Is the mention a day written out with digits ("Selasa (21/10)", "21 April 2025")?"""
    return dm.date.precision == "day" and dm.anchor_days is None and \
        any(ch.isdigit() for ch in dm.date.text or "")


def news_form(dm: DateMention) -> bool:
    """Is the mention a day in the news form, a weekday and the date in brackets ("Selasa
    (16/9/2025)")?"""
    return "(" in (dm.date.text or "")


def _said_on(found: list[DateMention], text: str, k: int) -> date | None:
    """The day a quote was said, when the words after offset k close the quote and its tag
    names the day ('"... hari ini, pemerintah mencabut ...," ujar Bahlil, Selasa (10/6)'):
    "hari ini" in the quote is that day, whatever the day of publication."""
    close = next((j for j in range(k, len(text)) if text[j] in _QUOTE_ENDS), None)
    if close is None:
        return None
    return next((dm.date.value for dm in found if dm.start > close and _written_day(dm)),
                None)


def _beside_written_day(found: list[DateMention], text: str, start: int, end: int) -> bool:
    """Does a written day stand right before offsets start..end or right after them (but for
    a comma)? "Selasa (21/10) kemarin", "hari ini, 21 April 2025": one day, the one named."""
    return any(_written_day(dm) and (dm.end <= start and not text[dm.end:start].strip(" ,") or
                                     dm.start >= end and not text[end:dm.start].strip(" ,"))
               for dm in found)


def told_back(lowered: list[str], res: Resources) -> bool:
    """Does the sentence tell when (and where) the words before it were said ("Hal itu
    disampaikan Mu'ti saat berkunjung ke Mataram, Selasa (21/10/2025)", "Pernyataan tersebut
    disampaikannya di Jakarta, Senin (20/10)")? `lowered`: its words in lower case."""
    if len(lowered) < 3 or lowered[0] not in res.word_set("told_back_heads") or \
            lowered[1] not in res.word_set("demonstrative"):
        return False
    verbs = res.word_set("told_back_verbs")
    return any(w in verbs or w.endswith("nya") and w[:-3] in verbs for w in lowered[2:5])


_DEICTIC = re.compile(r"(?:kemarin\s+lusa|kemarin|hari\s+ini|tadi\s+malam|semalam|tadi\s+pagi|"
                      r"tadi\s+siang|malam\s+ini|pagi\s+ini|lusa|besok)", re.I)


def deictic(dm: DateMention) -> bool:
    """Is the mention a day counted from the day of speaking ("hari ini", "kemarin")?"""
    return dm.date.precision == "day" and _DEICTIC.fullmatch(dm.date.text or "") is not None


def written_days(found: list[DateMention]) -> list[DateMention]:
    """The days a sentence writes out ("Selasa (21/10)", "21 April 2025"), but for the day a
    report was quoted and a paper's date."""
    return [dm for dm in found if _written_day(dm) and not dm.cited and not dm.document]


class DateFinder:
    def __init__(self, res: Resources):
        self.months, self.weekdays, self.numbers = _tables(res)
        mon = _month_re(self.months)
        wd = "|".join(sorted(self.weekdays, key=len, reverse=True)).replace("'", "'")
        num = "|".join(sorted(map(re.escape, self.numbers), key=len, reverse=True))
        # a span of weekdays ("Senin-Jumat", "Senin hingga Jumat"), read in lower case
        self.rx_span_after = re.compile(rf"{_UNTIL}(?:{wd})\b")
        self.rx_span_before = re.compile(rf"\b(?:{wd}){_UNTIL}\Z")
        self.rx_paren = re.compile(
            rf"\b(?P<wd>{wd})(?:\s+(?:pagi|siang|sore|petang|malam|subuh|dini\s+hari))?"
            rf"\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
            rf"(?:\s*/\s*(?P<y>\d{{2,4}}))?\s*(?:\)|(?=\.(?:\s|$)))", re.I)
        # (a bracket left open at the end of the sentence: "ujar Fathurrahman, Rabu (8/10/2025.";
        # a time of day before the bracket: "dikutip ..., Selasa malam (23/9/2025)")
        # the day in brackets without its weekday, after a comma or a time word ("Kemudian
        # (6/10), Bobby ...", "di ruang sidang DPRD Bangli, (20/10)"; _bare_day_at)
        self.rx_bare = re.compile(r"\((?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\)")
        self.rx_long = re.compile(  # ("Sabtu, 4 Oktober 2025", "Sabtu 4 Oktober 2025")
            rf"\b(?:(?P<wd>{wd})\s*,?\s*)?(?:(?P<d0>\d{{1,2}})\s*[-–]\s*)?(?P<d>\d{{1,2}})\s+"
            rf"(?P<mon>{mon})\.?"
            rf"(?:\s+(?P<y>\d{{4}}))?\b", re.I)
        # \b(?P<d>\d{1,2})[/-]...: the word boundary before the day is looked behind its first
        # digit, so that re skips from digit to digit instead of trying every character
        self.rx_num = re.compile(
            r"(?P<d>\d(?<!\w\d)\d?)[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})\b")
        self.rx_month_year = re.compile(rf"\b(?:bulan\s+)?(?P<mon>{mon})\s+(?P<y>\d{{4}})\b", re.I)
        self.rx_month_tahun = re.compile(
            rf"\b(?P<mon>{mon})\s+tahun\s+(?P<rel>ini|lalu|kemarin|depan)\b", re.I)
        self.rx_month_rel = re.compile(
            rf"\b(?P<mon>{mon})\s+(?P<rel>{'|'.join(_MONTH_REL_WORDS)})\b", re.I)
        # a month named without its year after a word of time ("Pada Februari, Apple
        # menjanjikan ...", "pada bulan Juni", "akhir Agustus"): this year's, or last year's
        # when it would lie over two months ahead (_bare_month_year); not after "sejak" (a
        # span: "sejak menjabat pada Januari, Trump telah ...") nor "untuk bulan Oktober"
        full = "|".join(sorted((k for k in self.months if len(k) > 3), key=len, reverse=True))
        self.rx_month_bare = re.compile(
            rf"\b(?:{'|'.join(_MONTH_BARE_WORDS)})\s+(?:bulan\s+)?"
            rf"(?P<mon>{full})\b(?!\s*(?:\d|tahun\b|ini\b|[-–/]))", re.I)
        self.rx_year = re.compile(  # "pada 2010", "pada tahun 1994"
            rf"\b(?:pada|tahun)\s+(?:tahun\s+)?(?P<y>(?:{'|'.join(_YEAR_HEADS)})\d{{2}})\b"
            r"(?!\s*[-–/]\s*\d)", re.I)
        self.rx_rel_n = re.compile(
            rf"\b(?P<n>\d+|{num}|se)\s*(?P<unit>hari|pekan|minggu|bulan|tahun)\s+"
            rf"(?P<rel>{'|'.join(_REL_N_WORDS)})\b", re.I)  # "20 hari ke depan": a span
        # every cue is one word of letters and apostrophes ("jum'at"): a set lookup per word
        # (as sets: isdisjoint walks a dict's every key, a set's smaller side)
        self.month_words, self.weekday_words = frozenset(self.months), frozenset(self.weekdays)
        self.cue_words = self.month_words | self.weekday_words | _RELATIVE | \
            _WORDS | _UNITS | {"tadi", "keesokan", "esoknya", "harinya"}
        # a day counted from the one told before, in narrative ("Keesokan harinya, ...",
        # "Setelah bermalam di Garut, pagi harinya ...", "di hari yang sama"): days after it
        self.rx_next = re.compile(
            r"\b(?:(?P<one>keesokan\s+hari(?:nya)?|esok\s+harinya|esoknya|pagi\s+harinya)|"
            r"(?:siang|sore|malam)\s+harinya|(?:di|pada)\s+hari\s+yang\s+sama)\b", re.I)
        self.rx_anchor = re.compile(
            rf"\b(?P<n>\d+|{num}|se)\s*(?P<unit>hari|pekan|minggu)\s+"
            rf"(?P<rel>sebelumnya|setelahnya|kemudian|berikutnya)\b", re.I)
        self.rx_rel_unit = re.compile(  # ("pekan kemarin": last week, not yesterday)
            rf"\b(?P<pre>awal\s+|akhir\s+|pertengahan\s+)?(?P<unit>{'|'.join(_REL_UNIT_UNITS)})"
            rf"\s+(?P<rel>{'|'.join(_REL_UNIT_WORDS)})\b", re.I)
        self.rx_words = re.compile(
            r"\b(?P<w>kemarin\s+lusa|kemarin|hari\s+ini|tadi\s+malam|semalam|tadi\s+pagi|"
            r"tadi\s+siang|tadi\s+sore|malam\s+ini|pagi\s+ini|lusa|besok|"
            r"(?:pagi|siang|sore|malam)\s+tadi)\b", re.I)  # ("Pada siang tadi, Purbaya ...")
        self.rx_weekday = re.compile(
            rf"\b(?:(?:pada\s+)?hari\s+)?(?P<wd>{wd})(?P<rel>\s+(?:lalu|kemarin|depan|"
            rf"mendatang|ini|pekan\s+lalu|minggu\s+lalu))?\b(?!\s*,?\s*\()", re.I)
        # the case-sensitive twin of each case-insensitive rule written in lower case only
        # (in ASCII, such a rule matches a text where the twin matches its lower case)
        self.twins = {rx: re.compile(rx.pattern, rx.flags & ~re.I) for rx in (
            self.rx_paren, self.rx_long, self.rx_month_year, self.rx_year, self.rx_month_tahun,
            self.rx_month_rel, self.rx_month_bare, self.rx_rel_n, self.rx_anchor,
            self.rx_rel_unit, self.rx_words, self.rx_weekday) if _lower_only(rx.pattern)}
        # the same by the rule's id, for the lookups: a compiled pattern's hash runs over all
        # of its code, at every lookup
        self._twin_of = {id(rx): twin for rx, twin in self.twins.items()}

    def _finditer(self, rx: re.Pattern[str], text: str, low: str) -> Iterator[re.Match[str]]:
        """`rx.finditer(text)` for a case-insensitive rule. In an ASCII text its matches start
        where the rule's case-sensitive twin matches the lower-cased text, found without
        case folding at every character (much faster); each is then made at its start."""
        twin = self._twin_of.get(id(rx))
        if twin is None or not text.isascii():
            return rx.finditer(text)
        return (rx.match(text, m.start()) for m in twin.finditer(low))  # type: ignore[misc]

    def find(self, text: str, published: date | None, today: date | None,
             words: list[str] | None = None) -> list[DateMention]:
        """The date expressions of a sentence. `words` are its tokens in lower case, when the
        caller has them: in a plain sentence they are the words the cues are looked up in."""
        ascii = text.isascii()
        digit = ascii and _ASCII_DIGIT.search(text) is not None
        if words is not None and ascii and "'" not in text and "_" not in text and \
                not (digit and _GLUED_NUMBER.search(text)):
            if "-" in text:  # "hari-hari": its parts are words of the scan, the whole is not
                words = [w for w in words if "-" not in w] + \
                    [part for w in words if "-" in w for part in w.split("-")]
            if not digit and self.cue_words.isdisjoint(words):
                return []  # most sentences state no date (asked without making a set)
            cues = self.cue_words.intersection(words)  # (no scan of the text)
            low = text.lower()
        else:
            low = text.lower()
            wordish, digits = (_ASCII_WORDISH, _ASCII_DIGIT) if ascii else (_WORDISH, _DIGIT)
            cues = self.cue_words.intersection(wordish.findall(low))  # one scan for every cue
            digit = digits.search(low) is not None
            if not cues and not digit:
                return []
        month = not cues.isdisjoint(self.month_words)
        weekday = not cues.isdisjoint(self.weekday_words)
        # each rule runs only when the words it needs are there ("ini" and "lalu" alone are
        # too common to pay for every pattern)
        relative = not cues.isdisjoint(_RELATIVE) and not cues.isdisjoint(_UNITS)
        words = not cues.isdisjoint(_DAY_WORDS) or \
            ("ini" in cues or "tadi" in cues) and not cues.isdisjoint(_TIMES)
        anchored = "sebelumnya" in low or "setelahnya" in low or "kemudian" in low or \
            "berikutnya" in low
        narrative = "harinya" in low or "esok" in low or "hari yang sama" in low
        # (the numeric rules that need no cue word: "20/9/2023", "pada 2010")
        numeric = digit and ("/" in text or "-" in text or "pada" in low or "tahun" in cues)
        if not (numeric or month or weekday or relative or words or anchored or narrative):
            return []  # (a lone "ini" or "lalu", a bare number: no rule runs)
        out: list[DateMention] = []
        taken: list[tuple[int, int]] = []

        def add(m: re.Match, d: date | None, precision: str, source: str = "text") -> None:
            start, end = m.span()
            if d is None or taken and any(a < end and start < b for a, b in taken):
                return
            taken.append((start, end))
            before = low[max(0, start - 45):start]
            cited = any(w in before for w in _CITING)
            out.append(DateMention(start, end, EventDate(d, precision, source,
                                                         m.group().strip()), None, cited,
                                   _document_date(low, start)))

        future = weekday and ("akan " in low or "dijadwalkan" in low or "bakal " in low or
                              "rencananya" in low)  # (asked of weekdays only)
        if digit and weekday and "(" in text:
            for m in self._finditer(self.rx_paren, text, low):
                add(m, *self._paren(m, published, today))
        if digit and "(" in text and published is not None:
            for m in self.rx_bare.finditer(text):
                if not _bare_day_at(low, m.start()):
                    continue  # ("skor akhir (2/1)")
                d, mo = int(m["d"]), int(m["m"])
                add(m, _safe(_year_for(d, mo, published), mo, d), "day")
        if digit and ("/" in text or "-" in text):
            for m in self.rx_num.finditer(text):
                add(m, _safe(int(m["y"]), int(m["m"]), int(m["d"])), "day")
        if digit and month:
            for m in self._finditer(self.rx_long, text, low):
                add(m, *self._long(m, published, today))
            for m in self._finditer(self.rx_month_year, text, low):
                add(m, _safe(int(m["y"]), self.months[m["mon"].lower()], 1), "month")
        if digit and ("pada" in low or "tahun" in cues) and _holds_any(text, _YEAR_HEADS):
            for m in self._finditer(self.rx_year, text, low):  # an act placed in an earlier
                y = int(m["y"])  # year: year precision (not "Nomor 1 Tahun 2024", a statute's
                if (published is None or y < published.year) and \
                        "nomor" not in low[max(0, m.start() - 14):m.start()] and \
                        "no." not in low[max(0, m.start() - 10):m.start()]:  # year, nor a
                    add(m, _safe(y, 1, 1), "year")  # budget year ahead, "anggaran tahun 2026")
        if published is None:
            return _in_order(out)
        if month and "tahun" in cues:
            for m in self._finditer(self.rx_month_tahun, text, low):  # "awal Februari tahun ini"
                shift = {"ini": 0, "depan": 1}.get(m["rel"].lower(), -1)
                add(m, _safe(published.year + shift, self.months[m["mon"].lower()], 1),
                    "month")
        # (in an ASCII text a case-insensitive match is a match in the lower-cased text, so
        # the rule's words are there; re.I also folds such letters as "ſ" and the Kelvin
        # sign into ASCII ones, so other texts are scanned whatever they hold)
        if month and not cues.isdisjoint(_RELATIVE) and \
                (not ascii or _holds_any(low, _MONTH_REL_WORDS)):
            for m in self._finditer(self.rx_month_rel, text, low):
                add(m, self._month_rel(m, published), "month")
        if month and (not ascii or _holds_any(low, _MONTH_BARE_WORDS)):
            for m in self._finditer(self.rx_month_bare, text, low):
                if "sejak" in low[max(0, m.start() - 40):m.start()]:
                    continue
                mo = self.months[m["mon"].lower()]
                add(m, date(_bare_month_year(mo, published), mo, 1), "month")
        if anchored:
            for m in self._finditer(self.rx_anchor, text, low):
                if not any(a < m.end() and m.start() < b for a, b in taken) and \
                        m["n"].lower() != "beberapa":  # ("beberapa hari setelahnya": no day)
                    raw = m["n"].lower()
                    n = int(raw) if raw.isdigit() else self.numbers.get(raw, 1)
                    n *= 7 if m["unit"].lower() in ("pekan", "minggu") else 1
                    sign = -1 if m["rel"].lower() == "sebelumnya" else 1
                    taken.append((m.start(), m.end()))
                    out.append(DateMention(m.start(), m.end(), EventDate(
                        None, "day", "text", m.group()), sign * n))
        for m in self.rx_next.finditer(text) if narrative else ():
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                out.append(DateMention(m.start(), m.end(), EventDate(
                    None, "day", "text", m.group()), 1 if m["one"] else 0))
        if relative and (not ascii or _holds_any(low, _REL_N_WORDS)):
            for m in self._finditer(self.rx_rel_n, text, low):
                add(m, *self._rel_n(m, published))
        if relative and (not ascii or _holds_any(low, _REL_UNIT_UNITS) and
                         _holds_any(low, _REL_UNIT_WORDS)):
            for m in self._finditer(self.rx_rel_unit, text, low):
                add(m, *self._rel_unit(m, published))
        if words:
            for m in self._finditer(self.rx_words, text, low):
                if _beside_written_day(out, text, m.start(), m.end()):
                    continue  # "Selasa (21/10) kemarin", "hari ini, 21 April 2025"
                said = None if text[:m.start()].rstrip().endswith("(") else \
                    _said_on(out, text, m.end())  # ("Besok (hari ini)": the editor's today)
                add(m, self._word(m["w"].lower(), said or published), "day")
        # (every weekday name is asked, not only the words: a weekday that the rule finds
        # inside a token, "www.Senin.com", is not one of them; ASCII only, as above)
        if weekday and ascii and _news_form_only(low, self.weekday_words):
            weekday = False  # (only for the rule below: `future` is already set)
        for m in self._finditer(self.rx_weekday, text, low) if weekday else ():
            if m["wd"].lower() == "minggu" and m["wd"][0].islower() and not m.group().lower() \
                    .startswith(("hari", "pada")):
                continue  # "minggu" = week, not Sunday
            if not (m["wd"][0].isupper() or m.group().lower().startswith(("hari", "pada"))):
                continue
            if not m["rel"] and not m.group().lower().startswith(("hari", "pada")) and \
                    self._named_after(text, m.end()):
                continue  # "kegiatan Jumat Sehat", "program Jumat Berkah": a name
            if _WEEKLY_BEFORE.search(low, 0, m.start()) or self.rx_span_after.match(low, m.end()) \
                    or self.rx_span_before.search(low, 0, m.start()):
                continue  # "setiap hari Senin", "Senin-Jumat", "Senin hingga Jumat": a schedule
            add(m, self._weekday(m, published, future), "day")
        return _in_order(out)

    def _named_after(self, text: str, end: int) -> bool:
        """Does a capitalised word that is neither a time of day nor a month follow a weekday
        ending at `end`, making it part of a name ("Jumat Sehat"; not "Senin Malam")?"""
        nxt = _NAME_GOES_ON.match(text, end)
        if nxt is None:
            return False
        word = _WORDISH.match(text, nxt.end() - 2)
        low = word.group().lower() if word else ""
        return low not in _DAYTIMES and low not in self.months

    def _paren(self, m: re.Match, published: date | None, today: date | None):
        d, mo = int(m["d"]), int(m["m"])
        weekday = self.weekdays[m["wd"].lower()]
        if m["y"]:
            y = int(m["y"])
            given = _safe(y + 2000 if y < 100 else y, mo, d)
            if given is not None and given.weekday() != weekday and published is not None:
                near = _safe(_year_for(d, mo, published), mo, d)
                if near is not None and near.weekday() == weekday:
                    return near, "day"  # "Selasa (7/10/2024)" in a 2025 story: a typed year
            return given, "day"
        if published is not None:
            near = _safe(_year_for(d, mo, published), mo, d)
            if near is not None and near > published and near.weekday() != weekday:
                # "Senin (2/12)" quoted in a story of October 2025: 2 December 2025 is a
                # Tuesday and still to come, 2 December 2024 was the Monday
                before = _safe(near.year - 1, mo, d)
                if before is not None and before.weekday() == weekday:
                    return before, "day"
            return near, "day"
        if today is not None:
            year = infer_year(d, mo, weekday, today)
            if year:
                return _safe(year, mo, d), "day", "inferred"
        return None, "day"

    def _long(self, m: re.Match, published: date | None, today: date | None):
        d, mo = int(m["d0"] or m["d"]), self.months[m["mon"].lower()]  # a range starts on d0
        if m["y"]:
            return _safe(int(m["y"]), mo, d), "day"
        if published is not None:
            return _safe(_year_for(d, mo, published), mo, d), "day"
        if today is not None and m["wd"]:
            year = infer_year(d, mo, self.weekdays[m["wd"].lower()], today)
            if year:
                return _safe(year, mo, d), "day", "inferred"
        return None, "day"

    def _month_rel(self, m: re.Match, published: date) -> date:
        mo = self.months[m["mon"].lower()]
        if m["rel"].lower() in ("lalu", "kemarin"):
            year = published.year if mo < published.month else published.year - 1
        else:  # ("akhir Oktober nanti" written in October: this October)
            year = published.year if mo >= published.month else published.year + 1
        return date(year, mo, 1)

    def _rel_n(self, m: re.Match, published: date):
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else self.numbers.get(raw, 1)
        sign = -1 if m["rel"].lower() in ("lalu", "silam", "yang lalu") else 1
        unit = m["unit"].lower()
        if unit == "bulan":
            return _shift_month(published, sign * n), "month"
        if unit == "tahun":
            return date(published.year + sign * n, 1, 1), "year"
        days = 7 if unit in ("pekan", "minggu") else 1
        # "beberapa minggu yang lalu": some weeks, no day to be counted
        return published + timedelta(days=sign * n * days), "month" if raw == "beberapa" \
            else "day"

    def _rel_unit(self, m: re.Match, published: date):
        unit, rel = m["unit"].lower(), m["rel"].lower()
        sign = 0 if rel == "ini" else (-1 if rel in ("lalu", "kemarin") else 1)
        pre = (m["pre"] or "").strip().lower()
        if unit in ("pekan", "minggu"):
            return published + timedelta(days=7 * sign), "day"
        if unit == "bulan":
            base = _shift_month(published, sign)
            if pre == "akhir":
                nxt = _shift_month(base, 1)
                return nxt - timedelta(days=1), "month"
            return base, "month"
        return date(published.year + sign, 1, 1), "year"

    def _word(self, w: str, published: date) -> date:
        w = re.sub(r"\s+", " ", w)
        offsets = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "tadi malam": -1,
                   "semalam": -1, "tadi pagi": 0, "tadi siang": 0, "tadi sore": 0,
                   "pagi tadi": 0, "siang tadi": 0, "sore tadi": 0, "malam tadi": -1,
                   "malam ini": 0,
                   "pagi ini": 0, "lusa": 2, "besok": 1}
        return published + timedelta(days=offsets[w])

    def _weekday(self, m: re.Match, published: date, future: bool = False) -> date:
        """The latest such weekday on or before publication; the next one after 'depan',
        'mendatang', or in a sentence about a plan ("dijadwalkan bertemu pada Jumat")."""
        target = self.weekdays[m["wd"].lower()]
        rel = (m["rel"] or "").strip().lower()
        if rel in ("depan", "mendatang") or future and not rel:
            ahead = (target - published.weekday()) % 7
            return published + timedelta(days=ahead or (7 if rel else 0))
        back = (published.weekday() - target) % 7
        if rel in ("pekan lalu", "minggu lalu"):
            back += 7
        return published - timedelta(days=back)


_BARE_DAY_AFTER = frozenset("kemarin kemudian lalu pada sejak hingga tanggal".split())


def _bare_day_at(low: str, k: int) -> bool:
    """Is the bracket at offset k of the lower-cased sentence a day without its weekday: after
    a comma ("DPRD Bangli, (20/10)") or a time word ("Kemudian (6/10)", "Kemarin (26/5)")?"""
    before = low[:k].rstrip()
    words = before.rsplit(None, 1)
    return before.endswith(",") or bool(words) and words[-1] in _BARE_DAY_AFTER


def resolve_counted(found: list[DateMention], last: date | None
                    ) -> tuple[list[DateMention], date | None]:
    """A sentence's mentions with each day counted from another ("keesokan harinya",
    "sehari setelahnya") resolved from the last day written before it (`last`, from the
    sentences before, or earlier in this one), and the last such day after the sentence.
    A counted day with no written day before it is counted from the article's main date
    (event_date)."""
    out = []
    for dm in found:
        if dm.anchor_days is not None and last is not None:  # (a chain of them goes on
            last = last + timedelta(days=dm.anchor_days)  # from each: "Keesokan harinya ...
            dm = DateMention(dm.start, dm.end, EventDate(last, "day", "text", dm.date.text))
        elif _written_day(dm) and not dm.cited and not dm.document and dm.date.value:
            last = dm.date.value  # ... Malam harinya")
        out.append(dm)
    return out, last


def _in_order(out: list[DateMention]) -> list[DateMention]:
    """The mentions in text order."""
    return sorted(out, key=lambda x: x.start) if len(out) > 1 else out


def _lower_only(pattern: str) -> bool:
    """Is this pattern written without capital letters (but for "(?P<name>")? Then matching
    it case-insensitively on ASCII text is matching it on the text in lower case."""
    return not any(ch.isupper() for ch in re.sub(r"\(\?P[<=]", "", pattern))


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


DOMINANT_WINDOW = 31  # days before publication within which a date can be the story's own


def dominant_date(mentions: list[DateMention], published: date | None = None
                  ) -> EventDate | None:
    """The article's most frequent day-precision text date (ties: the earliest mentioned),
    among the days of the month up to publication: a later day is a deadline or a schedule
    ("berlaku hingga 31 Desember 2025"), and an older one background ("putusan kasasi ...
    tanggal 22 November 2023", "berlaku sejak 5 Januari 2025"), not the day the story's events
    happened."""
    days = [dm for dm in mentions if dm.date.precision == "day" and dm.date.value and
            (published is None or 0 <= (published - dm.date.value).days <= DOMINANT_WINDOW)]
    days = [dm for dm in days if not dm.document]
    own = [dm for dm in days if not dm.cited]  # (the day a wire report was quoted counts
    # only alone); of days named as often, one written out wins ('"... ditutup kemarin.
    # ...," ujar Pramono, Senin (23/6/2025)': the Monday), the news form "Selasa (16/9/2025)"
    # first ("keputusan ... tertanggal 21 Agustus 2025 ... kata Afifuddin di kantor KPU,
    # Selasa (16/9/2025)": the Tuesday the story tells of), then the first named
    ranked = sorted(own or days, key=lambda dm: (not _written_day(dm), not news_form(dm)))
    ed = most_frequent((dm.date.value, dm.date) for dm in ranked)
    if ed is None:
        return None
    return EventDate(ed.value, ed.precision, "dominant", ed.text)


_YANG = re.compile(r"\byang\b", re.I)
_CLOSING = frozenset(("itu", "tersebut"))


def in_relative_clause(text: str, act: int, start: int, res: Resources) -> bool:
    """Is the date at offset `start`, after the act at offset `act`, inside a relative clause
    telling another act ("Polisi menangkap pelaku yang diduga membuang bayi ... pada Sabtu
    (4/10) subuh": the dumping's day, not the arrest's)? "yang", then (past adverbs and
    hedges) a verb of doing (di-, me-, ber-), and no quote or closing "itu/tersebut" before
    the date. Not a verb of being ("yang masih menjadi aset Pemkab, pekan lalu"), nor the
    news tag right after a comma ("..., Senin (20/10)"): the main act's."""
    if start <= act or text[:start].rstrip().endswith(","):
        return False
    skip = res.word_set("relative_adverbs") | res.word_set("hedge")
    states = res.word_set("relative_states")
    for y in _YANG.finditer(text, act, start):
        rest = text[y.end():start]
        if any(q in rest for q in _QUOTE_ENDS):
            continue
        words = _WORDISH.findall(rest.lower())
        if _CLOSING.intersection(words):
            continue
        verb = next((w for w in words if w not in skip), "")
        if len(verb) > 4 and verb.startswith(("di", "me", "ber")) and verb not in states:
            return True
    return False


_OTHER_CLAUSE = re.compile(r";|\b[Ss]ementara\s+itu\b|(?:,|\bdan)\s+sementara\b|"
                           r"\b(?:sedangkan|padahal)\b")
# ("sementara" as "while" after a comma or "dan": not "ditahan sementara", "Bantuan Langsung
# Tunai Sementara")


def in_other_clause(text: str, act: int, start: int) -> bool:
    """Is the date at offset `start` in another clause than the act at offset `act`, a
    contrast or a list item between them ("Tapi kemarin pergantian pemerintah agak terlambat,
    ... dan sementara China sudah bersedia": not China's day)? A quote's tag is the quote's
    ('"... sementara kami menolak ...," kata Ketua, Senin (20/10)')."""
    between = text[act:start] if start > act else text[start:act]
    marks = [k for k, ch in enumerate(between) if ch in _QUOTE_ENDS]
    if marks:  # only the words on the date's side of the quote
        between = between[marks[-1]:] if start > act else between[:marks[0]]
    return _OTHER_CLAUSE.search(between) is not None


_TOPIC = re.compile(r"\b(?:soal|tentang|mengenai|perihal)\b", re.I)


def in_topic_phrase(text: str, act: int, dm: DateMention) -> bool:
    """Is a month or year after the act inside the phrase naming what the act was about
    ("mencecarnya soal penanganan aksi unjuk rasa bulan lalu": the protests' month, not the
    grilling's)? A topic word ("soal, tentang, mengenai, perihal") between them and no comma
    or quote after it; a day ("..., Senin (20/10)") stays the act's."""
    if dm.start <= act or dm.date.precision == "day":
        return False
    topic = max(_TOPIC.finditer(text, act, dm.start), key=lambda m: m.start(), default=None)
    if topic is None:
        return False
    rest = text[topic.end():dm.start]
    return "," not in rest and not any(q in rest for q in _QUOTE_ENDS)


_CAUSE = re.compile(r"\b(?:karena|lantaran|akibat)\b(?!\s+(?:itu|ini|tersebut)\b)", re.I)
# (not "oleh karena itu": therefore)


def event_date(sentence_dates: list[DateMention], trigger_offset: int,
               dominant: EventDate | None, published: date | None,
               told_after: bool = False, text: str | None = None,
               res: Resources | None = None) -> EventDate:
    """The date of an event: the nearest expression of its clause in its sentence (not one in
    a cause told after the act: "divonis karena ikut unjuk rasa pada tahun 2011", nor in a
    relative clause telling another act: "menangkap pelaku yang diduga membuang bayi ... pada
    Sabtu (4/10)", nor across a contrast: "..., sedangkan Budi menyerahkan diri"), else the
    article's dominant date, else the publication date. An act told by a verb after its noun
    (`told_after`, "Surat pemanggilan kepada Lisa hari ini telah dilayangkan ... sejak Jumat
    (17/10)") takes a day named after that verb first: one before it is said of the noun."""
    sentence_dates = [d for d in sentence_dates if not d.document]  # (a warrant's date)
    if text is not None:  # "dinyatakan bersalah karena ikut unjuk rasa pada tahun 2011": the
        sentence_dates = [d for d in sentence_dates  # cause's year, not the verdict's
                          if not _CAUSE.search(text, trigger_offset, d.start)]
    if text is not None:  # "..., sementara China sudah bersedia": not China's day
        sentence_dates = [d for d in sentence_dates
                          if not in_other_clause(text, trigger_offset, d.start)]
    if text is not None:  # "mencecarnya soal penanganan aksi unjuk rasa bulan lalu"
        sentence_dates = [d for d in sentence_dates
                          if not in_topic_phrase(text, trigger_offset, d)]
    if text is not None and res is not None:  # "menangkap pelaku yang diduga membuang bayi
        sentence_dates = [d for d in sentence_dates  # ... pada Sabtu": the dumping's day
                          if not in_relative_clause(text, trigger_offset, d.start, res)]
    if told_after:
        sentence_dates = [d for d in sentence_dates if d.start > trigger_offset] or \
            sentence_dates
    if sentence_dates:
        # a day the sentence names outright wins over one counted from another event
        # ("diamankan sehari setelahnya, Sabtu (18/10)": the Saturday)
        named = [d for d in sentence_dates if d.anchor_days is None]
        best = min(named or sentence_dates, key=lambda dm: abs(dm.start - trigger_offset))
        if best.anchor_days is None:
            return best.date
        base = dominant.value if dominant is not None else published
        if base is not None:  # "sehari sebelumnya": a day before the article's main date
            return EventDate(base + timedelta(days=best.anchor_days), "day", "text",
                             best.date.text)
    if dominant is not None:
        return dominant
    if published is not None:
        return EventDate(published, "day", "published")
    return EventDate(None, "none", "none")
