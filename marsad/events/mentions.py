"""Actor mentions of a document: the actor knowledge base's actors and generic phrases, with the
country they belong to, for the event's roles (`marsad.events.actors`).

Reporters and monitors are sources, not parties, unless they announce their own act; a coalition no
word names is the one fighting in the document's theatre; Yemeni news' "rebels" are the Houthis there.
"""

from __future__ import annotations

import bisect
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from marsad.errors import MarsadError
from marsad.gazetteer.countries import country
from marsad.gazetteer.demonyms import demonym_country
from marsad.lexicons.actors import ActorKB, GenericMatch
from marsad.model import Document, Token
from marsad.text import article_stripped, normalize
from marsad.text.span_index import SpanIndex

log = logging.getLogger(__name__)

#: KB actor types that report on events rather than take part in them.
NOT_ACTORS = frozenset({"media", "ngo"})


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in the text; `label` may hold {country} or need one appended."""

    start: int
    end: int
    text: str
    label: str
    inter: int | None
    kind: str
    needs_country: bool
    actor_country: str | None = None
    generic: Any = None
    #: The text has it claim an act (أعلنت حركة الشباب مسؤوليتها عن الهجوم، وتبنى تنظيم الدولة الهجوم).
    claims: bool = False
    #: ACLED's names of the group's branches by country (`Actor.branches`): Islamic State (Iraq), AQAP in Yemen.
    branches: tuple[tuple[str, str], ...] = ()
    #: The date its own sentence gives, (YYYY-MM-DD, precision), if any (`claim_dates.date_mentions`).
    told_date: tuple[str, int] | None = None

    def _country_of(self, iso2: str | None) -> str | None:
        """The country whose forces a generic phrase names in an event at `iso2`: its nationality word's, else the
        event's; soldiers or an army of no named side in Palestine are Israel's (the occupying army of Gaza and
        West Bank reports), not the Palestinian Authority's."""
        if self.needs_country and self.actor_country:
            return self.actor_country
        if self.kind == "military" and self.needs_country and (iso2 or "").upper() == "PS":
            return "IL"
        return iso2

    def name(self, iso2: str | None) -> str:
        """The ACLED-style name in the event's country (or the actor's own, when the text gives it)."""
        if self.branches:
            return _branch_name(self.label, self.branches, iso2)
        iso2 = self._country_of(iso2)
        if self.generic is not None:
            kb = _kb()
            if kb is not None:
                try:
                    return kb.acled_name_for(self.generic, iso2)
                except MarsadError:
                    pass
        c = country(iso2)
        if not self.needs_country or c is None:
            return self.label.replace(" ({country})", "").replace("{country}", "").strip()
        if "{country}" in self.label:
            # soldiers or police of no named side (جنود إسرائيليون): the state's ACLED name, as a KB phrase gets it
            kb = _kb() if self.kind in ("military", "security") else None
            force = kb.state_forces.get(c.iso2, {}).get(self.kind) if kb is not None else None
            return force or self.label.replace("{country}", c.name)
        return f"{self.label} ({c.name})"

    def inter_in(self, iso2: str | None) -> int | None:
        """ACLED inter code; a foreign state's forces are external forces (8)."""
        home = self.actor_country or self._country_of(iso2)
        if self.inter == 1 and home and iso2 and home.upper() != iso2.upper():
            return 8
        return self.inter


def _branch_name(label: str, branches: Sequence[tuple[str, str]], iso2: str | None) -> str:
    """A branched group's name in the event's country, as ACLED names each branch (Islamic State in Iraq:
    Islamic State (Iraq); al-Qaeda in Yemen: AQAP); with no country, or none listed, its own name."""
    c = country(iso2)
    if c is None:
        return label
    named = dict(branches)
    pattern = named.get(c.iso2, named.get("*"))
    return pattern.replace("{country}", c.name) if pattern else label


@lru_cache(maxsize=4)
def _kb(extra_path: str | None = None) -> Any:
    try:
        return ActorKB.load(extra_path)
    except (MarsadError, OSError, ValueError, KeyError) as err:
        log.warning("actor KB unavailable, events get generic actors only: %s", err)
        return None


def find_mentions(doc: Document, actors_path: str | None = None) -> list[ActorMention]:
    """Actor mentions of the whole document, left to right, overlaps resolved (KB actors win).

    `actors_path` is a user's actors file merged into the shipped KB (the same one the
    `marsad.actors.v1` linker was given), so that user actors become event parties too.
    """
    kb = _kb(actors_path)
    found: list[ActorMention] = []
    if kb is not None:
        tokens = list(doc.tokens) or None
        matches = [(m.start, m.end, m.text, m.actor) for m in kb.find(doc.text, tokens)]
        for e in doc.entities:
            a = kb.get(e.kb_id) if e.kb_id and e.kb_id.startswith("actor:") else None
            if a is not None:
                matches.append((e.start, e.end, e.text, a))
        theatre = _theatre(doc)
        if theatre in ("YE", "SA"):  # a Saudi-set story of missiles and rebels is the Yemen war's too
            houthis = kb.get("houthis")
            if houthis is not None:
                matches = [(s, e, t, houthis if _iran_backed_militia(a, t) else a) for s, e, t, a in matches]
                matches.extend((t.start, t.end, t.text, houthis) for t in doc.tokens if t.norm in _YEMEN_REBELS)
                matches.extend((t.start, t.end, t.text, houthis) for t in _bare_militias(doc.tokens, matches))
            government = kb.get("yemen_government_forces")
            if government is not None:
                matches.extend((s, e, doc.text[s:e], government) for s, e in _joint_forces(doc.tokens))
                matches.extend((s, e, doc.text[s:e], government) for s, e in _bare_resistance(doc.tokens, matches))
        coalition = _THEATRE_COALITIONS.get(theatre or "")
        if coalition is not None:
            matches = [(s, e, t, _coalition_here(kb, a, t, coalition)) for s, e, t, a in matches]
            # in the Yemen war "the coalition" is the Saudi-led one wherever it stands; elsewhere only once named
            anywhere = theatre in ("YE", "SA") or any(a is not None and a.id == coalition for _, _, _, a in matches)
            matches.extend((t.start, t.end, t.text, kb.get(coalition)) for t in _bare_coalitions(doc.tokens, anywhere))
        for start, end, text, a in matches:
            if a is None:
                continue
            if a.inter is None and a.member_of:
                a = kb.get(a.member_of) or a
            if a.inter is None or a.type in NOT_ACTORS:
                continue  # a reporter, monitor or official speaking is a source, not a party
            if a.type == "state_force" and _portable(text):
                found.append(generic_mention(_police(start, end, text)))
                continue
            kind = "organization" if a.source_kind == "organization" else a.type
            found.append(ActorMention(start, end, text, a.acled_name or a.name, a.inter, kind, False, a.country,
                                      branches=a.branches))
        found.extend(generic_mention(g) for g in kb.generic(doc.text, tokens))
    found.extend(_extra_generic(doc))
    starts = [t.start for t in doc.tokens]
    found.extend(_acting_states(doc, starts))
    found = [_with_nationality(doc, m) for m in found]
    sources = [(c.source.start, c.source.end) for c in doc.claims if c.source.start is not None and c.source.end is not None
               and not _reports_own_act(doc.tokens, starts, c.source.end)]
    # by position: a million-character document has thousands of sources; a mention meets only those it starts in or
    # up to four characters after (`_part_of_source`)
    index = SpanIndex(sources)
    found = [m for m in found if not any(s <= m.start < e or _part_of_source(doc.text, s, e, m.start)
                                         for s, e in index.near(m.start - 4, m.start))]
    found.sort(key=lambda m: (m.start, -(m.end - m.start), m.generic is not None))
    out: list[ActorMention] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(_with_claim(doc.tokens, starts, m))
    return out


#: Verbs of adopting an act whose subject right after them claims it (وتبنى تنظيم الدولة الهجوم).
_ADOPT_VERBS = frozenset(normalize(w) for w in ("تبنى", "تبنت"))


#: The act claimed, told as the one the report is about (عن الهجوم، التفجير): not a count of past ones (عن اثنين منها).
_THE_ATTACK = frozenset(normalize(w) for w in (
    "الهجوم", "الهجومين", "التفجير", "التفجيرين", "الانفجار", "الاعتداء", "العملية", "الاغتيال"))


def _with_claim(tokens: Sequence[Token], starts: Sequence[int], m: ActorMention) -> ActorMention:
    """`m` marked as claiming an act when a claim word follows it within three words or an adopting verb stands
    right before it, and the attack itself (الهجوم، التفجير) is named within four words after it."""
    k = bisect.bisect_left(starts, m.start)
    if k >= len(tokens) or tokens[k].start != m.start:
        return m
    j = bisect.bisect_left(starts, m.end)
    after = any(t.norm in CLAIM_WORDS for t in tokens[j : j + 3])
    before = k > 0 and tokens[k - 1].norm.lstrip("و") in _ADOPT_VERBS
    attack = any(t.norm.removeprefix("عن") in _THE_ATTACK for t in tokens[j : j + 5])
    return replace(m, claims=True) if (after or before) and attack else m


def _part_of_source(text: str, source_start: int, source_end: int, start: int) -> bool:
    """A name set off by a comma right after a source (قال الرئيس الأميركي، دونالد ترامب) is that source; one
    after عن following a verb of passing on (نقلت وكالة الأنباء عن الشرطة) is the source's own source, no party
    to what it tells (but قال الجيش عن الحوثيين is about them)."""
    if not 0 < start - source_end <= 4:  # before the source, or too far after it (and no slice of the text between)
        return False
    between = text[source_end:start]
    if between.strip() == "عن":
        return "نقل" in text[max(0, source_start - 12):source_start]
    return between.strip() in ("،", ",")


#: Verbal nouns that, right after a source announcing them, say the source did it (أعلن الجيش شن غارات،
#: أكد التحالف تدمير مخازن، أعلن العراق قصف غرفة عمليات).
_OWN_ACTS = frozenset(normalize(w) for w in (
    "مسؤوليتها", "مسؤوليته", "مسؤوليتهم", "المسؤولية",
    "شن", "تنفيذ", "قصف", "استهداف", "تدمير", "اعتراض", "إسقاط", "ضرب", "اعتقال", "إلقاء", "توقيف", "مداهمة",
    "اقتحام", "السيطرة", "تحرير", "استعادة", "إحباط", "تفكيك"))
#: … or verbs after أنه/أنها (ذكر جهاز الأمن أنه اعتقل، أعلن الجيش أنه قصف): the source says it acted.
_OWN_ACT_VERBS = frozenset(normalize(w) for w in (
    "اعتقل اعتقلت اعتقلوا قصف قصفت قصفوا شن شنت شنوا نفذ نفذت نفذوا استهدف استهدفت دمر دمرت اعترض اعترضت "
    "أسقط أسقطت أوقف أوقفت ضبط ضبطت داهم داهمت اقتحم اقتحمت حرر حررت سيطر سيطرت تمكن تمكنت قتل قتلت").split())
#: What may stand between the source and that noun: a time, a comma, a conjunction (أعلن الجيش، مساء الجمعة، شن).
BETWEEN_SOURCE_AND_ACT = frozenset(normalize(w) for w in (
    "،", ",", "امس", "اليوم", "الليلة", "مساء", "صباح", "فجر", "ظهر", "ليل", "الاحد", "الاثنين", "الثلاثاء",
    "الاربعاء", "الخميس", "الجمعة", "السبت", "عن", "أنه", "أنها"))


#: Verbs of announcing (and قد) between a source named before its verb and its act (وكان النظام قد أعلن عن
#: سيطرته): the subject-first order of أعلن النظام عن سيطرته.
ANNOUNCING = frozenset(normalize(w) for w in ("أعلن", "أعلنت", "أكد", "أكدت", "قال", "قالت", "ذكر", "ذكرت", "قد"))


def _reports_own_act(tokens: Sequence[Token], starts: Sequence[int], end: int) -> bool:
    """The source announces its own act (أعلن الجيش الإسرائيلي، مساء الجمعة، شن غارات; وكان النظام قد أعلن عن
    سيطرته): it is the doer, so it stays an event party; a source that reports what others did (أفاد المرصد
    بمقتل) does not.  `starts` are the tokens' start offsets (sorted)."""
    k = bisect.bisect_left(starts, end)
    if k > 0 and tokens[k - 1].norm in CLAIM_WORDS:
        return True  # the claim word ended up inside the source's span (أعلن تنظيم داعش مسؤوليته)
    announced = False
    for seen, t in enumerate(tokens[k : k + 6]):
        w = t.norm.lstrip("و")
        stem = _unsuffixed(w)
        own = stem != w and _noun_of(stem) in _OWN_ACTS  # سيطرته، اعتقالها: by its pronoun
        if own or (not announced and (w in _OWN_ACTS or w in _OWN_ACT_VERBS or stem in _OWN_ACTS)):
            return True
        if seen <= 1 and w in ANNOUNCING:
            announced = True  # named before its verb (وكان النظام قد أعلن): only its act with its pronoun
            continue
        if (t.norm not in BETWEEN_SOURCE_AND_ACT and t.kind != "punct") or seen >= 4:
            return False
    return False


def _unsuffixed(w: str) -> str:
    """اعتقالها، قصفه، تنفيذهم: the verbal noun without the doer's pronoun."""
    for suffix in ("هم", "ها", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def _noun_of(w: str) -> str:
    """The verbal noun as the act lexicon spells it: سيطرت (of سيطرته) is السيطره, اعتقال is اعتقال."""
    noun = "ال" + w[:-1] + "ه"
    return noun if w.endswith("ت") and noun in _OWN_ACTS else w


#: The coalition fighting in each theatre: a bare "التحالف" whose aircraft or forces act in Yemen is the
#: Saudi-led one, in Syria or Iraq the US-led one.
_THEATRE_COALITIONS = {"YE": "saudi_coalition", "SA": "saudi_coalition", "SY": "international_coalition",
                       "IQ": "international_coalition"}
#: What a coalition flies, fires or fields (طائرات التحالف، غارات التحالف، قوات التحالف).
COALITION_ARMS = frozenset(normalize(w) for w in (
    "قوات", "طائرات", "مقاتلات", "طيران", "غارات", "غارة", "ضربات", "بوارج", "مدفعية", "مروحيات", "لقوات",
    "لطائرات", "لمقاتلات", "لطيران", "وقوات", "وطائرات", "ومقاتلات", "وطيران", "وغارات", "بغارات", "بقوات"))
#: Words after "التحالف" that name which one (التحالف العربي، التحالف الدولي بقيادة واشنطن).
_COALITION_NAMED = frozenset(normalize(w) for w in ("العربي", "الدولي", "بقيادة", "الإسلامي", "السعودي", "الغربي"))


#: What Yemeni news calls the Houthis without naming them (المتمردين، الانقلابيين): in a Yemen story nobody else.
_YEMEN_REBELS = frozenset(normalize(w) for w in (
    "المتمردين", "المتمردون", "للمتمردين", "والمتمردين", "الانقلابيين", "الانقلابيون", "للانقلابيين", "والانقلابيين"))


#: The militia with the article (الميليشيا، للميليشيات، والمليشيات): in a Yemen story, the Houthis.
_MILITIA = frozenset(p + w for p in ("ال", "لل", "وال", "بال", "فال", "ولل")
                     for w in ("ميليشيا", "ميليشيات", "مليشيا", "مليشيات"))
#: … unless the word after says whose it is (الميليشيات الموالية للإمارات، المليشيات التابعة للانتقالي).
_OWNED_BY = ("الموالي", "التابع", "المدعوم")
_IRAN = frozenset(normalize(w) for w in ("لإيران", "لطهران", "للحوثي", "للحوثيين"))


def _bare_words(tokens: Sequence[Token], matches: Sequence[tuple[int, int, str, Any]], words: frozenset[str],
                named_by_next: Callable[[int], bool]) -> list[int]:
    """Indices of the tokens in `words` that no actor match starts at, and that neither an actor match starting
    at the next token nor `named_by_next(k)` gives to another body: a bare word the story's usage names."""
    covered = {s for s, _, _, _ in matches}
    return [k for k, t in enumerate(tokens) if t.norm in words and t.start not in covered
            and not (k + 1 < len(tokens) and (tokens[k + 1].start in covered or named_by_next(k)))]


def _bare_militias(tokens: Sequence[Token], matches: Sequence[tuple[int, int, str, Any]]) -> list[Token]:
    """Yemeni news calls the Houthis "the militia" once named (استكمال تطهير جيوب المليشيا): a definite
    militia word that no actor name starts at or right after, and that no owner phrase gives to another."""
    def owned(k: int) -> bool:
        return tokens[k + 1].norm.startswith(_OWNED_BY) and not (k + 2 < len(tokens) and tokens[k + 2].norm in _IRAN)
    return [tokens[k] for k in _bare_words(tokens, matches, _MILITIA, owned)]


#: "The joint forces" with its article and a clitic (القوات المشتركة، وللقوات المشتركة).
_FORCES = frozenset(("القوات", "والقوات", "بالقوات", "فالقوات", "وبالقوات", "للقوات", "وللقوات"))
#: … that the next word gives to the coalition (القوات المشتركة للتحالف): not the Yemeni ones.
_COALITION_OWNED = frozenset(normalize(w) for w in ("للتحالف", "لقوات", "لتحالف"))


def _joint_forces(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Yemeni news' "joint forces" (القوات المشتركة) are the government's and its allies' forces on the west
    coast, the KB's Yemeni government forces, as «القوات المشتركة في الساحل الغربي» already is; not when the
    next word makes them the coalition's."""
    out = []
    for k in range(len(tokens) - 1):
        a, b = tokens[k], tokens[k + 1]
        if (a.norm in _FORCES and b.norm == "المشتركه"
                and not (k + 2 < len(tokens) and tokens[k + 2].norm in _COALITION_OWNED)):
            out.append((a.start, b.end))
    return out


#: "The resistance" with its article and a clitic (المقاومة، وللمقاومة): in a Yemen story the pro-government
#: fighters (the joint, Tihama and popular resistance), as «المقاومة اليمنية المشتركة» already is.
_RESISTANCE = frozenset(normalize(w) for w in ("المقاومة", "والمقاومة", "للمقاومة", "وللمقاومة", "بالمقاومة",
                                               "فالمقاومة", "وبالمقاومة"))
#: "Forces" before it, taken into the span (قوات المقاومة، ولقوات المقاومة).
_FORCES_OF = frozenset(normalize(w) for w in ("قوات", "وقوات", "لقوات", "ولقوات", "بقوات", "وبقوات", "مدفعية"))
#: Adjectives after it that keep it the pro-government side; any other (الجنوبية، الإسلامية) names another body.
_RESISTANCE_KINDS = frozenset(normalize(w) for w in ("الشعبية", "التهامية", "اليمنية"))


def _bare_resistance(tokens: Sequence[Token], matches: Sequence[tuple[int, int, str, Any]]) -> list[tuple[int, int]]:
    """Spans of a bare "resistance" (وتواصل المقاومة تقدمها، مواجهات مع قوات المقاومة) no actor alias covers, in a
    Yemen story: the government's side, which the article's battles with the Houthis are fought by.  Not when
    an adjective of the article makes it another body (المقاومة الجنوبية) or an alias covers the next word."""
    covered = {s for s, _, _, _ in matches}

    def other_body(k: int) -> bool:
        nxt = tokens[k + 1].norm
        return nxt.startswith("ال") and nxt not in _RESISTANCE_KINDS
    out = []
    for k in _bare_words(tokens, matches, _RESISTANCE, other_body):
        before = tokens[k - 1] if k else None
        taken = before is not None and before.norm in _FORCES_OF and before.start not in covered
        out.append((before.start if taken and before is not None else tokens[k].start, tokens[k].end))
    return out


def _iran_backed_militia(a: Any, text: str) -> bool:
    """"الميليشيات الموالية لإيران، الميليشيات الإيرانية" name Iran's proxies; in a Yemen story that is the
    Houthis, not the Revolutionary Guard the KB links the phrase to (Yemeni news' usual name for them)."""
    return a is not None and a.id == "irgc" and any(w in normalize(text) for w in ("ميليشي", "مليشي"))


def _theatre(doc: Document) -> str | None:
    """The country most of the document's places lie in."""
    counts = Counter(p.iso2 for p in doc.places if p.iso2)
    return counts.most_common(1)[0][0] if counts else None


#: Verbs of the coalition's acts next to a bare "التحالف" (شن التحالف، التحالف يشن، الغارات التي يشنها التحالف).
_COALITION_ACTS = frozenset(normalize(w) for w in (
    "شن", "نفذ", "كثف", "يشن", "ينفذ", "يكثف", "شنها", "شنه", "يشنها", "يشنه", "نفذها", "ينفذها", "قصف", "يقصف",
    "دمر", "يدمر", "وشن", "ونفذ", "وكثف"))
#: The last word of "air defence" (قوات الدفاع الجوي للتحالف، الدفاعات الجوية للتحالف).
_AIR_DEFENCE = frozenset({"الجوي", "الجويه"})


def _bare_coalitions(tokens: Sequence[Token], anywhere: bool = False) -> list[Token]:
    """"التحالف" right after a weapon or force noun and not named further (مقاتلات التحالف قصفت); with
    `anywhere` (a story whose war has one coalition) also as the subject of a verb of its acts or the owner
    of a strike (كثف التحالف هجماته، غارات للتحالف), unless an adjective names another (التحالف الوطني)."""
    out = []
    for k in range(1, len(tokens)):
        t = tokens[k]
        own_defence = t.norm == "للتحالف" and tokens[k - 1].norm in _AIR_DEFENCE  # الدفاع الجوي للتحالف
        armed = t.norm == "التحالف" and tokens[k - 1].norm in COALITION_ARMS
        acting = anywhere and (
            (t.norm == "للتحالف" and tokens[k - 1].norm in COALITION_ARMS)  # غارات للتحالف
            or (t.norm == "التحالف" and (tokens[k - 1].norm in _COALITION_ACTS
                                         or (k + 1 < len(tokens) and tokens[k + 1].norm in _COALITION_ACTS))))
        if not (own_defence or armed or acting):
            continue
        nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        if nxt in _COALITION_NAMED or (not armed and nxt.startswith("ال") and nxt.endswith(("ي", "يه"))):
            continue
        out.append(t)
    return out


def _coalition_here(kb: Any, a: Any, text: str, coalition: str) -> Any:
    """A coalition alias that names no side (طيران التحالف) is the coalition of the theatre."""
    if a.id not in _THEATRE_COALITIONS.values() or a.id == coalition:
        return a
    if any(w in _COALITION_NAMED for w in normalize(text).split()[1:]) or "تحالف دعم" in normalize(text):
        return a
    return kb.get(coalition) or a


#: Names of security services that many Arab states give theirs (Jordan's, Lebanon's and Syria's الأمن
#: العام; Lebanon's and Syria's قوى الأمن الداخلي): the KB links them to one state's entry, but as event
#: parties they are the police of the country where the event happens.
_PORTABLE = frozenset(normalize(w) for w in (
    "الأمن العام", "جهاز الأمن العام", "قوات الأمن العام", "عناصر الأمن العام", "الأمن الداخلي", "قوى الأمن الداخلي",
    "قوات الأمن الداخلي", "قيادة الأمن الداخلي", "مديرية الأمن الداخلي", "قوات وزارة الداخلية"))


def _portable(text: str) -> bool:
    w = normalize(text)
    return w in _PORTABLE or (w[:1] in "وبلف" and w[1:] in _PORTABLE) or (w[:2] == "لل" and "ا" + w[1:] in _PORTABLE)


def _police(start: int, end: int, text: str) -> Any:
    """A portable security name as the generic police of the event's country."""
    return GenericMatch(start, end, text, "Police Forces of {country}", 1, True, "security", "security")


def generic_mention(g: Any) -> ActorMention:
    """The mention of a generic actor phrase (a `GenericMatch`): its country comes from the event."""
    return ActorMention(g.start, g.end, g.text, g.label, g.inter, g.kind, g.needs_country, None, g)


#: ACLED's name for gunmen the text does not identify.
UNIDENTIFIED = "Unidentified Armed Group"
#: Agent nouns the actor KB's generic phrases leave out: armed men and soldiers of no named side.
_EXTRA_KINDS = {
    (UNIDENTIFIED, 3, "armed"): "مسلح مسلحون مسلحين مسلحا مسلحو مهاجم مهاجمون مهاجمين انتحاري انتحاريا "
    "انتحاريه انتحاريين انتحاريون متشددون متشددين مفجر مفجرون مجهولون ملثمون ملثمين قراصنه",
    ("Military Forces of {country}", 1, "military"): "جنود جنديا الجنود جنودا",
    ("Police Forces of {country}", 1, "security"): "الشرطه",
    ("Settlers (Israel)", 4, "settlers"): "مستوطنون مستوطنين مستوطني",
}
EXTRA_GENERIC = {w: entry for entry, words in _EXTRA_KINDS.items() for w in words.split()}


@lru_cache(maxsize=65536)
def _extra_hit(w: str) -> tuple[str, int, str] | None:
    """The EXTRA_GENERIC entry of a word, behind و/ب/ل or the article (cached: it runs on every token)."""
    hit = EXTRA_GENERIC.get(w) or (EXTRA_GENERIC.get(w[1:]) if len(w) > 4 and w[0] in "وبل" else None)
    if hit is None and "ال" in w[:4]:
        w1 = w[1:] if len(w) > 3 and w[0] in "وف" else w
        hit = EXTRA_GENERIC.get(article_stripped(w1))
    return hit


def _extra_generic(doc: Document) -> list[ActorMention]:
    out = []
    for t in doc.tokens:
        if t.kind != "word":
            continue
        hit = _extra_hit(t.norm)
        if hit:
            out.append(ActorMention(t.start, t.end, t.text, hit[0], hit[1], hit[2], "(" not in hit[0]))
    return out


#: Verbs of striking or launching whose subject, a country named right after them, is its forces (شنت إسرائيل
#: غارات، قصفت تركيا، غارات شنتها الولايات المتحدة).
_STRIKE_VERBS = frozenset(normalize(w) for w in (
    "شن شنت تشن يشن شنتها شنها شنته نفذ نفذت تنفذ ينفذ نفذتها نفذها نفذته قصف قصفت تقصف يقصف قصفتها استهدف استهدفت تستهدف "
    "يستهدف هاجم هاجمت تهاجم يهاجم أغارت اغار وجه وجهت توجه وجهتها أطلق أطلقت تطلق أطلقتها ضرب ضربت تضرب").split())
#: Prepositions that make the country after them a place, whatever verb follows.
_PLACE_PREPOSITIONS = frozenset(normalize(w) for w in (
    "في", "من", "إلى", "الى", "على", "عن", "داخل", "ضد", "نحو", "باتجاه", "تجاه", "مع", "شمال", "جنوب", "شرق", "غرب"))
#: … and, the country first, the verb after it (إسرائيل تشن غارات، إسرائيل ردت بشن غارات).
_STRIKE_AFTER = _STRIKE_VERBS | frozenset(normalize(w) for w in ("بشن", "بقصف", "باستهداف", "بتوجيه", "بضرب"))


#: Verbs of standing behind an act (يعتقد أن إسرائيل تقف وراء الغارة، اتهم الحوثيين بالوقوف وراء الهجوم).
_STANDS = frozenset(normalize(w) for w in ("تقف", "يقف", "وقفت", "وقف", "يقفون", "تقفان", "يقفان", "بالوقوف", "وقوف"))


def stands_behind_at(tokens: Sequence[Token], k: int) -> bool:
    """Tokens k, k+1 say "stands behind" (تقف وراء، بالوقوف وراء): the one test of an accused doer, here and
    in the roles.  A و glued to the verb is no conjunction."""
    return k + 1 < len(tokens) and tokens[k].norm.lstrip("و") in _STANDS and tokens[k + 1].norm == "وراء"


def _acting_states(doc: Document, starts: Sequence[int]) -> list[ActorMention]:
    """A country named as the subject of a verb of striking (شنت إسرائيل غارات، الولايات المتحدة تقصف) or said
    to stand behind an act (يعتقد أن إسرائيل تقف وراء الغارة) is its military: ACLED codes a state's strikes,
    claimed or alleged, to its forces.  Anywhere else a country name is a place."""
    tokens = doc.tokens
    if not tokens:
        return []
    out = []
    for p in doc.places:
        if p.level != "country" or not p.iso2:
            continue
        k = bisect.bisect_left(starts, p.start)
        if k >= len(tokens) or tokens[k].start != p.start or tokens[k].norm[:1] in "بلف":
            continue
        j = bisect.bisect_left(starts, p.end)
        before = tokens[k - 1].norm.lstrip("و") if k > 0 else ""
        after = [tokens[i].norm.lstrip("و") for i in range(j, min(len(tokens), j + 2))]
        if before in _PLACE_PREPOSITIONS:
            continue  # القوات الموجودة في سوريا أطلقت: a place, its verb another subject's
        if before in _STRIKE_VERBS or stands_behind_at(tokens, j) or (after and (after[0] in _STRIKE_AFTER or (
                len(after) > 1 and after[1] in _STRIKE_AFTER and after[0] == "ردت"))):
            out.append(military_mention(p.start, p.end, p.text, p.iso2.upper()))
    return out


def _with_nationality(doc: Document, m: ActorMention) -> ActorMention:
    """A generic mention followed by a nationality word (جنود إسرائيليون) belongs to that country."""
    if not m.needs_country or m.actor_country:
        return m
    rest = doc.text[m.end : m.end + 24].split()
    if not rest:
        return m
    try:
        iso = demonym_country(rest[0].strip("\"'«»()،,."))
    except (OSError, ValueError):
        return m
    if not iso:
        return m
    return replace(m, actor_country=iso)


@lru_cache(maxsize=256)
def military_of(iso2: str, branch: str = "Military") -> str | None:
    """The ACLED name of a state's military or (`branch` "Police") police under its current name (Military
    Forces of Saudi Arabia (2015-)), None for no country."""
    if country(iso2) is None:
        return None
    return military_mention(-1, -1, "", iso2, branch).name(iso2)


def government_of(iso2: str) -> str | None:
    """The ACLED name of a state's government under its current name (Government of Somalia (2012-)), None
    for no country: the side hit when its offices are (a suicide bomber storming a government building)."""
    if country(iso2) is None:
        return None
    return _state_mention(-1, -1, "", iso2, "Government of {country}", "government").name(iso2)


def military_mention(start: int, end: int, text: str, iso2: str, branch: str = "Military") -> ActorMention:
    """The military (or `branch` "Police": the police) of the state `iso2` as a mention, named through the KB's
    generic naming so that a state's current ACLED name (… of Israel (2022-)) is used."""
    kind = "military" if branch == "Military" else "security"
    return _state_mention(start, end, text, iso2, f"{branch} Forces of {{country}}", kind)


def _state_mention(start: int, end: int, text: str, iso2: str, label: str, kind: str) -> ActorMention:
    """A state body (inter 1) of `iso2` as a generic mention, so that the KB gives its current ACLED name."""
    return ActorMention(start, end, text, label, 1, kind, True, iso2, GenericMatch(start, end, text, label, 1, True, kind))


def default_actor(kind: str) -> ActorMention:
    """A role-filler with no span: civilians for violence against civilians, rioters for riots, protesters for
    protests."""
    if kind == "civilians":
        return ActorMention(-1, -1, "", "Civilians", 7, "civilians", True)
    if kind == "rioters":
        return ActorMention(-1, -1, "", "Rioters", 5, "rioters", True)
    return ActorMention(-1, -1, "", "Protesters", 6, "protesters", True)


#: Words after a side that claim the act for it (أعلنت حركة الشباب مسؤوليتها عن الهجوم).
CLAIM_WORDS = frozenset(normalize(w) for w in ("مسؤوليتها", "مسؤوليته", "مسؤوليتهم", "المسؤولية", "مسئوليتها", "مسئوليته"))
