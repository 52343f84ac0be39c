"""Claims: who said what, with which modality (asserted, reported, alleged, denied, uncertain).

A claim starts at a reporting cue from `lexicons/reporting.json`.  Its source is the cue's
named subject (the noun phrase after a verb-initial cue: "أفاد المرصد السوري ... بأن"), the
object of a preposition cue ("بحسب المرصد"، "وفقاً لـ"), the recipient of a passive one
("وردت معلومات إلى المرصد"), or, when a verb has no subject ("وأضاف"، "ولفت إلى"), the previous
claim's source: Arabic news keeps one speaker across such sentences.  Embedded social-media posts
are claims of their own account, dated by the post.  Entities and their actor links are used
when an earlier component made them, never required.
"""

from __future__ import annotations

import bisect
import itertools
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.events import source_refs
from marsad.events.accusation import passive_accusation
from marsad.events.dates import DateMention, find_dates
from marsad.events.social import Post, find_posts
from marsad.events.source_refs import resolved_source
from marsad.model import Claim, Document, Entity, Source, Span, Token
from marsad.registry import Component, component
from marsad.text.normalize import drop_marks, normalize, orig_index
from marsad.text.tokenize import proclitic_ok

MODALITIES = ("asserted", "reported", "alleged", "denied", "uncertain")
_STRENGTH = {"reported": 0, "asserted": 1, "uncertain": 2, "alleged": 3, "denied": 4}
_OBJECT_SUFFIXES = ("هما", "هم", "ها", "هن", "ه")
_CONNECTIVES = frozenset(normalize(w) for w in ("فيما", "بينما", "في حين", "حين", "كما", "و", "ف", "ثم", "بعدما"))
_OPEN_QUOTES = frozenset('"«“')
_CLOSE_QUOTES = frozenset('"»”')
_MAX_NP = 9
_MAX_ENTITY = 200  # characters: no name is longer, which bounds the look-back for entities
_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "هن", "كم", "نا", "ه", "ك", "ي")
# Particles and prepositions with a pronoun attached (إنه، أنهما، إليه، عليهم، له …) never begin or continue a source.
_PARTICLE_PRONOUNS = frozenset(
    p + suf
    for p in ("ان", "بان", "لان", "وان", "فان", "الي", "علي", "عن", "من", "ل", "ب", "مع", "في", "عند", "لدي", "عليه")
    for suf in (*_PRONOUN_SUFFIXES, "ا")
)
_POSSESSED = ("هما", "هم", "ها", "هن", "كم")
# Words after which a clause (and possibly a fronted subject) starts: لكن الجيش قال، وكان العراق أعلن.
_CLAUSE_OPENERS = frozenset(
    normalize(w)
    for w in (
        "لكن",
        "ولكن",
        "كان",
        "وكان",
        "كانت",
        "وكانت",
        "فيما",
        "بينما",
        "إذ",
        "اذ",
        "حيث",
        "كما",
        "أما",
        "وأما",
        "أن",
        "إن",
        "بأن",
    )
)
# A verb in the subjunctive or negated (على أن تعلن النتائج، لم يعلن أحد) reports nothing yet.
_NOT_REPORTING_BEFORE = frozenset(normalize(w) for w in ("أن", "لن", "لم", "ولم", "ولن", "كي", "لكي", "حتى", "لا"))
#: Prepositions that neither begin a source phrase nor end one (shadow forms).
_PREPOSITIONS = frozenset(
    normalize(w)
    for w in ("في", "عن", "على", "إلى", "منذ", "خلال", "حول", "عبر", "لدى", "عند", "مع", "ضد", "بين", "أمام", "قبل", "بعد")
)
_DANGLING = _PREPOSITIONS | frozenset(normalize(w) for w in ("من", "و", "ف", "ب", "ل", "أن", "إن", "بأن", "ان"))
_ARTICLE_ORIG = ("ال", "وال", "فال", "بال", "لل", "كال", "وبال", "ولل")


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: its kind (verb, prep, passive, issue) and modality."""

    kind: str
    modality: str
    object_suffixes: bool = False
    waw_only: bool = False


@dataclass(frozen=True)
class ReportingLexicon:
    single: dict[str, Cue]
    multi: dict[str, list[tuple[tuple[str, ...], Cue]]]  # first word -> [(rest words, cue)]
    not_claims: dict[str, list[tuple[str, ...]]]
    statement_nouns: frozenset[str]
    stops: frozenset[str]
    keep_b: frozenset[str]
    titles: frozenset[str]
    statement_modifiers: frozenset[str]
    person_heads: frozenset[str]
    not_sources: frozenset[str]
    after_fi: frozenset[str]
    kinds: dict[str, str]
    known: dict[str, tuple[str, str]]  # normalised name -> (canonical, kind)
    surface: frozenset[str] = frozenset()
    capitals: tuple[str, ...] = ()  # every token a cue can start with: the matcher's fast reject


@lru_cache(maxsize=1)
def reporting_lexicon() -> ReportingLexicon:
    """The reporting cues and source vocabulary, loaded once from `marsad/lexicons/reporting.json`."""
    raw: dict[str, Any] = json.loads(resources.files("marsad.lexicons").joinpath("reporting.json").read_text("utf-8"))
    waw_only = {normalize(w) for w in raw.get("waw_only", [])}
    single: dict[str, Cue] = {}
    multi: dict[str, list[tuple[tuple[str, ...], Cue]]] = {}
    for entry in raw["cues"]:
        if entry["modality"] not in MODALITIES:
            raise ValueError(f"reporting.json: unknown modality {entry['modality']!r}")
        for form in entry["forms"]:
            words = normalize(form).split()
            cue = Cue(entry["kind"], entry["modality"], bool(entry.get("object_suffixes")), words[0] in waw_only)
            if len(words) == 1:
                single.setdefault(words[0], cue)
            else:
                multi.setdefault(words[0], []).append((tuple(words[1:]), cue))
    for options in multi.values():
        options.sort(key=lambda o: -len(o[0]))
    not_claims: dict[str, list[tuple[str, ...]]] = {}
    for phrase in raw.get("not_claims", []):
        words = normalize(phrase).split()
        not_claims.setdefault(words[0], []).append(tuple(words[1:]))
    kinds = {normalize(w): kind for kind, words in raw["kinds"].items() for w in words}
    known = {normalize(n): (s["canonical"], s["kind"]) for s in raw["known_sources"] for n in s["names"]}
    stems = set(single) | set(multi)
    stems |= {w + suf for w, c in single.items() if c.object_suffixes for suf in _OBJECT_SUFFIXES}
    surface = frozenset(p + w for w in stems for p in ("", "و", "ف", "ب", "وب", "فب"))
    return ReportingLexicon(
        capitals=tuple(raw.get("capitals", ())),
        surface=surface,
        single=single,
        multi=multi,
        not_claims=not_claims,
        statement_nouns=frozenset(normalize(w) for w in raw["statement_nouns"]),
        stops=frozenset(normalize(w) for w in raw["subject_stops"]),
        keep_b=frozenset(normalize(w) for w in raw["np_keep_b"]),
        titles=frozenset(normalize(w) for w in raw["titles"]),
        after_fi=frozenset(normalize(w) for w in raw["after_fi"]),
        person_heads=frozenset(normalize(w) for w in raw["person_heads"]),
        statement_modifiers=frozenset(normalize(w) for w in raw["statement_modifiers"]),
        not_sources=frozenset(normalize(w) for w in raw["not_sources"]),
        kinds=kinds,
        known=known,
    )


@dataclass
class _Found:
    """A cue occurrence: tokens [i, j], the cue span (without proclitics) and its lexicon entry."""

    i: int
    j: int
    span: Span
    cue: Cue
    suffix: bool = False


@dataclass
class _Draft:
    cue: Span | None
    modality: str
    source: Source | None
    start: int
    end: int
    sentence: int
    explicit: bool
    kind: str
    np_end: int = -1  # token index after the source phrase (issue statements)
    date: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _match_cue(lex: ReportingLexicon, toks: list[Token], i: int, text: str) -> _Found | None:
    """The cue starting at token i of `text`, if any (proclitics و/ف/ب allowed before it)."""
    tok = toks[i]
    if tok.kind != "word" or tok.norm not in lex.surface:
        return None
    norm = tok.norm
    for cut in (0, 1, 2):
        if cut >= len(norm) - 1:
            break
        prefix, stem = norm[:cut], norm[cut:]
        if not proclitic_ok(prefix) or (cut and prefix not in ("و", "ف", "وب", "فب", "ب")):
            continue
        for rest, cue in lex.multi.get(stem, ()):
            n = len(rest)
            if i + n < len(toks) and tuple(t.norm for t in toks[i + 1 : i + 1 + n]) == rest:
                return _found(text, toks, i, i + n, cut, cue, False)
        if prefix == "ب" or prefix.endswith("ب"):
            continue  # بـ before a verb: only the multi-word/prep forms take it (بحسب is a form of its own)
        cue = lex.single.get(stem)
        suffix = False
        if cue is None:
            for suf in _OBJECT_SUFFIXES:
                base = lex.single.get(stem[: -len(suf)]) if stem.endswith(suf) and len(stem) > len(suf) + 2 else None
                if base is not None and base.object_suffixes:
                    cue, suffix = base, True
                    break
        if cue is None or (cue.waw_only and not prefix):
            continue
        return _found(text, toks, i, i, cut, cue, suffix)
    return None


def _found(text: str, toks: list[Token], i: int, j: int, cut: int, cue: Cue, suffix: bool) -> _Found:
    start = toks[i].start + orig_index(toks[i].text, cut)
    end = toks[j].end
    return _Found(i, j, Span(start, end, text[start:end]), cue, suffix)  # the text between words as written


def _cue_sites(lex: ReportingLexicon, toks: list[Token]) -> list[int]:
    """The indices where `_not_claim` or `_match_cue` may hold (their first tests, in one pass): elsewhere
    both say no, and most tokens are elsewhere."""
    surface, not_claims = lex.surface, lex.not_claims
    return [i for i, t in enumerate(toks)
            if (t.kind == "word" and t.norm in surface) or t.norm in not_claims or t.norm[1:] in not_claims]


def _not_claim(lex: ReportingLexicon, toks: list[Token], i: int) -> bool:
    norm = toks[i].norm
    if norm not in lex.not_claims and norm[1:] not in lex.not_claims:
        return False
    for stem in (norm, norm[1:] if norm[:1] in "وف" else None):
        for rest in lex.not_claims.get(stem or "", ()):
            if tuple(t.norm for t in toks[i + 1 : i + 1 + len(rest)]) == rest:
                return True
    return False


class _Reader:
    """Reads the claims of one document; holds the token index and lookups the rules share."""

    def __init__(self, doc: Document, lex: ReportingLexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.toks: list[Token] = list(doc.tokens)
        self.sents: list[Span] = list(doc.sentences) or [Span(0, len(doc.text), doc.text)]
        self.posts: list[Post] = find_posts(doc.text)
        self.dates: list[DateMention] = find_dates(doc.text, doc.published)
        self.entities: list[Entity] = sorted(doc.entities, key=lambda e: (e.start, e.end))
        self.ent_starts = [e.start for e in self.entities]
        self.date_starts = [d.start for d in self.dates]
        self.tok_sent = self._sentence_of_tokens()
        self.cue_at: dict[int, _Found] = {}

    def _sentence_of_tokens(self) -> list[int]:
        out: list[int] = []
        k = 0
        for t in self.toks:
            while k + 1 < len(self.sents) and t.start >= self.sents[k].end:
                k += 1
            out.append(k)
        return out

    def in_post(self, pos: int) -> bool:
        return any(p.start <= pos < p.end for p in self.posts)

    def in_date(self, tok: Token) -> bool:
        """Whether the token overlaps a date mention (mentions are disjoint and sorted)."""
        k = bisect.bisect_left(self.date_starts, tok.end) - 1
        return k >= 0 and self.dates[k].end > tok.start

    def date_at(self, pos: int) -> DateMention | None:
        k = bisect.bisect_right(self.date_starts, pos) - 1
        return self.dates[k] if k >= 0 and pos < self.dates[k].end else None

    def entities_near(self, start: int, end: int) -> list[Entity]:
        """Entities overlapping [start, end); a bounded look back, since names are short."""
        k = bisect.bisect_left(self.ent_starts, end)
        out: list[Entity] = []
        while k > 0 and self.entities[k - 1].start > start - _MAX_ENTITY:
            k -= 1
            if self.entities[k].end > start:
                out.append(self.entities[k])
        out.reverse()
        return out

    def sent_end_tok(self, i: int) -> int:
        """Index one past the last token of token i's sentence (`tok_sent` never decreases: a bisection,
        not a walk to the sentence's end at each of the many calls)."""
        return bisect.bisect_right(self.tok_sent, self.tok_sent[i], i)

    # -- source phrases ---------------------------------------------------------------------

    def noun_phrase(self, i: int, *, allow_quote: bool, cue_suffix: bool, prep: bool = False) -> tuple[int, int, bool]:
        """Tokens [i, j) forming the subject/object phrase at i; also whether a statement noun ended it."""
        toks, lex = self.toks, self.lex
        stop = self.sent_end_tok(i) if i < len(toks) else i
        j = i
        statement = False
        while j < stop and j - i < _MAX_NP:
            t = toks[j]
            norm = t.norm
            if t.kind == "punct":
                head_kind = lex.kinds.get(toks[j - 1].norm) or lex.kinds.get(_bare_head(toks[j - 1].norm)) if j > i else None
                if (allow_quote or head_kind not in (None, "unnamed")) and (j > i and t.text in _OPEN_QUOTES):
                    close = next((k for k in range(j + 1, min(stop, j + 6)) if toks[k].text in _CLOSE_QUOTES), None)
                    if close is not None and close > j + 1:
                        j = close + 1
                        continue
                break
            if t.kind == "number" or norm in lex.stops or (norm[:1] in "وف" and norm[1:] in lex.stops and j > i):
                break
            if norm in _PARTICLE_PRONOUNS or (j == i and norm in ("من", "ما", "لما", "مما")):
                break
            if j == i and norm in _PREPOSITIONS:
                break  # أعلن في سبتمبر، وأضافت في حديثها: no subject begins with a preposition
            if norm == "في" and j + 1 < stop and toks[j + 1].norm in lex.after_fi:
                break  # في وقت لاحق، في حديث لـ …: an adverbial, not part of the name
            if norm in lex.statement_nouns:
                statement = True
                break
            if norm == "في" and j + 1 < stop and toks[j + 1].norm in lex.statement_nouns:
                statement = True
                break
            if self.in_date(t) or j in self.cue_at or _match_cue(lex, toks, j, self.text) is not None:
                break
            in_entity = self._in_entity(t)
            if not in_entity and len(norm) >= 5 and norm.endswith(_POSSESSED):
                break  # أكدوا حرصهم، أعلنت إسرائيل انسحابها: an object with a pronoun
            if not in_entity and (norm in lex.not_sources or _bare_head(norm) in lex.not_sources):
                break  # أعلن مقتل …، أكد إدانة …: the verb's object, a verbal noun, never a speaker
            if norm.startswith("ب") and norm[1:] in lex.not_sources:
                break  # أفادت مصادر ميدانية بمقتل …
            if norm.startswith("ب") and norm not in lex.keep_b and not in_entity:
                # بقصف، بالهجوم: a complement; بوست in صحيفة واشنطن بوست: part of a name
                if norm.startswith("بال") or (j == i and cue_suffix) or (j > i and _definite(toks[j - 1])):
                    break
            if j == i and not prep and norm.startswith("ل") and not in_entity:
                break  # قال لـ…: a complement, not a subject
            if j > i and self._new_constituent(toks[j - 1], t, in_entity, toks[i]):
                break
            if (
                j > i
                and norm.startswith("ل")
                and (norm[1:] in lex.known or norm[1:] in lex.kinds)
                and lex.kinds.get(norm[1:]) in (None, "media")
            ):
                break  # قال مسؤول لرويترز: the outlet is the channel, not the speaker
            if j > i and prep and norm[:1] == "و" and not norm.startswith("وال"):
                break
            j += 1
        while j > i + 1 and toks[j - 1].norm in _DANGLING:
            j -= 1  # "المسؤول في" cut before a date or a cue: the preposition has lost its object
        return i, j, statement

    def _new_constituent(self, prev: Token, t: Token, in_entity: bool, head: Token) -> bool:
        """A bare word after a definite one starts the object (أعلنت وزارة الدفاع | مقتل …).

        Names are bare too, so a word inside an entity, after a title (العميد غسان) or after a
        bare word of a name (غسان باكير) continues the phrase; so do prepositional links (لحقوق، في).
        """
        if in_entity or t.kind != "word" or prev.kind != "word" or t.norm in self.lex.keep_b:
            return False
        if _masc(head.norm) in self.lex.titles or _masc(_bare_head(head.norm)) in self.lex.person_heads:
            return False  # مدير عام الهيئة … سيف السويدي: the description, then the name
        bare = t.norm[:2] != "ال" and t.norm[:1] not in "لفو" and t.norm != "في"
        return bare and _definite(prev) and prev.norm not in self.lex.titles

    def _in_entity(self, t: Token) -> bool:
        return any(e.start <= t.start and t.end <= e.end for e in self.entities_near(t.start, t.end))

    def source(self, i: int, j: int, start_override: int | None = None) -> Source | None:
        """A Source for tokens [i, j), extended to cover an entity it cuts, with kind and canonical."""
        if j <= i:
            return None
        start = self.toks[i].start if start_override is None else start_override
        end = self.toks[j - 1].end
        sent = self.sents[self.tok_sent[i]]
        for e in self.entities_near(start, end):
            if e.start < end < e.end <= sent.end:
                end = e.end
        text = self.text[start:end]
        norm_text = normalize(text)
        words = [t.norm for t in self.toks[i:j]]
        if start_override is not None and words:
            words[0] = normalize(self.text[start : self.toks[i].end])
            if self.toks[i].norm.startswith("لل"):
                words[0] = "ال" + words[0]  # للجيش = لـ + الجيش
        canonical, kind = self._known(norm_text)
        if kind is None and len(words) <= 2 and _bare_head(" ".join(words)) in _countries_ar():
            kind = "government"  # قالت فرنسا، نفت موسكو: a state speaks through its government
        inside = self.entities_near(start, end)
        per = [e for e in inside if e.label == "PER"]
        linked = [e for e in inside if e.canonical] or inside
        if canonical is None and linked:
            best = (per and [e for e in per if e.canonical]) or linked
            canonical = best[0].canonical
        head = _bare_head(words[0]) if words else ""
        head_kind = self.lex.kinds.get(words[0]) or self.lex.kinds.get(head)
        if len(words) > 1:
            head_kind = self.lex.kinds.get(" ".join(words[:2]), head_kind)
        titled = any(w in self.lex.titles and k + 1 < len(words) for k, w in enumerate(words))
        titled = titled or _masc(head) in self.lex.person_heads or _masc(words[0] if words else "") in self.lex.titles
        if head_kind == "unnamed":
            kind = "unnamed"
        elif per or (titled and kind is None):
            kind = "person"
        elif kind is None:
            if head_kind:
                kind = head_kind
            elif any(e.label in ("ORG", "NORP") for e in inside):
                kind = "organization"
            elif any(e.label in ("GPE", "LOC") for e in inside if e.start <= start):
                kind = "government"  # أعلنت مصر: a country speaks through its government
            else:
                kind = "person" if len(words) <= 3 else "organization"
        return Source(text=text, canonical=canonical, start=start, end=end, kind=kind)

    def _known(self, norm_text: str) -> tuple[str | None, str | None]:
        best: tuple[int, str, str] | None = None
        for name, (canonical, kind) in self.lex.known.items():
            if len(name) > len(norm_text) or (best and len(name) <= best[0]):
                continue
            # the name must head the phrase: "الناطقة باسم مفوض الأمم المتحدة" is not the UN itself
            if not norm_text.startswith(name):
                continue
            after = norm_text[len(name) : len(name) + 1]
            if not after or not after.isalpha():
                best = (len(name), canonical, kind)
        return (best[1], best[2]) if best else (None, None)


@lru_cache(maxsize=1)
def _countries_ar() -> frozenset[str]:
    """Arabic country names (without the article) from the country table, plus capitals from the lexicon."""
    from marsad.gazetteer.countries import countries

    names = {_bare_head(normalize(c.name_ar)) for c in countries().values() if c.name_ar}
    names |= {_bare_head(normalize(w)) for w in reporting_lexicon().capitals}
    return frozenset(names)


def _masc(word: str) -> str:
    """الناطقة → الناطق: titles are listed in the masculine."""
    return word[:-1] if word.endswith("ه") and len(word) > 3 else word


def _definite(t: Token) -> bool:
    """Written with the article: ال with a bare alef (إلهام and أليس are names, not definite nouns)."""
    return drop_marks(t.text).startswith(_ARTICLE_ORIG)


def _bare_head(word: str) -> str:
    for p in ("وال", "فال", "بال", "ال", "و", "ف"):
        if word.startswith(p) and len(word) - len(p) >= 2:
            return word[len(p) :]
    return word


def find_claims(doc: Document, *, resolve_refs: bool = True) -> list[Claim]:
    """The claims of `doc` in text order, ids c1, c2, …; needs tokens and sentences (made if absent).

    `resolve_refs=False` leaves back-references (الوزارة، المالكي) unnamed: what the benchmark compares with."""
    if not doc.text.strip():
        return []
    if not doc.tokens:
        from marsad.text.sentences import split_sentences
        from marsad.text.tokenize import tokenize

        doc = doc.replace(tokens=tuple(tokenize(doc.text)), sentences=doc.sentences or tuple(split_sentences(doc.text)))
    lex = reporting_lexicon()
    r = _Reader(doc, lex)
    toks = r.toks
    found: list[_Found] = []
    i = 0
    for k in _cue_sites(lex, toks):
        if k < i:
            continue  # inside a cue or a not-claim phrase already read
        i = k
        if _not_claim(lex, toks, i):
            i += 2
            continue
        f = _match_cue(lex, toks, i, doc.text)
        if f is not None and not r.in_post(f.span.start):
            found.append(f)
            r.cue_at[i] = f
            i = f.j + 1
    drafts: list[_Draft] = []
    last_source: Source | None = None
    for f in found:
        d = _draft(r, f, drafts, last_source)
        if d is None:
            continue
        if not drafts or d is not drafts[-1]:
            drafts.append(d)
        if d.source is not None and d.source.text:
            last_source = d.source
    drafts = [d for d in drafts if d.source is not None]
    _inherit_canonical(drafts)
    if resolve_refs:
        _resolve_back_references(r, drafts)
    _cut_at_next_speaker(r, drafts)
    for p in r.posts:
        handle = f"@{p.handle}"
        at = r.text.find(handle, p.author.end, p.end)
        cue = Span(at, at + len(handle), handle) if at >= 0 else None
        drafts.append(
            _Draft(
                cue=cue,
                modality="asserted",
                source=Source(p.author.text, f"{p.author.text} ({handle})", p.author.start, p.author.end, "social"),
                start=p.start,
                end=p.end,
                sentence=-1,
                explicit=True,
                kind="post",
                date=p.date,
            )
        )
    drafts.sort(key=lambda d: (d.start, d.end))
    return [
        Claim(id=f"c{n}", source=d.source, cue=d.cue, modality=d.modality, start=d.start, end=d.end, date=d.date)
        for n, d in enumerate(drafts, 1)
        if d.source is not None
    ]


#: The source of a passive claim, whose speaker the text does not name (Source is frozen: one serves all).
_UNNAMED = Source("", None, None, None, "unnamed")


def _draft(r: _Reader, f: _Found, drafts: list[_Draft], last_source: Source | None) -> _Draft | None:
    """Turn one cue into a claim draft, or fold it into the previous one (which is then returned)."""
    toks = r.toks
    k = r.tok_sent[f.i]
    sent = r.sents[k]
    prev = drafts[-1] if drafts and drafts[-1].sentence == k else None
    after = f.j + 1
    cue = f.cue
    if cue.kind == "prep":
        src = _prep_object(r, f)
        if src is None:
            return None
        first_word = all(t.kind == "punct" for t in toks[_sent_first_tok(r, f.i) : f.i])
        if prev is not None and not prev.explicit and prev.kind == "passive":
            prev.source, prev.explicit = src, True
            prev.end = max(prev.end, sent.end)
            if _STRENGTH[cue.modality] > _STRENGTH[prev.modality]:
                prev.modality = cue.modality
            return prev
        start = f.span.start if first_word else (prev.end if prev is not None else sent.start)
        start = min(start, f.span.start)
        return _Draft(f.span, cue.modality, src, start, max(sent.end, src.end or 0), k, True, "prep")
    if cue.kind == "passive" and prev is not None and prev.explicit and prev.kind != "passive":
        # قال المصدر إن … يُعتقد أن …: the speaker's own hedge
        if _STRENGTH[cue.modality] > _STRENGTH[prev.modality]:
            prev.modality = cue.modality
        return prev
    if cue.kind == "passive":
        src = None
        if after < len(toks) and r.tok_sent[min(after, len(toks) - 1)] == k and toks[after].norm in ("الي", "ل"):
            a, b, _ = r.noun_phrase(after + 1, allow_quote=False, cue_suffix=False)
            src = r.source(a, b)
        elif after < len(toks) and toks[after].norm.startswith("لل") and r.tok_sent[after] == k:
            a, b, _ = r.noun_phrase(after, allow_quote=False, cue_suffix=False)
            src = r.source(a, b, start_override=toks[after].start + orig_index(toks[after].text, 1))
        if src is None and (subject := _active_subject(r, f, k)) is not None:
            # ويعتقد مسؤولون أتراك أن …، ويرجح محللون أن …: the same letters read active, with a subject
            return _Draft(f.span, cue.modality, subject, f.span.start, sent.end, k, True, "verb")
        return _Draft(f.span, cue.modality, src or _UNNAMED, sent.start, sent.end, k, src is not None, "passive")
    if (
        cue.kind == "verb"
        and f.i > 0
        and toks[f.i - 1].norm in _NOT_REPORTING_BEFORE
        and normalize(f.span.text).startswith(("ي", "ت"))
    ):
        return None  # …، على أن تعلن النتائج: a future announcement, no statement yet
    if _after_prep_ma(r, f.i):
        return None  # بحسب ما أفاد به المرصد: read by the preposition
    # a statement speaks for its owner: قال بيان للجيش، جاء في بيان صادر عن الوزارة
    owner = _statement_owner(r, after, k)
    if owner is not None:
        src, b = owner
        modality = "asserted" if cue.modality == "reported" else cue.modality
        draft = _Draft(f.span, modality, src, f.span.start, sent.end, k, True, "verb", np_end=b)
        draft.date = _date_at(r, b)
        return draft
    if cue.kind == "statement":
        if after < len(toks) and toks[after].norm in r.lex.statement_nouns and last_source is not None:
            return _Draft(f.span, cue.modality, last_source, f.span.start, sent.end, k, False, "verb")  # جاء في البيان
        return None  # جاء في المرتبة …: no statement, no claim
    # verb and issue cues: the subject follows the verb, else the speaker carries over
    plural = cue.kind == "verb" and normalize(f.span.text).endswith(("وا", "ون"))
    a, b, statement = r.noun_phrase(after, allow_quote=cue.kind == "issue", cue_suffix=f.suffix)
    if cue.kind == "verb" and not plural and passive_accusation(toks, f.i, b) and _one_party(r, a, b):
        # هجوم اتهم النظام السوري بتنفيذه: the passive; the one named is the accused, not a speaker.  The claim
        # covers what follows its verb, as an active accusation's does: the attack before it is told as fact
        return _Draft(f.span, cue.modality, _UNNAMED, f.span.start, sent.end, k, False, "passive")
    src = None
    if not plural and after < len(toks) and r.tok_sent[min(after, len(toks) - 1)] == k:
        src = r.source(a, b)
    modality = cue.modality
    if src is not None:
        statement = statement or _statement_follows(r, b)
        if statement and modality == "reported" and src.kind not in ("media", "unnamed"):
            modality = "asserted"
        start = f.span.start
        if all(t.kind == "punct" for t in toks[b : r.sent_end_tok(f.i)]) and _sent_first_tok(r, f.i) < f.i:
            # "…، أفادت مصادر أمنية." the attribution closes the sentence: the claim is what precedes it
            start = prev.end if prev is not None and prev.end <= f.span.start else sent.start
        draft = _Draft(f.span, modality, src, start, sent.end, k, True, cue.kind, np_end=b)
        draft.date = _date_at(r, b) or _date_at(r, after)
        return draft
    if cue.kind == "issue":
        return None
    front = _fronted_subject(r, f) or _relative_antecedent(r, f)
    if front is not None and not plural:
        return _Draft(f.span, modality, front, f.span.start, sent.end, k, True, cue.kind, np_end=f.i)
    if prev is not None and prev.kind == "issue" and f.i - prev.np_end <= 3:
        prev.cue, prev.modality, prev.kind = f.span, modality, "verb"
        return prev
    if last_source is None or (plural and last_source.kind == "person"):
        return None  # no speaker to carry over ("وأكدوا" after one person's quote is someone else)
    return _Draft(f.span, modality, last_source, f.span.start, sent.end, k, False, cue.kind)


#: Present-tense passive cues that the unvowelled text writes like the active verb (يُعتقد/يَعتقد).
_ACTIVE_TOO = frozenset(normalize(w) for w in ("يعتقد", "يرجح", "يشتبه"))


def _active_subject(r: _Reader, f: _Found, k: int) -> Source | None:
    """The subject of a passive-looking cue read active ("ويعتقد التحالف أن"): a noun phrase between the verb
    and أن that is definite, a name or a source noun (مسؤولون، محللون); يعتقد أن، يشتبه في stay passive."""
    toks, lex = r.toks, r.lex
    after = f.j + 1
    if f.i != f.j or normalize(f.span.text) not in _ACTIVE_TOO or after >= len(toks) or r.tok_sent[after] != k:
        return None
    if "\u064f" in f.span.text:
        return None  # يُعتقد: written with its damma, passive for sure
    first = toks[after]
    if first.kind != "word" or first.norm.startswith(("ان", "ب", "ل")) or first.norm in _PREPOSITIONS:
        return None
    a, b, _ = r.noun_phrase(after, allow_quote=False, cue_suffix=False)
    if a == b or toks[a].norm == "البعض" or b >= len(toks) or not toks[b].norm.startswith(("ان", "بان")):
        return None  # what is believed follows the subject at once: يعتقد خبراء أن (يرجح الكتلة التي: no claim)
    if not any(_definite(t) or r._in_entity(t) or lex.kinds.get(_bare_head(t.norm)) for t in toks[a:b]):
        return None
    return r.source(a, b)


def _one_party(r: _Reader, a: int, b: int) -> bool:
    """The phrase of tokens a..b names one party: not an accuser and the accused run together (اتهمت دمشق
    إسرائيل: two names; اتهم الغربيون النظام: a plural subject in ون before its object)."""
    if a >= b or r.toks[a].norm.endswith("ون"):
        return False
    return len(r.entities_near(r.toks[a].start, r.toks[b - 1].end)) <= 1


def _fronted_subject(r: _Reader, f: _Found) -> Source | None:
    """A subject written before its verb at the start of a clause ("الجيش التركي ينفي …")."""
    toks, lex = r.toks, r.lex
    i = f.i
    first = _sent_first_tok(r, i)
    if i > first and toks[i - 1].norm in ("قد", "لقد"):
        i -= 1  # وكانت وسائل الإعلام قد ذكرت
    a = i
    while a > first and toks[a - 1].kind == "word" and i - a < 6 and toks[a - 1].norm not in _CLAUSE_OPENERS:
        a -= 1
    opened = a > first and toks[a - 1].norm in _CLAUSE_OPENERS
    if a == i or (a > first and toks[a - 1].kind != "punct" and not opened):
        return None
    words = toks[a:i]
    if any(
        t.norm in lex.stops
        or t.norm in _CONNECTIVES
        or t.norm in _PARTICLE_PRONOUNS
        or t.norm in ("من", "ما", "التي", "الذي", "والذي", "والتي")
        or (t.norm[:1] in "وف" and t.norm[1:] in lex.stops)
        or t.norm.endswith(_POSSESSED)
        or _match_cue(lex, toks, k, r.text) is not None
        or r.in_date(t)
        for k, t in enumerate(words, a)
    ):
        return None
    head_kind = lex.kinds.get(words[0].norm) or lex.kinds.get(_bare_head(words[0].norm))
    if not (_definite(words[0]) or head_kind or any(r._in_entity(t) for t in words)):
        return None
    return r.source(a, i)


def _relative_antecedent(r: _Reader, f: _Found) -> Source | None:
    """The noun a relative clause hangs on: "الجيش الإسرائيلي، الذي أفاد أنه …" is the army's claim."""
    toks, lex = r.toks, r.lex
    if f.i < 2 or toks[f.i - 1].norm not in ("الذي", "التي", "الذين", "والذي", "والتي"):
        return None
    b = f.i - 1
    if toks[b - 1].kind == "punct" and toks[b - 1].text in "،,":
        b -= 1
    first = _sent_first_tok(r, f.i)
    a = b
    # the definite run before the pronoun (برصاص | الجيش الإسرائيلي), with a bare head noun (قوات | الأمن)
    while a > first and b - a < 4 and toks[a - 1].kind == "word" and (_definite(toks[a - 1]) or r._in_entity(toks[a - 1])):
        a -= 1
    if a > first and a < b and toks[a - 1].kind == "word" and lex.kinds.get(toks[a - 1].norm):
        a -= 1
    if a == b or any(t.norm in lex.stops for t in toks[a:b]):
        return None
    if any(t.norm.endswith(_POSSESSED) or t.norm in lex.not_sources for t in toks[a:b]):
        return None
    return r.source(a, b)


def _after_prep_ma(r: _Reader, i: int) -> bool:
    """The verb of "بحسب ما أفاد"، "بحسبما ذكرت"، "وفقاً لما نقلته": the preposition's, not a claim of its own."""
    toks = r.toks
    prev = r.cue_at.get(i - 1)
    if prev is not None and prev.cue.kind == "prep" and normalize(prev.span.text).endswith("ما"):
        return True
    if i >= 2 and toks[i - 1].norm in ("ما", "لما"):
        before = r.cue_at.get(i - 2)
        return before is not None and before.cue.kind == "prep"
    return False


def _statement_owner(r: _Reader, i: int, k: int) -> tuple[Source, int] | None:
    """The owner of a statement noun at token i: بيان للجيش، بيان صادر عن الوزارة، بيان الجيش."""
    toks, lex = r.toks, r.lex
    end = r.sent_end_tok(i) if i < len(toks) else i
    if i >= end or r.tok_sent[i] != k or toks[i].norm not in lex.statement_nouns:
        return None
    j = i + 1
    while j < end and toks[j].norm in lex.statement_modifiers:
        j += 1  # بيان رسمي، بيان مشترك، بيان صادر
    if j < end and toks[j].norm == "عن":
        j += 1
    if j >= end or toks[j].kind != "word":
        return None
    override = None
    norm = toks[j].norm
    if norm.startswith("ل") and len(norm) > 3 and not r._in_entity(toks[j]):
        override = toks[j].start + orig_index(toks[j].text, 2 if norm.startswith("لل") else 1)
    elif not (_definite(toks[j]) or r._in_entity(toks[j]) or lex.kinds.get(norm)):
        return None
    a, b, _ = r.noun_phrase(j, allow_quote=False, cue_suffix=False, prep=True)
    src = r.source(a, b, start_override=override)
    return (src, b) if src is not None else None


def _statement_follows(r: _Reader, b: int) -> bool:
    """ "… العميد غسان باكير، في بيان، …": the speaker's own statement, a few tokens after the subject."""
    toks = r.toks
    k = b
    while k < len(toks) and k < b + 2 and toks[k].kind == "punct":
        k += 1
    return k + 1 < len(toks) and toks[k].norm == "في" and toks[k + 1].norm in r.lex.statement_nouns


def _date_at(r: _Reader, i: int) -> str | None:
    """The date of a statement written right after its verb or speaker ("أكدت قوات الأمن الأربعاء")."""
    if i >= len(r.toks):
        return None
    t = r.toks[i]
    d = r.date_at(t.start)
    return d.date if d is not None and d.precision == 1 else None


def _sent_first_tok(r: _Reader, i: int) -> int:
    """Index of the first token of token i's sentence (a bisection: `tok_sent` never decreases)."""
    return bisect.bisect_left(r.tok_sent, r.tok_sent[i], 0, i)


def _prep_object(r: _Reader, f: _Found) -> Source | None:
    """The source named by بحسب/وفقاً لـ/نقلاً عن …, or None when the object is no source (وفقاً للقانون)."""
    toks, lex = r.toks, r.lex
    k = r.tok_sent[f.i]
    i = f.j + 1
    end = r.sent_end_tok(f.i)
    if i >= end:
        return None
    override = None
    fused_ma = normalize(f.span.text).endswith("ما")  # بحسبما، حسبما
    if toks[i].norm == "ل":
        i += 1
    elif toks[i].norm == "لما":
        fused_ma = True
        i += 1
    elif toks[i].norm.startswith("ل") and len(toks[i].norm) > 3 and normalize(f.span.text) in ("وفقا", "وفق", "طبقا"):
        # لـ + ال is written لل: the object starts after both letters (للمعلومات → معلومات)
        override = toks[i].start + orig_index(toks[i].text, 2 if toks[i].norm.startswith("لل") else 1)
    if i < end and toks[i].norm == "ما":
        fused_ma = True
        i += 1
    if fused_ma:  # بحسب ما أفاد به المرصد، وفقاً لما نقلته وكالة …: the speaker follows the inner verb
        if i >= end or toks[i].kind != "word":
            return None
        i += 1
        while i < end and toks[i].norm in ("به", "بها", "لها", "له", "عنه", "عنها"):
            i += 1
    if i >= end or r.tok_sent[i] != k:
        return None
    a, b, _ = r.noun_phrase(i, allow_quote=False, cue_suffix=False, prep=True)
    src = r.source(a, b, start_override=override if a == f.j + 1 else None)
    if src is None:
        return None
    first = normalize(r.text[src.start or 0 : toks[a].end]) if override is not None else toks[a].norm
    if override is not None and toks[a].norm.startswith("لل"):
        first = "ال" + first  # للقانون: the article is there, merged into the لـ
    words = [t.norm for t in toks[a:b]]
    plausible = (
        src.canonical is not None
        or bool(r.entities_near(src.start or 0, src.end or 0))
        or any(w in lex.titles for w in words[:-1])
        or lex.kinds.get(first) is not None
        or lex.kinds.get(_bare_head(first)) is not None
        or not first.startswith("ال")
    )
    return src if plausible else None


def _inherit_canonical(drafts: list[_Draft]) -> None:
    """A short mention ("المرصد") takes the canonical name of an earlier, fuller source that contains it."""
    seen: list[Source] = []
    for d in drafts:
        s = d.source
        if s is None or not s.text:
            continue
        if s.canonical is None:
            n = normalize(s.text)
            for earlier in reversed(seen[-50:]):
                if earlier.canonical and n and n in normalize(earlier.text):
                    d.source = Source(s.text, earlier.canonical, s.start, s.end, earlier.kind)
                    break
        seen.append(d.source)


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words before a surname that are no given name: titles, head nouns of sources, stops, countries, speech
    verbs (وزير، العقيد، سوريا، أضاف)."""
    lex = reporting_lexicon()
    words = lex.titles | lex.person_heads | frozenset(lex.kinds) | lex.stops | lex.statement_nouns | _DANGLING
    words |= _countries_ar() | frozenset("ال" + c for c in _countries_ar())  # سوريا محمد جلال قاسم، السعودية
    words |= lex.surface  # a speech verb a person entity ran into: "أضاف النسور" names no أضاف
    return words | frozenset(w[2:] for w in words if w.startswith("ال"))


def _resolve_back_references(r: _Reader, drafts: list[_Draft]) -> None:
    """الوزارة، المصادر، المالكي: name a back-reference like the earlier source it refers to (`source_refs`);
    a surname no earlier source names may take an earlier person entity's name.

    A speaker carried over to the next sentence is the same Source, so it is resolved once, by its span."""
    sources: list[Source] = []
    index: dict[tuple[int | None, int | None, str], int] = {}
    for d in drafts:
        s = d.source
        if s is None or not s.text:
            continue
        key = (s.start, s.end, s.text)
        if key not in index:
            index[key] = len(sources)
            sources.append(s)
    not_names = _not_names()
    named = {
        k: resolved_source(sources[k], sources[ante], not_names)
        for k, ante in enumerate(source_refs.resolve(sources, not_names))
        if ante is not None
    }
    persons = [Source(e.text, e.canonical, e.start, e.end, "person") for e in r.entities if e.label == "PER"]
    for k, src in enumerate(sources):
        if k not in named and (person := source_refs.named_person(src, persons, not_names)) is not None:
            named[k] = resolved_source(src, person, not_names)
    for d in drafts:
        s = d.source
        k = index.get((s.start, s.end, s.text)) if s is not None else None
        if k is not None and k in named:
            d.source = named[k]


def _cut_at_next_speaker(r: _Reader, drafts: list[_Draft]) -> None:
    """End a claim where the next speaker's clause begins in the same sentence (… ، فيما قالت مصادر …)."""
    for a, b in itertools.pairwise(drafts):
        if a.sentence != b.sentence or not b.explicit or b.start <= a.start or a.source == b.source:
            continue
        end = b.start
        text = r.text
        while True:
            while end > a.start and (text[end - 1].isspace() or text[end - 1] in "،,؛;:-"):
                end -= 1
            word_start = end
            while word_start > a.start and not text[word_start - 1].isspace() and text[word_start - 1] not in "،,؛;":
                word_start -= 1
            if word_start < end and normalize(text[word_start:end]) in _CONNECTIVES:
                end = word_start
                continue
            break
        if end > a.start:
            a.end = min(a.end, end)


@component("marsad.claims.v1", requires=("tokens", "sentences"), assigns=("claims",), langs=("ar",))
def make_claims() -> Component:
    """Attribute statements to their sources (see the module docstring)."""

    def claims(doc: Document) -> Document:
        return doc.replace(claims=tuple(find_claims(doc)))

    return claims
