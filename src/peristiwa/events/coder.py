"""From a sentence with actor mentions to coded event matches.

For each trigger: decide whether it is asserted, planned (intent), negated or embedded in
another act (a demand's content is not an event), find source and target by voice and frame,
expand compounds and reciprocal acts, and record why, so that `peristiwa explain` can show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from peristiwa.actors.resolve import is_state
from peristiwa.actors.spans import _NUMBER_WORDS
from peristiwa.events.roles import (
    _DETERMINERS,
    _PRIVATE,
    _passive_word,
    _SHARED_SUBJECT,
    WINDOW,
    View,
    after_preposition,
    agent_after_passive,
    fronted_clause,
    left_subject,
    main_subject,
    object_verb_before,
    purpose_at,
    refs,
    speaker,
    targets,
)
from peristiwa.events.triggers import (
    Trigger,
    active_verb,
    candidates,
    find_triggers,
    may_trigger,
    trigger_length,
)
from peristiwa.places import lookup
from peristiwa.records import ActorMention, ActorRef
from peristiwa.resources import Resources
from peristiwa.text.morph import analyses, form_of
from peristiwa.text.tokens import QUOTE_MARKS
from peristiwa.util import fast_init

# Roots whose complement is not itself an event: "meminta polisi menangkap X" is an appeal.
_EMBEDDING_ROOTS = frozenset(("02", "10", "12", "13", "01"))
# ... except defiance (128), whose complement is the purpose of a summons that was made:
# "Lisa tidak memenuhi panggilan Bareskrim untuk diperiksa" (Bareskrim did summon her).
_UNEMBEDDING_CODES = ("128",)
VIOLENT_ROOTS = frozenset(("18", "19", "20"))  # assault, fight, mass violence
_COORDINATORS = frozenset(("dan", "serta", "lalu", "kemudian", "sekaligus"))
_MODAL_WINDOW = 4


@fast_init
@dataclass(frozen=True, slots=True)
class Match:
    trigger: Trigger
    code: str
    source: ActorRef
    target: ActorRef | None
    source_text: str
    target_text: str | None
    modality: str
    confidence: float
    sym: bool


@dataclass
class Decision:
    """Why a trigger was coded or not (for `peristiwa explain`)."""

    trigger: Trigger
    outcome: str  # coded, or why not: negated, embedded, no-source, no-target, not-event,
    # not-asserted, modal, facility, conditional, means, result, same-act
    detail: str = ""
    matches: list[Match] = field(default_factory=list)


def _modality(view: View, trig: Trigger, res: Resources, stop: int) -> tuple[str, str]:
    """('negated'|'possible'|'intent'|'asserted', word) from the words just before the
    trigger."""
    neg, intent = view.lists.negation, view.lists.intent
    maybe = view.lists.possibility if trig.pos == "verb" or _violent_light(view, trig) \
        else frozenset()
    found = "asserted", ""
    lo = max(stop, trig.start - _MODAL_WINDOW)
    for k in range(trig.start - 1, lo - 1, -1):
        w = view.lower[k]
        if k == trig.start - 1 and w in _AGENT_PRONOUNS and k > lo:
            continue  # "belum dia kembalikan": the doer's pronoun before an object-voice verb
        if w in _COORDINATORS and trig.pos == "verb" and k >= trig.start - 2:
            mode, shared = _shared_intent(view, k, stop)
            if mode and not (shared in _ATTEMPTS and trig.root in VIOLENT_ROOTS):
                return mode, shared  # "Kami akan memberikan perhatian dan berkoordinasi
            break  # dengan pihak terkait": both acts are planned (an attack attempted is one);
            # "tidak akan menghadiri KTT dan bertemu Putin": neither is done
        if k in view.at or view.is_break(k) or w in _COORDINATORS:
            break  # ("aksi tak patut itu dan melaporkan ...": the 'tak' is of 'patut')
        pair = f"{w} {view.lower[k + 1]}" if k + 1 < len(view.lower) else w
        after = view.lower[k + 1:k + 3]
        if after and after[0] in intent:
            after = after[1:]  # "tidak akan segan-segan memecat"
        if w in neg and after and after[0] in _NOT_ONLY:
            continue  # "tidak hanya menangkap pelaku, tetapi juga ...": the act is asserted
        if w in neg and after and after[0] in _NOT_HESITANT:
            found = "intent", f"{w} {after[0].split('-')[0]}"  # "tidak segan memecat": a
            continue  # resolve (a threat where the act is one of conflict)
        if w in neg:
            return "negated", w
        if w in maybe:
            return "possible", w
        if w in _ATTEMPTS and trig.root in VIOLENT_ROOTS:
            continue  # "pelaku berusaha menyerang dan melukai korban": an attack attempted is
            # an attack (CAMEO codes attempts of force as the act)
        if (w in intent or pair in intent) and not (k > 0 and view.lower[k - 1] in _AT_TIME):
            found = "intent", w  # (but "saat akan ditangkap, Kamal melawan": the arrest the
            # clause dates was made)
    if _none_who(view, trig.start, stop, neg):
        return "negated", "tidak ada ... yang"
    if trig.start > 0 and view.lower[trig.start - 1] == "untuk":
        for k in range(trig.start - 2, max(-1, trig.start - 8), -1):
            if view.lower[k] in _HAVING and k > 0 and view.lower[k - 1] in neg:
                return "negated", view.lower[k - 1]  # "tidak memiliki kewenangan apapun
            if view.is_break(k):  # untuk menginvestigasi": no power to do it
                break
    return found


def _violent_light(view: View, trig: Trigger) -> bool:
    """Is the trigger a noun of violence after a light verb, which a possibility word before
    the verb makes possible, not done ("Siswa bisa melakukan perundungan", "kecil juga
    kemungkinan orang lain melakukan perundungan")?"""
    return trig.pos != "verb" and trig.pattern.root in VIOLENT_ROOTS and trig.start > 0 and \
        view.lower[trig.start - 1] in view.lists.light_verbs


def _shared_intent(view: View, k: int, stop: int) -> tuple[str, str]:
    """("intent", plan word) of the verb phrase that a coordinator at k joins the trigger to,
    which the trigger shares ("Kemnaker akan memberikan pendampingan dan berkoordinasi dengan
    Pemprov": the coordination is planned too); ("negated", negator) when that plan is
    negated ("Presiden tidak akan menghadiri KTT dan bertemu Putin": no meeting either);
    ("", "") when that phrase has no plan word, is a mere negation ("tidak hadir dan
    mengirim wakilnya") or is no verb phrase of the same subject."""
    intent, neg, verb = view.lists.intent, view.lists.negation, False
    for j in range(k - 1, max(stop, k - 2 * _MODAL_WINDOW) - 1, -1):
        w = view.lower[j]  # (an actor on the way is that phrase's object: "akan memeriksa
        if w in _PLAN_NEGATIONS and verb:  # saksi dan menangkap pelaku")
            return "negated", w  # "takkan menghadiri KTT dan bertemu Putin"
        if view.is_break(j) or w in _COORDINATORS or w in neg or \
                w in view.lists.possibility:
            return "", ""
        if w in intent and verb:
            if j == 0 or view.lower[j - 1] not in neg:
                return "intent", w
            after = view.lower[j + 1]
            if after in _NOT_HESITANT:  # "tidak akan segan menindak dan memecat": a resolve
                return "intent", f"{view.lower[j - 1]} {after.split('-')[0]}"
            return ("", "") if after in _NOT_ONLY else ("negated", view.lower[j - 1])
        verb = verb or active_verb(view.words[j])
    return "", ""


def _activity_word(word: str) -> bool:
    """A word that names an activity, not a party: an active verb ("membantu menekan
    inflasi"), a nominalisation in pe(N)-/per-/ke- ... -an ("membantu penyelesaian masalah")
    or a loan noun in -si ("membantu reduksi sampah")."""
    if active_verb(word):
        return True
    low = word.lower()
    return word.isalpha() and word.islower() and (
        low.endswith("si") and len(low) > 5 or
        any(r.suffix == "an" and r.prefix.startswith(("peN", "per", "ke"))
            for r in analyses(low)))


def _private_appeal(view: View, trig: Trigger, parties: _Parties) -> bool:
    """An appeal between private parties that is no political appeal: persons named that the
    dictionary does not know on both sides ("Dewi berharap Gabriel menjadi pribadi baik",
    "Endang meminta Kamal memijat punggungnya"), or an offender asking a private party for
    money ("pelaku meminta uang sebesar Rp 24 juta kepada korban": part of the crime)."""
    srcs, tgts = parties.sources, parties.targets
    if not srcs or not tgts:
        return False
    if any(r.sector == "CRM" for r in srcs) and "uang" in view.lower[trig.end:trig.end + 3] \
            and all(r.sector in _PRIVATE or r.kind == "unspecified" for r in tgts):
        return True  # (also "pelaku kembali meminta uang Rp 42 juta" with no one named: the
        # victim, not the police the story is about)
    if any(r.sector not in _PRIVATE for r in srcs + tgts):
        return False
    return all(r.actor_id is None for r in srcs + tgts)


def _place_follows(view: View, k: int, res: Resources) -> bool:
    """A place named after 'di' or 'ke' from k to the end of the clause ("membantu
    pembangunan di Kabupaten Agam")."""
    for j in range(k, len(view.words) - 1):
        if view.is_break(j):
            return False
        if view.lower[j] in ("di", "ke") and lookup(view.words, j + 1, res)[1] is not None:
            return True
    return False


def _none_who(view: View, start: int, stop: int, neg: frozenset[str]) -> bool:
    """"agar tidak ada satu pun ASN ... yang dipanggil KPK": the act is said of no one."""
    rel = next((k for k in range(start - 1, max(stop, start - 3) - 1, -1)
                if view.lower[k] == "yang"), None)
    if rel is None:
        return False
    for k in range(rel - 1, max(stop, rel - 10), -1):
        if view.is_break(k) and view.lower[k] != ",":
            return False
        if view.lower[k] == "ada" and view.lower[k - 1] in neg:
            return True
    return False


_ASKED_ROOTS = frozenset(("02", "03", "05"))
_ATTEMPTS = frozenset(("berusaha", "berupaya", "mencoba", "coba"))
_AT_TIME = frozenset(("saat", "ketika", "sewaktu", "tatkala"))
_AGENT_PRONOUNS = frozenset("dia ia saya aku kami kita mereka beliau".split())
_HAVING = frozenset(("memiliki", "punya", "mempunyai", "ada"))
_WISHES = frozenset(("ingin", "mau", "hendak", "pengin", "pingin", "pengen", "kepengin"))
_NOT_ONLY = frozenset(("hanya", "cuma", "sekadar", "saja"))
_PLAN_NEGATIONS = frozenset(("takkan",))  # "tidak akan" in one word
# after a negator: no hesitation, which makes the act a resolve, not a negation ("tidak segan
# menindak", "tak ragu memecat")
_NOT_HESITANT = frozenset("segan segan-segan ragu ragu-ragu sungkan".split())


def _intent_code(trig: Trigger, res: Resources) -> str | None:
    """The code of an act announced as a plan: the pattern's own, else the one listed for its
    code ("akan memecat", 172: a threat of administrative sanctions, 132), else for its root
    ("akan menangkap", 17: a threat of repression, 137)."""
    if trig.pattern.intent:
        return trig.pattern.intent
    codes = res.tables.get("intent_codes", {})
    pc = trig.pattern.code
    code = codes.get(pc) or codes.get(pc[:3]) or codes.get(trig.root)
    if code == "same":
        return trig.pattern.code
    return code


_FORMS = frozenset(("wujud", "bentuk", "bukti"))
_CARES = frozenset(("kepedulian", "perhatian", "komitmen"))


def _caring(view: View, trig: Trigger) -> list[ActorMention]:
    """The giver of aid that the sentence calls a token of someone's care ("bantuan ini
    merupakan wujud nyata kepedulian Kapolri terhadap ...", "santunan itu adalah bentuk
    perhatian pemerintah"), else []."""
    k = trig.end
    while k < min(len(view.words) - 2, trig.end + 5) and view.lower[k] not in _FORMS:
        if k in view.at or view.is_break(k):
            return []
        k += 1
    if view.lower[k] not in _FORMS:
        return []
    k += 2 if view.lower[k + 1] == "nyata" else 1
    if k + 1 < len(view.words) and view.lower[k] in _CARES and k + 1 in view.at:
        return view.group_starting_at(k + 1)
    return []


def _light_verb_before(view: View, trig: Trigger, res: Resources) -> tuple[int, str] | None:
    light, receiving = view.lists.light_verbs, view.lists.receiving_verbs
    joins = view.lists.joining_verbs if trig.pattern.code[:2] in \
        view.lists.joining_roots else frozenset()
    words = 0
    for k in range(trig.start - 1, max(-1, trig.start - 7), -1):
        if view.lower[k] in light or view.lower[k] in joins:
            return k, "light"  # "menggelar demo"; "ikut demo", "bergabung dalam protes"
        if view.lower[k] in receiving:
            return k, "receiving"
        if k in view.at or view.is_break(k):
            break
        if not _quantity(view.lower[k]) and view.lower[k] not in _POLICY_HEADS:
            words += 1  # ("mengirimkan 800 ton bantuan": amounts are free, and so are the
            # heads of a policy: "menerapkan kebijakan pembatasan jam malam")
            if words == 2:
                break
    return None


_POLICY_HEADS = frozenset("kebijakan aturan peraturan status langkah upaya program "
                          "pembatasan penerapan pemberlakuan".split())
_UNITS = frozenset("ton kg kilogram liter unit paket buah juta ribu miliar triliun dolar rupiah "
                   "rp us$ usd persen lebih sekitar hampir".split())


def _quantity(w: str) -> bool:
    return w in _UNITS or w.replace(".", "").replace(",", "").isdigit()


_ARREST_ROOTS = frozenset(("tangkap", "tahan"))


def _theme_after(trig: Trigger, gen: list[ActorMention], res: Resources) -> bool:
    """Is the party right after an event noun what is acted on ("pengerahan pasukan",
    "penangkapan anggota DPRD") rather than the agent ("serangan Israel")? An arrest noun
    before a police, prosecution or court body keeps it as the agent."""
    root = trig.reading.root
    if root not in res.word_set("theme_nominal_roots"):
        return False
    return not (root in _ARREST_ROOTS and
                all(m.ref.kind != "agent" and m.ref.sector in ("COP", "JUD") for m in gen))


def _roles(view: View, trig: Trigger, res: Resources, prior: list[ActorRef],
           spk: ActorRef | None) -> tuple[list[ActorMention] | list[ActorRef], list, str]:
    """(sources, targets, how) for one trigger; sources/targets are mention groups or refs."""
    if trig.pattern.voice == "speaker":  # '"Ini bukti penyidik bekerja profesional," ujar X'
        if "subject" in trig.pattern.target:  # '"Pemerintah daerah harus bertindak," kata
            return ([spk] if spk is not None else []), _urged(view, trig), "speaker-frame"
        judged = left_subject(view, trig.start) if trig.reading.prefix in _JUDGED and \
            "oleh" not in trig.pattern.target else []
        # ("Menurut Nasky, Korlantas Polri dinilai / terbilang berhasil ...": the subject is
        # judged; but "dana itu diduga diselewengkan oleh tersangka DS": the one after 'oleh'
        # is accused)
        return ([spk] if spk is not None else []), \
            judged or targets(view, trig, trig.end), "speaker-frame"
    victim = _victim_before(view, trig, res) if trig.pos in ("noun", "bare") else []
    if victim:  # "Iskandar menjadi korban salah tangkap", "korban penganiayaan oknum TNI"
        by = after_preposition(view, trig.end, "oleh") or \
            (view.group_starting_at(trig.end) if trig.end in view.at else [])
        return by, victim, "victim"
    light = _light_verb_before(view, trig, res) if trig.pos in ("noun", "bare") else None
    if trig.pos == "noun" or trig.pos == "bare" and (light or not _bare_verb(view, trig, res)):
        if light and light[1] == "receiving":
            by = [m for p in ("dari", "oleh") for m in after_preposition(view, trig.end, p)]
            if not by and (trig.pattern.root in ("04", "05") or trig.pattern.code == "111") \
                    and trig.end in view.at:  # "menerima audiensi Muhammadiyah", "menerima
                by = view.group_starting_at(trig.end)  # permintaan maaf Kapolri", "menuai
                # kecaman warganet" (but a complaint or a lawsuit names its maker after
                # 'dari / oleh')
            receiver = left_subject(view, light[0])
            if not receiver and spk is not None and light[0] > 0 and \
                    view.lower[light[0] - 1] in _SCENE_WORDS:
                receiver = [spk]  # '"...," kata Arse setelah menerima audiensi LHKP'
            return by, receiver, "receiving"
        if light:
            k = light[0]
            src = _subject_or_shared(view, k, prior)
            main = main_subject(view, fronted_clause(view, k)) if not src else []
            if main:  # "setelah melakukan pembunuhan itu, Kamal ...": Kamal did it
                return main, targets(view, trig, trig.end), "light-verb+fronted-clause"
            if not src and k > 0 and view.lower[k - 1] == "yang":
                src = _relative_head(view, k - 1)  # "Eduardo Ruiz, seorang rapper ... yang
                # ikut unjuk rasa": Ruiz protested, not the police chief who tells of it
            if not src and spk is not None and trig.pattern.root not in VIOLENT_ROOTS:
                # '"Kami memberi arahan ...," kata Puan' (but who reports that a quarrel
                # "berujung pembunuhan" killed no one)
                return [spk], targets(view, trig, trig.end), "light-verb+speaker"
            return src, targets(view, trig, trig.end), "light-verb"
        done = _done_by(view, trig.end, trig.pattern.root in _VOICED_ROOTS,
                        trig.pattern.root in _OBJECT_FIRST_ROOTS)
        if done is not None:  # "OTT itu dilakukan oleh Bidpropam", "penetapan ... dilakukan"
            k, agent = done
            if not agent and spk is not None and trig.root not in \
                    view.lists.implicit_roots and \
                    not (trig.pattern.sym and view.lower[:1] == ["menurut"]):
                # ("Menurut Sri Mulyani, meskipun negosiasi tarif telah dilakukan ...": the
                # one the sentence cites tells of talks between others)
                agent = [spk]  # "X mengungkapkan bantuan ini diberikan kepada ..."
                return agent, targets(view, trig, trig.end), "nominal-passive"
            addressed = [m for m in targets(view, trig, trig.end) if m not in agent]
            if not addressed and agent and agent[-1].start > trig.end:
                addressed = [m for m in targets(view, trig, agent[-1].end) if m not in agent]
                # "Apresiasi juga disampaikan Presiden Prabowo kepada Kapolri": past the agent
            return agent, addressed, "nominal-passive"
        gen = view.group_starting_at(trig.end) if trig.end in view.at else []
        k = gen[-1].end if gen and view.lower[gen[-1].end:gen[-1].end + 1] == ["oleh"] \
            else trig.end  # ("penangkapan Noel oleh KPK": the object, then the agent)
        said = trig.pattern.root in ("10", "11", "12", "14")
        if said and k == trig.end and view.lower[k:k + 2] in (["utama", "dari"],
                                                               ["keras", "dari"],
                                                               ["resmi", "dari"]):
            k += 1  # "tiga tuntutan utama dari warga": whose, past an adjective
        if k + 1 < len(view.words) and k + 1 in view.at and (
                view.lower[k] == "oleh" or view.lower[k] == "dari" and k <= trig.end + 1 and
                said):
            by = view.group_starting_at(k + 1) if view.lower[k] == "oleh" else [view.at[k + 1]]
            # ("laporan oleh nasabah", "serangan oleh X"; "penolakan dari dua pejabat The Fed":
            # one actor, since "dari masyarakat, Prabowo memutuskan ..." opens a new clause)
            if gen and k > trig.end:
                return by, gen, "nominal-by"
            rest = targets(view, trig, by[-1].end) if trig.pattern.target else []
            return by, [m for m in rest if m not in by], "nominal-by"
        if spk is not None and trig.pattern.id in view.lists.speaker_acts and \
                (trig.start == 0 or view.words[trig.start - 1] in QUOTE_MARKS):
            # '"Terima kasih kepada Kapolri atas bantuannya," kata Bupati', '"Minta Polri
            # segera menangkap pelaku," kata Budi': the speaker's own act
            addressed = targets(view, trig, trig.end)  # (a bare "Terima kasih," is courtesy)
            if addressed:
                return [spk], addressed, "speaker-act"
        if gen and _theme_after(trig, gen, res):
            return [], [], "nominal-without-agent"  # "pengerahan pasukan": who was deployed
        if gen and all(m.ref.sector not in ("CRM", "CVL") for m in gen):
            rest = targets(view, trig, gen[-1].end) if trig.pattern.target else []
            rest = [m for m in rest if m not in gen]
            if rest and any(view.lower[x] in ("dan", "serta", "atau", ",")
                            for x in range(gen[-1].end, rest[0].start)):
                rest = []  # "penggerebekan Imigrasi dan pengerahan pasukan": a list of acts
            return gen, rest, "nominal"
        giver = _caring(view, trig) if trig.pattern.root == "07" else []
        if giver:  # "bantuan ini merupakan wujud nyata kepedulian Kapolri terhadap ...": the
            return giver, [], "nominal-care"  # care is the giver's (those cared for, after
            # "terhadap", are the public, the default recipient of aid)
        reader = _charge_reader(view, trig, res, spk)
        if reader:  # '"...," kata Jaksa Tegar dalam dakwaannya': the prosecutor charges
            return reader, targets(view, trig, trig.end), "read-out"
        scene = _meeting_scene(view, trig, spk)
        if scene:  # '"...," kata Perry saat rapat kerja dengan DPD RI', "Dalam rapat kerja
            return scene, targets(view, trig, trig.end), "scene"  # dengan Komisi II, Basuki"
        if view.lower[trig.end - 1].endswith("nya") and not gen and trig.start > 0 and \
                view.lower[trig.start - 1] in _AVOWALS:
            owner = left_subject(view, trig.start - 1)  # "Purbaya menegaskan penolakannya
            if owner:  # terhadap penggunaan APBN": his own rejection, told by him
                return owner, targets(view, trig, trig.end), "nominal-own"
        if spk is not None and view.lower[trig.end - 1] == "diri" and \
                view.lower[trig.end:trig.end + 1] in (["saya"], ["aku"], ["kami"]):
            # '"Surat pengunduran diri saya kirimkan kepada Presiden," kata Hasan': whose
            # reflexive act (undur diri, serah diri) is the one who owns it, the speaker
            return [spk], targets(view, trig, trig.end + 1), "nominal-own"
        return [], [], "nominal-without-agent"
    if trig.voice == "passive":  # (a pattern without a target frame takes no subject as one:
        # "Doli mengatakan sistem pemilu tengah dikaji oleh partai politik")
        subject = left_subject(view, trig.start) if trig.pattern.target else []
        return agent_after_passive(view, trig), subject, "passive"
    tgt = targets(view, trig, trig.end)
    if not tgt and spk is not None and trig.pos == "verb" and \
            trig.pattern.root in VIOLENT_ROOTS and trig.pattern.target and \
            _clitic_object(view, trig) and _reported_by(view, trig.start, spk):
        tgt = [spk]  # "Sergei menyebut lima orang tak dikenal menculik dan menganiayanya":
        # force done to the one who tells it, by both verbs (but "polisi masih mendalaminya":
        # the case)
    if spk is not None and _first_person_subject(view, trig.start):
        return [spk], tgt, "first-person"  # '"... kami resmi mengadukan ...," kata Aris'
    src = _subject_or_shared(view, trig.start, prior)
    comma = fronted_clause(view, trig.start) if not src else None
    main = main_subject(view, comma)
    if main:  # "Sebelum mengimbau bawahan, Presiden ..."
        tgt = [m for m in tgt if not isinstance(m, ActorMention) or m.end <= comma]
        return main, tgt, "fronted-clause"
    if not src and spk is not None and not _other_subject(view, trig.start) and \
            trig.pattern.root not in VIOLENT_ROOTS and view.lower[trig.start - 1:trig.start] != \
            ["dengan"] and (spk.sector in _STATE_SECTORS or spk.sector in res.law_sectors() or
                            not _law_act(trig, res)):
        # (who tells of a killing did not kill; "dengan mempertimbangkan" is how something
        # is done, not an act; a seizure told by a witness was the police's)
        return [spk], tgt, "speaker"
    return src, tgt, "active"


_AVOWALS = frozenset("menegaskan menyatakan menyampaikan mengungkapkan menunjukkan "
                     "menyuarakan".split())  # verbs that voice one's own stance ("-nya")
_SCENE_WORDS = frozenset("saat usai seusai ketika setelah sebelum selepas dalam pada".split())


def _urged(view: View, trig: Trigger) -> list[ActorMention]:
    """The public body that "harus" / "seharusnya" V, as the speaker puts it ('"Pemerintah
    daerah harus menegakkan pengawasan," jelas Deni'): the one urged. Not what must be
    done to someone ("harus dipenjara", "harus kita dukung"), nor a private party
    ("seseorang harus ...", "masyarakat harus ...")."""
    nxt = view.lower[trig.end] if trig.end < len(view.words) else ""
    if _passive_word(nxt) or nxt.startswith("di-") or nxt in view.lists.first_person or \
            nxt == "ada":
        return []
    group = left_subject(view, trig.start) or _subject_after_modal(view, trig)
    if not group or trig.start - group[-1].end > 2 or \
            any(view.lower[k] in view.lists.first_person or view.lower[k] == ","
                for k in range(group[-1].end, trig.start)) or \
            any(m.text.lower() in view.lists.first_person for m in group):
        return []  # "kita harus berbenah", "saya harus bereaksi": the speaker's own duty;
        # "sesuai arahan Presiden, teman-teman pendamping harus ...": someone else's
    return [m for m in group if m.ref.sector in _URGED]


_URGED = frozenset("GOV MIL COP JUD LEG PTY IGO OPP REB".split())  # (public bodies)


def _subject_after_modal(view: View, trig: Trigger) -> list[ActorMention]:
    """The subject right after a modal that opens its sentence ("Harusnya dia (KDM) cari",
    "Seharusnya, pemerintah daerah membuka data"): a fronted "harus" urges it all the same."""
    if trig.start > 0 and view.words[trig.start - 1] not in QUOTE_MARKS:
        return []
    k = trig.end + 1 if view.words[trig.end:trig.end + 1] == [","] else trig.end
    return view.group_starting_at(k) if k in view.at and view.at[k].start == k else []


def _meeting_scene(view: View, trig: Trigger, spk: ActorRef | None) -> list:
    """Who meets in a meeting told as the time or setting of what is said ("kata Perry saat
    rapat kerja dengan DPD RI", "Dalam rapat kerja dengan Komisi II, Basuki meminta ..."): the
    speaker, else the subject after the fronted phrase's comma; only for a meeting whose
    partner is named ('dengan X', 'bersama X')."""
    if trig.pattern.root != "04" or not trig.pattern.sym or \
            not any(view.lower[k] in _SCENE_WORDS for k in range(max(0, trig.start - 2),
                                                                   trig.start)) or \
            not (after_preposition(view, trig.end, "dengan") or
                 after_preposition(view, trig.end, "bersama")):
        return []
    if spk is not None:
        return [spk]
    comma = next((c for c in range(trig.end, len(view.words)) if view.words[c] == ","), None)
    if comma is not None and comma + 1 in view.at and \
            all(view.lower[k] in _SCENE_WORDS or not view.words[k].isalpha() or k >= trig.start
                for k in range(0, trig.start)):
        return view.group_starting_at(comma + 1)
    return []


def _clitic_object(view: View, trig: Trigger) -> bool:
    """Is the verb's object the clitic "-nya", on it ("mencecarnya", "mengkritiknya") or on
    the verb coordinated right after it ("menculik dan menganiayanya": both done to him)?"""
    if view.lower[trig.end - 1].endswith("nya") and not trig.reading.root.endswith("nya"):
        return True
    nxt = view.lower[trig.end + 1] if trig.end + 1 < len(view.words) else ""
    return view.lower[trig.end:trig.end + 1] in (["dan"], ["serta"]) and \
        nxt.endswith("nya") and active_verb(nxt)


def _by_means(view: View, trig: Trigger) -> bool:
    """Does the trigger follow "dengan" or "dengan cara" ("didalami KPK dengan memeriksa
    tiga saksi", "Korban disiksa dengan cara dipukul")?"""
    k = trig.start - 1
    if k > 0 and view.lower[k] == "cara":
        k -= 1
    return k >= 0 and view.lower[k] == "dengan"


def _described(view: View, trig: Trigger) -> bool:
    """Is a passive coercion, assault or release only a relative clause on the object of a
    preposition ("solidaritas terhadap temannya yang dihukum", "Untuk pihak-pihak yang
    ditetapkan tersangka, nanti kami update")? It says whom the phrase is about; the act is
    told elsewhere (but "Ada empat tersangka yang ditahan" tells it)."""
    if trig.voice != "passive" or trig.pattern.root not in _DESCRIBED_ROOTS:
        return False
    k = _relative_yang(view, trig.start)
    if k is None:
        return False
    if k == 0 or view.lower[k - 1] in _INMATES or view.is_break(k - 1) or \
            view.words[k - 1] in QUOTE_MARKS:
        return True  # "napi yang ditahan hanya kehilangan ...", "Karena yang dihukum itu
        # kan badannya": inmates, or whoever is punished, in general
    for j in range(k - 1, max(-1, k - 5), -1):
        w = view.lower[j]
        if w in _ABOUT_PREPOSITIONS:
            return True
        if view.is_break(j) or active_verb(view.words[j]) or w in _COORDINATORS:
            return False
    return False


_DESCRIBED_ROOTS = frozenset(("08", "17", "18"))
# (but "memutuskan untuk membatalkan keputusan itu": deciding to yield is yielding)
_DECIDING = frozenset("memutuskan diputuskan sepakat bersepakat menyepakati setuju menyetujui"
                      .split())
_ABOUT_PREPOSITIONS = frozenset("terhadap kepada untuk bagi atas soal tentang mengenai".split())
_INMATES = frozenset("napi narapidana terpidana tahanan warga-binaan binaan".split())


def _crime_story(ctx: Context, res: Resources) -> bool:
    """Is the article a police or court case of its home country (its police, prosecutors
    or courts are named)?"""
    law = res.law_sectors()
    return any(r.sector in law and r.country == ctx.home for r in ctx.article_agents)


def _charge_reader(view: View, trig: Trigger, res: Resources,
                   spk: ActorRef | None) -> list[ActorMention]:
    """The prosecutor in whose speech tag a charge is named as what is read out ('"...,"
    kata Jaksa Tegar dalam (surat) dakwaannya'): the speaker brings the charge. Only a 173
    noun and a law-enforcement speaker (a lawyer's 'perbuatan yang diuraikan dalam surat
    dakwaan' charges no one; "diamankan petugas saat OTT" is no speech tag)."""
    if trig.pattern.code != "173" or spk is None:
        return []
    k = trig.start - 1
    while k > 0 and view.lower[k] in _READING_WORDS:
        k -= 1
    if k == trig.start - 1:
        return []
    group = view.group_ending_at(k)
    return group if group and all(m.ref == spk and m.ref.sector in res.law_sectors()
                                  for m in group) else []


_READING_WORDS = frozenset(("dalam", "surat"))


def _victim_before(view: View, trig: Trigger, res: Resources) -> list[ActorMention]:
    """The victim of an event noun right after "korban": the subject of "menjadi korban",
    else the victim noun itself."""
    m = view.at.get(trig.start - 1)
    if m is None or m.end != trig.start or m.ref.actor_id not in view.lists.victim_agents:
        return []
    return left_subject(view, m.start) or [m]


def _first_person_before(view: View, start: int) -> bool:
    """'Saya minta ...', 'Kami juga meminta ...': the speaker of a quote is the subject of the
    verb at `start`."""
    first = view.lists.first_person
    for k in range(start - 1, max(-1, start - 5), -1):
        if view.lower[k] in first:
            return True
        if view.is_break(k) or k in view.at:
            return False
    return False


_CLAUSE_OPENERS = frozenset("dan tapi tetapi namun maka jadi kini ya lalu kemudian sehingga "
                            "ini itu kemarin besok sekarang tadi nanti "
                            "karena bahwa".split())


def _first_person_subject(view: View, start: int) -> bool:
    """"... kami resmi mengadukan ...": a first-person pronoun is the verb's own subject when
    only predicate words (adverbs, modals) stand between them and it opens its clause (not
    "klien kami, memeriksa", where it is a possessive, nor "saya kira ... optimis")."""
    j = start - 1
    while j >= 0 and (view.lower[j] in _PREDICATE_WORDS or view.lower[j] in ("resmi", "baru")):
        j -= 1
    if j < 0 or view.lower[j] not in view.lists.first_person:
        return False
    before = view.words[j - 1] if j > 0 else ""
    return not before or not before.isalpha() or before.lower() in _CLAUSE_OPENERS


_SUBJECT_WORDS = frozenset("saya kami kita aku dia ia mereka beliau kamu anda".split())
_DONE_VERBS = frozenset("dilakukan dilaksanakan digelar diadakan dijalankan diberikan "
                        "dijatuhkan dilayangkan dikeluarkan diterbitkan dibacakan "
                        "diumumkan dikuatkan diputuskan diajukan dilontarkan "
                        "disuarakan".split())  # ("Gugatan itu diajukan oleh Partai Buruh",
# "Kritik keras dilontarkan Komnas HAM kepada Polri": said or filed by the agent; not
# "disampaikan", which mostly tells who passed news of the act on: "Agenda sidang kabinet ini
# disampaikan oleh Seskab")
# "Penangkapan itu dibenarkan oleh X": X confirms the act; a confirming police officer or
# prosecutor speaks for the body that did it, anyone else does not
_CONFIRMED = frozenset(("dibenarkan", "dikonfirmasi"))
# Acts that are themselves said: told in the passive with a speech verb, the speaker is the
# agent ("Apresiasi juga disampaikan Presiden Prabowo kepada Kapolri", "Permintaan maaf
# disampaikan Kapolda"); an arrest "disampaikan" by X is only reported by X, and a threat
# "disampaikan Trump melalui media sosial" names its target elsewhere. Demands, criticism,
# complaints and refusals are said acts too ("Laporan dugaan pungli itu disampaikan oleh Ketua
# DPRD", "Penolakan itu disampaikan Menteri Luar Negeri")
_VOICED_ROOTS = frozenset(("02", "05", "10", "11", "12"))  # (appeals, praise, support,
# apology, demands, criticism, refusals)


_ADVERBS = frozenset("juga pun sudah telah tetap harus kembali masih lagi sempat terus bahkan "
                     "itu ini tersebut langsung".split())


_TOPIC_WORDS = frozenset("soal tentang mengenai terkait perihal seputar kasus".split())


def _bare_verb(view: View, trig: Trigger, res: Resources) -> bool:
    """A bare root used as a verb: after a subject pronoun or an actor ("kita minta",
    "saya dukung", "Dua saksi kembali mangkir"), across adverbs, modals and a short noun
    phrase ("Tersangka kasus suap itu mangkir"). (After a light verb it is a noun: the caller
    checks that first.)"""
    intent = view.lists.intent
    if trig.start > 0 and view.lower[trig.start - 1] in _TOPIC_WORDS:
        return False  # "buka suara soal Operasi Tangkap Tangan KPK": a topic, a noun
    if trig.start > 0 and view.lower[trig.start - 1] in ("begitu", "setelah", "sesudah", "saat",
                                                          "ketika", "usai", "seusai") and \
            fronted_clause(view, trig.start) is not None:
        return True  # "Begitu tiba di Kompleks Istana, rombongan pihak UEA ...": the verb of
        # a fronted clause whose subject follows its comma
    for k in range(trig.start - 1, max(-1, trig.start - 5), -1):
        if view.lower[k] in _SUBJECT_WORDS or k in view.at or _relative_closed(view, k):
            return True
        if view.is_break(k) or not view.words[k].isalpha() and view.lower[k] not in _ADVERBS:
            return False
        if view.lower[k].startswith(("me", "di")) and len(view.lower[k]) > 5 and \
                view.lower[k] not in _ADVERBS:
            return False  # "mengamankan aksi unjuk rasa": the object of another verb
        if view.lower[k] not in _ADVERBS and view.lower[k] not in intent and \
                view.words[k][:1].isupper():
            return False
    return False


def _relative_closed(view: View, k: int) -> bool:
    """Does the demonstrative at k close an actor's relative clause ("Korban yang disebut
    sebagai biduan itu langsung lapor ke polisi": the victim, so the bare root is a verb)?"""
    if view.lower[k] not in ("itu", "tersebut"):
        return False
    for j in range(k - 1, max(0, k - 9), -1):
        if view.is_break(j):
            return False
        if view.lower[j] == "yang":
            return j - 1 in view.at
    return False


def _done_by(view: View, k: int, voiced: bool = False, object_first: bool = False
             ) -> tuple[int, list[ActorMention]] | None:
    """A nominal event followed by a passive light verb and its agent:
    "OTT itu dilakukan oleh Bidpropam Polda Sumut"; for an act that is said (`voiced`), also
    a passive speech verb: "Dukungan terhadap Palestina disampaikan Presiden Prabowo". With
    `object_first` (acts done to someone) the one acted on may come first: "Penahanan Bupati
    Kolaka Timur dilakukan KPK"."""
    j = k
    speech = view.lists.passive_speech_verbs if voiced else ()
    while j < min(len(view.words), k + 7):
        if j in view.at and j > 0 and (view.lower[j - 1] in _FOR_WHOM or
                                       object_first and j == k):
            j = view.at[j].end  # "Hukuman mati untuk Al-Derazi telah dikonfirmasi oleh ...":
            continue  # whom the act is for, then who did it
        if view.lower[j] in _DONE_VERBS or view.lower[j] in _CONFIRMED or \
                view.lower[j] in speech:
            agent = after_preposition(view, j + 1, "oleh") or \
                (view.group_starting_at(j + 1) if j + 1 in view.at else []) or \
                _joined_by(view, j + 1)
            if view.lower[j] in _CONFIRMED and \
                    not all(m.ref.sector in view.res.law_sectors() for m in agent):
                agent = []
            if not agent and view.lower[j] in speech and view.lower[j] not in _DONE_VERBS:
                return None  # "aduan yang disampaikan melalui kanal ...": by no one named
            return j, agent  # an empty agent is left to the implicit-agent rule
        if view.is_break(j) or j in view.at or j >= k + 4 and view.lower[j] not in _ADVERBS:
            return None
        j += 1
    return None


_FOR_WHOM = frozenset(("untuk", "terhadap", "bagi", "kepada", "atas"))
_OBJECT_FIRST_ROOTS = frozenset(("08", "16", "17", "18", "19", "20"))


def act_position(lower: list[str], trig: Trigger) -> int:
    """Where an act is told as done, for its date: a nominal act's passive light verb ("Surat
    pemanggilan kepada Lisa hari ini telah dilayangkan ... sejak Jumat (17/10)": the sending),
    else the trigger."""
    if trig.pos != "noun":
        return trig.start
    return next((j for j in range(trig.end, min(len(lower), trig.end + 8))
                 if lower[j] in _DONE_VERBS), trig.start)


def _reported_by(view: View, k: int, spk: ActorRef) -> bool:
    """Is token k inside what the speaker is reported to say: after a verb of saying whose
    subject is the speaker, within the sentence ("Sergei menyebut ... menganiayanya")?"""
    speech = view.lists.speech_verbs
    for j in range(k - 1, -1, -1):
        if view.lower[j] in speech:
            group = left_subject(view, j)
            return bool(group) and group[-1].ref == spk
    return False


def _joined_by(view: View, k: int) -> list[ActorMention]:
    """"Demo yang digelar di Times Square ... diikuti ribuan orang": who took part is who
    acted."""
    for j in range(k, len(view.words) - 1):
        if view.is_break(j):
            return []
        if view.lower[j] in ("diikuti", "dihadiri"):
            nxt = j + 2 if view.lower[j + 1] == "oleh" else j + 1
            return view.group_starting_at(nxt) if nxt in view.at else []
    return []


_PLACE_WORDS = frozenset("kota kota-kota wilayah wilayah-wilayah kawasan pulau jalur provinsi desa "
                         "daerah daerah-daerah sebagian seluruh sejumlah berbagai beberapa ke "
                         "arah".split())  # what may stand before a place's name after a verb


def _place_target(view: View, trig: Trigger, res: Resources, start: int | None = None
                  ) -> list[ActorRef]:
    """The state of a place attacked or blockaded when no actor is named: "membombardir
    Jalur Gaza" targets Palestine. `start` skips a nominal's agent ("serangan Israel ...")."""
    j = k0 = trig.end if start is None else start
    marks = [p for p in ("ke", "di") if p in trig.pattern.target]
    if marks:  # "kunjungan ke Kupang", "terbang ke Batam", "tiba di Beijing"
        for k in range(trig.end, min(len(view.words), trig.end + WINDOW)):
            if view.lower[k] in marks:
                j = k + 1
                break
            if view.is_break(k):
                break
    violent = trig.root in VIOLENT_ROOTS  # "serangan Israel di Jalur Gaza"
    while j < len(view.words) and (view.lower[j] in _PLACE_WORDS or
                                   violent and view.lower[j] == "di"):
        j += 1
    n, place = lookup(view.words, j, res) if j < len(view.words) else (0, None)
    if place is None and j > k0:
        n, place = lookup(view.words, j - 1, res)  # "Jalur Gaza" is itself a name
    site = None
    if place is None and violent:
        place = site = _site_place(view, k0, res)  # "menyerang kilang minyak di Saratov"
    if place is None and trig.root == "15":
        place = _posture_place(view, k0, res)  # "latihan perang ... di sekitar Taiwan"
    if place is not None and place.country:
        sector = None if site else "CVL" if violent else "GOV"
        # (an attack on a place hits its people, "membombardir Kharkiv"; a visit or a show of
        # force is to its state, "kunjungan ke Kupang", "latihan ... di sekitar Taiwan"; an
        # attacked facility, "kilang minyak di Saratov", is no one's in particular)
        return [ActorRef(place.name, place.country + (sector or ""), place.country, sector,
                         place.id, "place")]
    return []


def _fronted_addressee(view: View, trig: Trigger) -> tuple[list[ActorMention], int]:
    """The actors of a sentence-opening "Kepada X, ..." before the trigger, whom the
    sentence's verbal act is addressed to, never its subject; and the comma that ends it."""
    k = 1 if view.words[:1] and view.words[0] in QUOTE_MARKS else 0
    if view.lower[k:k + 1] != ["kepada"]:
        return [], -1
    comma = next((j for j in range(k + 1, trig.start) if view.words[j] == ","), None)
    if comma is None:
        return [], -1
    found: list[ActorMention] = []
    for j in range(k + 1, comma):
        m = view.at.get(j)
        if m is not None and m not in found:
            found.append(m)
    return found, comma


def _aided_place(view: View, trig: Trigger, res: Resources, own: set[str | None]
                 ) -> list[ActorRef]:
    """The state of the place aid goes to when no recipient is named ("bantuan senilai 10 juta
    dolar untuk program pendidikan di Nusa Tenggara Timur" from Australia is for Indonesia's
    government there); a place in the donor's own country names no recipient."""
    for k in range(trig.end, min(len(view.words) - 1, trig.end + 15)):
        if view.is_break(k) and view.lower[k] not in ("untuk", "bagi"):
            return []
        if view.lower[k] in ("di", "ke"):
            place = lookup(view.words, k + 1, res)[1]
            if place is not None and place.country and place.country not in own:
                return [ActorRef(place.name, place.country + "GOV", place.country, "GOV",
                                 place.id, "place")]  # (given through its government)
    return []


def _all_parties(view: View, k: int) -> bool:
    """"menyerukan semua pihak untuk menahan diri", "tarif terhadap negara mana pun": everyone
    or anyone, no domestic party."""
    w = view.lower[k:k + 3]
    if len(w) >= 2 and w[0] in ("semua", "seluruh", "para", "kedua") and \
            w[1] in ("pihak", "negara", "belah"):
        return True
    for j in range(k, min(len(view.lower) - 1, k + 12)):
        if view.is_break(j):
            return False
        if view.lower[j] in ("negara", "pihak", "siapa") and \
                (view.lower[j + 1] == "manapun" or view.lower[j + 1:j + 3] == ["mana", "pun"] or
                 view.lower[j] == "siapa" and view.lower[j + 1] == "pun"):
            return True
    return False


_NEAR = frozenset(("sekitar", "dekat", "perairan", "lepas"))  # (a border is shared)


def _posture_place(view: View, k: int, res: Resources):
    """The place a show of force is aimed at, named by nearness in its clause: "menggelar
    latihan perang berskala besar di sekitar Taiwan", "berpatroli di dekat Kepulauan
    Spratly" (forces inside a place, "di Jakarta", are only located there)."""
    for j in range(k, min(len(view.words) - 1, k + 8)):
        if view.is_break(j) or view.words[j] in (",", "."):
            return None
        if view.lower[j] in _NEAR and j > 0 and view.lower[j - 1] in ("di", "ke", "dekat"):
            return lookup(view.words, j + 1, res)[1]
    return None


def _site_place(view: View, k: int, res: Resources):
    """The place of an attacked site named right after the act: "menyerang sebuah kilang
    minyak di wilayah Saratov" (a site noun, then "di" and the place; "menggunakan bom mobil
    di Mogadishu" names a weapon, not a site)."""
    sites = view.lists.site_nouns
    site = False
    for j in range(k, min(len(view.words) - 1, k + 6)):
        if view.is_break(j) or j in view.at:
            return None
        site = site or view.lower[j] in sites
        if view.lower[j] == "di" and site:
            x = j + 1
            while x < len(view.words) and view.lower[x] in ("wilayah", "kawasan", "kota",
                                                            "provinsi", "daerah", "distrik"):
                x += 1
            return lookup(view.words, x, res)[1] if x < len(view.words) else None
    return None


_BEFORE_VERB = frozenset(("juga", "pun", "turut", "segera", "langsung"))
_CONTRASTS = frozenset(("tetapi", "tapi", "namun"))


# words that stand between a subject and its verb (adverbs, modals, particles, demonstratives)
_PREDICATE_WORDS = frozenset(
    "akan juga pun turut segera langsung telah sudah masih tidak tak belum terus selalu tetap "
    "sangat hanya bisa dapat harus perlu ingin mau sedang tengah kembali pula ikut lebih makin "
    "semakin sempat pernah memang patut mampu wajib boleh tadi kini nanti cukup tentu sih kok "
    "lah dong tuh nih ya saling cuma sekadar lama ini itu tersebut solid kompak konsisten "
    "tega nekat sengaja".split())  # ("PKB menegaskan tetap solid mendukung Prabowo",
# "Seorang lansia berinisial J (63), tega mencabuli ...": how, not who)


_COLLECTIVES = frozenset("semuanya keduanya ketiganya seluruhnya sebagian kebanyakan".split())


def _reported_between(view: View, a: int, b: int) -> bool:
    """Is there a verb of saying or 'bahwa' between tokens a and b?"""
    speech = view.lists.speech_verbs
    return any(view.lower[j] in speech or view.lower[j] == "bahwa" for j in range(a, b))


def _other_subject(view: View, k: int) -> bool:
    """Does a word that is no actor stand as the subject right before the verb at k ("Para
    responden ini berharap", "Program ini membantu")? The speaker of the sentence is then
    not its subject."""
    if _first_person_before(view, k):
        return False  # "Kami resmi menaikkan ...": the speaker's own act
    first_person = view.lists.first_person
    j, intent = k - 1, view.lists.intent
    while j >= 0 and (view.lower[j] in _PREDICATE_WORDS or view.lower[j] in intent):
        j -= 1
    if (j < 0 or not view.words[j].isalpha()) and \
            view.lower[j + 1] in view.lists.demonstrative:
        return True  # '"Ini sangat mendukung ...': the thing said, not the speaker
    if j < 0 or j in view.at or not view.words[j].isalpha() or _open_relative(view, j):
        return False
    relative = view.lower[j] == "yang" and j > 0 and j - 1 not in view.at and \
        view.words[j - 1].isalpha() and view.words[j - 1].islower()
    if relative:
        j -= 1  # "peluru yang menewaskan Ruiz": the bullet did it, not the speaker
    w = view.lower[j]
    verb_like = len(w) > 4 and (w.startswith(("me", "di", "ber", "ter", "per")) or
                                w.endswith("kan"))  # "saya ucapkan terima kasih"
    if j > 0 and view.lower[j - 1] == "yang" and w in _COLLECTIVES:
        return True  # "lembaga ... yang semuanya menentang rakyat": the bodies do
    if len(w) > 5 and w.endswith("nya") and not relative:
        return False  # "menyatakan fraksinya siap mendukung": the speaker's own body (but
        # "alamnya yang sangat mendukung" is said of the land)
    if w in ("anda", "kamu", "engkau", "kalian"):
        return True  # "... dapat membantu Anda": advice to the reader, not the speaker's act
    return not verb_like and w not in first_person and w not in view.lists.not_names


def _open_relative(view: View, j: int) -> bool:
    """Is words[j] the end of a relative clause that an actor's comma opens and no comma
    closes ("Bupati Solok, Jon Firman Pandu, yang turut hadir juga mengucapkan terima
    kasih")? Its words describe the actor, who is the subject of the verb after them."""
    for x in range(j, max(0, j - 6), -1):
        if view.lower[x] == "yang":
            return view.words[x - 1] == "," and x - 2 in view.at
        if x in view.at or view.is_break(x) or not view.words[x].isalpha():
            return False
    return False


_THEN = frozenset(("lalu", "kemudian"))


def _own_subject_before_adverb(view: View, j: int) -> bool:
    """Does an actor that no verb takes as its object stand right before the 'lalu / kemudian'
    at j? Then it is the subject of a clause of its own ("Setelah para pelaku diamankan,
    korban lalu membuat laporan polisi"), not the object of the verb before ("Polisi menangkap
    pelaku lalu memeriksanya")."""
    if view.lower[j] not in _THEN or j - 1 not in view.at:
        return False
    group = view.group_ending_at(j - 1)
    return bool(group) and object_verb_before(view, group[0].start) is None and \
        not view.lower[group[0].start - 1:group[0].start] == ["oleh"]


def _relative_head(view: View, y: int) -> list[ActorMention]:
    """The actor a relative clause opened by "yang" at y describes: the nearest one before it
    within its noun phrase and apposition ("Eduardo Ruiz, seorang rapper berusia 32 tahun
    yang ikut unjuk rasa"); none past a clause break."""
    for j in range(y - 1, max(-1, y - _RELATIVE_SPAN), -1):
        group = view.group_ending_at(j)
        if group:
            return group
        if view.words[j] != "," and view.is_break(j):
            return []
    return []


_RELATIVE_SPAN = 10


def _subject_or_shared(view: View, k: int, prior: list[ActorRef]) -> list:
    """Left subject, or the subject shared with the previous verb: 'A V1 B dan V2 C'."""
    j = k - 1
    intent = view.lists.intent
    while j >= 0 and (view.lower[j] in intent or view.lower[j] in _BEFORE_VERB):
        j -= 1
    w = view.lower[j] if j >= 0 else ""
    # the previous verb's subject, coded or not: "A V1 B dan V2 C", "X memuji ..., tetapi
    # meminta ...", and a purpose ("bertemu Putin untuk membahas ..." is the subject's)
    if prior and (w in _SHARED_SUBJECT or w == "untuk" or
                  w in _CONTRASTS and j > 0 and view.words[j - 1] == ",") and \
            not _own_subject_before_adverb(view, j):
        return list(prior)
    first_person = view.lists.first_person
    if w in first_person:
        return []  # "kemudian kita berunding dengan China": the speaker's side, not the
        # actor named before ("kita audit BPKP")
    group = left_subject(view, k)
    if group and all(m.text.lower() in first_person for m in group):
        return []
    verb = object_verb_before(view, group[0].start) if group and w in _SHARED_SUBJECT and \
        w != "," else None
    if verb is not None:  # "Ayah TAS mendatangi Polresta dan meminta kejelasan": the second
        return left_subject(view, verb)  # verb is done by whoever did the first, not by
        # what the first was done to
    if group and _other_subject(view, k) and (_reported_between(view, group[-1].end, k) or
                                              "," in view.words[group[-1].end:k]):
        return []  # "Suyudi menyampaikan bahaya narkoba sedang mengancam ...", "Ditulis pada
        # masa pendudukan Jepang, Madilog mengajak ...": the clause has a subject of its own,
        # which is no actor
    return group


def _between(view: View, k: int) -> list[ActorRef]:
    """The parties of "antara A dan B" / "antara A dengan B" within a few words after a
    reciprocal act with no subject ("membahas teknis antara Kemensos dan BKN")."""
    for j in range(k, min(len(view.words) - 1, k + 8)):
        if view.is_break(j):
            return []
        if view.lower[j] == "antara" and j + 1 in view.at:
            group = view.group_starting_at(j + 1)
            end = group[-1].end
            if end < len(view.words) and view.lower[end] in ("dan", "dengan"):
                nxt = end + 1  # "antara Puan dan sejumlah tokoh", "... dan mantan Presiden Moon"
                while nxt < len(view.words) and view.lower[nxt] in _PARTY_MODIFIERS:
                    nxt += 1
                head = nxt  # "antara Puan dan sejumlah tokoh komponen masyarakat": the
                while nxt not in view.at and nxt < min(len(view.words), head + 3) and \
                        view.words[nxt].isalpha() and view.words[nxt].islower() and \
                        not view.is_break(nxt):  # group's head, past a few common nouns
                    nxt += 1
                if nxt in view.at and (view.lower[end] == "dengan" or nxt > end + 1):
                    group = group + view.group_starting_at(nxt)
            return list(dict.fromkeys(refs(group)))
    return []


_PARTY_MODIFIERS = frozenset("sejumlah beberapa para mantan eks seluruh semua".split())


def _as_refs(items: list) -> tuple[list[ActorRef], str]:
    if not items:
        return [], ""
    if isinstance(items[0], ActorMention):
        return refs(items), " dan ".join(m.text for m in items)
    return list(items), items[0].name


def _pairs(sources: list[ActorRef], tgts: list[ActorRef], sym: bool, both: bool
           ) -> list[tuple[ActorRef, ActorRef | None]]:
    if sym == "mutual" and not tgts and len(sources) >= 2:  # "saling membebaskan"
        return [(a, b) for a in sources for b in sources if a != b]
    if sym and not tgts and len(sources) >= 2:
        pairs = [(a, b) for a in sources for b in sources if a != b]
        return pairs if both else [(a, b) for i, a in enumerate(sources)
                                   for b in sources[i + 1:]]
    out: list[tuple[ActorRef, ActorRef | None]] = []
    for s in sources:
        for t in tgts or [None]:
            if t is not None and t == s:
                continue
            out.append((s, t))
            if sym and both and t is not None and t.country != s.country:
                out.append((t, s))  # same-country pairs once: the reverse adds nothing
    return out


class Told(NamedTuple):
    """An event the article told before the current sentence."""

    root: str  # the CAMEO root of its code
    source: ActorRef
    lemma: str  # the trigger's root word
    pattern_root: str  # the root of the pattern that coded it (a planned visit is still 04)
    target: ActorRef | None


@fast_init
@dataclass(frozen=True, slots=True)
class Context:
    """What the article said before this sentence, for speakers and implicit agents."""

    previous_person: ActorRef | None = None
    recent: tuple[ActorRef, ...] = ()  # actors of the article so far, most recent last
    article_agents: tuple[ActorRef, ...] = ()  # institutions named anywhere in the article
    home: str = "IDN"
    reciprocal_both: bool = True
    domestic_targets: bool = True
    history: tuple[Told, ...] = ()  # the article's earlier events
    # who says the quote this sentence is part of, when it is named in a later sentence
    # ('"Kami menolak rencana itu. Tentu kita pertanyakan urgensinya," kata Jazuli.')
    quote_speaker: ActorRef | None = None
    # who the last two sentences named as speaking ("Polisi menyebut CCTV itu rusak."): the
    # claimant a denial in this sentence answers
    claimant: ActorRef | None = None


def _thing_object(view: View, trig: Trigger) -> bool:
    """Is an arrest verb's object a thing ("polisi mengamankan plat nomor palsu", "kami
    amankan barang bukti"), not a person? Then nobody was arrested."""
    k = trig.end
    if trig.voice != "active" or trig.pos != "verb" or \
            trig.pattern.id not in view.lists.securing_patterns or \
            k >= len(view.words) or k in view.at:
        return False
    w = view.lower[k]
    return w.isalpha() and view.words[k].islower() and w not in _NOT_THINGS


_NOT_THINGS = _DETERMINERS | _NUMBER_WORDS | frozenset(  # what may stand between the verb
    "seorang beberapa ketiga keempat di ke dari pada sejak saat ketika usai setelah langsung "
    "kembali lagi juga pun yang dan untuk dalam sebanyak total".split())  # and a person


_GOVERNMENT = frozenset(("GOV",))
_STATE_SECTORS = frozenset(("GOV", "MIL", "LEG", "PTY"))  # (they also sanction and dismiss)
_FORCES = frozenset(("MIL", "COP"))  # armed forces and police
_VICTIMS = frozenset(("CVL", "EDU", "LAB", "MED", "REL"))  # private people hurt by crime


def _law_act(trig: Trigger, res: Resources) -> bool:
    """Is the trigger an act of law enforcement, whose agent may be left implicit?"""
    implicit = res.word_set("implicit_roots")
    return trig.root in implicit or trig.pattern.code in implicit or \
        trig.pattern.id in implicit


def _implicit(trig: Trigger, srcs: list[ActorRef], tgts: list[ActorRef], ctx: Context,
              res: Resources, how: str, named_subject: bool = False, thing: bool = False,
              witness: bool = False) -> tuple[list[ActorRef], list[ActorRef], str]:
    """Fill the agent or the suspect of a law-enforcement act the sentence leaves unnamed
    (not when its subject is named by a word that is no actor: "organisasi olahraga ... yang
    melarang Rusia"); one questioned "sebagai saksi" is a witness, not a suspect."""
    frame = how.split("+")[0]
    if not _law_act(trig, res) or \
            trig.pos != "verb" and frame not in ("receiving", "light-verb", "nominal-passive",
                                                 "victim", "read-out"):
        return srcs, tgts, ""  # bare nominalisations ("penyidikan") are too often background
    state_act = trig.pattern.id in res.word_set("state_acts")
    sectors = _GOVERNMENT if state_act else res.law_sectors()  # (a permit is revoked by the
    how = ""  # government, not by the police the story names)
    if not srcs and named_subject:
        return srcs, tgts, ""
    if not srcs and trig.pattern.voice == "speaker":
        return srcs, tgts, ""  # an act told only by its teller has no other agent ("Kapolres
        # mengungkapkan kedua tersangka adalah A dan B"; but "Salah satu tersangka adalah A",
        # told by the reporter, is background)
    if not srcs:
        # (an arrest, search or charge before trial is the police's or prosecutor's, not the
        # court's the story also names: courts only when no one else is there)
        pre_trial = trig.pattern.id in res.word_set("pre_trial_patterns")
        courts = res.word_set("courts")
        agent = None
        for skip in ((courts, frozenset()) if pre_trial else (frozenset(),)):
            agent = next((r for r in reversed(ctx.recent) if r.sector in sectors and
                          r not in tgts and r.actor_id not in skip), None) or \
                next((r for r in ctx.article_agents if r.sector in sectors and
                      r.actor_id not in skip), None)
            if agent is not None:
                break
        if agent is None:
            return srcs, tgts, ""
        if trig.pattern.id in res.word_set("dismissals") and \
                not any(t.sector == agent.sector for t in tgts):
            return srcs, tgts, ""  # students expelled by their campus, not by the police the
            # story names (but "dua anggota Polri di-PTDH" is the police's own act)
        abroad = {t.country for t in tgts if t.country and is_state(t.country)} - \
            {agent.country}
        if abroad == {ctx.home}:  # "Al-Derazi dihukum mati" in a story set in Saudi Arabia:
            (c,) = abroad  # by its courts, not by the Indonesian court named elsewhere (but
            # Russians questioned in an Indonesian story are questioned by Indonesian police)
            agent = ActorRef("(authorities)", c + (agent.sector or ""), c, agent.sector, None,
                             "implicit")
        srcs, how = [agent], "+implicit-agent"
    if state_act:
        return srcs, tgts, how
    if tgts and all(s.sector in sectors for s in srcs) and not witness:
        tgts = _as_suspects(tgts, res, by_number=trig.pattern.root != "09")
    states = {s.country for s in srcs}
    if not tgts and all(s.sector in sectors for s in srcs) and len(states) == 1:
        (c,) = states
        if is_state(c) and thing:  # "polisi mengamankan pelat nomor palsu": what was secured
            suspect = ActorRef("(unnamed suspect)", c + "CRM", c, "CRM", None, "implicit")
            return srcs, [suspect], how + "+seized"  # was seized from whoever had it
        told = _told_object(trig, ctx, c, sectors, res)
        if told is not None:
            return srcs, [told], how + "+told-before"
        if is_state(c):
            suspect = ActorRef("(unnamed witness)", c + "CVL", c, "CVL", None, "implicit") \
                if witness else \
                ActorRef("(unnamed crowd)", c + "CVL", c, "CVL", None, "implicit") \
                if trig.pattern.code.startswith("175") else \
                ActorRef("(unnamed suspect)", c + "CRM", c, "CRM", None, "implicit")
            # (violent repression, "polisi menembakkan gas air mata", falls on a crowd)
            tgts, how = [suspect], how + "+implicit-target"
    return srcs, tgts, how


def _told_object(trig: Trigger, ctx: Context, country: str, agents: frozenset[str],
                 res: Resources) -> ActorRef | None:
    """The same act named again as a noun without its object ("Penggeledahan tersebut
    dilaksanakan ...", "penyidik telah melakukan penggeledahan" after "Kejati menggeledah
    Kantor Diskominfo Sleman") was done to the one it was done to before: the target of the
    latest earlier event with the trigger's root word, when it is named, of the same
    country and no law-enforcement body itself; and a seizure with no one named ("menyita
    puluhan dokumen") took from the one searched before."""
    root = trig.reading.root
    if trig.pos == "noun":
        roots = (root,)
    elif root in res.word_set("seizure_roots"):
        roots = tuple(res.word_set("search_roots"))  # "tim kejaksaan menyita puluhan dokumen"
        # after searching the Diskominfo office: seized from the office searched
    else:
        return None
    return next((t.target for t in reversed(ctx.history) if t.lemma in roots and
                 t.target is not None and t.target.kind not in ("implicit", "unknown") and
                 t.target.country == country and t.target.sector not in agents), None)


def _as_witness(view: View, trig: Trigger) -> bool:
    """Is the one questioned or summoned a witness: "sebagai saksi" later in the clause
    ("memanggil tukang cukur ..., Budi Hermawan, sebagai saksi"), or the witnesses the
    clause describes ("19 saksi yang kami mintai keterangan", "saksi yang telah diperiksa")?"""
    if trig.pattern.root != "09":
        return False
    k = _relative_yang(view, trig.start)
    if k is not None and k > 0 and view.lower[k - 1] in _WITNESS_NOUNS:
        return True
    for j in range(trig.end, min(len(view.words) - 1, trig.end + 16)):
        if view.lower[j] == "sebagai" and view.lower[j + 1] in _WITNESS_NOUNS:
            return True
        if view.is_break(j) and view.lower[j] != ",":
            return False
    return False


_WITNESS_NOUNS = frozenset(("saksi", "saksi-saksi"))


def _relative_yang(view: View, k: int) -> int | None:
    """Where the "yang" stands whose relative clause the verb at k is the predicate of, past
    the agent pronouns and aspect words between them ("saksi yang telah diperiksa", "19 saksi
    yang kami mintai keterangan", "temannya yang sudah dihukum"); None when none does."""
    j = k - 1
    while j > 0 and view.lower[j] in _CLAUSE_FILLERS:
        j -= 1
    return j if j >= 0 and view.lower[j] == "yang" else None


_CLAUSE_FILLERS = frozenset("kami kita mereka saya telah sudah sempat akan sedang turut ikut "
                            "sebelumnya pernah juga".split())


@dataclass
class _Parties:
    """Who acts on whom for one trigger, and by which rules they were found."""

    sources: list[ActorRef]
    targets: list[ActorRef]
    source_text: str
    target_text: str
    how: str
    mentions: list  # the mention groups behind them (for confidence)


def _code(view: View, trig: Trigger, res: Resources) -> tuple[str, str, str] | Decision:
    """(code, modality, modal word) for a trigger, or the Decision that it is no event."""
    mode, word = _modality(view, trig, res, 0)
    if mode == "possible":  # "masyarakat bisa membuat aduan": what may be done, not done
        return Decision(trig, "not-asserted", f"a possibility ('{word}'), not an act")
    if mode == "negated":
        if not trig.pattern.negated:
            return Decision(trig, "negated", f"negated by '{word}'")
        comment = view.lists.comment_words
        if any(w in comment for w in view.lower[trig.end:trig.end + 3]):
            return Decision(trig, "negated", "declining to comment is no refusal "
                            "('belum bersedia memberikan tanggapan')")
        return trig.pattern.negated, mode, word
    if mode == "intent" and word in _WISHES and trig.pattern.root == "02" and \
            view.lower[trig.start - 1] == word:
        return trig.pattern.code, "asserted", word  # "Saya ingin meminta kesediaan Pak
        # Teddy": wishing to ask is asking
    if mode == "intent":
        intent = _intent_code(trig, res)
        if intent and intent.startswith("13") and word not in view.lists.threat_intent:
            intent = None  # wanting to arrest ("ingin menangkap") is no threat; a plan is
        if intent is None:
            return Decision(trig, "not-event",
                            f"a plan ('{word}') of a root with no CAMEO intent code")
        return intent, mode, word
    return trig.pattern.code, mode, word


def _judged_untold(trig: Trigger) -> bool:
    """Is the trigger a passive judgement of the speaker's ("Korlantas Polri juga dinilai /
    terbilang berhasil ...") in a sentence that names no speaker? It is then the judgement of
    the one the article last quoted ("Menurut Nasky, ..." a few sentences before)."""
    return trig.pattern.voice == "speaker" and trig.reading.prefix in _JUDGED and \
        "subject" not in trig.pattern.target


_JUDGED = frozenset(("di", "ter"))  # the passive forms of a judgement: "dinilai", "terbilang"


def _parties(view: View, trig: Trigger, res: Resources, ctx: Context, prior: list[ActorRef],
             spk: ActorRef | None) -> _Parties:
    """Source and target by voice and frame, then the context rules: implicit agents and
    suspects, the state of an attacked place, unspecified domestic targets."""
    # (read once: in the compiled build each read is a lookup, and Trigger.root a call)
    pattern, lists = trig.pattern, view.lists
    root = pattern.root
    who = spk or (ctx.previous_person if _first_person_before(view, trig.start) or
                  _judged_untold(trig) else None)
    srcs, tgts, how = _roles(view, trig, res, prior, who)
    if how == "nominal-without-agent":
        told = _told_again(view, trig, ctx)
        if told is not None:  # "Tuntutan itu juga disampaikan saat aksi di DPRD Riau": the
            srcs, tgts, how = [told.source], [told.target] if told.target else [], "told-again"
            # demand the article told before, voiced again
    addressed, comma = _fronted_addressee(view, trig)
    if addressed:  # "Kepada para siswa, Teddy juga berpesan ...": the pupils are addressed
        srcs = [m for m in srcs if not isinstance(m, ActorMention) or m not in addressed]
        if not srcs and comma + 1 in view.at and view.at[comma + 1].end <= trig.start:
            srcs = view.group_starting_at(comma + 1)  # "Kepada KPU, Komisi II DPR meminta"
        tgts = list(tgts) or addressed
    if pattern.sym and not tgts and len(srcs) == 1 and isinstance(srcs[0], ActorMention):
        b = srcs[0].start  # "BPJS Kesehatan bersama Kemenko PMK akan membahas ...": the
        before = next((m for m in view.mentions if m.end == b - 1 or m.end < b - 1 and
                       lookup(view.words, m.end, res)[0] == b - 1 - m.end), None) \
            if b > 1 and view.lower[b - 1] == "bersama" else None  # partner of a reciprocal
        if before is not None:  # act joined to its subject by "bersama" (past the region of
            tgts = [before]  # "Pemkot Palembang bersama DPRD ... menggelar rapat")
    src_refs, src_text = _as_refs(srcs)
    tgt_refs, tgt_text = _as_refs(tgts)
    tgt_refs = [t for t in tgt_refs if t not in src_refs]  # "X memastikan pihaknya ..."
    if pattern.id in lists.not_to_own_state:
        own = {s.country for s in src_refs}  # "Prabowo mengatakan Indonesia perlu bangga":
        tgt_refs = [t for t in tgt_refs if t.kind != "country" or t.country not in own]  # pride
    if pattern.sym and not src_refs:
        between = _between(view, trig.end)
        if len(between) >= 2:  # "pertemuan antara Kemensos dan BKN": the two parties
            src_refs, src_text, tgt_refs, how = between, " dan ".join(
                r.name for r in between), [], how + "+between"
    doer = _doer_of_deed(view, trig, res, ctx, src_refs)
    if doer:  # "menilai penetapan tersangka terhadap Lisa perlu diuji": the police who named her
        tgt_refs, how = doer, how + "+doer"
    if not tgt_refs and "object" in pattern.target:
        tgt_refs = _event_anaphor(view, trig, res, ctx, src_refs)
        how += "+event-anaphor" if tgt_refs else ""
    if not tgt_refs and root in _PRESSED_ROOTS and trig.pos == "verb" and \
            trig.voice == "active" and _clitic_object(view, trig):
        tgt_refs = _person_before(ctx, src_refs)
        how += "+clitic-object" if tgt_refs else ""
    if not tgt_refs and root == "13" and src_refs:
        tgt_refs = _step_anaphor(ctx, src_refs)  # '"Kami akan membalas," kata pejabat
        how += "+answered" if tgt_refs else ""  # Hizbullah' after Lebanon condemned Israel
    if not tgt_refs and pattern.code == "016":
        tgt_refs = _claimant(ctx, src_refs)
        how += "+claimant" if tgt_refs else ""
    named_subject = not src_refs and trig.pos == "verb" and trig.voice == "active" and \
        _other_subject(view, trig.start)  # (only asked when no source was found)
    src_refs, tgt_refs, implicit = _implicit(trig, src_refs, tgt_refs, ctx, res, how,
                                             named_subject, _thing_object(view, trig),
                                             _as_witness(view, trig))
    how += implicit
    if not src_refs and trig.voice == "passive" and trig.pos == "verb" and \
            pattern.id in lists.unnamed_critics and \
            len({t.country for t in tgt_refs}) == 1 and \
            all(t.kind not in ("unspecified", "implicit") and t.country for t in tgt_refs):
        c = tgt_refs[0].country  # "Boluarte dituduh memperkaya diri": by her own country's
        src_refs, how = [ActorRef("(unnamed critics)", c, c, None, None, "implicit")], \
            how + "+unnamed-critics"  # critics, whom the news leaves unnamed
    if not src_refs and spk is not None and trig.voice == "passive" and \
            trig.reading.root in _PRAISE_ROOTS and _deserved(view, trig.start):
        src_refs, how = [spk], how + "+speaker-deems"  # '"Tindakan Dinas ESDM patut
        # diapresiasi," kata Deni': Deni's own praise
    if not src_refs and spk is not None and trig.voice == "passive" and \
            view.lower[trig.start] in _ASKED and tgt_refs:
        src_refs, how = [spk], how + "+speaker-asks"  # '"Seluruh pemilik tambang diminta
        # menertibkan truknya," kata Ketua DPRD': the one who says it asks (not "diajak",
        # "dimintai klarifikasi": invited, questioned, by others the speaker tells of)
    if not src_refs and root == "18" and trig.voice == "passive" and trig.pos == "verb" \
            and tgt_refs and _crime_story(ctx, res) and \
            all(t.country == ctx.home and t.sector in _VICTIMS for t in tgt_refs):
        src_refs, how = [ActorRef("(unnamed assailant)", ctx.home + "CRM", ctx.home, "CRM",
                                  None, "implicit")], how + "+unnamed-assailant"
        # "Korban disiksa dengan cara dipukul" in a story of the police's case: a criminal of
        # the victim's country, whom the story names elsewhere or not at all (not in a war
        # story, where fighters kill, nor for a foreigner abroad, "Vera dibunuh")
    if not src_refs and root == "15" and trig.voice == "passive" and tgt_refs and \
            all(t.sector in _FORCES for t in tgt_refs):
        src_refs, tgt_refs, how = tgt_refs, [], how + "+forces-readied"  # "Puluhan personel
        # TNI dikerahkan / dipersiapkan": the forces readied show force, no one does it to them
    if not tgt_refs and root in lists.place_target_roots:
        after = max((m.end for m in srcs if isinstance(m, ActorMention) and
                     m.start >= trig.end), default=None)
        tgt_refs = _place_target(view, trig, res, after)
        if root == "15" and {t.country for t in tgt_refs} <= {r.country for r in src_refs}:
            tgt_refs = []  # exercises on one's own ground ("TNI ... di sekitar Natuna")
        how += "+place-target" if tgt_refs else ""
    if pattern.id in lists.abroad_only:  # "para menteri tiba di Istana
        tgt_refs = [t for t in tgt_refs if t.country not in {r.country for r in src_refs}]
    if not tgt_refs and root == "07" and src_refs:
        tgt_refs = _aided_place(view, trig, res, {s.country for s in src_refs})
        how += "+aided-place" if tgt_refs else ""
    if not tgt_refs and ctx.domestic_targets and pattern.target and \
            not (pattern.sym and len(src_refs) >= 2) and \
            "+between" not in how and pattern.id not in lists.needs_partner and \
            (root not in lists.no_implicit_target_roots or
             pattern.code in lists.implicit_target_codes) and src_refs and \
            all(s.country == ctx.home for s in src_refs) and not _all_parties(view, trig.end) \
            and not (root == "05" and trig.start > 0 and
                     view.lower[trig.start - 1] in _PURPOSE_WORDS):
        # ("... obligasi yang diterbitkan untuk mendukung proyek sosial": a purpose, no one's
        # support of the government)
        sector = "CVL" if root in ("07", "18") or \
            pattern.code.startswith(_TO_THE_PUBLIC) else \
            "BUS" if pattern.id in lists.permit_revocations else _authority(ctx, res)
        # (aid with no named recipient goes to the public, and so does an assault on
        # unnamed victims: "tembakan polisi" killed a protester, not the government; a
        # decision withdrawn yields to the public that objected, and an apology with no one
        # named, "Puan menyampaikan permohonan maaf atas ...", is made to the public, and a
        # denial, "Unud menepis kabar yang beredar", answers the claims going round; a
        # revoked permit, "mencabut empat IUP", was a business's)
        tgt_refs = [ActorRef("(unspecified)", ctx.home + (sector or ""), ctx.home, sector, None,
                             "unspecified")]
        how += "+domestic-target"
    return _Parties(src_refs, tgt_refs, src_text, tgt_text, how, list(srcs) + list(tgts))


_PRESSED_ROOTS = frozenset(("10", "11"))  # demands and criticism are pressed on persons

# passive verbs of voicing a demand, beside the lexicon's passive speech verbs ("disampaikan",
# "diutarakan"): "Tuntutan itu juga dilontarkan / disuarakan / diajukan ..."
_CONVEYED = frozenset("dilontarkan disuarakan diajukan dikemukakan diserukan digaungkan".split())
_TOLD_FAMILY = {"10": ("10", "02"), "11": ("11",), "12": ("12",)}  # (a demand may have been
# told as an appeal: "minta Khariq dibebaskan")


def _told_again(view: View, trig: Trigger, ctx: Context) -> Told | None:
    """The earlier event a demand, criticism or rejection noun with a demonstrative points back
    to when the sentence says it was voiced again ("Tuntutan itu juga disampaikan saat aksi di
    DPRD Riau"): the latest earlier event of its family, with its source and target."""
    family = _TOLD_FAMILY.get(trig.pattern.root)
    k = trig.end
    if family is None or k >= len(view.words) or view.lower[k] not in view.lists.demonstrative \
            or not any(w in _CONVEYED or w in view.lists.passive_speech_verbs
                       for w in view.lower[k + 1:k + 4]):
        return None
    return next((t for t in reversed(ctx.history) if t.pattern_root in family), None)


def _person_before(ctx: Context, src_refs: list[ActorRef]) -> list[ActorRef]:
    """Whom a clitic "-nya" of a demand or criticism points to: the latest person the article
    named who is not of the source's side ("Komisi III DPR menggelar rapat kerja dengan
    Kapolri. Anggota dewan mencecarnya soal ...": the Kapolri)."""
    if not src_refs:
        return []
    who = next((r for r in reversed(ctx.recent) if r.kind == "person" and
                not any(_same_side(r, s) for s in src_refs)), None)
    return [who] if who is not None else []


def _claimant(ctx: Context, src_refs: list[ActorRef]) -> list[ActorRef]:
    """Whom a denial with no one named answers: the one the sentences just before named as
    speaking, when that is not the denier nor one of its side ("Polisi menyebut CCTV di
    lantai 4 rusak. Namun, pihak Unud membantah CCTV itu mati": Unud denies what the police
    said; but after '"...," tegas Dewi', Unud's own spokeswoman, "Universitas Udayana menepis
    kabar ..." answers someone else)."""
    who = ctx.claimant
    if who is None or not src_refs or any(_same_side(who, s) for s in src_refs):
        return []
    return [who]


def _same_side(a: ActorRef, b: ActorRef) -> bool:
    return a == b or a.actor_id is not None and a.actor_id == b.actor_id or \
        a.name == b.name or a.code == b.code


_PURPOSE_WORDS = frozenset(("untuk", "guna", "demi", "dalam"))
_TO_THE_PUBLIC = ("055", "083", "016")  # apologies, decisions withdrawn, denials
_DESERVES = frozenset("patut layak pantas perlu harus".split())
_ASKED = frozenset(("diminta", "diimbau", "dihimbau"))
# (praise only: "rakyat kecil harus dibela" and "perlu didukung pengawasan" urge, not praise)
_PRAISE_ROOTS = frozenset(("apresiasi", "puji", "harga"))


def _deserved(view: View, k: int) -> bool:
    """Is the passive verb at k told as deserved ("patut diapresiasi", "layak untuk
    dipuji")? Said by someone, that is the speaker's own judgement."""
    before = view.lower[max(0, k - 2):k]
    if before[-1:] == ["untuk"]:
        before = before[:-1]
    return bool(before) and before[-1] in _DESERVES


def _result_of_act(view: View, trig: Trigger, decisions: list[Decision]) -> bool:
    """Is a violent verb's subject a violent act coded from a noun earlier in the sentence
    ("Serangan Israel di Jalur Gaza menewaskan 20 orang")? Then it tells that act's toll."""
    if trig.pattern.root not in VIOLENT_ROOTS:
        return False
    group = left_subject(view, trig.start)
    if not group:
        return False
    return any(d.outcome == "coded" and d.trigger.pos in ("noun", "bare") and
               d.trigger.pattern.root in VIOLENT_ROOTS and d.trigger.end == group[0].start
               for d in decisions)


def _authority(ctx: Context, res: Resources) -> str:
    """The sector of the authority an unaddressed domestic act is aimed at: the police,
    prosecutor or court body that has acted in the story so far (investigated, held or used
    force), else the government (also when the source is part of it: a ministry's appeal with
    no named addressee goes to the rest of the government)."""
    sectors = res.law_sectors()
    acted = next((t.source.sector for t in reversed(ctx.history)
                  if t.root in ("09", "17", "18") and t.source.sector in sectors), None)
    return acted or "GOV"


_PARTNER_ROOTS = frozenset("03 04 05 06 07 08 09".split())  # (09: "memanggil KPU untuk membahas")


def _partners(decisions: list[Decision], sources: list[ActorRef]) -> list[ActorRef]:
    """The named targets of the sentence's last coded act, as acted on by these sources, when
    that act is a meeting or cooperation ("bertemu Putin untuk menandatangani ..."); an
    expulsion or a recall has no partner ("memanggil pulang duta besarnya untuk konsultasi")."""
    last = next((d for d in reversed(decisions) if d.outcome == "coded"), None)
    if last is not None and last.trigger.pattern.root not in _PARTNER_ROOTS:
        return []
    out: list[ActorRef] = []
    for m in last.matches if last else ():
        if m.source in sources and m.target is not None and m.target.kind != "unspecified" \
                and m.target not in out:
            out.append(m.target)
    return out


def _incomplete(trig: Trigger, code: str, p: _Parties, res: Resources,
                mutual: bool = False) -> Decision | None:
    """The Decision that a trigger lacks a participant it needs, or None. A mutual act of
    several parties ("Rusia dan Ukraina saling membebaskan tawanan") has its targets among
    them."""
    if not p.sources:
        return Decision(trig, "no-source", f"no actor found for the source ({p.how})")
    if mutual and len(p.sources) >= 2:
        return None
    # coercion needs a named actor ("menahan suku bunga" is no detention); praise may be of
    # an unnamed domestic party ("mengapresiasi langkah itu"); what must be named is needed
    keys = (trig.root, code, trig.pattern.code, trig.pattern.id)  # (the code also when planned)
    needs_named = res.word_set("requires_named_target")
    must_name = any(k in needs_named for k in keys)
    strict = trig.root == "17" or must_name
    named = [t for t in p.targets if (t.kind != "unspecified" or not strict) and
             (t.kind != "implicit" or not must_name)]  # (nor a suspect filled in for it:
    # "Polisi mencopot stiker strobo" removes no one)
    needs_target = res.word_set("requires_target")
    if not named and (must_name or any(k in needs_target for k in keys)):
        return Decision(trig, "no-target", f"{code} needs an actor as target ({p.how})")
    if trig.pattern.sym and not p.targets and len(p.sources) < 2:
        return Decision(trig, "no-target", "a reciprocal act needs two parties")
    return None


def code_sentence(words: list[str], mentions: list[ActorMention], res: Resources,
                  ctx: Context | None = None, lowered: list[str] | None = None
                  ) -> list[Decision]:
    """Why each trigger of the sentence was coded or not; `lowered` are the words in lower
    case, when the caller already has them."""
    trigs = sentence_triggers(words, mentions, res, lowered)
    if not trigs:
        return []  # most sentences: nothing more to do
    return code_triggers(trigs, words, mentions, res, ctx, lowered)


def sentence_triggers(words: list[str], mentions: list[ActorMention], res: Resources,
                      lowered: list[str] | None = None) -> list[Trigger]:
    """The sentence's triggers, outside the actors' names (the first step of
    `code_sentence`: a caller can skip building the Context of a sentence without any);
    `lowered` are the words in lower case, when the caller already has them."""
    if not may_trigger(words, res):
        return []
    blocked = {k for m in mentions if m.how not in ("locative", "document-act")
               for k in range(m.start, m.end)}
    return find_triggers(words, blocked, res, lowered)


def code_triggers(trigs: list[Trigger], words: list[str], mentions: list[ActorMention],
                  res: Resources, ctx: Context | None = None, lowered: list[str] | None = None
                  ) -> list[Decision]:
    """`code_sentence` for the sentence's triggers (`sentence_triggers`, not empty)."""
    ctx = ctx or Context()
    view = _view(words, mentions, res, lowered)
    spk = speaker(view, ctx.previous_person) or ctx.quote_speaker
    decisions: list[Decision] = []
    subject: list[ActorRef] = []  # the last verb's subject, shared by "... dan V2"
    embedding_until, last_verb_end, content_from = -1, -10, -1
    unasserted_from = _unasserted_from(view, res)
    statute = _statute(view)  # (a whole sentence of law text is hypothetical)
    question = view.words[-1] == "?" or view.words[-2:-1] == ["?"]
    lower, lists = view.lower, view.lists
    if lower[0] == "berikut" and view.words[-1] == ":":
        return [Decision(t, "list-heading", "introduces a list ('Berikut daftar saksi yang "
                         "diperiksa:'): the items tell the acts") for t in trigs]
    intent = lists.intent
    for n, trig in enumerate(trigs):
        # (the trigger's fields read once: in the compiled build each read is a lookup)
        pattern, start, pos = trig.pattern, trig.start, trig.pos
        root = pattern.root
        nxt = trigs[n + 1] if n + 1 < len(trigs) else None
        if nxt is not None and lower[start] in intent and \
                nxt.pattern.root <= "08" and 0 <= nxt.start - trig.end <= 3 and \
                not any(view.is_break(k) or k in view.at for k in range(trig.end, nxt.start)):
            # (a cooperative act coded as its intent, 03x; a promise of a conflict act such as
            # "berjanji menindak" stays a promise)
            decisions.append(Decision(trig, "modal", "says how the next act is meant ('sepakat "
                                      "meningkatkan pertukaran informasi'): coded there"))
            continue
        if nxt is not None and pattern.id in lists.allegation_patterns and \
                nxt.start - trig.end <= 1:
            decisions.append(Decision(trig, "hedge", "says the next act is alleged ('diduga "
                                      "menyerang'): the act is coded there, hedged"))
            continue
        if start > unasserted_from:
            decisions.append(Decision(trig, "not-asserted", "inside what someone has not yet "
                                      "told or does not know ('belum menjelaskan', 'apakah')"))
            continue
        if pos in ("noun", "bare") and start > 0 and \
                lower[start - 1] in lists.facility_heads:
            decisions.append(Decision(trig, "facility", "names a place or facility ('pos "
                                      "pemeriksaan', 'ruang sidang'), not an act"))
            continue
        if root <= "07" and _duty_of(view, trig):
            decisions.append(Decision(trig, "duty", "what someone's role or duty is for "
                                      "('punya tanggung jawab untuk membantu masyarakat', "
                                      "'peran BUMN dalam mendukung ...'), not an act"))
            continue
        if question and root in _ASKED_ROOTS:
            decisions.append(Decision(trig, "question", "asked, not told ('Dia minta duit pasti "
                                      "maksa ya?'): a question states no appeal, plan or "
                                      "praise"))
            continue
        if statute or _conditional(view, trig, res):
            decisions.append(Decision(trig, "conditional", "inside a condition ('jika ...') "
                                      "or a rule for anyone ('setiap orang ...'): a "
                                      "hypothetical act"))
            continue
        if start <= embedding_until and not (
                _coordinated(view, trig) and not _content_opened(view, content_from, start)):
            decisions.append(Decision(trig, "embedded", "inside the content of an earlier "
                                      "appeal, demand, refusal or threat"))
            continue
        if pos in ("noun", "bare") and 0 <= start - last_verb_end <= 2 and \
                not _new_clause(view, last_verb_end, start):
            decisions.append(Decision(trig, "embedded", "the object of the verb before it "
                                      "('menandatangani perjanjian kerja sama')"))
            continue
        if pos == "verb" and "subject" not in pattern.target:
            last_verb_end = trig.end  # (a modal urging its subject has no object: "ini harus
            # kita dukung" is support)
        if _described(view, trig):
            decisions.append(Decision(trig, "description", "describes whom a phrase is about "
                                      "('solidaritas terhadap temannya yang dihukum'), an "
                                      "act told elsewhere"))
            continue
        if _by_means(view, trig) and _coded_before(decisions, root):
            decisions.append(Decision(trig, "means", "how the act before it was done ('didalami "
                                      "KPK dengan memeriksa tiga saksi'): one act"))
            continue
        if start > 0 and lower[start - 1] == "untuk" and \
                root in _DESCRIBED_ROOTS and \
                _coded_before(decisions, root):
            decisions.append(Decision(trig, "means", "what the act before it was done for "
                                      "('menembakkan gas air mata untuk membubarkan massa'): "
                                      "one act"))
            continue
        if root == "08" and start > 1 and \
                lower[start - 1] == "untuk" and \
                lower[start - 2] not in _DECIDING:
            decisions.append(Decision(trig, "purpose", "what another act is done for "
                                      "('berkomunikasi dengan Kementerian untuk memulangkan "
                                      "Dini'): a concession not yet made"))
            continue
        if pos == "verb" and pattern.code.startswith("112"):
            # "menuduh militer Myanmar membantai ...": the allegation is the event, the alleged
            # act is not (whether or not the accuser is found)
            embedding_until = max(embedding_until, _alleged_end(view, trig, res))
        if pos == "verb" and _result_of_act(view, trig, decisions):
            decisions.append(Decision(trig, "result", "what the violent act named as its "
                                      "subject did ('Serangan Israel ... menewaskan 20 orang')"))
            continue
        coded = _code(view, trig, res)
        if isinstance(coded, Decision):
            if pos == "verb":  # "Iran tidak menuduh Israel dan mengecam Rusia"
                subject = _as_refs(_subject_or_shared(view, start, subject))[0] or subject
            decisions.append(coded)
            continue
        code, mode, _ = coded
        parties = _parties(view, trig, res, ctx, subject, spk)
        if pattern.id in lists.help_patterns and pos == "verb" and \
                trig.end < len(view.words) and _activity_word(view.words[trig.end]) and \
                all(t.kind == "unspecified" for t in parties.targets) and \
                not _place_follows(view, trig.end, res):
            decisions.append(Decision(trig, "not-event", "helps to do something for no one "
                                      "named ('membantu menjembatani kesenjangan', "
                                      "'membantu penyelesaian masalah')"))
            continue  # (help to a place's people is help: "membantu penanganan banjir di Aceh")
        if code[:2] == "02" and _private_appeal(view, trig, parties):
            decisions.append(Decision(trig, "not-event", "a private person's wish or request to "
                                      "another ('Dewi berharap Gabriel ...'), or money asked for "
                                      "in a crime ('pelaku meminta uang kepada korban')"))
            continue
        if parties.how.endswith("+seized"):
            code = "1711"  # (things secured by the police: a seizure, not an arrest)
        if root == "10" and trig.reading.root == "tuntut" and parties.sources and \
                all(src.sector == "JUD" for src in parties.sources):
            code = "173"  # "JPU menuntut lima terdakwa ... hukuman 3 bulan penjara": prosecution
        if pattern.id in lists.allegation_patterns:
            accused = _accused(view, trig, res)
            if not accused:
                decisions.append(Decision(trig, "no-target", "an allegation needs the accused "
                                          "named right before it ('BS diduga mengirim ...')"))
                continue
            law = parties.sources and all(s.sector in res.law_sectors()
                                          for s in parties.sources)
            parties.targets = _as_suspects(accused, res) if law else accused
        if pos == "verb" and trig.voice == "passive" and parties.targets and \
                "+" not in parties.how:
            subject = parties.targets  # "turis Kanada ditangkap polisi setelah melukai
            # petugas": the clause's subject is the one arrested, not the police
        elif pos == "verb" and parties.sources:
            subject = parties.sources
        if root in _EMBEDDING_ROOTS and (pos in ("verb", "bare") or
                                         pattern.voice == "speaker") and \
                not pattern.code.startswith(_UNEMBEDDING_CODES) and \
                ("subject" not in pattern.target or _urged(view, trig)):
            # (a "harus" with no one urged opens no content: "Transformasi energi ini harus
            # kita dukung" is support; a said hope opens its clause: "Harapannya, Polri dapat
            # mengusut kasus ini")
            embedding_until, content_from = _clause_end(view, trig.end), trig.end
        elif pattern.code[:2] == "14" and purpose_at(view, trig.end) is not None:
            # "menggelar aksi ... untuk memprotes X": the objection is the protest's aim
            embedding_until = _clause_end(view, trig.end)
        unaddressed = not parties.targets or parties.how.endswith("+domestic-target")
        if unaddressed and _coded_before(decisions, root):
            decisions.append(Decision(trig, "same-act", "names no party of its own after an act "
                                      "of its kind ('bertemu Putin untuk membahas ...')"))
            continue
        if "subject" in pattern.target and any(_coded_before(decisions, r)
                                                    for r in ("02", "10")):
            decisions.append(Decision(trig, "same-act", "what the appeal told before it asks "
                                      "('memberi arahan kepada semua anggota DPR ... harus "
                                      "menjaga sikap')"))
            continue
        partners = _partners(decisions, parties.sources) if unaddressed and \
            start > 0 and lower[start - 1] == "untuk" else []
        if partners:  # "bertemu Putin untuk menandatangani perjanjian": signed with Putin
            parties.targets = partners  # (whatever country the story is about)
            parties.how = parties.how.replace("+domestic-target", "") + "+purpose-of-act"
        missing = _incomplete(trig, code, parties, res, _mutual(view, trig))
        if missing:
            decisions.append(missing)
            continue
        new = _matches(view, trig, code, mode, parties, ctx, res)
        if _repeated_violence(view, trig, new, decisions):
            decisions.append(Decision(trig, "same-act", "a second verb of the same violence "
                                      "by the same doer to the same victim ('menyerang dan "
                                      "melukai korban')"))
            continue
        decisions.append(Decision(trig, "coded", f"{parties.how}; {mode}", new))
    return _background_allegations(decisions, res)


def _repeated_violence(view: View, trig: Trigger, new: list[Match],
                       decisions: list[Decision]) -> bool:
    """Does a violent verb joined by 'dan / serta' to one coded before give the same events
    again ("para pelaku berusaha menyerang dan melukai korban": one assault, 182 twice)?
    Acts of different codes stay ("menculik dan menganiayanya": 181 and 182)."""
    if not new or trig.pattern.root not in VIOLENT_ROOTS or trig.start == 0 or \
            view.lower[trig.start - 1] not in ("dan", "serta"):
        return False
    done = {(m.code, m.source.name, m.target.name if m.target else None)
            for d in decisions if d.outcome == "coded" for m in d.matches}
    return all((m.code, m.source.name, m.target.name if m.target else None) in done
               for m in new)


def _view(words: list[str], mentions: list[ActorMention], res: Resources,
          lowered: list[str] | None = None) -> View:
    """The sentence as the role rules read it: documents named in it take no role."""
    return View(words, [m for m in mentions if m.how[:8] != "document"], res, lowered)


def quote_speaker(words: list[str], mentions: list[ActorMention], res: Resources,
                  previous_person: ActorRef | None) -> ActorRef | None:
    """Who is named as the speaker of the sentence that closes a quote ('...," kata X.')."""
    return speaker(_view(words, mentions, res), previous_person)


def _coded_before(decisions: list[Decision], root: str) -> bool:
    """Has an act of this CAMEO root been coded earlier in the sentence?"""
    return any(d.outcome == "coded" and d.trigger.pattern.root == root for d in decisions)


def _background_allegations(decisions: list[Decision], res: Resources) -> list[Decision]:
    """"M yang diduga mencabuli ... ditetapkan sebagai tersangka": the allegation describes the
    case of the coercion told in the same sentence against the same person; that act is the
    event."""
    allegations = res.word_set("allegation_patterns")
    acted_on = {m.target.name for d in decisions if d.outcome == "coded" and
                d.trigger.pattern.root == "17" for m in d.matches if m.target is not None}
    if not acted_on:
        return decisions
    hedged = {d.trigger.end for d in decisions if d.outcome == "hedge"}

    def background(d: Decision) -> bool:  # the allegation, or the alleged act itself ("yang
        # diduga mencabuli": its doer is the one coerced)
        if d.outcome != "coded":
            return False
        if d.trigger.pattern.id in allegations:
            return all(m.target is not None and m.target.name in acted_on for m in d.matches)
        return bool(hedged & {d.trigger.start, d.trigger.start - 1}) and \
            all(m.source.name in acted_on for m in d.matches)
    return [Decision(d.trigger, "background", "the case of a coercion coded in this sentence")
            if background(d) else d for d in decisions]


def _as_suspects(tgts: list[ActorRef], res: Resources, by_number: bool = True
                 ) -> list[ActorRef]:
    """Named people acted on by law enforcement are suspects, and so are people held by number
    ("14 orang") and people known only as "artis", "warga" ... (but people questioned by
    number are as often witnesses: "ada empat orang yang diperiksa")."""
    counted = res.word_set("counted_agents") if by_number else frozenset()
    return [ActorRef(t.name, (t.country or "") + "CRM", t.country, "CRM", t.actor_id, t.kind)
            if t.kind == "unknown" or t.actor_id in counted or
            t.kind == "person" and t.actor_id is None and t.sector == "CVL" else t
            for t in tgts]


_ALLEGED_LINKS = frozenset(("yang", "juga", "turut", "pun", "kini", "sempat"))


def _accused(view: View, trig: Trigger, res: Resources) -> list[ActorRef]:
    """Who "diduga V" accuses: the actor right before it ("tersangka BS diduga ...", "pelaku
    yang diduga ..."): a named person or a body, not a generic civilian group (victims,
    witnesses, residents: "korban yang diduga berutang" reports, it does not accuse)."""
    k = trig.start - 1
    if k > 0 and view.lower[k] in _ALLEGED_LINKS:
        k -= 1
    group = view.group_ending_at(k) if k >= 0 else []
    return [m.ref for m in group
            if m.ref.kind in ("person", "unknown") or m.ref.sector != "CVL"]


def _mutual(view: View, trig: Trigger) -> bool:
    """Is the act done to one another ("saling membebaskan")?"""
    return any(view.lower[k] == "saling" for k in range(max(0, trig.start - 3), trig.start))


def _matches(view: View, trig: Trigger, code: str, mode: str, p: _Parties, ctx: Context,
             res: Resources) -> list[Match]:
    """One Match per (source, target) pair: compounds, reciprocity and "saling"."""
    conf = _confidence(p.how, p.mentions, mode)
    if _hedged(view, trig, res):
        conf = round(conf * 0.8, 2)  # "diduga menyerang": reported, not established
    sym: bool | str = "mutual" if _mutual(view, trig) else trig.pattern.sym
    if mode == "intent" and sym is True and p.targets:
        sym = False  # "Retno dijadwalkan bertemu Lavrov": the plan is Retno's, not Lavrov's
    pairs = _pairs(p.sources, p.targets, sym, ctx.reciprocal_both)
    below = view.lists.subordinate_agents
    return [Match(trig, _pair_code(view, trig, code, s, t), _armed(s, code),
                  _superiors(t, s) if t and t.actor_id in below and
                  t.sector is None else t,  # ("jajaran Polresta" are the police's)
                  p.source_text, p.target_text if t else None, mode, conf, trig.pattern.sym)
            for s, t in pairs]


def _pair_code(view: View, trig: Trigger, code: str, s: ActorRef, t: ActorRef | None) -> str:
    """The code for one (source, target) pair: an attack between private people is an
    assault, 182 ("diserang orang tak dikenal"); missiles fired at no one ("Korea Utara
    menembakkan rudal balistik ke Laut Jepang") are a show of force, 150; sanctions a state
    imposes on another country ("AS menjatuhkan sanksi terhadap Rusia") are 163."""
    if trig.pattern.id in view.lists.private_assault_patterns and _private_fight(s, t):
        return "182"
    if t is None and trig.pattern.id in view.lists.untargeted_launch_patterns:
        return "150"
    if trig.pattern.id in view.lists.state_sanction_patterns and t is not None and \
            s.country and t.country and s.country != t.country and s.sector not in _UNARMED:
        return "163"  # "Uni Eropa menjatuhkan sanksi terhadap Iran": between states
    return code


_UNARMED = frozenset("CVL CRM UAF EDU JRN MED REL LAB BUS AGR".split())


def _armed(s: ActorRef, code: str) -> ActorRef:
    """A state named bare as the one who shows or uses armed force ("Korea Utara menembakkan
    rudal", "Israel membombardir Gaza") acts through its military."""
    if s.kind != "country" or s.code != s.country or code[:2] not in ("15", "19", "20"):
        return s
    return ActorRef(s.name, s.code, s.country, "MIL", s.actor_id, s.kind)  # (the code stays
    # the bare country, as for any state named as a whole)


def _private_fight(s: ActorRef, t: ActorRef | None) -> bool:
    """An attack between private people ("diserang orang tak dikenal"): an assault, 182."""
    return s.sector in _UNARMED and (t is None or t.sector in _UNARMED)


def _superiors(sub: ActorRef, boss: ActorRef) -> ActorRef:
    """"Prabowo meminta anak buahnya": the subordinates are of the speaker's country and
    sector (a minister's are GOV, a police chief's COP)."""
    if not boss.country:
        return sub
    return ActorRef(sub.name, boss.country + (boss.sector or ""), boss.country, boss.sector,
                    sub.actor_id, sub.kind)


_EVENT_HEADS = frozenset("rencana upaya langkah hasil keputusan aksi tindakan".split())


_GENERIC_ACTS = frozenset("langkah tindakan keputusan kebijakan".split())


def _step_anaphor(ctx: Context, sources: list[ActorRef]) -> list[ActorRef]:
    """Whose "langkah itu / keputusan tersebut" a statement is about, the act named by no event
    word: the party this side last reacted to ("Iran dan Rusia mengecam sanksi ... Uni Eropa.
    Kementerian Luar Negeri Rusia menyebut langkah itu ilegal"), else the last other party that
    acted."""
    own = {s.country for s in sources}
    recent = ctx.history[-6:]
    reacted = next((t.target for t in reversed(recent) if t.source.country in own and
                    t.root in _REACTION_ROOTS and t.target is not None and
                    t.target.country not in own and t.target.kind != "unspecified"), None)
    if reacted is not None:
        return [reacted]
    other = next((t.source for t in reversed(recent) if t.source.country not in own), None)
    return [other] if other is not None else []


_REACTION_ROOTS = frozenset(("10", "11", "12", "13", "16"))


def _event_anaphor(view: View, trig: Trigger, res: Resources, ctx: Context,
                   sources: list[ActorRef]) -> list[ActorRef]:
    """'Zelensky mengecam serangan itu': the target is whoever did the attack the article told
    of before (the latest earlier event of the root the noun names). A threat is aimed at
    whoever does what its condition names ("Pyongyang mengancam akan mengambil tindakan
    militer ... jika latihan itu terus berlanjut": those who held the exercise)."""
    found = _anaphor_at(view, trig.end, res, ctx, sources)
    if found or trig.pattern.root != "13":
        return found
    end = _clause_end(view, trig.end)
    opens = view.lists.conditionals  # (and "kalau": in a threat's clause it is 'if')
    cond = next((j for j in range(trig.end, end) if view.lower[j] in opens or
                 view.lower[j] == "kalau"), None)
    return _anaphor_at(view, cond + 1, res, ctx, sources) if cond is not None else []


def _anaphor_at(view: View, k: int, res: Resources, ctx: Context,
                sources: list[ActorRef]) -> list[ActorRef]:
    """The doer of the earlier act that the noun at k, with a demonstrative, names again."""
    anaphors = view.lists.demonstrative
    if k + 1 < len(view.words) and view.lower[k] in _GENERIC_ACTS and \
            view.lower[k + 1] in anaphors:
        return _step_anaphor(ctx, sources)  # "menyebut langkah itu ilegal"
    if k + 2 < len(view.words) and view.lower[k] in _EVENT_HEADS and \
            view.lower[k + 1] not in anaphors:
        k += 1  # "menyambut baik rencana kunjungan tersebut": the visit
    if k + 1 >= len(view.words) or view.lower[k + 1] not in anaphors and \
            (k + 2 >= len(view.words) or view.lower[k + 2] not in anaphors):
        return []
    found = [(p.root, r.root) for p, r in candidates(view.words[k], res)
             if view.lower[k] not in p.exclude]
    roots, lemmas = {root for root, _ in found}, {lemma for _, lemma in found}
    family = VIOLENT_ROOTS if roots & VIOLENT_ROOTS else roots  # "serangan" may be
    own = {s.country for s in sources}  # a strike told as a killing
    earlier = [(t.pattern_root, t.source, t.lemma) for t in reversed(ctx.history)
               if t.source not in sources]  # by pattern root: a planned visit is still a visit
    # the same word first ("latihan itu" is the exercise, not a later deployment), then the
    # same root, then violence of any root; another state's act before one's own
    for fits in (lambda r, w: w in lemmas and r in roots, lambda r, w: r in roots,
                 lambda r, w: r in family):
        hits = [src for root, src, lemma in earlier if fits(root, lemma)]
        other = [src for src in hits if src.country not in own]
        if other or hits:
            return [(other or hits)[0]]
    return []


def _unasserted_from(view: View, res: Resources) -> int:
    """Token index after which nothing is asserted: a negated verb of saying or knowing
    ("belum menjelaskan", "tidak mengetahui") or an open question ("apakah", "siapa saja
    yang ditetapkan", "apa perkara yang ...")."""
    neg, know = view.lists.negation, view.lists.knowledge_verbs
    question = view.lists.open_question
    if question.isdisjoint(view.lower) and know.isdisjoint(view.lower):
        return len(view.lower)  # (most sentences: neither a question nor a verb of knowing)
    for k, w in enumerate(view.lower):
        if w in question and not (w == "apa" and view.lower[k + 1:k + 2] == ["yang"]):
            return k  # "apa yang baik ... kami dukung" is a free relative, still asserted
        if w in know and any(view.lower[j] in neg for j in range(max(0, k - 3), k)):
            return k
    return len(view.lower)


_DEED_ROOTS = frozenset(("09", "16", "17", "18", "19", "20"))


def _doer_of_deed(view: View, trig: Trigger, res: Resources, ctx: Context,
                  sources: list[ActorRef]) -> list[ActorRef]:
    """Criticism or rejection of an act named by its noun ("menilai penetapan tersangka
    terhadap Lisa perlu diuji", "menolak penangkapan itu") is aimed at whoever did that act in
    the story: the latest earlier event of the act's root, also after "bahwa" ("mengatakan
    bahwa penahanan itu sewenang-wenang"). The act's own agent named right after the noun
    ("serangan Israel") is left to the usual rules."""
    k = trig.end
    if view.lower[k:k + 1] == ["bahwa"]:
        k += 1
    if trig.pattern.root not in ("11", "12") or "object" not in trig.pattern.target or \
            k >= len(view.words) or k in view.at:
        return []
    deeds = [(p, trigger_length(p, view.words, k)) for p, r in candidates(view.words[k], res)
             if p.root in _DEED_ROOTS and view.lower[k] not in p.exclude and
             form_of(r)[0] == "noun"]
    deeds = [(p, n) for p, n in deeds if n]
    if not deeds or k + max(n for _, n in deeds) in view.at:
        return []  # no act named, or its agent follows it ("keputusan Aljazair")
    roots = {p.root for p, _ in deeds}
    for t in reversed(ctx.history):
        if t.pattern_root in roots and t.source not in sources:
            return [t.source]
    return []


_TIME_UNITS = frozenset("hari tahun tahunnya bulan minggu pekan saat kali malam pagi siang "
                        "sore jam pekannya harinya".split())


def _statute(view: View) -> bool:
    """A sentence that opens as a clause of a law ("(4) Setiap Orang yang ...", "Barang siapa
    ...") states a rule, not an event."""
    w, k = view.lower, 0
    if w[:1] == ["("] and len(w) > 2 and w[2] == ")":
        k = 3  # "(4)"
    return w[k:k + 2] in (["setiap", "orang"], ["barang", "siapa"]) or w[k:k + 1] == ["barangsiapa"]


_OPINING = frozenset("berpendapat menilai mengatakan menyebut menegaskan menjelaskan "
                     "mengungkapkan menyatakan mengaku meyakini yakin menduga menganggap "
                     "memastikan".split())


def _new_clause(view: View, a: int, b: int) -> bool:
    """Do the words from a to b open a clause of its own, with a time word and a light verb
    ("ditangkap usai melakukan pembunuhan": the killing is an act, not the arrest's
    object)?"""
    between = view.lower[a:b]
    return any(w in _SCENE_WORDS for w in between) and \
        any(w in view.lists.light_verbs for w in between)


def _conditional(view: View, trig: Trigger, res: Resources) -> bool:
    """Is the trigger inside a clause opened by "jika", "apabila", ... or about anyone
    ("setiap orang yang ...", "setiap siswa ... dapat dikenai sanksi")?"""
    cond = view.lists.conditionals
    words, lower = view.words, view.lower  # (read once: each read is a lookup when compiled)
    for k in range(trig.start - 1, max(-1, trig.start - 12), -1):
        w = lower[k]
        if w in cond:
            return not (k > 0 and lower[k - 1] in _OPINING)  # ("berpendapat jika
            # perbuatan terdakwa ...": colloquial "that" after a verb of saying or thinking)
        if w == "setiap" and k + 1 < len(lower) and lower[k + 1] not in _TIME_UNITS:
            return True  # "Setiap Orang yang ... menyerang": a rule for anyone, no event
        if words[k] in (",", ";", ":") or w == "maka" or view.is_break(k):
            return False  # "jika X, maka Y" / "apabila X maka Y": Y is asserted as a consequence
    return False


def _hedged(view: View, trig: Trigger, res: Resources) -> bool:
    hedge = view.lists.hedge
    return any(view.lower[k] in hedge for k in range(max(0, trig.start - _MODAL_WINDOW),
                                                      trig.start))


def _coordinated(view: View, trig: Trigger) -> bool:
    """'melayangkan somasi dan meminta ...': a verb joined by a coordinator is a new act of
    the same subject, not part of the earlier act's content (a noun so joined is one more
    item of that content: "menolak surat dakwaan dan tuntutan jaksa")."""
    return trig.pos == "verb" and any(view.lower[k] in _COORDINATORS
                                      for k in range(max(0, trig.start - 2), trig.start))


_CONTENT_OPENERS = frozenset(("agar", "supaya", "untuk"))


def _duty_of(view: View, trig: Trigger) -> bool:
    """Does an active verb name what a role or duty is for ("Platform digital punya tanggung
    jawab sosial yang besar untuk membantu masyarakat", "masyarakat memegang peran penting
    dalam membantu ...")? A duty noun (lexicon duty_nouns) stands a few words before
    "untuk / dalam" right before the verb, in the same clause."""
    k = trig.start - 1
    if trig.pos != "verb" or trig.voice != "active" or k < 1 or \
            view.lower[k] not in ("untuk", "dalam"):
        return False
    for j in range(k - 1, max(-1, k - 7), -1):
        if view.is_break(j) or view.words[j] == ",":
            return False
        if view.lower[j] in view.lists.duty_nouns:
            return True
    return False


def _content_opened(view: View, a: int, b: int) -> bool:
    """Does the content of an appeal open between a and b? Then a verb coordinated there is
    one more thing asked for, not a new act ("mengimbau kepada seluruh pihak agar dapat
    bersinergi dan berkolaborasi ...", "meminta masyarakat mendoakan dan mendukung pemerintah
    daerah": the one asked and a verb with no object of its own right before the
    coordinator; but in "meminta Polri menangkap pelaku dan mengecam aksi itu" the second
    verb is a new act)."""
    if a < 0:
        return False
    first = b - 2  # (b - 1 is the coordinator)
    return any(view.lower[k] in _CONTENT_OPENERS for k in range(a, b)) or \
        first > a and first - 1 in view.at and active_verb(view.words[first])


def _alleged_end(view: View, trig: Trigger, res: Resources) -> int:
    """End of what an accusation alleges. "X diduga V ..." alleges only its own clause: "HM
    diduga mencemarkan nama baik FH hingga ditetapkan tersangka" goes on with what was done
    to HM, and "M yang diduga mencabuli ..., ditetapkan sebagai tersangka" with the main
    verb."""
    if trig.pattern.id not in view.lists.allegation_patterns:
        return _clause_end(view, trig.end)
    if trig.start > 0 and view.lower[trig.start - 1] == "yang":
        return -1
    return next((j for j in range(trig.end, len(view.words)) if view.is_break(j)),
                len(view.words))


def _clause_end(view: View, k: int) -> int:
    """End of the content an act at k embeds: the next contrast, semicolon or quote mark;
    for a fronted participle ("Dimintai konfirmasi, Kapolsek ... mengatakan ..."), its
    comma."""
    j = k
    first = 1 if view.words[:1] and view.words[0] in ('"', "“") else 0
    if k - 1 == first and view.lower[first].startswith("di") and "," in view.words[k:k + 6]:
        return k + view.words[k:k + 6].index(",")
    while j < len(view.words):
        if view.lower[j] in ("sementara", "namun", "sedangkan", "tetapi", ";") or \
                view.words[j] in QUOTE_MARKS:
            return j
        j += 1
    return j


def _confidence(how: str, mentions: list, mode: str) -> float:
    """Rule-based confidence: the frame that found the roles, implicit participants,
    coreference and modality each lower it."""
    base = {"active": 0.8, "passive": 0.8, "light-verb": 0.75, "receiving": 0.7,
            "nominal-by": 0.7, "first-person": 0.7,
            "speaker": 0.6, "nominal": 0.5, "nominal-passive": 0.7}.get(how.split("+")[0], 0.5)
    base *= 0.8 if "implicit" in how else 1.0
    coref = any(isinstance(m, ActorMention) and m.how.startswith("coref") for m in mentions)
    return round(base * (0.9 if coref else 1.0) * (0.9 if mode != "asserted" else 1.0), 2)
