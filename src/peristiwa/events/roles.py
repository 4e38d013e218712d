"""Find the source and target of a trigger: voice, prepositions, compounds, relative clauses,
shared subjects, and speakers of quotes and reported speech."""

from __future__ import annotations

from peristiwa.actors.recognize import _INSTANCE_WORDS
from peristiwa.actors.resolve import holder
from peristiwa.actors.spans import _NUMBER_WORDS
from peristiwa.events.triggers import Trigger, active_verb
from peristiwa.records import ActorMention, ActorRef
from peristiwa.resources import Resources
from peristiwa.text.tokens import QUOTE_MARKS

_SKIP_BEFORE_OBJECT = frozenset(
    "para sejumlah beberapa seluruh semua sang pihak kepada terhadap dengan itu ini tersebut "
    "keras secara tegas langsung resmi kembali juga pun pak bapak bu ibu sdr saudara "
    "kantor markas gedung iup iupk hgu hgb".split()  # ("menyambangi Kantor Kementerian PU":
)  # the ministry; "mencabut IUP empat perusahaan": the companies holding the licences)
_CASE_WORDS = frozenset("kasus perkara terkait tentang mengenai".split())  # (not "soal", which
# also opens a clause: "merespons soal partai politik memintanya ...")
_REPORTS = frozenset("laporan keterangan data catatan rilis pernyataan sumber".split())
_SHARED_SUBJECT = frozenset(("dan", "serta", "lalu", "kemudian", "sekaligus", ","))
WINDOW = 6  # tokens between a trigger and its preposition / object


def _breaks(res: Resources) -> frozenset[str]:
    """The words and marks that end a clause (lexicon clause_breaks, ";" and ":")."""
    return res.word_set("clause_breaks") | {";", ":"}


_BREAK_EXCEPTIONS = frozenset(("sementara", "sejak", "selama"))  # (see View._is_break)


class View:
    """A sentence's words and actor mentions, with the lookups the role rules need.

    (A plain class with slots, not a dataclass: the `__init__` a dataclass writes is
    interpreted Python even in the compiled build, and one View is made per sentence with a
    trigger; the rules read its attributes many times, through slots.)"""

    __slots__ = ("words", "mentions", "res", "lower", "at", "places", "breaks", "lists",
                 "_breaks")

    def __init__(self, words: list[str], mentions: list[ActorMention], res: Resources,
                 lower: list[str] | None = None) -> None:
        self.words = words
        self.mentions = mentions
        self.res = res
        # the words in lower case (made here when not given)
        self.lower: list[str] = [w.lower() for w in words] if lower is None else lower
        at: dict[int, ActorMention] = {}  # actors that can fill a role
        places: dict[int, ActorMention] = {}  # "ke Moskow": only a 'ke' frame takes it
        for m in mentions:
            table = places if m.how == "locative" else at
            for k in range(m.start, m.end):
                table[k] = m
        self.at, self.places = at, places
        self.breaks = res.derived("clause_breaks", _breaks)  # (asked by every sentence
        # with a trigger)
        self.lists = res.lists()  # the word lists, by attribute
        self._breaks: list[bool] | None = None  # is_break of each token, made when first asked

    def is_break(self, k: int) -> bool:
        table = self._breaks
        if table is None:
            table = self._breaks = self._break_table()
        return table[k] if k >= 0 else self._is_break(k)

    def _break_table(self) -> list[bool]:
        """is_break of each token, worked out once: the rules ask it about the same tokens
        again and again (the exceptions, "sementara", "sejak", "selama", are asked in full)."""
        breaks, words, lower = self.breaks, self.words, self.lower
        table = [w in breaks for w in lower]
        if not QUOTE_MARKS.isdisjoint(words):  # (a quote mark ends a clause too; most
            for k, w in enumerate(words):  # sentences have none: one test in C)
                if w in QUOTE_MARKS:
                    table[k] = True
        if not _BREAK_EXCEPTIONS.isdisjoint(lower):
            for k, w in enumerate(lower):
                if w in _BREAK_EXCEPTIONS:
                    table[k] = self._is_break(k)
        return table

    def _is_break(self, k: int) -> bool:
        w = self.lower[k]
        if w == "sementara" and k > 0 and len(self.lower[k - 1]) > 4 and \
                self.lower[k - 1].startswith(("me", "di", "ber")):
            return False  # "menghentikan sementara": temporarily, not "while"
        if w in ("sejak", "selama") and self.lower[k + 1:k + 2] and \
                self.lower[k + 1] in ("lama", "awal", "dulu", "ini", "itu"):
            return False  # "Trump yang sejak lama mendesak ...": long since, an adverb
        return w in self.breaks or self.words[k] in QUOTE_MARKS

    def group_ending_at(self, k: int) -> list[ActorMention]:
        """The compound ("A, B dan C") whose last member covers token k."""
        m = self.at.get(k)
        if m is None:
            return []
        group = [m]
        j = m.start - 1
        while j > 0 and self.lower[j] in ("dan", "serta", ",", "&") and (j - 1) in self.at:
            prev = self.at[j - 1]
            if prev in group:
                break
            if self.words[j] == "," and (_apposition_comma(self, j) or
                                         self._cited_before(prev.start) or
                                         self._closes_fronted(j) or
                                         self._topic_before(prev.start)):
                break  # "Menurut Kemlu Filipina, kedua negara ...", "Lalu, kata Idas,
                # terduga pelaku ...": a source of what is said, not a member; "Terdakwa
                # kasus ... terkait tudingan ijazah palsu Joko Widodo, Bambang Tri, ...":
                # what the case is about, not a member
            group.insert(0, prev)
            j = prev.start - 1
        return group

    def _closes_fronted(self, j: int) -> bool:
        """Is the comma at j the first of a sentence that opens on a subordinate or
        participial clause ("Melihat capaian yang diraih Prabowo, Akbar menilai ...")?"""
        first = 1 if self.words and self.words[0] in QUOTE_MARKS else 0
        if first >= len(self.words) or "," in self.words[first:j]:
            return False
        w = self.lower[first]
        return w in _FRONTED or len(w) > 5 and w.startswith(("me", "di")) and w.isalpha() and \
            self.words[first][:1].isupper()

    def _cited_before(self, k: int) -> bool:
        """Does a citation ("menurut laporan Los Angeles Times", "kata Idas") lead up to the
        mention starting at k (within four words, no comma between)?"""
        for j in range(k - 1, max(-1, k - 5), -1):
            if self.words[j] == "," or self.is_break(j):
                return False
            if self._cited(j):
                return True
        return False

    def _topic_before(self, k: int) -> bool:
        """Does a word naming a case or topic ("kasus", "terkait", "tentang") lead up to the
        mention starting at k (within five words, no comma between)?"""
        for j in range(k - 1, max(-1, k - 6), -1):
            if self.words[j] == "," or self.is_break(j):
                return False
            if self.lower[j] in _CASE_WORDS:
                return True
        return False

    def _cited(self, k: int) -> bool:
        """Is words[k] 'menurut' or a word of attribution ("kata", "ujar"), or the report of
        "menurut laporan X" / "menurut keterangan X"?"""
        w = self.lower[k]
        return w == "menurut" or w in self.lists.attribution or \
            w in _REPORTS and k > 0 and self.lower[k - 1] == "menurut"

    def group_starting_at(self, k: int) -> list[ActorMention]:
        m = self.at.get(k)
        if m is None:
            return []
        group, j = [m], m.end
        while j + 1 < len(self.words) and self.lower[j] in ("dan", "serta", ",", "&"):
            if self.lower[j] == "," and self.lower[j + 1] in ("dan", "serta") and \
                    len(group) >= 2:
                j += 1  # "India, Prancis, Turki, dan Palestina": a comma before the last
            if (j + 1) not in self.at or self.at[j + 1] in group:
                break
            group.append(self.at[j + 1])
            j = self.at[j + 1].end
        return group


def _apposition_comma(view: View, j: int) -> bool:
    """A comma that closes an apposition ("X, Menlu Iran, ...") rather than joining a list."""
    return j + 1 < len(view.words) and j + 1 in view.at and view.at[j + 1].how == "apposition"


def refs(group: list[ActorMention]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for m in group:
        for r in m.refs:
            if r not in out:
                out.append(r)
    return out


_DEGREE = frozenset(("sangat", "amat"))  # "yang sangat mendukung"
_SUBORDINATORS = frozenset("setelah sebelum usai seusai sesudah sambil saat ketika untuk "
                           "sehingga hingga".split())


def left_subject(view: View, k: int) -> list[ActorMention]:
    """Nearest actor group left of token k within the clause. A subordinate clause without
    its own subject shares the main clause's ("Massa bubar setelah membacakan tuntutan")."""
    j = k - 2 if k > 1 and view.lower[k - 1] in _DEGREE else k - 1
    if j >= 0 and view.lower[j] == "yang":  # "Partai yang mendukung Prabowo", "alamnya yang
        return view.group_ending_at(j - 1) if j - 1 >= 0 else []  # sangat mendukung"
    j = k - 1
    crossed = relative = False
    topic: list[ActorMention] = []
    purpose = any(view.lower[x] == "untuk" for x in range(max(0, k - 3), k))
    while j >= 0:
        if view.lower[j] == "yang":
            relative = True  # inside a relative clause: its head may follow a preposition
        if view.words[j] == ",":
            opening = _relative_opening(view, j)
            if opening is not None:  # "polisi itu, yang disebutnya diserang oleh massa, telah
                j, relative = opening - 1, True  # ditahan": the head before the relative
                continue  # clause
        if j in view.at and crossed and _passive_agent(view, view.at[j]) and not topic:
            if not _passive_word(view.lower[k]):
                topic = view.group_ending_at(j)  # (the agent only if no subject comes
            j = view.at[j].start - 2  # before: "diungkapkan Prabowo saat memberikan arahan")
            continue  # "X ditembak polisi saat ditangkap", "turis Kanada ditangkap polisi
            # setelah melukai petugas": X and the tourist, not the police
        if j in view.at and view.at[j].start > 0 and view._cited(view.at[j].start - 1) and \
                view.at[j].end < k and view.words[view.at[j].end] == ",":
            j = view.at[j].start - 2  # "Kata Hendra, risiko keselamatan mengancam ...": the
            continue  # one quoted is not the subject of what he says
        if j in view.at and not _in_role_phrase(view, j):
            group = view.group_ending_at(j)
            first = group[0].start
            if first > 0 and view.lower[first - 1] in ("di", "ke") and not (
                    first > 1 and view.lower[first - 2] in view.lists.first_person):
                j = first - 2  # "Kehadiran Eddy di Unsrat disambut ...": where, not who (but
                continue  # "kami di Komisi III mengapresiasi ...": the speaker's body)
            if first > 2 and view.lower[first - 1] in ("dari", "atas") and \
                    view.lower[first - 2] == "terdiri" and not topic:
                topic, j = group, first - 3  # "Majelis ... yang terdiri dari Kiai dan Nyai
                continue  # bertemu dengan ...": the body its members make up
            if view._topic_before(first):
                if topic:
                    return topic  # ("kasus guru Mansur": all of it is the case's)
                topic, j = group, first - 1  # "Bambang Tri, terpidana kasus ... terkait
                continue  # tudingan ijazah palsu Joko Widodo, mengajukan PK": what the case
                # is about is no subject when another actor comes before it ("kasus guru
                # Mansur ... usai divonis": the case's own is)
            if first > 0 and _object_verb(view, first - 1) and \
                    "," in view.words[group[-1].end:k]:
                return topic  # "dalam membantu pemerintah ..., kemudian ditetapkan sebagai
                # tersangka": the helper, not the government, was named a suspect
            passive = _passive_word(view.lower[k])
            visited = object_verb_before(view, first) if not relative and not passive and \
                not crossed else None
            if visited is not None and view.lower[visited] in view.lists.visit_verbs:
                j = visited - 1  # "Ratusan warga mendatangi kantor DPRD menuntut ...": the
                continue  # residents demand; the council is where they went
            verb = object_verb_before(view, first) if passive and not relative and \
                not any(view.lower[x] in _WHEN for x in range(group[-1].end, k)) else None
            if verb is not None:  # ("menyerahkan 45 nelayan Indonesia yang sebelumnya
                j = verb - 1  # ditangkap": a relative clause is said of its head; but "HM
                continue  # diduga mencemarkan nama baik FH ... hingga ditetapkan tersangka":
                # the one who did it, not the one it was done to)
            if first > 0 and view.lower[first - 1] in _OBJECT_PREPS and not relative and \
                    not purpose:
                return topic  # "cekcok antara pelaku dan korban hingga berujung pembunuhan": a
                # prepositional object is no subject of what follows (but "bagi DPR untuk
                # membahas ..." and "kepada Hakim ..., yang telah memeriksa" are)
            if first > 1 and view.lower[first - 1] in ("dari", "asal") and \
                    all(m.ref.kind == "country" for m in group):
                before = left_subject(view, first - 1)  # "Geng kriminal ... dari Venezuela
                return before or group  # menyandera": the gangs, not Venezuela
            return group
        if view.is_break(j):
            if crossed or view.lower[j] not in _SUBORDINATORS or _reported_opening(view, j):
                return topic  # ("Agus mengatakan setelah melakukan ..., Kamal ...": Kamal's)
            crossed = True
        j -= 1
    return topic


def _reported_opening(view: View, j: int) -> bool:
    """Does the word at j open a reported clause: right after a verb of saying or "bahwa"
    ("mengatakan setelah ...", "menyebut, saat ...")?"""
    k = j - 1
    if k >= 0 and view.words[k] == ",":
        k -= 1
    return k >= 0 and (view.lower[k] == "bahwa" or
                       view.lower[k] in view.lists.speech_verbs)


_OBJECT_PREPS = frozenset(("antara", "terhadap", "kepada", "bagi", "atas"))


def _object_verb(view: View, k: int) -> bool:
    """Is words[k] an active verb whose object follows (not a verb of saying, after which a
    new clause and its subject begin)?"""
    w = view.lower[k]
    return len(w) > 5 and w.startswith(("mem", "men")) and w.isalpha() and \
        w not in view.lists.speech_verbs


_WHEN = frozenset("setelah sesudah sebelum saat ketika usai seusai sejak".split())
# ("membatalkan status tersangka HM setelah sempat dilaporkan ...": HM was reported)


def object_verb_before(view: View, first: int) -> int | None:
    """The active verb (within three words before `first`) whose object holds the actor
    starting there ("mendatangi Polresta", "mencemarkan nama baik FH"), else None."""
    for x in range(first - 1, max(-1, first - 4), -1):
        if x in view.at or view.is_break(x):
            return None
        if _object_verb(view, x):
            return x
    return None


def _relative_opening(view: View, j: int) -> int | None:
    """The comma opening a ", yang ... ," clause that the comma at j closes, else None."""
    for k in range(j - 1, max(-1, j - 16), -1):
        if view.words[k] == ",":
            return k if k + 1 < j and view.lower[k + 1] == "yang" else None
        if view.is_break(k):
            return None
    return None


def _passive_word(w: str) -> bool:
    return len(w) > 4 and w.startswith("di") and w.isalpha() and w not in ("diri", "dirinya")


def _passive_agent(view: View, m: ActorMention) -> bool:
    """Is the mention the agent of a passive verb just before it ("ditembak polisi", "diperiksa
    oleh KPK")? A passive subordinate clause's subject is then the main clause's subject."""
    before = view.lower[m.start - 1] if m.start > 0 else ""
    return before == "oleh" or _passive_word(before)


_FRONTED = frozenset("setelah sebelum usai seusai sesudah saat ketika sambil selain selama "
                     "menjelang sebagai begitu".split())  # ("Begitu tiba di Istana, ...")


def fronted_clause(view: View, k: int) -> int | None:
    """The comma that closes a sentence-initial subordinate clause holding token k, when the
    clause has no actor of its own ("Sebelum mengimbau bawahan, Presiden sudah ..."): its
    subject is the main clause's, after that comma. None otherwise."""
    j = k - 1
    while j >= 0 and view.lower[j] not in _FRONTED:
        if j in view.at or view.is_break(j) or view.words[j] == ",":
            return None
        j -= 1
    if j < 0 or j > 0 and view.words[j - 1] not in QUOTE_MARKS and not _reported_opening(view, j):
        return None
    for c in range(k, len(view.words)):
        if view.words[c] == ",":
            return c
        if view.is_break(c):
            return None
    return None


_CREWS = frozenset("tim gabungan personel petugas rombongan delegasi utusan".split())


def main_subject(view: View, comma: int | None) -> list[ActorMention]:
    """The actor group that opens the main clause after the comma of a fronted clause, past a
    crew word ("Begitu tiba di Kompleks Istana, rombongan pihak UEA langsung masuk gedung")."""
    if comma is None:
        return []
    k = comma + 1
    while k < min(len(view.words), comma + 3) and k not in view.at and \
            (view.lower[k] in _CREWS or view.lower[k] in ("pihak", "para")):
        k += 1
    return view.group_starting_at(k) if k in view.at else []
_NP_STOP = frozenset("di ke dari pada untuk oleh yang atas bagi soal tentang karena kepada "
                     "sebagai agar supaya saat ketika dalam".split())


def _in_role_phrase(view: View, j: int) -> bool:
    """A mention inside a comma-bounded role phrase ("Malaysia, selaku ketua ASEAN, memuji")
    describes the subject; it is not the subject."""
    for k in range(j - 1, max(-1, j - 6), -1):
        if view.lower[k] in ("selaku", "sebagai"):
            return k > 0 and view.words[k - 1] == ","
        if view.words[k] == "," or view.is_break(k):
            return False
    return False


def first_object(view: View, k: int, limit: int = 4) -> list[ActorMention]:
    """Actor group right after token k, or heading the noun phrase there ("kapal penjaga
    pantai Filipina"), across determiners and lower-case nouns up to `limit` words."""
    j, steps = k, 0
    while j < len(view.words) and steps <= limit:
        if j in view.at:
            return view.group_starting_at(j)
        w = view.lower[j]
        if w in ("dan", "serta") and j > k and j + 1 < len(view.words) and \
                view.lower[j + 1].startswith(("me", "ber", "di")) and len(view.lower[j + 1]) > 5:
            return []  # "mengecam serangan tersebut dan mendesak negara-negara Barat ...":
            # a second predicate begins; its object is not this verb's (but "mendukung dan
            # mempercayai Bareskrim" shares one)
        if w == "dari" and j > k and view.lower[j - 1] in _CREWS:
            j += 1  # "oleh tim dari Kejati Jatim": the body the team is from
            steps += 1
            continue
        listed = _listed_from(view, j) if j > k else None
        if listed is not None:
            return view.group_starting_at(listed)  # "dengan berbagai negara, antara lain
            # India, Prancis, Turki, dan Palestina": the members the generic noun lists
        if view.is_break(j) or w in _NP_STOP or not (w.replace("-", "").isalpha() or
                                                     w.replace(".", "").isdigit()) or \
                view.words[j][:1].isupper() and w not in _SKIP_BEFORE_OBJECT:
            return []
        j += 1
        steps += 1
    return []


def agent_of_object(view: View, k: int) -> list[ActorMention]:
    """The agent of a non-actor object: "mengecam sanksi yang dijatuhkan Uni Eropa" targets
    the Union, "mengecam serangan yang dilakukan oleh Israel" Israel."""
    for j in range(k, min(len(view.words) - 2, k + 5)):
        if view.is_break(j) and view.lower[j] != "yang":
            return []
        if view.lower[j] == "yang" and view.lower[j + 1].startswith("di"):
            nxt = j + 2
            if nxt < len(view.words) and view.lower[nxt] == "oleh":
                nxt += 1
            return view.group_starting_at(nxt) if nxt in view.at else []
    return []


def _owner_of_object(view: View, k: int) -> list[ActorMention]:
    """The owner of a thing acted on: "mencabut empat IUP milik perusahaan tambang",
    "menyita kendaraan milik penunggak pajak" (within a few words, in the clause)."""
    for j in range(k, min(len(view.words) - 1, k + 6)):
        if view.is_break(j) or j in view.at:
            return []
        if view.lower[j] == "milik":
            return view.group_starting_at(j + 1) if j + 1 in view.at else []
    return []


def after_preposition(view: View, k: int, prep: str) -> list[ActorMention]:
    """The actor group after `prep` within the clause (the slot "bahwa" is itself a clause
    break, so the preposition is tested first)."""
    j = k
    while j < min(len(view.words), k + WINDOW + 4):
        if view.lower[j] == prep:
            if prep in ("ke", "di") and j + 1 in view.places:
                return [view.places[j + 1]]
            if prep in ("ke", "di") and view.lower[j + 1:j + 2] == ["kompleks"] and \
                    j + 2 in view.places:
                return [view.places[j + 2]]  # "tiba di Kompleks Istana": the palace's grounds
            return first_object(view, j + 1, limit=3)
        if view.is_break(j) or view.lower[j] == "yang" and j > k:
            return []  # ("pengembalian fosil yang dibawa oleh Dubois": his, not the accord's)
        if prep == "kepada" and j > k and active_verb(view.lower[j]):
            return []  # ("berharap kolaborasi ini menularkan semangat kepada masyarakat": the
            # addressee of the verb between, not of the trigger)
        j += 1
    return []


_COMPLEMENTIZERS = frozenset(("bahwa", "jika", "kalau"))


def _clause_actor(view: View, k: int) -> list[ActorMention]:
    """The first actor of the clause opened by "bahwa/jika/kalau" within a few words of k
    ("yakin penuh bahwa apa yang dilakukan Lisa ..."): whom the suspicion is about."""
    opener = next((j for j in range(k, min(len(view.words), k + 3))
                   if view.lower[j] in _COMPLEMENTIZERS), None)
    if opener is None:
        return []
    for j in range(opener + 1, min(len(view.words), opener + 13)):
        if j in view.at:
            return view.group_starting_at(j)
        if view.is_break(j) and view.lower[j] not in ("yang", "bahwa"):
            return []
    return []


def _reason_actor(view: View, k: int) -> list[ActorMention]:
    """The first actor named in the reason given after an act ("mengikuti demo di New York
    karena ia merasa marah atas ... pemerintahan Trump"): not a pronoun, who is the actor
    again, nor private people."""
    because = next((j for j in range(k, min(len(view.words), k + 8))
                    if view.lower[j] == "karena"), None)
    if because is None or any(view.is_break(j) for j in range(k, because)):
        return []
    for j in range(because + 1, min(len(view.words), because + 20)):
        m = view.at.get(j)
        if m is not None and not m.how.startswith("coref:pronoun") and \
                m.ref.sector not in _PRIVATE:
            return view.group_starting_at(j)
        if view.lower[j] in (";", ":"):
            return []
    return []


_PRIVATE = frozenset(("CVL", "CRM", "JRN"))  # (protests are against those who rule)


_DETERMINERS = frozenset("para seluruh semua segenap setiap sejumlah kedua pihak rekan-rekan "
                         "teman-teman kawan-kawan adik-adik".split())


def _listed_from(view: View, j: int) -> int | None:
    """Where the actors listed as examples of a generic noun begin, when an enumeration opens
    at j (", antara lain India, ...", "seperti Jepang dan Korea"), else None."""
    lower = view.lower
    k = j + 1 if lower[j] == "," else j
    if k >= len(lower) or lower[k] not in _ENUMERATION_FIRSTS:
        return None  # (most words: a set test, not a slice per opener)
    for opener in _ENUMERATIONS:
        end = k + len(opener)
        if tuple(lower[k:end]) == opener and end in view.at:
            return end
    return None


# (the instance words that give a group its members in actor recognition, and more)
_ENUMERATIONS = (("antara", "lain"), ("di", "antaranya"), ("misalnya",)) + \
    tuple((w,) for w in sorted(_INSTANCE_WORDS))
_ENUMERATION_FIRSTS = frozenset(opener[0] for opener in _ENUMERATIONS)


def targets(view: View, trig: Trigger, start: int) -> list[ActorMention]:
    for slot in trig.pattern.target:
        if slot == "object":
            inside = [view.at[k] for k in range(trig.start + 1, trig.end) if k in view.at]
            found = (view.group_starting_at(start) if start in view.at else []) or \
                inside[:1] or first_object(view, start) or agent_of_object(view, start) or \
                _owner_of_object(view, start) or _addressee(view, start)
        elif slot == "next":
            j = start
            while j < len(view.words) and view.lower[j] in _DETERMINERS:
                j += 1
            found = view.group_starting_at(j) if j in view.at else []
        elif slot == "subject":
            found = []
        elif slot == "clause":
            found = _clause_actor(view, start)
        elif slot == "content":
            found = _content_subject(view, start)
        elif slot == "reason":
            found = _reason_actor(view, start)
        elif slot in ("purpose", "aim"):
            found = _purpose_target(view, start, "purpose_verbs" if slot == "purpose" else
                                    "aim_verbs")
        else:
            found = after_preposition(view, start, slot)
        if found:
            return found
    return []


def purpose_at(view: View, k: int, verb_list: str = "purpose_verbs") -> int | None:
    """Position of the verb in "... untuk memprotes / menolak / menuntut ..." after k in the
    clause (the objection a protest is held for), else None."""
    verbs = view.res.word_set(verb_list)
    for j in range(k, min(len(view.words) - 1, k + 12)):
        if view.is_break(j):
            return None
        if view.lower[j] in ("untuk", "guna", "demi") and view.lower[j + 1] in verbs:
            return j + 1
    return None


def _purpose_target(view: View, k: int, verb_list: str = "purpose_verbs"
                    ) -> list[ActorMention]:
    """"menggelar aksi di depan gedung DPR untuk memprotes tunjangan anggota DPR": a protest
    is aimed at the first actor named in the objection it is held for; forces deployed "untuk
    mengejar para pelaku" at those they pursue."""
    v = purpose_at(view, k, verb_list)
    if v is None:
        return []
    for x in range(v + 1, min(len(view.words), v + 7)):
        if x in view.at:
            return view.group_starting_at(x)
        if view.is_break(x):
            return []
    return []


def _addressee(view: View, k: int) -> list[ActorMention]:
    """"meminta agar semua anggota DPR menjaga sikap": the subject of the wished-for clause
    is the one asked."""
    if k < len(view.words) and view.lower[k] in ("agar", "supaya"):
        return first_object(view, k + 1)
    return []


def _content_subject(view: View, k: int) -> list[ActorMention]:
    """"berharap, personel itu dipecat", "berharap agar pemerintah ...": the subject of the
    hoped-for clause right after the verb (past a comma and "agar/supaya") is the one appealed
    to."""
    j = k
    while j < len(view.words) and view.lower[j] in _PARTICLES:
        j += 1  # "Harapannya ya pemerintah bisa bergerak": a spoken particle
    if j < len(view.words) and view.lower[j] == ",":
        j += 1
    if j < len(view.words) and view.lower[j] in ("agar", "supaya"):
        j += 1
    return first_object(view, j, limit=1) if j > k else []


_PARTICLES = frozenset(("ya", "sih", "tentu", "tentunya", "pastinya"))


def agent_after_passive(view: View, trig: Trigger) -> list[ActorMention]:
    by = after_preposition(view, trig.end, "oleh")
    if by:
        return by
    if trig.end in view.at:  # "ditangkap polisi"
        return view.group_starting_at(trig.end)
    j = trig.end  # "dirundung lima siswa lainnya", "dikeroyok puluhan orang"
    while j < min(len(view.words), trig.end + 2) and (view.lower[j] in _COUNTS or
                                                       view.lower[j].isdigit()):
        j += 1
    if j > trig.end and j in view.at:
        return view.group_starting_at(j)
    return []


_COUNTS = _NUMBER_WORDS | frozenset(("sejumlah", "beberapa", "sekelompok"))


def _speaker_cues(res: Resources) -> frozenset[str]:
    """The words without one of which no sentence names a speaker: attribution, speech verbs
    and "menurut" (one set test per sentence)."""
    lists = res.lists()
    return lists.attribution | lists.speech_verbs | {"menurut"}


def named_speaker(lower: list[str], mentions: list[ActorMention], res: Resources
                  ) -> ActorRef | None:
    """The one a sentence names as speaking ("kata X", "ujar X", "menurut X", "X mengatakan"),
    not by a pronoun: whom a later "ujarnya" is likely to point back to."""
    if not mentions or res.derived("speaker_cues", _speaker_cues).isdisjoint(lower):
        return None  # (most sentences name no speaker)
    lists = res.lists()
    attribution, speech = lists.attribution, lists.speech_verbs
    found = None
    for m in mentions:
        if m.how.startswith("coref:pronoun") or m.how == "locative":
            continue
        before = lower[m.start - 1] if m.start > 0 else ""
        if m.start > 1 and (before in _BEFORE_SPEAKER or before == "anggota" and
                            all(x.end != m.start for x in mentions)):
            before = lower[m.start - 2]  # "kata seorang pejabat Iran", "ujar anggota Komisi
            # III DPR Hinca" (a member of the body named: as `speaker` reads it)
        j = m.end + 1 if m.end < len(lower) and lower[m.end] in _AFTER_NAME else m.end
        # ("politikus NasDem itu mengaku ...": the one spoken of again, now speaking)
        if before in attribution or before == "menurut" or \
                j < len(lower) and lower[j] in speech:
            found = m.ref
    return found


_AFTER_NAME = frozenset((",", "itu", "tersebut", "ini"))  # between a speaker and the verb
_BEFORE_SPEAKER = frozenset(("mantan", "eks", "sang", "seorang"))  # between "kata" and the
# speaker: '..., kata mantan Kapolri', '"Kami akan membalas," kata seorang pejabat Iran'


def _demonstrative_after(view: View, k: int) -> bool:
    """Does "itu/tersebut/ini" end the phrase starting at k (before any punctuation or a
    preposition that would start a place or time): "Komisaris Utama Bank Nagari itu",
    "perempuan pertama yang menjabat sebagai Menko PMK itu" (but not "polisi di lokasi
    itu")?"""
    for j in range(k, min(len(view.words), k + 10)):
        if view.lower[j] in ("itu", "tersebut", "ini"):
            return True
        if not view.words[j][:1].isalnum() or \
                view.lower[j] in _NP_STOP and view.lower[j] not in ("yang", "sebagai"):
            return False
    return False


def _in_role(person: ActorRef, title: ActorRef) -> ActorRef:
    """A person the dictionaries do not know takes the role of the title they are called by."""
    if person.actor_id is not None or person.sector not in (None, "CVL") or not title.sector:
        return person
    return holder(person.name, title)


def speaker(view: View, previous_person: ActorRef | None) -> ActorRef | None:
    """Who speaks in this sentence: '..., kata X', '..., ujarnya', 'menurut X', 'X mengatakan'."""
    attribution, lower = view.lists.attribution, view.lower
    if lower[:1] and lower[0] in attribution and 1 in view.at:
        return view.at[1].ref  # "Kata Hendra, ..."
    # (each pass below first asks whether any of its words is there at all)
    for k, w in enumerate(lower) if not attribution.isdisjoint(lower) else ():
        if w in attribution and k > 0 and (view.words[k - 1] in QUOTE_MARKS or
                                            view.words[k - 1] in (",", "”")):
            at = k + 2 if lower[k + 1:k + 2] and (lower[k + 1] in _BEFORE_SPEAKER or
                                                  k + 1 not in view.at and
                                                  lower[k + 1] == "anggota") else k + 1
            # ('..., ujar anggota Komisi III DPR Hinca Pandjaitan': a member of the body named)
            m = view.at.get(at)
            if m is not None and previous_person is not None and m.ref.kind == "agent" and \
                    _demonstrative_after(view, m.end):
                return _in_role(previous_person, m.ref)  # '..., ujar mantan Komisaris Utama
                # Bank Nagari itu', '..., kata Ketua DPC PDIP Jaksel itu': the one named
                # before, called by a title
            if m is not None and not (m.how == "coref:pronoun" and previous_person):
                return m.ref  # ("kata dia" after a quote: the speaker, whoever "dia" last was)
            if m is not None or w.endswith("nya") or \
                    view.lower[k + 1:k + 2] in (["dia"], ["beliau"]):
                return previous_person
    speech = view.lists.speech_verbs
    opinion = "menurut" in lower or "menurutnya" in lower
    for k, w in enumerate(lower) if opinion or not speech.isdisjoint(lower) else ():
        if w == "menurut" and k + 1 in view.at:
            return view.at[k + 1].ref
        if w == "menurutnya" and previous_person is not None:
            return previous_person  # "Menurutnya, Bawaslu harus netral": the one who spoke
            # last, as for '..., ujarnya'
        if w in speech and not (k > 0 and view.lower[k - 1] == "yang"):
            group = left_subject(view, k)  # (not "mahasiswa yang menyampaikan aspirasi": a
            # relative clause describes the students, it does not quote them)
            if group:
                return group[-1].ref
    passive = view.lists.passive_speech_verbs
    for k, w in enumerate(lower) if not passive.isdisjoint(lower) else ():
        if w not in passive or k + 1 >= len(view.lower):
            continue
        nxt = view.lower[k + 1]
        if nxt == "olehnya":  # "Hal tersebut diungkapkan olehnya usai ...": the last person
            return previous_person
        by = k + 2 if nxt == "oleh" else k + 1  # "disampaikan (oleh) Kapolri"
        if by in view.at:
            return view.at[by].ref
    return None
