"""What surrounds a trigger: is it negated, future, hypothetical or an intent, and what retypes it.

Statements, promises, threats, accusations and negated or future actions are claims, not
incidents (issue 5, "Not events"): a blocker word in the few tokens before a trigger, inside
the same clause, keeps the trigger from becoming an event.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from marsad.events.fatalities import HURT_TOLD
from marsad.events.lexicon import TriggerEntry, TriggerHit, TriggerLexicon, token_candidates, word_matches
from marsad.model import Token
from marsad.text import article_stripped

#: Punctuation that ends a clause for the blocker window (quotes and brackets do not).
CLAUSE_BREAKS = frozenset(".،,؛;:!?؟\n")
#: Blocker kinds that do not block ("لا تزال": still going on).
HARMLESS = frozenset({"continue"})
#: The lexicon's negated verbs of stopping (لا يهدأ، لم يتوقف): an act that goes on is no single incident, so
#: they block the trigger as a negation (the word the classifier learnt them as); the place they come before
#: stays the scene (`Extractor._tainted` taints after intent, future and negation kinds only).
ONGOING = "ongoing"


#: Reference blockers of retaliation: the trigger after them is the attack answered, an event of its own.
ANSWERED = frozenset({"ردا على", "رد", "برد", "رد على"})


def answered_attack(why: str) -> bool:
    """Whether a trigger was ruled out as the attack another act answered ("ردا على هجوم").

    Weak words before it (the missiles of the reply) then belong to the reply, not to that attack.
    """
    kind, _, word = why.partition(": ")
    return kind == "reference" and word.replace("\u064b", "").removeprefix("و") in ANSWERED


def blocked_by(lex: TriggerLexicon, tokens: Sequence[Token], hit: TriggerHit, lo: int) -> str | None:
    """The blocker kind and word that rule the trigger out ("negation: لم"), or None.

    Looks back `lex.window` word tokens from the trigger, not past index `lo` (the sentence's
    first token) nor past a clause break.
    """
    words = 0
    j = hit.first - 1
    reach = max(lex.windows.values(), default=lex.window)
    while j >= lo and words < reach:
        tok = tokens[j]
        if tok.kind == "punct":
            if tok.text in CLAUSE_BREAKS:
                break
            j -= 1
            continue
        words += 1
        j -= 1
    start = j + 1
    i = start
    while i < hit.first:
        m = lex.blocker(tokens, i)
        if m is None:
            i += 1
            continue
        last, kind = m
        end = last
        if kind == ONGOING:  # "لم يتوقف عن القصف": blocks as the negation word it opens with, from that word
            kind, end = "negation", i
        between = sum(1 for t in tokens[end + 1 : hit.first] if t.kind != "punct")
        if last < hit.first and kind not in HARMLESS and between < lex.windows.get(kind, lex.window):
            return f"{kind}: {' '.join(t.text for t in tokens[i : end + 1])}"
        i = last + 1
    return None


def stem_index(tokens: Sequence[Token], lo: int, hi: int) -> dict[str, list[int]]:
    """Candidate stem -> token indices for one sentence, so cues are looked up, not scanned."""
    index: dict[str, list[int]] = {}
    for i in range(lo, hi):
        if tokens[i].kind == "word":
            for c in token_candidates(tokens[i]):
                index.setdefault(c, []).append(i)
    return index


def _has_cue(
    tokens: Sequence[Token], index: dict[str, list[int]], lo: int, hi: int, cue: tuple[str, ...], skip: tuple[int, int]
) -> bool:
    for i in index.get(cue[0], ()):
        if i < lo or (skip[0] <= i <= skip[1] and len(cue) == 1):
            continue
        if i + len(cue) > hi:
            continue
        if all(word_matches(tokens[i + k].norm, w) for k, w in enumerate(cue[1:], start=1)):
            if any(tokens[j].norm.lstrip("و") in _PLANNING for j in range(max(lo, i - 2), i)):
                continue  # "كانوا يخططون لعمليات انتحارية": a plan's weapon, not the trigger's
            return True
    return False


#: Verbs of planning (shadow forms): a weapon right after one is what a plot would use.
_PLANNING = frozenset({"يخطط", "يخططون", "تخطط", "خطط", "خططت", "خططوا", "يعتزمون", "يعتزم", "يعدون"})


#: Nouns of a facility or programme: a chemical word after one ("منشآت لها علاقة بالأسلحة الكيميائية"،
#: "مواقع للأسلحة الكيماوية") names what was struck, not the weapon used.
_FACILITIES = frozenset(
    "منشات منشاه منشاة مواقع موقع مراكز مركز مخازن مخزن مستودعات مستودع مصانع مصنع مختبر مختبرات مرافق "
    "برنامج منشاتها مواقعها".split()
)
#: How many words after a facility noun its chemical word may come.
FACILITY_REACH = 4
_CHEMICAL_STEMS = ("كيميا", "كيماو")
#: Stems of a chemical weapon's words (كيماوي، الأسلحة الكيميائية، الكلور، السارين، غازات سامة): the one
#: vocabulary the event rules share.
_WEAPON_STEMS = (*_CHEMICAL_STEMS, "كلور", "سارين", "سامه")


def chemical_word(norm: str) -> bool:
    """A shadow-form word of a chemical weapon, whatever clitics it carries (بالكيماوي، والسارين)."""
    return any(stem in norm for stem in _WEAPON_STEMS)
#: Marks of the incident a strike answered (اثر هجوم كيميائي، ردا على، على خلفية، عقب): a chemical word
#: after one names that incident, not the strike's weapon.
_ANSWERS = frozenset({"اثر", "ردا", "خلفيه", "عقب", "انتقاما"})


def _facility(norm: str) -> bool:
    """A facility noun, bare or behind و/ب/ل/ف (لبرنامج، ببرنامج، ومواقع) and the article."""
    w = norm.lstrip("وف")
    return w.removeprefix("ال") in _FACILITIES or (w[:1] in "بل" and w[1:].removeprefix("ال") in _FACILITIES)


def chemical_target(tokens: Sequence[Token], lo: int, hi: int, first: int | None = None) -> bool:
    """The clause's chemical words name no weapon of the trigger: one within `FACILITY_REACH` words after
    a facility noun names the strike's target; when every one comes after an answer mark that follows the
    trigger (from token `first` on), they name the incident the strike answered."""
    for i in range(lo, hi):
        if tokens[i].kind != "word" or not _facility(tokens[i].norm):
            continue
        after = [t.norm for t in tokens[i + 1 : hi] if t.kind == "word"][:FACILITY_REACH]
        if any(stem in w for w in after for stem in _CHEMICAL_STEMS):
            return True
    if first is None:
        return False
    answer = next((i for i in range(first, hi) if tokens[i].kind == "word" and tokens[i].norm in _ANSWERS), None)
    if answer is None:
        return False
    return not any(
        tokens[i].kind == "word" and chemical_word(tokens[i].norm) for i in range(lo, answer)
    )


#: Attack nouns (shadow form, article stripped) a definite "الهجوم" may point back at.
_ATTACK_NOUNS = ("هجوم", "هجمات")
#: How many tokens back the antecedent of "الهجوم" may stand (about two sentences).
ANTECEDENT_REACH = 80
#: Words before "الهجوم" that tell its victims (لقوا حتفهم في الهجوم، قتلوا جراء الهجوم).
_IN_THE = frozenset({"في", "جراء", "وفي"})


def chemical_antecedent(tokens: Sequence[Token], first: int) -> bool:
    """"In the attack" (في الهجوم، جراء الهجوم) whose nearest attack noun before it is a chemical one
    ("هجوم بالأسلحة الكيماوية في سوريا … لقوا حتفهم في الهجوم الذي وقع مساء السبت في مدينة دوما"): the
    attack's toll told again.  Not when that chemical attack is one answered (ردا على الهجوم الكيماوي) or
    a site's link (المواقع المرتبطة بالهجوم الكيماوي): then the text tells another attack."""
    prev = next((k for k in range(first - 1, max(-1, first - 3), -1) if tokens[k].kind == "word"), None)
    if tokens[first].norm.lstrip("و") != "الهجوم" or prev is None or tokens[prev].norm not in _IN_THE:
        return False
    for i in range(first - 1, max(-1, first - ANTECEDENT_REACH), -1):
        t = tokens[i]
        if t.kind != "word" or not t.norm.lstrip("وبلف").removeprefix("ال").startswith(_ATTACK_NOUNS):
            continue
        after = [x.norm for x in tokens[i + 1 : i + 6] if x.kind == "word"][:3]
        before = [x.norm.lstrip("و") for x in tokens[max(0, i - 4) : i] if x.kind == "word"][-2:]
        return (any(chemical_word(w) for w in after) and not any(w in _ANSWERS for w in before)
                and not chemical_target(tokens, max(0, i - 4), i + 6))
    return False


#: Raids or strikes right before a targeting verb (غارتين استهدفتا، ضربات استهدفت مواقع للنظام): its
#: subject. (The lexicon's air cues are singular or plural raids anywhere in the clause.)
_DUAL_RAIDS = frozenset({"غارتين", "غارتان", "ضربات", "ضربه", "ضربتين", "غاره", "غارات"})
#: The fields of an air or drone strike, set wherever a rule retypes an event as one (here and in assemble).
AIR_FIELDS = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "plover_mode": "aerial"}
#: The fields of an armed clash, set wherever a rule retypes an event as one (assemble, cordons, capture_fights,
#: fallen_leaders).
CLASH_FIELDS = {"event_type": "Battles", "sub_event_type": "Armed clash", "plover_type": "ASSAULT", "plover_mode": "firearms"}
#: The fields of a riot (a violent demonstration), set wherever a rule reads the doers as rioters (assemble,
#: crowd_storming).
RIOT_FIELDS = {"event_type": "Riots", "sub_event_type": "Violent demonstration", "plover_type": "PROTEST", "plover_mode": "riot"}


def dual_raid_before(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """The word right before a targeting verb is raids or strikes ("خلال غارتين استهدفتا مركبات"): they are
    its subject, so the attack is an air strike. Only there: a dual elsewhere in the clause may be another
    incident beside artillery fire."""
    j = first - 1
    if j < lo or tokens[j].kind != "word":
        return False
    w = tokens[j].norm.lstrip("وفب")
    return w.removeprefix("ال") in _DUAL_RAIDS


#: Words that name a weapon of the ground right after قصف (قصف مدفعي، قصف صاروخي، قصف بالهاون).
_GROUND_FIRE = ("مدفع", "صاروخ", "بالمدفع", "بالصواريخ", "بالهاون", "هاون", "براجم", "بري")


def coalition_bombardment(tokens: Sequence[Token], hit: TriggerHit, hi: int) -> bool:
    """A bare قصف of the international coalition ("في قصف للتحالف الدولي بقيادة واشنطن"): that coalition
    fights from the air, so with no ground weapon named right after the noun it is an air strike."""
    if hit.entry.cls != "bombard" or hit.first != hit.last or tokens[hit.first].norm.lstrip("وبل") not in ("قصف", "القصف"):
        return False
    nxt = [t.norm for t in tokens[hit.last + 1 : min(hi, hit.last + 4)] if t.kind == "word"]
    if not nxt or nxt[0].removeprefix("ال").startswith(_GROUND_FIRE):
        return False
    return any(a.lstrip("ل").removeprefix("ال") == "تحالف" and b == "الدولي" for a, b in pairwise(nxt))


#: The adjective of a rocket or missile attack right after the attack noun (shadow form, article stripped):
#: "هجوما صاروخيا"، "لهجوم صاروخي"، "الهجمات الصاروخية".
_ROCKET_ADJECTIVE = "صاروخي"
#: Aircraft and raid nouns (shadow-form prefixes, article and a glued ب/و off) that make a missile attack an
#: air strike; "جوية" alone is not one (الرحلات الجوية، الدفاعات الجوية are flights and air defences).
_AIRCRAFT = ("طاير", "مروحي", "درون", "غاره", "غارات", "طيران")
#: Fighter jets (whole words): مقاتلون، مقاتلين are fighters on the ground.
_JETS = frozenset({"مقاتله", "مقاتلات", "مقاتلتين", "مقاتلتان"})


def rocket_attack(tokens: Sequence[Token], hit: TriggerHit, lo: int, hi: int) -> bool:
    """An attack noun with the rocket adjective right after it ("هجوما صاروخيا لفصائل المعارضة استهدف سوقا"،
    "بعد تعرضه لهجوم صاروخي") and no aircraft in its clause: a missile or rocket attack, whatever else the
    clause holds (the fighters who fired it, "الرحلات الجوية" the attack stopped)."""
    if hit.entry.cls != "attack":
        return False
    nxt = next((k for k in range(hit.last + 1, min(hi, hit.last + 3)) if tokens[k].kind == "word"), None)
    if nxt is None or not article_stripped(tokens[nxt].norm).startswith(_ROCKET_ADJECTIVE):
        return False
    for k in range(lo, hi):
        w = article_stripped(tokens[k].norm.lstrip("وب"))
        if tokens[k].kind == "word" and (w.startswith(_AIRCRAFT) or w in _JETS):
            return False
    return True


def refine(
    lex: TriggerLexicon,
    tokens: Sequence[Token],
    hit: TriggerHit,
    lo: int,
    hi: int,
    index: dict[str, list[int]] | None = None,
) -> tuple[dict[str, str], str | None]:
    """Type fields for the trigger after the cues of its clause, tokens lo..hi (first refiner that applies wins).

    Returns the fields and the refiner's name (None when the lexicon's own type stands).  "In the attack"
    with no cue of its own takes the chemical refiner when it points back at a chemical attack
    (`chemical_antecedent`).  `index` is the sentence's `stem_index` (built here when not given).
    """
    e: TriggerEntry = hit.entry
    fields = {
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "plover_type": e.plover_type,
        "plover_mode": e.plover_mode,
    }
    if (e.cls == "attack" and dual_raid_before(tokens, hit.first, lo)) or coalition_bombardment(tokens, hit, hi):
        fields.update(AIR_FIELDS)
        return fields, "air"
    if rocket_attack(tokens, hit, lo, hi):
        shell = next((r for r in lex.refiners if r.name == "shell"), None)
        if shell is not None:
            fields.update(shell.changes)
            return fields, "shell: a rocket attack"
    for r in lex.refiners:
        if e.cls not in r.classes:
            continue
        if index is None:
            index = stem_index(tokens, lo, hi)
        if any(_has_cue(tokens, index, lo, hi, cue, (hit.first, hit.last)) for cue in r.cues):
            if r.name == "chemical" and chemical_target(tokens, lo, hi, hit.first):
                continue  # the chemical word names the facility struck
            fields.update(r.changes)
            return fields, r.name
    if e.cls == "attack" and chemical_antecedent(tokens, hit.first):
        # "لقوا حتفهم في الهجوم" after a chemical attack: it takes the chemical refiner's fields
        chemical = next((r for r in lex.refiners if r.name == "chemical"), None)
        fields.update(chemical.changes if chemical is not None else {})
        return fields, "chemical"
    return fields, None


def _plain(tok: Token) -> str:
    """The token's shadow form without a glued و/ب and the article (وبقنابل → قنابل)."""
    w = tok.norm
    if len(w) > 3 and w[0] == "و":
        w = w[1:]
    if len(w) > 3 and w[0] == "ب":
        w = w[1:]
    return w.removeprefix("ال") if len(w) > 4 else w


#: Arms of a crowd (shadow forms, article dropped): hand grenades and petrol bombs are a riot's, not the
#: police's (whose grenades are of gas: قنابل الغاز، المسيلة للدموع).
_GRENADES = frozenset({"قنبله", "قنابل"})
_HAND = frozenset({"يدويه", "يدوي"})
_FIRE_BOTTLES = frozenset({"زجاجات", "زجاجه", "قنينات"})
_INCENDIARY = frozenset({"حارقه", "مولوتوف"})
#: Petrol or fire bombs (قنابل بنزين، قنابل حارقة): a crowd's weapon as much as a hand grenade (`_plain`
#: reads بنزين as a glued ب on نزين).
_PETROL = _INCENDIARY | {"نزين"}
#: What a thrown grenade or bomb is called after قنابل: hand, petrol or fire.
_THROWN = _HAND | _PETROL
#: Setting fire (stems) and what a riot burns: a building or tyres; burning a flag or a picture is a gesture.
_BURN_STEMS = ("احرق", "اشعل", "اضرم", "حرق")
_BURNT = frozenset({"مبني", "مباني", "مقر", "مقرات", "اطارات", "مكاتب", "مكتب", "سيارات", "محال", "محلات", "مركبات"})
_FORCE_NOUNS = frozenset({"قوات", "رجال", "عناصر", "افراد", "الشرطه", "شرطه"})
#: Stems of a toll's dead (مقتل خمسة من رجال الأمن): security men killed at a demonstration were killed by the crowd.
_KILLED_TOLD = ("مقتل", "قتل", "مصرع")
#: How many words after the death word "من" and the security noun may stand (مقتل خمسة من رجال الأمن: 3).
KILLED_REACH = 4


def protester_violence(tokens: Sequence[Token], lo: int, hi: int) -> str | None:
    """The words of tokens lo..hi that tell a crowd's own violence: hand grenades, petrol bombs, a building
    or tyres set on fire, security men counted among the hurt (ACLED's violent demonstration: its
    clashes are the protesters' riot, not only the police's force).  Security men among the dead tell it as
    much ("مواجهات … مع قوات الأمن أدت إلى مقتل خمسة من رجال الأمن").  None when it tells none."""
    words = [_plain(t) for t in tokens[lo:hi] if t.kind == "word"]
    for a, b in pairwise(words):
        if (a in _GRENADES and b in _THROWN) or (a in _FIRE_BOTTLES and b in _INCENDIARY):
            return f"{a} {b}"
    if "مولوتوف" in words:
        return "مولوتوف"
    if any(w.startswith(_BURN_STEMS) for w in words) and any(w in _BURNT for w in words):
        return next(w for w in words if w.startswith(_BURN_STEMS))
    if any(w.startswith(HURT_TOLD) for w in words):  # security men counted among the hurt
        for a, b in pairwise(words):
            if a == "من" and b in _FORCE_NOUNS:
                return f"{a} {b}"
    for i, w in enumerate(words):  # or among the dead, right after the death word (مقتل خمسة من رجال الأمن)
        if w.startswith(_KILLED_TOLD):
            near = words[i + 1 : i + 1 + KILLED_REACH]
            if any(a == "من" and b in _FORCE_NOUNS for a, b in pairwise(near)):
                return w
    return None


#: Boats or vehicles rigged with explosives (shadow forms): struck, they are a weapon stopped on its way.
_CARRIERS = ("زورق", "زوارق", "قارب", "قوارب")
_RIGGED = ("مفخخ", "ملغوم", "ملغم")
#: Air-defence missiles (shadow forms): fired at a drone or a missile, they intercept it.
_AIR_DEFENCE = frozenset({"باتريوت", "اعتراضي", "اعتراضيه", "اعتراضيا"})
_AT = frozenset({"علي", "نحو", "باتجاه", "تجاه", "ضد"})


def carrier_struck(tokens: Sequence[Token], last: int, hi: int) -> bool:
    """The trigger's object, within its next three words, is an explosive-laden boat ("استهدفت زورقين
    مفخخين"): the strike destroyed an attack on its way, ACLED's disrupted weapons use."""
    words = [_plain(t) for t in tokens[last + 1 : hi] if t.kind == "word"][:3]
    return any(a.startswith(_CARRIERS) and b.startswith(_RIGGED) for a, b in pairwise(words))


#: Verbs and nouns of destroying (shadow forms, و dropped): "تدمير 3 زوارق مفخخة" stopped the boats.
_DESTROY = ("دمر", "تدمير", "يدمر", "تدمر")
#: How many words after the destroying word the rigged boat may stand (تدمير 3 زوارق سريعة مفخخة).
DESTROYED_REACH = 5


def carrier_destroyed(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """The sentence destroys an explosive-laden boat ("تمكنت السفن من تدمير 3 زوارق سريعة مفخخة"، "تدمير
    الزورقين المفخخين … كانت تستهدف"): a carrier word within `DESTROYED_REACH` words after a destroying
    word, a rigged word within three after the carrier; the weapon never reached its target."""
    words = [_plain(t) for t in tokens[lo:hi] if t.kind == "word"]
    for i, w in enumerate(words):
        if not w.startswith(_DESTROY):
            continue
        for j in range(i + 1, min(len(words), i + 1 + DESTROYED_REACH)):
            if words[j].startswith(_CARRIERS) and any(b.startswith(_RIGGED) for b in words[j + 1 : j + 4]):
                return True
    return False


def air_defence_at(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """An air-defence missile fired at the trigger's drone or missile ("أطلق الجيش صاروخ باتريوت على طائرة
    بدون طيار"): the word before the trigger aims at it, an air-defence word comes within four before."""
    words = [i for i in range(lo, first) if tokens[i].kind == "word"][-5:]
    if not words or tokens[words[-1]].norm not in _AT:
        return False
    return any(_plain(tokens[i]) in _AIR_DEFENCE or tokens[i].norm.lstrip("و") in _AIR_DEFENCE for i in words[:-1])
