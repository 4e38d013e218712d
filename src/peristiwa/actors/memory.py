"""The article-level memory behind coreference: recent persons, countries, organisations,
groups, and the name parts of persons met so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from peristiwa.actors.resolve import is_state
from peristiwa.records import ActorMention, ActorRef
from peristiwa.resources import Resources


@dataclass(slots=True)  # (read by every rule of every sentence: slots are cheaper to read)
class Memory:
    """What the article has said so far, for coreference. Local to one article."""

    names: dict[str, ActorRef] = field(default_factory=dict)  # name part -> person
    persons: list[ActorRef] = field(default_factory=list)  # most recent last
    actors: list[ActorRef] = field(default_factory=list)
    countries: list[ActorRef] = field(default_factory=list)
    orgs: list[ActorRef] = field(default_factory=list)
    group: tuple[ActorRef, ...] = ()
    subject: ActorRef | None = None  # the person the last sentence with a person opened on
    last_speaker: ActorRef | None = None  # the last one named as speaking ("kata X")
    turn: int = 0  # sentences read so far
    speaker_turn: int = -99  # the sentence that named last_speaker
    subject_turn: int = -99  # the sentence that opened on subject

    def speaker(self) -> ActorRef | None:
        """Who "ujarnya", "kata dia" point to: the one named as speaking in the last sentences,
        else the person the last sentence opened on, else the latest person; not one who is
        talked about rather than quoted (`quotable`)."""
        said = self.claimant()
        pair = (said, self.subject) if self.speaker_turn >= self.subject_turn else \
            (self.subject, said)  # (the more recent first; the one named speaking on a tie)
        for talker in pair:
            if talker is not None and talker in self.persons and quotable(talker):
                return talker
        for r in reversed(self.persons):
            if quotable(r):
                return r
        return None

    def claimant(self) -> ActorRef | None:
        """The one the last sentences named as speaking, person or body ("Polisi menyebut
        CCTV itu rusak."): whose claim a denial right after answers."""
        return self.last_speaker if self.turn - self.speaker_turn <= _SPEAKER_SPAN else None

    def spoke(self, who: ActorRef | None) -> None:
        """Close a sentence; `who` is the one it names as speaking, if any."""
        if who is not None:
            self.last_speaker, self.speaker_turn = who, self.turn
        self.turn += 1

    def note(self, mention: ActorMention, res: Resources) -> None:
        # (the mention's fields are read once: each read is a lookup, compiled too; and its
        # refs without the `refs` property's call)
        ref, person, how, text = mention.ref, mention.person, mention.how, mention.text
        refs = mention.group or (ref,)
        for r in refs:
            _push(self.actors, r)
            kind = r.kind
            if kind == "person" or person:
                _push(self.persons, r)
            elif kind == "country":
                _push(self.countries, r)
            elif kind == "institution" or kind == "organization":
                _push(self.orgs, r)
        if how in ("dict", "title", "apposition", "name") and (
                person or how == "name" or  # "Koperasi BLN": "BLN" is that body later
                how == "title" and ref.name == text):
            # (of a titled person only the name: "Komisi" in "anggota Komisi II DPR RI Ahmad
            # Doli Kurnia" is no name of his)
            named = ref.name if how in ("title", "apposition") and person else text
            entry = res.actors.get(ref.actor_id) if how == "title" and \
                ref.kind == "person" else None
            if entry is not None:  # "Wakil Menteri Agama Romo Muhammad Syafi'i ... Romo
                alias_words = {w for a in entry.aliases for w in a.split()}  # menyampaikan"
                named += " " + " ".join(w for w in text.split() if w in alias_words)
            memo = res.memo("name_parts")
            for part in named.split():
                clean = part.strip(",.()")
                found = memo.get(clean)
                if found is None:
                    found = _name_part(clean, res)
                if found:
                    self.names[clean] = ref
        if len(refs) > 1:
            self.group = refs

    def note_place(self, mention: ActorMention) -> None:
        """A state named as a place ('ke Moskow') counts only for "kedua negara"."""
        if is_state(mention.ref.country):
            _push(self.countries, mention.ref)

    def forget(self, mention: ActorMention) -> None:
        """Undo `note` for a mention that a later rule merged into another."""
        for ref in mention.refs:
            for seq in (self.actors, self.persons, self.countries, self.orgs):
                if ref in seq:
                    seq.remove(ref)

    def last_two(self, persons: bool) -> tuple[ActorRef, ...]:
        """The two most recent actors of different countries ("kedua negara/menteri")."""
        pool = self.persons if persons else (self.countries or self.actors)
        picked: list[ActorRef] = []
        for ref in reversed(pool):
            if all(ref.country != p.country for p in picked):
                picked.insert(0, ref)
            if len(picked) == 2:
                return tuple(picked)
        return ()


_SPEAKER_SPAN = 2  # a quote's "ujarnya" points back at most this many sentences to its speaker


def quotable(r: ActorRef) -> bool:
    """Can this person be the one quoted? Not an unnamed suspect or civilian, nor one known
    by initials only ("berinisial AR"): the news talks about them."""
    if r.kind == "agent":
        return r.sector not in ("CRM", "CVL")
    return not (r.kind == "unknown" and r.name.isupper() and len(r.name) <= 4)


def _push(seq: list[ActorRef], ref: ActorRef) -> None:
    """Move `ref` to the end of a short recency list (at most 12 actors)."""
    if seq and seq[-1] is ref:
        return
    name = ref.name
    for k, old in enumerate(seq):  # (a list never holds two equal refs: any order finds it)
        if old.name == name and (old is ref or old == ref):  # (the name first: a cheap test)
            del seq[k]
            break
    seq.append(ref)
    if len(seq) > 12:
        del seq[0]


def _name_part(word: str, res: Resources) -> bool:
    """Can this word of a person's name refer to them alone later ("Purbaya", "Shoigu")? Not
    when it is a common word, a dictionary alias, an event word or a town ("Pekanbaru")."""
    memo = res.memo("name_parts")
    found = memo.get(word)
    if found is None:
        found = len(word) >= 3 and word[0].isupper() and \
            word.lower() not in res.word_set("not_names") and not _is_dict_word(word, res) and \
            word.lower() not in res.trigger_index and not res.place_index.longest([word], 0)[0]
        if len(memo) < 200_000:
            memo[word] = found
    return found


def _is_dict_word(word: str, res: Resources) -> bool:
    return res.actor_index.longest([word], 0)[0] == 1 or \
        res.actor_lower_index.longest([word.lower()], 0)[0] == 1
