"""Actor recognition in one sentence: dictionary phrases (`spans`), title chunks,
appositions, unknown names, and coreference through the article's memory (`memory`).

Rules (each has a `how` tag on the mention and a unit test):
  dict        an alias of a country, organisation, institution or person
  title       an agent noun or title, with what follows it: a country ("Menteri Pertahanan
              Rusia", "pasukan Israel"), "dari" + country ("timpalannya dari Filipina"), a region
              ("Kapolda Sumut"), ranks, and a proper name ("Brigjen Andi Wijaya")
  apposition  "Nama Orang, <title ... country>," gives the person the title's country and sector
  coref:name  a name part of a person met earlier in the article ("Shoigu", "Purbaya")
  coref:pronoun / coref:plural / coref:org / coref:kedua  pronouns and descriptions
"""

from __future__ import annotations

import re

from dataclasses import replace
from functools import lru_cache
from datetime import date

from peristiwa.actors.memory import Memory, quotable
from peristiwa.actors.resolve import entry_ref, holder, is_state, titled_ref, with_country
from peristiwa.actors.spans import INITIAL_CUES, Span, aged, dictionary_spans
from peristiwa.records import ActorMention, ActorRef, Token
from peristiwa.resources import Resources
from peristiwa.resources.entries import ActorEntry
from peristiwa.text.tokens import QUOTE_MARKS

__all__ = ["Memory", "Span", "dictionary_spans", "find_actors", "find_actors_in_words"]

_PERSON_NOUNS = frozenset(
    "menteri pejabat pemimpin komandan presiden menlu menhan tokoh tersangka diplomat jenderal "
    "kepala perdana pimpinan petinggi kapolda gubernur bupati dubes".split()
)
_GROUP_NOUNS = frozenset("negara pihak belah bangsa pemerintah delegasi lembaga institusi "
                         "organisasi kepolisian militer angkatan".split())
_NOT_VERBS = frozenset("terhadap tersebut termasuk terkait terutama terakhir terdapat merupakan "
                       "menurut mengenai melalui memang mereka bersama berdasarkan dirinya "
                       "diri dimana menjadi menuju meski melainkan bersifat".split())
_LOCATIVE_NOUNS = frozenset("depan dalam luar sekitar kawasan gedung kantor halaman area "
                            "kompleks markas wilayah seberang belakang kota kota-kota pinggiran "
                            "pusat jantung".split())
_DIRECTIONS = frozenset("utara selatan timur barat tengah".split())
_DEMONSTRATIVES = frozenset(("tersebut", "itu"))  # ("ini" also opens a new clause)


def _is_name_token(tok: str, not_names: frozenset[str]) -> bool:
    """A capitalised word that can be part of a name: letters, with inner hyphens
    ("al-Sharaa"), but no digits ("I-04" in "Pengadilan Militer I-04" is a unit number)."""
    return tok[:1].isupper() and (tok.isalpha() or "-" in tok and
                                  tok.replace("-", "").isalpha() and
                                  not tok.endswith("-nya")) and \
        tok.lower() not in not_names and not (len(tok) <= 4 and tok.isupper() and
                                              _ROMAN.fullmatch(tok))  # ("IUP-nya": its IUP)


_NAME_PREFIXES = frozenset(("I", "Ni"))  # Balinese: "I Gusti Ngurah ...", "Ni Luh ..."
_COMMISSION_LETTERS = frozenset("ABCDE")  # the commissions of a DPRD: "Komisi A DPRD Jatim"
_ROMAN = re.compile(r"II|III|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|X")  # "Komisi X", "Kodam IV":
# numbers, not names (a lone "I" is also the Balinese "I Made", "I Wayan")


# (str.isupper itself, called on the first letter of each word of each sentence: the compiled
# build would look the method up on every word otherwise)
_isupper = str.isupper


class _NameWords(dict):
    """`_is_name_token` of each word asked for, remembered (the same capitalised words are
    asked of again and again; at most 100,000 words are kept)."""

    def __init__(self, not_names: frozenset[str]):
        super().__init__()
        self.not_names = not_names

    def __missing__(self, tok: str) -> bool:
        found = _is_name_token(tok, self.not_names)
        if len(self) < 100_000:
            self[tok] = found
        return found


# the word lists the rules read, fetched once per resources version (attributes of a
# _Lexicon: cheaper to read in the loops than a word_set call)
_LISTS = ("document_heads", "act_documents", "name_prefix_agents", "office_heads",
          "title_modifiers", "abbreviations", "numbered_titles", "envoy_titles",
          "office_prefixes", "region_words", "regional_titles", "former_words",
          "office_fields", "context_sector_agents", "pronoun_single", "pronoun_plural",
          "pronoun_org", "attribution", "thing_heads", "body_heads", "place_heads",
          "place_prefixes", "speech_verbs", "resident_agents", "emblem_nouns", "generic_names",
          "region_bodies", "ngo_heads", "title_names", "kin_agents", "missions",
          "student_boards")


class _Lexicon:
    """What the recognizer reads from the resources, by attribute (see `_lexicon`)."""

    # (read in the loops of every sentence: slots are cheaper to read than an instance dict)
    __slots__ = _LISTS + ("stop", "coref", "lower_starts", "name_word", "law_sectors",
                          "place_at", "place_firsts", "ngo_only_heads")

    def __init__(self, res: Resources):
        for name in _LISTS:
            setattr(self, name, res.word_set(name))
        # words that never start a name, even capitalised at a sentence start: the not_names
        # list plus every closed class the rules know (conjunctions, speech verbs, modals,
        # negation)
        self.stop = frozenset().union(*(res.word_set(n) for n in (
            "not_names", "clause_breaks", "speech_verbs", "attribution", "according_to",
            "negation", "intent", "demonstrative", "first_person", "hedge", "former_words")))
        # pronouns and "kedua": the lower-case words a coreference rule starts on
        self.coref = frozenset().union(
            res.word_set("pronoun_single"), res.word_set("pronoun_plural"),
            res.word_set("pronoun_org"), ("kedua", "keduanya"))
        # and the lower-case words any rule of Chunker.run starts on ("kelompok tersebut":
        # _the_group)
        self.lower_starts = self.coref | {"kelompok"}
        self.name_word = _NameWords(self.stop)
        self.law_sectors = res.law_sectors()
        self.place_at = res.place_index.longest  # (length, ids) of the place at words[i]
        self.place_firsts = res.place_index.first_words  # the words a place name begins with
        # civil-society heads that head no other kind of body ("Foundation", "Koalisi"; not
        # "Forum", "Gerakan"): enough to make an unknown name an NGO
        self.ngo_only_heads = self.ngo_heads - self.body_heads


def _lexicon(res: Resources) -> _Lexicon:
    return res.derived("recognizer_lexicon", _Lexicon)


_TITLE_WORDS = frozenset(("tentang", "dan", "atas", "nomor", "tahun", "no", "/", "-", "ke"))
_HONORIFICS = frozenset("kang cak gus bang habib kiai kyai ustaz ustadz romo mbah eyang haji tuan "
                        "nyonya mr mrs ms sir syekh syeikh raden h hj kh".split())
_LIKENED = frozenset("bak layaknya ala bagaikan laksana ibarat".split())  # ("bak Don Juan": a
# figure compared to, no actor; "seperti" also lists examples, "geng seperti Los Pulpos")
_DEGREES_BEFORE = frozenset("prof dr ir drs dra drg".split())
# degrees and a pilot's rank (a civil title) before a name: _degrees_from
_DEGREES_AND_RANKS = _DEGREES_BEFORE | frozenset(("capt", "kapt"))
_SHARED_RANKS = frozenset(("brigjen", "brigadir", "jenderal", "jend"))  # army and police
_INITIALLED = frozenset(("berinisial", "inisial", "berinsial"))  # (a common typo too)
_OPENERS = frozenset(('"', "“", "‘", "'", "(", "-", "–", "—", "•"))  # (dash, bullet: a list item)
_SENTENCE_ADVERBS = frozenset("sementara itu namun kemudian selain sebelumnya adapun lebih "
                              "lanjut menurut".split())
_PEOPLE = frozenset("CVL EDU LAB CRM REB MIL COP NGO REL MED JRN AGR BUS".split())
_INSTANCE_WORDS = frozenset(("seperti", "yakni", "yaitu", "termasuk"))
# what may stand between a person's "dari" and the country of the body they work at: the
# body's capitalised name, commas and the small words of English or Indonesian body names
# ("Centre for Peace and Security, Coventry University, Inggris")
_AFFILIATION_LINKS = frozenset((",", "for", "of", "and", "the", "dan", "&", "-"))
_AFFILIATION_SPAN = 12
_NUMBERED_PARTIES = frozenset(("teradu", "pengadu"))  # the parties of an ethics case, by number
_PRIVATE_SECTORS = frozenset(("CVL", "CRM"))  # nouns of one private person after "seorang"
_GROUP_SECTORS = frozenset(("CVL", "EDU", "LAB"))  # plural groups: "para pendukung Anies"
# bodies that no "kelompok tersebut" points back to (the state's, and none without a sector;
# not coder._STATE_SECTORS, the ones that sanction and dismiss)
_NO_GROUP_SECTORS = frozenset(("GOV", "LEG", "JUD", "COP", "MIL", None))
_NICKNAME_ADVERBS = frozenset(("kerap", "akrab", "biasa", "sering", "karib"))  # "akrab disapa"
# the words a nickname's clause may open on right after the name (_nickname)
_NICKNAME_OPENERS = _NICKNAME_ADVERBS | frozenset((",", "atau", "yang", "disapa", "dipanggil"))
_WORKPLACE_SPAN = 5  # "guru di sekolah korban,": the words of a workplace after "di"
# lower-case particles inside foreign names (not "di", "dan": Indonesian words)
_NAME_PARTICLES = frozenset("de del della der van von bin binti da dos das le la".split())
_REGION_TYPES = frozenset(("province", "regency", "city", "capital", "region"))
_DI_KE = frozenset(("di", "ke"))


@lru_cache(maxsize=20_000)  # (asked of every person in memory at each all-capital word)
def _initials(name: str) -> str:
    """The initials of a name, in capitals ("RK" of "Ridwan Kamil")."""
    return "".join(p[:1] for p in name.split()).upper()


def _initials_of(short: str, name: str) -> bool:
    """Are these letters the initials of the name, in order ("RK" of "Ridwan Kamil", "IEG"
    or "IE" of "Immanuel Ebenezer Gerungan")? "Bupati Ogan Komering Ilir (OKI)" names the
    region, not the man."""
    it = iter(part[:1].upper() for part in name.replace("-", " ").split())
    return all(ch in it for ch in short)


class _Chunker:
    # (one per sentence: slots make its fifteen attributes cheaper to set and read than an
    # instance dict)
    __slots__ = ("words", "lower", "res", "on", "memory", "home", "le_sector", "out",
                 "name_ends", "lex", "not_names", "name_word", "spans", "coref_words")

    def __init__(self, words: list[str], lowered: list[str], res: Resources, on: date | None,
                 memory: Memory, home: str, spans: list[Span] | None = None,
                 le_sector: str | None = None):
        self.words, self.lower = words, lowered
        self.res, self.on, self.memory, self.home = res, on, memory, home
        self.le_sector = le_sector
        self.out: list[ActorMention] = []  # the mentions found so far, left to right
        self.name_ends: dict[int, int] = {}  # _names(i) by i
        if spans is None:
            spans = dictionary_spans(self.words, res, self.lower)
        lex = self.lex = _lexicon(res)
        self.not_names, self.name_word = lex.stop, lex.name_word
        by_start: dict[int, Span] = {}
        self.spans = by_start
        person = False
        for s in spans:
            kind = s.entry.kind
            if kind == "country" and self._inside_place(s):
                continue  # (only a country can lie inside a place name)
            by_start[s.start] = s
            person = person or kind == "person"
        if person:
            covered = {k for s in self.spans.values() for k in range(s.start, s.end)}
            self.spans = {k: s for k, s in self.spans.items()
                          if not self._in_longer_name(s, covered)}
        self.coref_words = lex.coref

    def _in_longer_name(self, span: Span, covered: set[int]) -> bool:
        """A known person's name inside someone else's longer name ("Kepala Kantor Perwakilan
        BI, Bambang Pramono", "Direktur Bisnis Bank Mega Syariah Rasmoro Pramono Aji" are not
        Pramono Anung): a capitalised word no dictionary knows stands right before it, and
        the run of such words does not follow a title ("Menteri Koordinator Perekonomian
        Airlangga") nor open the sentence (unless the name also runs on after it)."""
        if span.entry.kind != "person" or span.start == 0:
            return False
        w = self.words

        def name_like(k: int) -> bool:
            return k not in covered and self.name_word[w[k]] and \
                self.lower[k] not in _HONORIFICS

        if not name_like(span.start - 1):
            return False
        r = span.start - 1
        while r > 0 and name_like(r - 1):
            r -= 1
        if r > 0 and r - 1 in covered:
            title = next((s for s in self.spans.values() if s.start <= r - 1 < s.end), None)
            if title is not None and title.entry.kind == "agent" and title.entry.person:
                return False  # the words between are the title's portfolio
        return r > 0 or span.end < len(w) and name_like(span.end)

    def _inside_place(self, span: Span) -> bool:
        """A country name inside a longer place name ("Laut China Selatan") is no actor."""
        if span.entry.kind != "country":
            return False
        firsts = self.lex.place_firsts  # (a word that begins no place name is passed over)
        for i in range(max(0, span.start - 3), span.start + 1):
            n = self.lex.place_at(self.words, i)[0] if self.words[i] in firsts else 0
            if n >= 2 and i + n >= span.end and (i < span.start or n > span.end - span.start):
                return True
        return False

    def text(self, a: int, b: int) -> str:
        return " ".join(self.words[a:b]).replace(" . ", ". ")  # "Tawfiq F. Al-Rabiah"

    def _after_locative(self, i: int) -> bool:
        return i > 0 and self.lower[i - 1] in ("di", "ke", "dari", "dekat", "menuju")

    def _locative_before(self, i: int) -> bool:
        """'di X', 'ke X', 'dekat X', and 'di depan X', 'di kawasan X', 'di Gedung X'."""
        lows = self.lower[max(0, i - 3):i]
        if lows and lows[-1] in ("di", "ke", "menuju", "dekat"):
            return True
        if len(lows) >= 2 and lows[-2] in ("di", "ke") and lows[-1] in _LOCATIVE_NOUNS:
            return True
        # "di pinggiran selatan Beirut", "di kawasan utara Gaza"
        return len(lows) == 3 and lows[0] in ("di", "ke") and lows[1] in _LOCATIVE_NOUNS and \
            lows[2] in _DIRECTIONS

    def _inside_landmark(self, i: int, end: int) -> bool:
        """"di depan gedung DPR": the body is named as part of a building, a place."""
        if i < 2 or self.words[i - 1] not in self.lex.place_firsts:
            return False  # (no place name begins right before it)
        n = self.lex.place_at(self.words, i - 1)[0]
        w = self.lower[i - 2]
        return n >= end - i + 1 and (w in ("di", "ke", "menuju", "dekat") or
                                     w in _LOCATIVE_NOUNS)

    def _names(self, i: int) -> int:
        """End of the run of name words starting at i (remembered: several rules ask)."""
        end = self.name_ends.get(i)
        if end is None:
            end = self.name_ends[i] = self._scan_names(i)
        return end

    def _scan_names(self, i: int) -> int:
        w, j, n, spans, name_word = self.words, i, len(self.words), self.spans, self.name_word
        while j < n and (j not in spans or self._title_in_name(i, j)) and name_word[w[j]]:
            j += 1
            if j + 1 < n and j - i >= 1 and len(w[j - 1]) == 1 and w[j] == "." and \
                    w[j + 1][:1].isupper() and name_word[w[j + 1]]:
                j += 1  # a middle initial: "Tawfiq F. Al-Rabiah"
            elif j + 1 < n and w[j] in _NAME_PARTICLES and j + 1 not in spans and \
                    name_word[w[j + 1]]:
                j += 1  # "Tren de Aragua", "Ursula von der Leyen", "Hamdan bin Zayed"
        return j

    def _title_in_name(self, i: int, j: int) -> bool:
        """Is the title at j, in the run of name words from i, part of the name ("Ketua DPRD
        Banten, Fahmi Hakim, ...", "Abdul Hakim Mahfudz")? A title that is also a name word
        (`title_names`) right after a given name is the name's own, since a title stands
        before its holder; not after a verb that opens a sentence ("Menyatakan Hakim ...")."""
        span, w = self.spans[j], self.words
        return j > i and span.end == j + 1 and w[j].lower() in self.lex.title_names and \
            w[j][:1].isupper() and w[j - 1].isalpha() and len(w[j - 1]) > 1 and \
            (j - 1) not in self.spans and (i > 0 and w[i - 1] not in _OPENERS or j - i >= 2)

    def title_chunk(self, span: Span) -> tuple[ActorMention, int]:
        """An agent/title and what it governs: country, 'dari X', region, ranks, a name."""
        entry, j = span.entry, span.end
        if entry.person and entry.sector == "GOV" and \
                (cabinet := self._student_cabinet(j)) is not None:
            # "Menteri Sosial dan Politik BEM KM Unissula": a post in a student cabinet
            text = self.text(span.start, cabinet)
            ref = ActorRef(text, self.home + "EDU", self.home, "EDU", None, "agent")
            return ActorMention(span.start, cabinet, text, ref, "title", person=True), cabinet
        if entry.person:
            j = self._past_bracket(j)  # "Kepala Kepolisian Daerah (Polda) Metro Jaya Irjen ..."
        nxt = self.spans.get(j)
        if nxt and nxt.entry.kind in ("institution", "organization") and \
                entry.id in self.lex.name_prefix_agents:
            # "Bank BRI": the bank the dictionary knows
            return ActorMention(span.start, nxt.end, self.text(span.start, nxt.end),
                                entry_ref(nxt.entry, self.on), "dict"), nxt.end
        country = entry.country
        explicit = entry.country is not None  # a country of the chunk wins over "dari X"
        office = entry.id in self.lex.office_heads  # "Kepala Dinas Sosial ..."
        sector = self._body_head_sector(entry, j)  # from the body the title belongs to
        body_named = sector is not None  # ("Ketua Kelompok Tani Makmur": a body's name next)
        person_ref: ActorRef | None = None
        modifiers = self.lex.title_modifiers
        abbreviations = self.lex.abbreviations
        words, lower, spans, n = self.words, self.lower, self.spans, len(self.words)
        while j < n:
            w = words[j]
            roman = w[0] in "IVX" and _ROMAN.fullmatch(w) is not None  # (no word is empty)
            if roman and j + 1 < n and words[j + 1] != "," and not entry.person or \
                    (roman or w in _COMMISSION_LETTERS) and entry.id in self.lex.numbered_titles:
                j += 1  # "Ketua Komisi X DPR RI", "Kodam IV": the body's number; "Ketua
                continue  # Komisi A DPRD Jatim": a regional house's lettered commission
            if entry.person and words[j] == "(" and j + 3 < n and \
                    self._bracketed(j) and \
                    words[j + 1].isupper() and self.name_word[words[j + 3]]:
                j += 3  # "jaksa penuntut umum (JPU) Ni Putu ...": the title's short form
                continue
            if words[j] == "." and j + 1 < n and \
                    words[j + 1][:1].isupper() and \
                    lower[j - 1] in abbreviations:
                j += 1  # "Kombes Pol. Eko Prasetyo": the point of an abbreviation
                continue
            if not explicit and lower[j] in modifiers:
                k = j + 1 if j + 1 < n and \
                    lower[j + 1] in modifiers else j
                after = spans.get(k + 1)
                if after and (after.entry.kind == "country" and not after.entry.place or
                              after.entry.kind in ("institution", "organization")) or \
                        k + 2 < n and lower[k + 1] == "asal" and self._place_country(k + 2):
                    j = k + 1  # "pejabat perdagangan AS", "komandan senior Hizbullah";
                    continue  # "food blogger terkenal asal Yunnan": the origin comes next
            nxt = spans.get(j)
            if nxt and nxt.entry.kind == "country" and not nxt.entry.place:
                country, j, explicit = nxt.entry.country, nxt.end, True
                continue
            if explicit and entry.id in self.lex.envoy_titles and \
                    lower[j] in ("untuk", "di") and j + 1 in spans and \
                    spans[j + 1].entry.kind == "country":
                j = spans[j + 1].end  # "Duta Besar Jepang untuk Indonesia": Japan's
                continue
            if nxt and nxt.entry.kind in ("institution", "organization") and \
                    not person_ref and (entry.person or nxt.entry.code ==
                                        (nxt.entry.country or "") + (nxt.entry.sector or "")):
                # "Juru Bicara KPK", "Ketua NasDem Sumut", "Kapolres Bogor"; and groups of a
                # body ("pejabat Hizbullah", "pasukan Hamas") unless its code is its own (UN)
                inst = nxt.entry
                if entry.sector == "CRM" and inst.sector in self.lex.law_sectors:
                    break  # "tersangka KPK": the KPK's suspect, not one of its staff
                if not (sector and inst.sector == "PTY"):  # "Anggota Komisi XII DPR RI Fraksi
                    sector = inst.sector or sector  # Golkar": a legislator, of a party
                country, j = inst.country or country, self._past_bracket(nxt.end, inst.id)
                if inst.sector == "BUS" and entry.person:
                    j = self._company_unit(j, before_name=True)
                office = inst.id in self.lex.office_prefixes  # "Sekretaris Dinas"
                continue
            if office and (named := self._office_name(j)) > j:
                j, office = named, False  # the office's field and region
                continue
            if entry.person and lower[j] in _DEGREES_BEFORE and j + 1 < n:
                j += 2 if words[j + 1] == "." else 1  # "Direktur Utama BPJS Kesehatan Prof
                continue  # Ali Ghufron Mukti": a degree before the holder's name
            if entry.person and words[j] == "Bidang" and \
                    (named := self._office_name(j + 1)) > j + 1:
                j = named  # "Wakil Rektor Bidang Akademik Prof ...": the post's field
                continue
            if (entry.person or entry.country == self.home) and j + 1 < n and \
                    lower[j] in self.lex.region_words and \
                    words[j][:1].isupper() and words[j + 1][:1].isupper():
                j += 1  # "Ketua DPRD Kota Bogor": the kind of region, then its name;
                if _ROMAN.fullmatch(words[j]):  # "KPK Wilayah V": a numbered one
                    j += 1
                continue
            if not explicit and lower[j] in ("dari", "asal") and \
                    j + 1 in spans and \
                    spans[j + 1].entry.kind in ("country", "institution", "organization"):
                body = spans[j + 1].entry
                if entry.person and not sector and entry.sector in ("UNK", "CVL") and \
                        body.kind != "country":
                    sector = body.sector  # "Koordinator Wilayah (Korwil) dari Badan Gizi
                    # Nasional": a generic title takes the sector of the body it is from
                country, j = body.country, self._past_bracket(spans[j + 1].end, body.id)
                continue
            if not explicit and lower[j] == "dari" and (k := self._names(j + 1)) > j + 1 and \
                    k in spans and spans[k].entry.kind == "country" and \
                    not spans[k].entry.place and is_state(spans[k].entry.country):
                country, j, explicit = spans[k].entry.country, spans[k].end, True
                continue  # "pengusaha dari Golden Coffee Beans Mesir": of a body of Egypt
            if not explicit and lower[j] in ("dari", "asal") and j + 1 < n and \
                    (origin := self._place_country(j + 1)) is not None:
                country, j, explicit = origin  # "pria asal Shanghai", "TKI asal Lombok"
                continue
            if sector == "LEG" and lower[j] == "dari" and j + 1 in spans and \
                    spans[j + 1].entry.kind in ("institution", "organization") and \
                    spans[j + 1].entry.sector in ("LEG", "PTY"):
                j = spans[j + 1].end  # "Anggota Komisi C DPRD DKI Jakarta dari Fraksi PDI
                continue  # Perjuangan, Hardiyanto Kenneth": a legislator of a party
            if nxt and nxt.entry.kind == "agent" and entry.person and nxt.entry.person:
                j = nxt.end  # "Kapolda Sumut Irjen ...", "Wakil Menteri ..."
                continue
            if nxt and entry.id in self.lex.kin_agents and nxt.entry.kind == "agent" and \
                    nxt.entry.sector in _PRIVATE_SECTORS and not nxt.entry.person:
                j = nxt.end  # "ibu tiri korban": the victim's stepmother, one person; the
                break  # victim is no party of its own here
            if nxt and entry.person and (entry.sector == "UNK" and not sector or
                                         entry.sector == nxt.entry.sector) and \
                    nxt.entry.id in self.lex.name_prefix_agents:
                # "Kepala SDN Gadis Cisaat, Iis Irawati": the head of the school, bank or
                # foundation named next, of its sector; the name after it is the body's own
                sector, country = nxt.entry.sector, nxt.entry.country or country
                k = nxt.end + (nxt.end < n and words[nxt.end].isdigit())  # "SMAN 1 Bogor"
                j = self._names(k)
                break
            if not entry.person and entry.sector in _GROUP_SECTORS and \
                    "para" in (lower[span.start], lower[span.start - 1] if span.start else "") \
                    and (k := nxt.end if nxt and nxt.entry.kind == "person" else
                         self._names(j)) > j:
                j = k  # "Para pendukung Anies", "para adik kelas Chiko": a group, whose the
                break  # person named after it is; the person is no actor of the sentence
            if nxt and nxt.entry.kind == "person":
                person_ref = titled_ref(nxt.entry, self.on, self.text(span.start, nxt.start))
                j = nxt.end
                break
            k = self._names(j)
            if k > j and entry.person and (body := self._unit_of_body(k)) is not None:
                j = body  # "Dirjen Pelayanan dan Kepatuhan Kementerian HAM":
                continue  # a unit of the body named next, not a person's name
            if entry.person and not sector and k > j + 2 and \
                    (head := next((x for x in range(j + 1, k - 1)
                                   if lower[x] in self.lex.ngo_only_heads), None)) is not None:
                sector, j = "NGO", head + 1  # "General Manager CT ARSA Foundation Haerani
                continue  # Akbar": the holder of a post in a civil-society body
            if k > j and entry.person and \
                    all(lower[x] in self.lex.office_fields for x in range(j, k)):
                j = self._past_bracket(k)  # "Wakil Menteri Sosial (Wamensos) RI, Agus ...":
                continue  # the post's portfolio and its short form, not a name
            if k > j:
                after = spans.get(k)
                if after and (after.entry.kind == "country" or
                              after.entry.kind == "agent" and after.entry.person):
                    j = k  # "Sekretaris Dewan Keamanan Nasional Tertinggi Iran": title words;
                    continue  # "Kapolda Sumut Irjen ...": a region before a rank
                n_place, place_ids = self.lex.place_at(words, j)
                if n_place and entry.country and not entry.place:
                    j = self._past_bracket(j + n_place)  # "Gubernur Jawa Barat", "Kapolda Sumut"
                    continue
                if n_place and entry.person and entry.country is None and not explicit:
                    # "Gubernur Lampung Arinal Djunaidi": the region, then the name; the
                    # title takes the region's country ("Gubernur California ..." is USA);
                    # "Gubernur Jawa Barat, Ridwan Kamil": the region alone
                    places = [self.res.places[x] for x in place_ids]
                    regional = entry.id in self.lex.regional_titles
                    regions = {p.country for p in places if p.country and
                               p.type in _REGION_TYPES and (regional or p.country == self.home)}
                    if len(regions) == 1:
                        country, explicit = regions.pop(), True
                        j = self._past_bracket(j + n_place)
                        continue
                known = words[j] in self.memory.names and k == j + 1
                if body_named and j == span.end and self._holder_between_commas(k):
                    j = k  # "Kepala Balai Karantina Hewan Bali, Wayan,": the body's name;
                    break  # the holder is named after the comma (_title_apposition)
                if entry.person and (not known or words[j].isupper()):
                    # an initialism after a title ("Pengacara RK, Muslim ...") is read as a
                    # name here so that the genitive apposition can give it its own holder
                    name = self.text(j, k)
                    ref = self._titled(entry, country, sector)
                    person_ref = holder(name, ref)
                    j = k
                    break
                if entry.country == "IDN" and not entry.person:
                    j = k  # "Polres Metro Jakarta Selatan", "Kejati Jatim": a region name
                    continue
                if entry.id in self.lex.name_prefix_agents:
                    # "Bank Mega Syariah", "Yayasan Insan Madina": the body's own name, up to
                    # a person's initial ("UIN Syarif Hidayatullah M Ihdan ...": the student)
                    j = next((x for x in range(j + 1, k) if len(words[x]) == 1 and
                              words[x].isupper()), k)
                    break
                if entry.person and words[j] in self.memory.names:
                    person_ref = self.memory.names[words[j]]
                    if person_ref.kind == "unknown":  # "Jeri ... Presiden Jeri": the title
                        ref = self._titled(entry, country, sector)  # gives the role the
                        person_ref = holder(person_ref.name, ref)  # name lacked
                        self.memory.names[words[j]] = person_ref
                    j += 1
                    break
            break
        if span.start > 0 and entry.person and \
                lower[span.start - 1] in self.lex.former_words:
            # "mantan Gubernur Lampung Arinal": a former office holder is an elite, not the
            # government (CAMEO ELI)
            if person_ref is not None:
                c = person_ref.country or self.home
                person_ref = ActorRef(person_ref.name, c + "ELI", c, "ELI",
                                      person_ref.actor_id, "person")
            else:
                sector = "ELI"
        if person_ref is not None:
            how = "title"
            return ActorMention(span.start, j, self.text(span.start, j), person_ref, how,
                                person=True), j
        ref = self._titled(entry, country, sector)
        if not explicit and not sector and entry.country is None and \
                (lower[j - 1] in _DEMONSTRATIVES or j < n and lower[j] in _DEMONSTRATIVES) and \
                (before := self._same_one_before(entry, ref)) is not None:
            # "turis tersebut": the tourist met before, with the country given there
            return ActorMention(span.start, j, self.text(span.start, j), before, "coref:title",
                                plural=not entry.person, person=entry.person), j
        epithet = self._epithet_of(span, j, ref)
        if epithet is not None:  # "Waka Komisi Hukum DPR itu": Rano, quoted just before
            return ActorMention(span.start, j, self.text(span.start, j), epithet, "coref:title",
                                person=True), j
        if j > span.end and entry.id in self.lex.name_prefix_agents:
            # "Bank Mega Syariah" by its own name; "Universitas Sydney" is in the country of
            # the city it is named after
            country = self._named_after(span.end, j) or ref.country
            code = country + (ref.sector or "") if country else ref.code
            ref = ActorRef(self.text(span.start, j), code, country, ref.sector, ref.actor_id,
                           ref.kind)
            return ActorMention(span.start, j, ref.name, ref, "title"), j
        one = entry.person or span.start > 0 and lower[span.start - 1] == "seorang" and \
            ref.sector in _PRIVATE_SECTORS  # ("Seorang turis Kanada ditangkap ...": one
        # person, whom "Dia" later names)
        return ActorMention(span.start, j, self.text(span.start, j), ref, "title",
                            plural=not one, person=one), j

    def _same_one_before(self, entry: ActorEntry, ref: ActorRef) -> ActorRef | None:
        """The one an agent noun with a demonstrative points back to ("Seorang turis Jerman
        ditangkap ... Turis tersebut didakwa": the German tourist, not a tourist of the
        country the story is about): the latest actor of the article by the same noun and
        sector; None if the article has none."""
        before = next((r for r in reversed(self.memory.actors) if r.actor_id == entry.id), None)
        if before is None or before.country is None or before.sector != ref.sector:
            return None
        return before

    def _body_head_sector(self, entry: ActorEntry, j: int) -> str | None:
        """The sector a generic head (Kepala, Ketua: UNK) takes from the kind of body named
        after it when the dictionary knows no more: "Kepala Balai Karantina Hewan" is a
        government office's, "Ketua Alumni Ponpes Al-Khoziny" and "Ketua Kelompok Mamaku
        Rato" a civic group's, "Ketua OSIS" a school's; None for any other word (a body the
        dictionary knows gives its own sector later)."""
        if entry.sector != "UNK" or j >= len(self.words) or not self.words[j][:1].isupper():
            return None
        lists, head = self.res.lists(), self.lower[j]
        return "GOV" if head in lists.gov_body_heads else \
            "CVL" if head in lists.civic_body_heads else \
            "EDU" if head in lists.school_body_heads else None

    def _epithet_of(self, span: Span, j: int, ref: ActorRef) -> ActorRef | None:
        """The person a sentence-opening title with a demonstrative names again, when the
        article met them only by name ('"...," kata Rano. Waka Komisi Hukum DPR itu kemudian
        mengapresiasi ...'): the latest person, who now holds the title; their name is that
        holder later too. None for a title with no office (UNK) or a person the dictionary
        or an earlier title already placed."""
        lower = self.lower
        if not span.entry.person or ref.sector in (None, "UNK") or j >= len(lower) or \
                lower[j] not in _DEMONSTRATIVES or \
                any(self.words[k] not in _OPENERS and lower[k] not in _SENTENCE_ADVERBS
                    for k in range(span.start)):
            return None
        m = self.memory
        before = m.last_speaker if m.turn - m.speaker_turn <= 1 else \
            m.persons[-1] if m.persons else None  # (the one quoted in the sentence before)
        if before is None or before.kind != "unknown":
            return None
        now = holder(before.name, ref)
        for part, r in list(self.memory.names.items()):
            if r == before:
                self.memory.names[part] = now
        return now

    def _unit_of_body(self, k: int) -> int | None:
        """Where the body named after a unit's name starts, when the capitalised words that
        end at k (and more after "dan", a list of them, a number or a bracketed short form)
        lead to one: "Kesehatan Lanjutan | Kementerian Kesehatan", "Badan Anggaran (Banggar) |
        DPR RI", "Penyakit Tidak Menular | Kemenkes", "Sosial, Budaya, dan Pemberdayaan
        Masyarakat | Otorita IKN". None when no body follows: then they are a person's name."""
        w, listed, start = self.words, False, k
        while k < len(w) and k - start < 10:
            span = self.spans.get(k)
            if span is not None:
                if span.entry.kind in ("institution", "organization"):
                    return None if listed else k  # ("A, B dan KPK": a list of actors)
                if span.entry.kind != "agent" or span.entry.person or not w[k][:1].isupper():
                    return None
                k = span.end  # "Pemberdayaan Masyarakat": a word of the unit's name
            elif self._bracketed(k):
                k += 3
            elif w[k] == "," and k + 1 < len(w) and (w[k + 1][:1].isupper() or
                                                     w[k + 1] == "dan"):
                k, listed = k + 1, True
            elif w[k] == "dan" and k + 1 < len(w) and w[k + 1][:1].isupper():
                k, listed = k + 1, False
            elif w[k].isalpha() and w[k][:1].isupper() or w[k].isdigit() and k > start:
                k += 1
            else:
                return None
        return None

    def _office_name(self, j: int) -> int:
        """The end of a regional office's field and region from words[j] ("Sosial Kendal",
        "Kependudukan dan Pencatatan Sipil Kota Bogor", "Kendal" after "Dinsos"); j when
        neither is there."""
        w, low, fields = self.words, self.lower, self.lex.office_fields
        k = j
        while k < len(w) and (w[k][:1].isupper() and low[k] in fields or
                              w[k] in ("dan", ",") and k > j and k + 1 < len(w) and
                              (w[k + 1][:1].isupper() and low[k + 1] in fields or
                               w[k + 1] == "dan")):
            k += 1  # ("Dinas Pariwisata, Pemuda, dan Olahraga")
        r = k + 1 if k < len(w) and low[k] in self.lex.region_words and \
            w[k][:1].isupper() else k
        n_place = self.lex.place_at(w, r)[0] if r < len(w) else 0
        return r + n_place if n_place else k

    def _named_after(self, i: int, j: int) -> str | None:
        """The country of the first place named in words[i:j], if the gazetteer gives one."""
        for k in range(i, j):
            n, ids = self.lex.place_at(self.words, k)
            if n and k + n <= j:
                countries = {self.res.places[x].country for x in ids}
                return countries.pop() if len(countries) == 1 else None
        return None

    def _bracketed(self, j: int) -> str | None:
        """The capitalised word of "( X )" starting at j, else None."""
        w = self.words
        if j + 2 < len(w) and w[j] == "(" and w[j + 2] == ")" and w[j + 1][:1].isupper() \
                and w[j + 1].isalpha():
            return w[j + 1]
        return None

    def _past_bracket(self, j: int, body: str | None = None) -> int:
        """Skip a bracketed short form of a region: "Bupati Ogan Komering Ilir (OKI) Muchendi";
        or of the body `body` (an entry id) in words the dictionary knows for it: "Anggota
        Komisi XII Dewan Perwakilan Rakyat Republik Indonesia (DPR RI), Junaidi ..."."""
        if self._bracketed(j):
            return j + 3
        w = self.words
        span = self.spans.get(j + 1) if body and j < len(w) and w[j] == "(" else None
        if span is not None and span.entry.id == body and span.end < len(w) and \
                w[span.end] == ")":
            return span.end + 1
        return j

    def _holder_between_commas(self, k: int) -> bool:
        """Is a name set off by commas at k (", Wayan,"), not the next item of a list inside a
        body's name ("Balai Karantina Hewan, Ikan, dan Tumbuhan")?"""
        words, n = self.words, len(self.words)
        if k >= n or words[k] != ",":
            return False
        m = self._names(k + 1)
        return k + 1 < m < n and words[m] == "," and \
            (m + 1 >= n or self.lower[m + 1] not in ("dan", "serta"))

    def _student_cabinet(self, j: int) -> int | None:
        """The end of the student executive board (BEM) a government title is a post of, when
        the board follows within the title's words ("Menteri Sosial dan Politik BEM KM
        Unissula", "Menteri Luar Negeri BEM UI"); None when it does not."""
        words, n = self.words, len(self.words)
        for k in range(j, min(n, j + 4)):
            span = self.spans.get(k)
            if span is not None and span.entry.id in self.lex.student_boards:
                school = self.spans.get(span.end)  # "BEM UI": the university it is of
                if school is not None and school.entry.sector == "EDU":
                    return school.end
                return max(span.end, self._region_name(span.end))
            if not (words[k][:1].isupper() or words[k] in ("dan", "&")):
                return None
        return None

    def _region_name(self, j: int) -> int:
        """The end of a region's name after a body named by its region ("Polsek Panawangan",
        "Pemkab Kepulauan Talaud") when the gazetteer does not know it: up to three
        capitalised words that are no person met before and no one given an age; j if none."""
        w = self.words
        k = self._names(j)
        if k == j or k - j > 3 or w[j] in self.memory.names or self.lex.place_at(w, j)[0] or \
                k < len(w) and aged(w, k):
            return j
        return k

    def _place_country(self, j: int) -> tuple[str, int, bool] | None:
        """(country, end, True) of a place the gazetteer knows at j in one country only
        ("asal Shanghai" is China's, "asal Lombok" Indonesia's); None if there is none."""
        w = self.words
        if w[j] not in self.lex.place_firsts or j in self.spans:
            return None
        n_place, ids = self.lex.place_at(w, j)
        countries = {self.res.places[x].country for x in ids}
        if not n_place or len(countries) != 1 or None in countries:
            return None
        return countries.pop(), self._past_bracket(j + n_place), True

    def _sub_place(self, i: int, k: int) -> bool:
        """Is the name in words[i:k] one item of an address, between commas right before a
        place the gazetteer knows ("Perumahan Pondok Hijau, Ciputat, Tangerang Selatan",
        "Pullman Central Park, Grogol, Jakarta Barat")?"""
        w = self.words
        return 0 < i and w[i - 1] == "," and k - i <= 3 and k + 1 < len(w) and \
            w[k] == "," and self.lex.place_at(w, k + 1)[0] > 0

    def _company_unit(self, j: int, before_name: bool = False) -> int:
        """The end of the capitalised words after a company's name that name a unit of it
        ("Pertamina Patra Niaga Regional Sumbagsel berkomitmen ..."), j when there are none
        or they are a person's (a name met before, an age after it). With `before_name`, as
        in a title, the unit must be followed by the holder's name after a comma
        ("General Manager Pertamina Patra Niaga Regional Sumbagsel, Erwin Dwiyanto"):
        otherwise the words are the holder's name ("Dirut Pertamina Simon Mantiri")."""
        w = self.words
        k = self._names(j)
        if k == j or w[j] in self.memory.names or k < len(w) and aged(w, k):
            return j
        while k < len(w) and (n_place := self.lex.place_at(w, k)[0]):
            k = self._names(k + n_place)  # "Regional Jawa Timur": the unit's region
        if before_name and not (k + 1 < len(w) and w[k] == "," and (
                k + 1 in self.spans and self.spans[k + 1].entry.kind == "person" or
                k + 1 not in self.spans and self._names(k + 1) > k + 1)):
            return j
        return k

    def _titled(self, entry: ActorEntry, country: str | None, sector: str | None) -> ActorRef:
        """An agent's ref with the country and institution sector its chunk gave it."""
        ref = entry_ref(entry, self.on, country or self.home)
        ref = with_country(ref, country) if country else ref
        if not sector and entry.id in self.lex.context_sector_agents:
            near = next((m.ref.sector for m in reversed(self.out)
                         if m.ref.sector in ("MIL", "COP", "JUD")), None)
            sector = near or self.le_sector  # "Panglima TNI memerintahkan pengerahan
            # personel": the TNI's; "penyidik" in a KPK story is the KPK's
        if sector and sector != ref.sector:
            c = ref.country or self.home
            ref = ActorRef(ref.name, c + sector, c, sector, ref.actor_id, ref.kind)
        return ref

    def apposition(self, i: int) -> tuple[ActorMention, int] | None:
        """'Nama Orang, <title ...>,' at position i (i is the first name token)."""
        k = self._names(i)
        if k - i < 2 or k + 1 >= len(self.words) or self.words[k] != ",":
            return None
        span = self.spans.get(k + 1)
        if not span or span.entry.kind != "agent":
            return None
        title, end = self.title_chunk(span)
        if not span.entry.person and not self._one_from(title):
            end = self._workplace_end(title, end)
            if end is None:
                return None  # ("Budi, warga Cilacap, ..." is no title; "Chen, pria asal
                # Wuhan,"; "Herfi Hervian, guru di sekolah korban,": a teacher)
        if title.person and title.ref.actor_id is None and title.ref.name != title.text:
            return None  # the title already had its own name
        ref = holder(self.text(i, k), title.ref)
        return ActorMention(i, end, self.text(i, end), ref, "apposition", person=True), end

    def coref(self, i: int) -> tuple[ActorMention, int] | None:
        w, low = self.words[i], self.lower[i]
        m = self.memory
        if low not in self.coref_words:
            if w in m.names and i not in self.spans:
                return self._name_run(i)
            ref = self._by_initials(i) if w.isupper() else None  # (initials are capitals)
            if ref is not None:  # "Ridwan Kamil ... RK": the initials of a person met before
                m.names[w] = ref
                return ActorMention(i, i + 1, w, ref, "coref:initials", person=True), i + 1
            return None
        if low in self.lex.pronoun_single and m.persons:
            ref = self._third_person(i)
            if ref is None:
                return None
            return ActorMention(i, i + 1, w, ref, "coref:pronoun", person=True), i + 1
        if low in self.lex.pronoun_plural and (m.group or m.actors):
            group = m.group or (self._they(m),)
            return ActorMention(i, i + 1, w, group[0], "coref:plural", plural=True,
                                group=group if len(group) > 1 else ()), i + 1
        if low in self.lex.pronoun_org and (m.orgs or m.persons):
            ref = self._side(m)
            return ActorMention(i, i + 1, w, ref, "coref:org"), i + 1
        if low in ("kedua", "keduanya"):
            return self._kedua(i)
        if w in m.names and i not in self.spans:
            return self._name_run(i)
        return None

    def _the_group(self, i: int) -> tuple[ActorMention, int] | None:
        """"Kelompok tersebut", "kelompok yang sama": the latest group of the article that is
        no state body ("KKB menembak dua pekerja. Kelompok yang sama juga menyandera seorang
        guru": the KKB); None for a group not pointed back to ("kelompok tani")."""
        lower, j = self.lower, i + 1
        if j < len(lower) and lower[j] in _DEMONSTRATIVES:
            end = j + 1
        elif lower[j:j + 2] == ["yang", "sama"]:
            end = j + 2
        else:
            return None
        groups = [r for r in self.memory.actors
                  if r.kind in ("agent", "organization") and r.sector not in _NO_GROUP_SECTORS]
        # a named or armed group before the people it acted on ("KKB menembak dua pekerja")
        ref = next((r for r in reversed(groups) if r.kind == "organization" or
                    r.sector in ("REB", "CRM")), groups[-1] if groups else None)
        if ref is None:
            return None
        return ActorMention(i, end, self.text(i, end), ref, "coref:title", plural=True), end

    def _name_run(self, i: int) -> tuple[ActorMention, int] | None:
        """A name met before, told again: all of its parts that follow are one mention ("Bank
        Mega Syariah", "Imam Muslimin"), not one actor per word. None where the word opens a
        place of two words or more that is not that name ("New Jersey" met before does not
        make "New York" a party)."""
        names, ref = self.memory.names, self.memory.names[self.words[i]]
        n_place = self.lex.place_at(self.words, i)[0]
        if n_place >= 2 and \
                self.text(i, i + n_place).lower() not in ref.name.lower():
            return None
        end = i + 1
        while end < len(self.words) and end not in self.spans and \
                names.get(self.words[end]) == ref:
            end += 1
        return ActorMention(i, end, self.text(i, end), ref, "coref:name", person=True), end

    @staticmethod
    def _they(m: Memory) -> ActorRef:
        """Whom a lone "mereka" stands for: the latest actor, unless that is a government or
        court body and a group of people was named just before it ("ribuan warga Peru ...
        frustrasi dengan pemerintah. Mereka turun ke jalanan")."""
        last = m.actors[-1]
        if last.sector in ("GOV", "LEG", "JUD"):
            people = [r for r in m.actors[-3:-1] if r.kind == "agent" and r.sector in _PEOPLE]
            if people:
                return people[-1]
        return last

    @staticmethod
    def _side(m: Memory) -> ActorRef:
        """Whose side "pihaknya" is: the body or person named last ("Kuasa hukum HM, Aan
        ... Aan menjelaskan, pihaknya ..." is Aan's; "Polda Metro Jaya ... pihaknya" the
        police's); but a bare name whose role the article never gave stands for the body."""
        persons = [p for p in m.persons if quotable(p)] or m.persons  # (not "berinisial AR")
        if not m.orgs or not persons:
            return m.orgs[-1] if m.orgs else persons[-1]
        org, person = m.orgs[-1], persons[-1]
        if person.kind == "unknown":
            return org
        for ref in reversed(m.actors):
            if ref is org or ref is person:
                return ref
        return org

    def _third_person(self, i: int) -> ActorRef | None:
        """The person 'dia' at i stands for: the latest one; but inside a quote tagged
        "ujarnya" / "kata dia" the latest person is the speaker, who would say "saya", so
        'dia' is someone before them ('"Dia belum terbuka, masih diperiksa," ungkapnya')."""
        persons = self.memory.persons
        if not self._in_quote_tagged_by_previous(i):
            subject = self.memory.subject
            if subject is not None and subject in persons and \
                    all(w in _OPENERS for w in self.words[:i]) and not self._quote_tag_after(i):
                return subject  # "Dia ..." opening a sentence: who the last one opened on
            return persons[-1]  # (but in '"Dia ...," kata Faruk' Faruk speaks of another)
        speaker = self.memory.speaker()
        return next((r for r in reversed(persons) if r is not speaker), None)

    def _quote_tag_after(self, i: int) -> bool:
        """Is a quote closed after i by a tag ('...," kata Faruk')?"""
        attribution, w = self.lex.attribution, self.words
        return any(w[k] in QUOTE_MARKS and self.lower[k + 1] in attribution
                   for k in range(i + 1, len(w) - 1))

    def _in_quote_tagged_by_previous(self, i: int) -> bool:
        """Is i inside a quote closed by a tag that names no one ("...," ujarnya / kata dia)?
        The quote may have opened in an earlier sentence."""
        attribution, w = self.lex.attribution, self.words
        for k in range(i + 1, len(w) - 1):
            if w[k] not in QUOTE_MARKS:
                continue
            low = self.lower[k + 1]
            if low not in attribution:
                return False  # an opening mark, or a closing one without a tag
            nxt = self.lower[k + 2] if k + 2 < len(w) else ""
            return low.endswith("nya") or nxt in ("dia", "ia", "beliau")
        return False

    def _by_initials(self, i: int) -> ActorRef | None:
        """The one person of the article so far whose name's initials are this all-capital word
        ("RK" for Ridwan Kamil, "AHY"), unless it is a suspect's initials ("tersangka RK")."""
        w = self.words[i]
        if not (2 <= len(w) <= 4 and w.isupper() and w.isalpha()) or i in self.spans or \
                i > 0 and self.lower[i - 1] in INITIAL_CUES:
            return None
        hits = {r for r in self.memory.persons if r.kind == "person" and _initials(r.name) == w}
        return hits.pop() if len(hits) == 1 else None

    def _kedua(self, i: int) -> tuple[ActorMention, int] | None:
        j = i + 1
        if self.lower[i] == "keduanya":
            if i > 0 and self.lower[i - 1] in ("atau", "maupun"):
                return None  # "denda hingga USD 5.000 atau keduanya": both penalties
            group = self.memory.last_two(persons=bool(self.memory.persons))
        else:
            if j >= len(self.words):
                return None
            noun = self.lower[j]
            if noun in _PERSON_NOUNS:
                group = self.memory.last_two(persons=True)
            elif noun in _GROUP_NOUNS:
                group = self.memory.last_two(persons=False)
            else:
                return None
            j += 1
            while j < len(self.words) and self.lower[j] in \
                    ("luar", "negeri", "pertahanan", "belah", "pihak", "tersebut", "itu", "ini"):
                j += 1
        if len(group) < 2:
            return None
        return ActorMention(i, j, self.text(i, j), group[0], "coref:kedua", plural=True,
                            group=group), j

    def unknown_name(self, i: int) -> tuple[ActorMention, int] | None:
        """A capitalised name no dictionary knows: a person or body of the home country.
        At the start of a sentence a single capitalised word is too weak a sign."""
        words, lower, n = self.words, self.lower, len(self.words)
        if i > 0 and lower[i - 1] in _NUMBERED_PARTIES and _ROMAN.fullmatch(words[i]):
            return None  # "Teradu I Muhammad Afifuddin": the respondent's number, no name
        k = self._names(i)
        relative = k - i == 1 and words[i].isupper() and k < n and \
            lower[k] == "yang"  # "RK yang tidak terima ... melaporkan"
        opening = i == 0 or words[i - 1] in _OPENERS or \
            i == 2 and words[0].isdigit() and words[1] in (".", ")")
        # (a quote, or a list item "5. Dukungan ...", also starts a sentence)
        # "Vatikan (27)": a person, whatever the name's other use (asked only at a bracket)
        is_aged = k < n and words[k] == "(" and aged(words, k)
        initialled = k - i == 1 and i > 0 and lower[i - 1] in _INITIALLED
        # ("seorang selebgram berinisial AL": a person known by initials)
        if k - i > 4 or (opening and k - i < 2 and not self._subject_before_verb(k, i) and
                         not relative and not is_aged) or \
                self._after_locative(i) or self._sub_place(i, k) or \
                i > 0 and lower[i - 1] in _LIKENED or \
                words[i] in self.lex.place_firsts and self.lex.place_at(words, i)[0] and \
                not is_aged:
            return None
        j = i
        while j > 0 and words[j - 1][:1].isupper() and words[j - 1].isalpha() and \
                j - 1 not in self.spans:
            j -= 1  # "Anggaran Pendapatan dan Belanja Negara": within a thing's title
        things, bodies = self.lex.thing_heads, self.lex.body_heads
        head, own = lower[j], lower[i]
        before = words[j - 1] if j > 0 else ""
        if head in things and (j < i or head not in bodies) or \
                own in things and own not in bodies or \
                before.islower() and before in things and before not in bodies:
            return None  # ("Rapat Terbatas", "Dalam Telegram tersebut", "mobil Pajero"; but
            # "Badan Riset Nasional" may be a body)
        if j < i and len(head) > 6 and head.endswith("an") and head.startswith("pe"):
            return None  # "Penanaman Modal Asing": inside the title of an act
        if lower[k - 1] in self.lex.place_heads or \
                i > 0 and lower[i - 1] in self.lex.place_prefixes:
            return None  # "Times Square", "7th Avenue", "Desa Kijang": a place
        if k < n and words[k] in ("(",) and k - i == 1 and not is_aged:
            return None  # "Hanoi, Senin (21/8)"-like place before a date
        first = lower[i]
        if k - i == 1 and first in self.res.trigger_index:
            return None  # "OTT", "Demo": an event word, not a name
        if len(first) > 6 and first.endswith("an") and first.startswith(("pe", "ke")):
            return None  # "Pembakaran Al-Quran itu ...": a nominalisation, not a name
        if k - i == 1 and words[i].isupper() and not self._subject_before_verb(k, i) \
                and not (k < n and lower[k] == "yang") and not initialled:
            return None  # an unknown acronym (BBM, PTDH, OTT) is a thing until it acts
        name = self.text(i, k)
        ref = ActorRef(name, self.home + "CVL", self.home, "CVL", None, "unknown")
        if is_aged or initialled:  # a name given with an age, or initials given as such, is
            for part in words[i:k]:  # that person's later, even a common word
                self.memory.names[part] = ref
        mention = ActorMention(i, k, name, ref, "name", person=self._personal(k))
        body = self._unknown_body(mention, strict=True) if k - i >= 2 else None
        if body is None:
            return mention, k
        for j in range(i, k):  # "CT ARSA Foundation bekerja sama ...": an NGO, and "CT
            if lower[j] not in self.lex.ngo_heads:  # ARSA" or "CT Arsa" later is that body
                for part in {words[j], words[j].title() if len(words[j]) > 3 else words[j]}:
                    self.memory.names[part] = body.ref
        return body, k

    def _police_rank(self, prev: ActorMention, m: ActorMention) -> ActorMention:
        """"Irwasum Polri Brigjen Hadi Utomo": a rank both forces use, right after a police
        body, is a police officer's."""
        if prev.end != m.start or prev.ref.sector != "COP" or \
                self.lower[m.start] not in _SHARED_RANKS:
            return m
        ref = replace(m.ref, code=(m.ref.country or "") + "COP", sector="COP")
        return replace(m, ref=ref)

    def _shared_head(self, prev: ActorMention, m: ActorMention) -> ActorMention:
        """"Tentara India dan Pakistan", "pasukan Rusia dan Ukraina": a bare country joined to
        a group of another country is that group of its own (a title of one person, "Menlu
        Rusia dan China", leaves the country as it is)."""
        p = prev.ref
        if prev.end != m.start - 1 or self.lower[prev.end] not in ("dan", "serta") or \
                prev.how != "title" or prev.person or p.kind != "agent" or not p.country or \
                p.country == m.ref.country or not m.ref.country or p.sector in (None, "UNK"):
            return m
        return replace(m, ref=with_country(p, m.ref.country), how="title")

    def _initials_role(self, prev: ActorMention, m: ActorMention) -> ActorMention:
        """"ASN berinisial BA", "jurnalis berinisial HM": the initials are of one in the role
        named just before ("berinisial" between), who keeps its country and sector; the role
        and the initials become one mention of that person."""
        if m.start < 2 or prev.end != m.start - 1 or \
                self.lower[m.start - 1] not in _INITIALLED or prev.ref.kind != "agent":
            return m
        ref = replace(m.ref, code=prev.ref.code, country=prev.ref.country,
                      sector=prev.ref.sector)
        for part in self.words[m.start:m.end]:
            self.memory.names[part] = ref
        return ActorMention(prev.start, m.end, self.text(prev.start, m.end), ref, "title",
                            person=True)  # (the role and the initials are one mention)

    def _personal(self, k: int) -> bool:
        """Does what follows an unknown name show a person: an age ("Colleen Hoffman (69)")
        or a verb of saying ("Beth Zasloff, mengatakan")? Then "ia" can refer to it."""
        w = self.words
        if aged(w, k):
            return True
        j = k + 1 if k < len(w) and w[k] == "," else k
        return j < len(w) and self.lower[j] in self.lex.speech_verbs

    def _needs_country(self, m: ActorMention) -> bool:
        """An agent that took the home country by default (no country of its own)."""
        if m.ref.country != self.home:
            return False
        if m.how == "title" and m.ref.kind == "agent" and m.ref.actor_id:
            return self.res.actors[m.ref.actor_id].country is None
        return m.how == "dict" and m.ref.kind == "institution" and m.text.islower()

    def _localise(self, out: list[ActorMention]) -> list[ActorMention]:
        """Agents that got the home country by default take the foreign country of the
        sentence's titled actors when there is exactly one ("Polisi Kenya ... demonstran");
        a bare country name ("... menuduh Israel") does not count."""
        home = self.home  # (only an actor of the home country can need another)
        for m in out:
            if m.ref.country == home and self._needs_country(m):
                break
        else:
            return out
        foreign = {m.ref.country for m in out if m.ref.country not in (None, self.home) and
                   (m.how == "title" and m.ref.sector not in ("CVL", "CRM") or
                    m.how == "dict" and m.ref.kind in ("institution", "organization", "person"))}
        # (foreign citizens, "dua warga negara China dideportasi oleh Imigrasi", do not make
        # the officials around them foreign)
        foreign = {c for c in foreign if is_state(c)}
        by_place = False
        if not foreign:
            foreign, by_place = self._foreign_places(), True  # "Pelaku ... di Peshawar"
        if len(foreign) != 1:
            return out
        (country,) = foreign
        fixed = []
        for m in out:
            generic = self._needs_country(m) and not (
                by_place and (m.person or m.ref.actor_id in self.lex.envoy_titles))
            # (an official abroad keeps their country: "Menlu tiba di Moskow"; and so does an
            # embassy: "Kedutaan Besar di Arab Saudi" is Indonesia's)
            if generic and not self._explicit_home(m):
                m = ActorMention(m.start, m.end, m.text, with_country(m.ref, country), m.how,
                                 m.plural, m.person, m.group)
            fixed.append(m)
        return fixed

    def _foreign_places(self) -> set[str]:
        """Countries of the places the sentence locates itself in ('di X', 'ke X')."""
        found: set[str] = set()
        lower, words, place_at = self.lower, self.words, self.lex.place_at
        if _DI_KE.isdisjoint(lower):
            return found
        firsts = self.lex.place_firsts
        for i in [i for i, low in enumerate(lower[:-1]) if low == "di" or low == "ke"]:
            for j in range(i + 1, min(len(words), i + 5)):
                n, ids = place_at(words, j) if words[j] in firsts else (0, ())
                if n:
                    countries = {self.res.places[x].country for x in ids}
                    if len(countries) == 1:
                        found |= countries
                    break
        return {c for c in found if c and c != self.home}

    def _explicit_home(self, m: ActorMention) -> bool:
        """Does the mention name the home country, or a home place as its origin ("pria
        asal Garut" in a story from Johor stays Indonesian)?"""
        return any(self.spans.get(k) and self.spans[k].entry.country == self.home or
                   self.lower[k - 1] in ("dari", "asal") and
                   (self._place_country(k) or ("",))[0] == self.home
                   for k in range(m.start + 1, m.end))

    def _subject_before_verb(self, k: int, i: int = 0) -> bool:
        """A lone capitalised word is a name when a verb follows it ("Berangus dijerat",
        "Iskandar meminta") and it is not itself a verb form."""
        first = self.lower[i]
        if k >= len(self.words) or first.startswith(("me", "di", "ber", "ter", "pe", "se")):
            return False
        nxt = self.lower[k]
        return len(nxt) > 4 and nxt.startswith(("di", "me", "ber", "ter")) and \
            nxt not in _NOT_VERBS or nxt in self.lex.speech_verbs

    def run(self) -> list[ActorMention]:
        out: list[ActorMention] = self.out
        i = 0
        words, spans, coref = self.words, self.spans, self.coref_words
        lower_starts = self.lex.lower_starts
        document_heads = self.lex.document_heads
        # where a rule can start: dictionary phrases, capitalised words (names, and the name
        # parts and short forms in memory, which are capitalised), pronouns
        lower, n, place_at = self.lower, len(words), self.lex.place_at
        memory, res = self.memory, self.res  # (read once: each read is a lookup, compiled too)
        name_word, names, place_firsts = self.name_word, memory.names, self.lex.place_firsts
        starts = [k for k, w in enumerate(words)  # (no word is empty: w[0] is its first letter)
                  if _isupper(w[0]) or k in spans or lower[k] in lower_starts]
        for k in starts:
            if k < i:
                continue
            i = k
            w = words[i]
            if lower[i] in document_heads and i not in spans and w[:1].isupper():
                # "Surat Perintah Penyidikan Khusus", "UU Nomor 1 Tahun 2024 tentang ITE": a
                # document's title, kept as a mention so that its words trigger nothing
                end = self._document_end(i + 1)
                text = self.text(i, end)
                how = "document-act" if lower[i] in self.lex.act_documents \
                    else "document"  # "Surat Penetapan Tersangka" records the act itself
                out.append(ActorMention(i, end, text, ActorRef(text, None, None, None, None,
                                                               "document"), how))
                i = end
                continue
            span = spans.get(i)
            if span is not None:
                found = self._at_span(i, span)
            elif lower[i] == "kelompok" and (group := self._the_group(i)) is not None:
                found = group
            elif name_word[w]:
                found = self._at_name(i)
            elif lower[i] in coref or w in names or w.isupper():
                found = self.coref(i)  # (a pronoun, a name met before or initials)
            else:
                found = None
            if found is None:
                i += max(1, place_at(words, i)[0]) if w in place_firsts else 1
                continue
            mention, i = found
            if out and mention.how == "name":
                mention = self._initials_role(out[-1], mention)
                if mention.start == out[-1].start:  # "selebgram berinisial AL": one person
                    memory.forget(out.pop())
            elif out and mention.how == "title" and mention.ref.sector == "MIL":
                mention = self._police_rank(out[-1], mention)
            elif out and mention.ref.kind == "country":
                mention = self._shared_head(out[-1], mention)
            merged = None
            if out and (0 < mention.start - out[-1].end <= 2 or  # (both merges need this: a
                        self._capacity_end(out[-1].end) == mention.start or
                        words[out[-1].end] == "," and  # word or two between, "Menlu Iran,
                        self._degrees_from(out[-1].end + 1) == mention.start):  # Abbas
                # Araghchi", "Adi Susanto selaku Ketua KPU"; or degrees, "Dirut X, Prof. Dr. Y")
                merged = self._title_apposition(out[-1], mention) or \
                    self._in_capacity(out[-1], mention)
            if merged:
                memory.forget(out[-1])
                out[-1] = merged
            else:
                out.append(mention)
            if out[-1].how == "locative":  # "di depan Istana Merdeka": a place, not a party,
                memory.note_place(out[-1])  # but "ke Moskow" names a state for "kedua negara"
            else:
                memory.note(out[-1], res)
                if i < n and words[i] == "(":  # (both look into brackets right after it)
                    i = self._short_form(out[-1], i)
                    echoed = self._echo(out[-1], i)
                    if echoed:  # "Tentara Nasional Indonesia (TNI) dan ...": one mention
                        out[-1], i = echoed, echoed.end
                if i < n and lower[i] in _NICKNAME_OPENERS:
                    i = self._nickname(out[-1], i)
        if not out:
            return out  # (nothing to remember, give members or localise)
        self._note_subject(out)
        return self._localise(self._affiliated(self._instances(out)))

    def _note_subject(self, out: list[ActorMention]) -> None:
        """Remember the person a sentence opens on, the likeliest one for "Dia ..." at the
        start of the next ("Sarmuji menilai penggunaan Maung tepat. Dia pun mengusulkan ..."
        is Sarmuji, not Maung, the person named last)."""
        first = None  # the first mention that is no place
        for m in out:
            if m.how != "locative":
                first = first or m
                if m.person or m.ref.kind == "person":
                    break
        else:
            return  # no person named
        if not (first.person or first.ref.kind == "person"):
            self.memory.subject = None  # (the sentence opens on someone else)
            return
        opening = all(self.words[k] in _OPENERS or self.words[k] == "," or
                      self.lower[k] in _SENTENCE_ADVERBS for k in range(first.start))
        self.memory.subject = first.ref if opening else None
        self.memory.subject_turn = self.memory.turn

    def _instances(self, out: list[ActorMention]) -> list[ActorMention]:
        """Names given as instances of a group ("geng-geng kriminal seperti Los Pulpos dan
        Tren de Aragua", "partai yakni ...") take the group's country and sector."""
        if _INSTANCE_WORDS.isdisjoint(self.lower):
            return out  # (no "seperti", "yakni": no group is given members)
        fixed, head, members = [], None, []
        for m in out:
            before = self.lower[m.start - 1] if m.start > 0 else ""
            if members and before in ("dari", "asal") and m.ref.kind == "country" and \
                    fixed[members[-1]].end == m.start - 1:
                for x in members:  # "... seperti Los Pulpos dan Tren de Aragua dari Venezuela"
                    fixed[x] = self._renote(fixed[x], with_country(fixed[x].ref,
                                                                   m.ref.country))
            if before in _INSTANCE_WORDS and fixed and fixed[-1].ref.kind == "agent" and \
                    fixed[-1].end == m.start - 1:
                head, members = fixed[-1].ref, []
            elif before not in ("dan", ",", "serta", "atau"):
                head, members = None, []
            if head is not None and m.how == "name" and m.ref.kind == "unknown":
                m = self._renote(m, ActorRef(m.ref.name, head.code, head.country, head.sector,
                                             None, "organization"), "instance")
                members.append(len(fixed))
            fixed.append(m)
        return fixed

    def _affiliated(self, out: list[ActorMention]) -> list[ActorMention]:
        """A person no dictionary knows, followed by where they work and a foreign country
        ("Prof Mike Hardy dari Centre for Peace and Security, Coventry University, Inggris,
        yang ..."), is of that country; the names of the affiliation and its country are no
        actors of their own."""
        lower, words = self.lower, self.words
        if "dari" not in lower:
            return out
        for x, m in enumerate(out):
            if m.how != "name" or m.ref.kind != "unknown" or m.end + 1 >= len(words) or \
                    lower[m.end] != "dari":
                continue
            y = next((y for y in range(x + 1, len(out)) if out[y].how != "name"), None)
            if y is None or out[y].ref.kind != "country" or not is_state(out[y].ref.country) \
                    or out[y].ref.country == m.ref.country or \
                    out[y].start - m.end > _AFFILIATION_SPAN or \
                    not all(words[k][:1].isupper() or lower[k] in _AFFILIATION_LINKS
                            for k in range(m.end + 1, out[y].start)):
                continue
            for inner in out[x + 1:y + 1]:
                self.memory.forget(inner)
            return out[:x] + [self._renote(m, with_country(m.ref, out[y].ref.country))] + \
                out[y + 1:]
        return out

    def _renote(self, m: ActorMention, ref: ActorRef, how: str | None = None) -> ActorMention:
        """The mention with a better reference, put in the article's memory instead of the
        old one."""
        new = replace(m, ref=ref, how=how or m.how)
        self.memory.forget(m)
        self.memory.note(new, self.res)
        return new

    def _residence(self, span: Span) -> bool:
        """", warga Desa Kijang,": after a comma and before a place, "warga" describes the
        person named before it; it is no party of its own."""
        w, i, j = self.words, span.start, span.end
        if i == 0 or w[i - 1] != "," or j >= len(w) or \
                span.entry.id not in self.lex.resident_agents:
            return False
        if self.lower[j] in self.lex.place_prefixes:
            j += 1  # "warga Desa Kijang", "warga Kecamatan Praya" (but "warga desa melapor")
            return j < len(w) and w[j][:1].isupper()
        return bool(self.lex.place_at(w, j)[0])

    def _document_end(self, j: int) -> int:
        """End of a document's title: capitalised words, numbers and the small words inside
        titles ("Raperda tentang Insentif dan Kemudahan Berinvestasi", "UU Nomor 1 Tahun
        2024")."""
        w = self.words
        while j < len(w) and (w[j][:1].isupper() or w[j][:1].isdigit() or
                              self.lower[j] in _TITLE_WORDS and j + 1 < len(w) and
                              (w[j + 1][:1].isupper() or w[j + 1][:1].isdigit())):
            j += 1
        return j

    def _nickname(self, mention: ActorMention, i: int) -> int:
        """"Aminullah atau kerap disapa JQ", "Saifullah Yusuf, yang akrab disapa Gus Ipul": the
        name a person is called by names them for the rest of the article ("JQ juga
        mempermasalahkan ..."); returns the position after it, or i when none follows. A bare
        "dipanggil" needs its adverb ("Budi dipanggil Rina": summoned by her)."""
        words, lower, n = self.words, self.lower, len(self.words)
        if not (mention.person or mention.how == "name"):
            return i
        j = i + (i < n and words[i] == ",")
        j += j < n and lower[j] in ("atau", "yang")
        adverb = j < n and lower[j] in _NICKNAME_ADVERBS
        j += adverb
        if j + 1 >= n or not (lower[j] == "disapa" or adverb and lower[j] == "dipanggil") or \
                j + 1 in self.spans:
            return i
        k = self._names(j + 1)
        for x in range(j + 1, k):
            self.memory.names[words[x]] = mention.ref
        return k if k > j + 1 else i

    def _short_form(self, mention: ActorMention, i: int) -> int:
        """"Ridwan Kamil (RK)": the letters in brackets after a person name that person for
        the rest of the article; returns the position after the brackets."""
        unknown_body = mention.ref.kind == "organization" and mention.ref.actor_id is None
        short = self._bracketed(i) if mention.person or mention.how == "name" or \
            unknown_body else None  # ("Jaringan Pemantau Hutan (JPH)", an NGO by its head)
        if not (short and short.isupper() and 2 <= len(short) <= 6 and
                i + 1 not in self.spans and _initials_of(short, mention.ref.name)):
            return i
        if not mention.person:
            body = self._unknown_body(mention)
            if body is None:
                return i  # ("Makan Bergizi Gratis (MBG)": a programme, not a party)
            self.out[-1] = body  # "Jaringan Pemantau Hutan Nusantara (JPHN)": an NGO
            self.memory.forget(mention)
            self.memory.note(body, self.res)
            mention = body
        self.memory.names[short] = mention.ref
        return i + 3

    def _unknown_body(self, mention: ActorMention, strict: bool = False) -> ActorMention | None:
        """An unknown name that defines its short form and begins or ends with the word of a
        civil-society body ("Jaringan ...", "Koalisi ...", "... Watch") as an NGO. `strict`
        (a name of two words or more with no short form, "CT ARSA Foundation"): not by a word
        that also heads other bodies and programmes ("Gerakan Pangan Murah", "Forum ...")."""
        parts = mention.ref.name.lower().split()
        heads = self.lex.ngo_only_heads if strict else self.lex.ngo_heads
        c = mention.ref.country or self.home
        if strict and len(parts) >= 2 and parts[0] in self.res.lists().gov_body_heads:
            ref = ActorRef(mention.ref.name, c + "GOV", c, "GOV", None, "institution")
            return replace(mention, ref=ref, how="dict", person=False)  # "Direktorat
            # Kepatuhan Internal": a government office the dictionary does not know
        if parts[0] not in heads and parts[-1] not in heads:
            return None
        ref = ActorRef(mention.ref.name, c + "NGO", c, "NGO", None, "organization")
        return replace(mention, ref=ref, how="dict", person=False)

    def _echo(self, mention: ActorMention, i: int) -> ActorMention | None:
        """The mention extended over a bracketed short form of the same entry right after it
        ("Tentara Nasional Indonesia (TNI)"), so that a list goes on past the brackets."""
        w = self.words
        span = self.spans.get(i + 1)
        if i + 2 >= len(w) or w[i] != "(" or span is None or span.end != i + 2 or \
                w[i + 2] != ")":
            return None
        same = mention.ref.actor_id is not None and span.entry.id == mention.ref.actor_id
        country = span.entry.kind == "country" and mention.ref.kind == "agent" and \
            span.entry.country == mention.ref.country  # "Warga Amerika Serikat (AS)"
        return replace(mention, end=i + 3) if same or country else None

    def _in_capacity(self, name: ActorMention, title: ActorMention) -> ActorMention | None:
        """'Adi Susanto selaku Ketua KPU Labuhanbatu Utara', 'Fakhrian, yang juga menjabat
        Menteri Sosial dan Politik BEM KM Unissula': an unknown name followed by "selaku" or
        "yang menjabat" and a bare title (no name of its own) is the holder of that office."""
        if name.how != "name" or name.ref.actor_id is not None or \
                name.ref.kind not in ("person", "unknown") or \
                self._capacity_end(name.end) != title.start or title.how != "title" or \
                title.ref.kind != "agent" or not title.person:
            return None
        ref = holder(name.ref.name, title.ref)
        return ActorMention(name.start, title.end, self.text(name.start, title.end), ref,
                            "apposition", person=True)

    def _capacity_end(self, k: int) -> int | None:
        """Where the title starts after "selaku" or ", yang (juga) menjabat (sebagai)" at k;
        None when neither stands there."""
        lower, n = self.lower, len(self.lower)
        if k < n and lower[k] == "selaku":
            return k + 1
        j = k + (k < n and lower[k] == ",")
        if j >= n or lower[j] != "yang":
            return None
        j += 1 + (j + 1 < n and lower[j + 1] in ("juga", "kini", "sekarang"))
        if j >= n or lower[j] != "menjabat":
            return None
        return j + 1 + (j + 1 < n and lower[j + 1] == "sebagai")

    def _title_apposition(self, title: ActorMention, name: ActorMention) -> ActorMention | None:
        """'timpalannya dari Filipina, Enrique Manalo,': a title without a name, then the name
        between commas, is one person."""
        genitive = title.how == "title" and title.ref.kind == "person" and \
            title.ref.actor_id is None and " " not in title.ref.name
        # ("Pengacara RK, Muslim ...": RK is the client, Muslim the lawyer; "Rektor Undip,
        # Suharnomo,": Undip is the university)
        ranked = name.how == "title" and name.ref.kind == "person" and \
            name.ref.actor_id is None  # "Kepala Kepolisian Peru, Jenderal Oscar Arriola,"
        start = title.end + 1  # (a Balinese name's particle may stand apart: "Wali Kota
        prefix = name.start == start + 1 and self.words[start] in _NAME_PREFIXES  # Denpasar,
        if prefix:  # I Gusti Ngurah Jaya Negara")
            start += 1
        elif self._degrees_from(start) == name.start:
            start = name.start  # "Rektor UGM, Prof Ova Emilia,", "Direktur Utama AirNav
            # Indonesia, Capt. Avi ...": degrees and honorifics before the name
        if (title.ref.kind != "agent" and not genitive) or \
                not (title.person or self._one_from(title)) or \
                name.start != start or self.words[title.end] != "," or \
                (name.how not in ("dict", "name") and not ranked) or \
                name.ref.kind not in ("person", "unknown"):
            return None
        if name.end < len(self.words) and self.words[name.end] not in (",", ".", ")", "(") and \
                not self.words[name.end].islower():
            return None  # the name is followed by its predicate, a comma or the end
        t, n = title.ref, name.ref
        full = f"{self.words[title.end + 1]} {n.name}" if prefix else n.name
        former = title.start > 0 and self.lower[title.start - 1] in self.lex.former_words
        ref = titled_ref(self.res.actors[n.actor_id], self.on, title.text) \
            if n.actor_id and n.kind == "person" and not former else \
            n if n.actor_id else holder(full, t)  # ("Mantan Gubernur Jawa Barat, Ridwan
        # Kamil": the former governor, an elite, whatever the title says)
        if genitive:
            self.memory.names.pop(title.ref.name, None)
        return ActorMention(title.start, name.end, self.text(title.start, name.end), ref,
                            "apposition", person=True)

    def _degrees_from(self, k: int) -> int:
        """Past the academic degrees and ranks that stand before a name from k ("Prof.
        Dr.", "dr", "Capt."), if there is one."""
        n, first = len(self.words), k
        while k < n and (self.lower[k] in _DEGREES_AND_RANKS or
                         self.words[k] == "." and k > first):
            k += 1
        return k

    def _workplace_end(self, title: ActorMention, end: int) -> int | None:
        """The end of "<occupation> di <workplace>," in apposition after a name ("Herfi
        Hervian, guru di sekolah korban, mengatakan"): a common noun of an occupation (no
        civilian, criminal or generic one) and where the person does it, up to the closing
        comma; None if it is not that."""
        lower, n = self.lower, len(self.lower)
        if title.how != "title" or title.ref.kind != "agent" or \
                title.ref.sector in (None, "CVL", "CRM", "UNK") or end >= n or \
                lower[end] != "di":
            return None
        k = end + 1
        while k < min(n, end + _WORKPLACE_SPAN) and lower[k].isalpha():
            k += 1
        return k if k < n and lower[k] == "," else None

    def _one_from(self, title: ActorMention) -> bool:
        """A common noun that names one person by their origin ("diplomat asal Ekuador",
        "seorang pengusaha asal Osaka") or nationality ("Sergei Ivanov, warga negara Rusia,"):
        a name in apposition is that person's."""
        return title.how == "title" and title.ref.kind == "agent" and (
            "asal" in self.lower[title.start:title.end] or
            any((sp := self.spans.get(k)) is not None and sp.entry.kind == "country" and
                not sp.entry.place for k in range(title.start + 1, title.end)))

    def _emblem_before(self, i: int) -> bool:
        """Is a thing that bears a body's name right before i ("seragam TNI", "plat nomor
        Polri")?"""
        emblems, low = self.lex.emblem_nouns, self.lower
        return i > 0 and (low[i - 1] in emblems or
                          i > 1 and low[i - 1] in ("nomor", "dinas") and
                          low[i - 2] in emblems)  # "berpelat dinas Polri"

    def _at_name(self, i: int) -> tuple[ActorMention, int] | None:
        """A mention starting on a name word outside the dictionary phrases: an apposition,
        a name met before or initials, else an unknown name."""
        w = self.words[i]
        if i == 0 or self.words[i - 1] != ",":
            found = self.apposition(i)
            if found:
                return found
        # (coref finds nothing but for a pronoun, a name met before or initials)
        found = self.coref(i) if self.lower[i] in self.coref_words or \
            w in self.memory.names or w.isupper() else None
        return found or self.unknown_name(i)

    def _at_span(self, i: int, span: Span) -> tuple[ActorMention, int] | None:
        """A mention starting on a dictionary phrase."""
        if span.end - span.start == 1 and span.entry.kind == "country":
            known = self.memory.names.get(self.words[i])
            if known is not None and known.kind in ("person", "unknown"):
                return self._name_run(i)  # "Vatikan (27) ... Vatikan berharap": the rider
        entry = span.entry
        if i > 0 and self._emblem_before(i) and \
                entry.kind in ("institution", "organization", "agent", "country"):
            text = self.text(i, span.end)  # "plat nomor Polri": the plate, not the police
            thing = ActorRef(text, None, None, None, None, "document")
            return ActorMention(i, span.end, text, thing, "document-emblem"), span.end
        if entry.kind == "agent":
            if self._residence(span) or \
                    self.words[i] in self.lex.place_firsts and \
                    self.lex.place_at(self.words, i)[0] > span.end - span.start:
                return None  # "Raja Ampat" is a regency, not a king
            return self.title_chunk(span)
        ref = entry_ref(entry, self.on)
        end = span.end
        if entry.kind == "institution" and i > 0 and self.words[i - 1] == "anggota" and \
                self._names(end) > end and not self.lex.place_at(self.words, end)[0]:
            k = self._names(end)  # "anggota Komisi II DPR RI Ahmad Doli Kurnia": the member
            person = holder(self.text(end, k), ref)
            return ActorMention(i, k, self.text(i, k), person, "title", person=True), k
        if entry.id in self.lex.office_prefixes and \
                (named := self._office_name(end)) > end:
            end = named  # "Dinas Sosial Kendal": one office, by its name
            ref = ActorRef(self.text(i, end), ref.code, ref.country, ref.sector, ref.actor_id,
                           ref.kind)
        elif entry.id in self.lex.region_bodies and (named := self._region_name(end)) > end:
            end = named  # "Polsek Panawangan": the body of a region the gazetteer lacks
            ref = ActorRef(self.text(i, end), ref.code, ref.country, ref.sector, ref.actor_id,
                           ref.kind)
        elif entry.kind in ("institution", "organization") and ref.sector == "BUS" and \
                (unit := self._company_unit(end)) > end:
            end = unit  # "Pertamina Patra Niaga Regional Sumbagsel": the company, by a unit
        elif entry.id in self.lex.missions and end in self.spans and \
                self.spans[end].entry.kind == "country":
            end = self.spans[end].end  # "KBRI Islamabad", "KBRI Pakistan": Indonesia's
            # embassy, by its seat or host country
        elif entry.kind in ("institution", "organization") and end in self.spans and \
                self.spans[end].entry.kind == "country" and not self.spans[end].entry.place:
            ref = with_country(ref, self.spans[end].entry.country)  # "Kemlu China"
            end = self.spans[end].end
        elif entry.country and entry.country != self.home and \
                self.text(i, end).lower() in self.lex.generic_names:
            # "Mahkamah Agung" in a report on the US: that state's body, not Indonesia's entry
            ref = ActorRef(self.text(i, end), self.home + (ref.sector or ""), self.home,
                           ref.sector, None, ref.kind)
        how = "dict"
        if (entry.place or entry.kind == "country") and self._locative_before(i) or \
                self._inside_landmark(i, end):
            how = "locative"  # "di Iran", "ke Moskow": a place; only a 'ke' frame takes it
        return ActorMention(i, end, self.text(i, end), ref, how,
                            person=entry.kind == "person"), end


def find_actors(tokens: tuple[Token, ...], res: Resources, on: date | None, memory: Memory,
                home: str = "IDN", spans: list[Span] | None = None,
                le_sector: str | None = None) -> list[ActorMention]:
    """Actor mentions of one sentence, left to right; updates the article's memory.
    `spans` are the sentence's dictionary spans when the caller already has them;
    `le_sector` the sector of the article's main law-enforcement institution."""
    words = [t.text for t in tokens]
    return find_actors_in_words(words, [w.lower() for w in words], res, on, memory, home,
                                spans, le_sector)


def find_actors_in_words(words: list[str], lowered: list[str], res: Resources,
                         on: date | None, memory: Memory, home: str = "IDN",
                         spans: list[Span] | None = None, le_sector: str | None = None
                         ) -> list[ActorMention]:
    """`find_actors` from the tokens' texts and their lower case."""
    return _Chunker(words, lowered, res, on, memory, home, spans, le_sector).run()
