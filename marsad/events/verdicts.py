"""Whether a report is the story of a court's verdict, whose undated incidents are the case being judged.

A report that opens on a verdict ("قضت محكمة عسكرية في جنوب السودان بسجن عشرة جنود لقتلهم صحفيا"، "أصدر
القضاء العراقي الثلاثاء حكما بالسجن المؤبد على 29 جهادية") tells the crimes, battles and arrests behind
it as the case: the killing the soldiers are sentenced for, the battle in which the women surrendered,
the strike a defendant's husband died in, the arrest that opened the trial.  A court judges what is
months or years old, and the judged samples count such incidents too old.  The only day near them is
the verdict's, which an undated sentence would otherwise borrow.  An incident told with a day of its
own ("وفي تطور آخر، أعلن الجيش المصري، الاثنين، مقتل 52 إرهابيا") is another story and stays.

A report that opens on documents revealed (كشفت وثائق سرية بريطانية النقاب عن أن الرئيس المصري السابق …
غير أن اغتياله عجل بالنهاية) is the same: archives tell what is years old, and an undated killing in it is
history (`archive_lead`).

A prosecutor's order of detention (أمرت النيابة بحبس …) is no verdict: it follows an arrest of days
before, which is news.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Token

#: Verbs of handing down a ruling (shadow form, و/ف off).
_RULES = frozenset({"قضت", "قضي", "حكمت", "اصدر", "اصدرت", "صدر", "صدرت"})
#: حكم ("ruled") is a ruling verb only right before a court (حكم القضاء العراقي): alone it is also "rule".
_RULED = "حكم"
#: Words of a court or a judge (shadow form, و/ف off); القضاء only when not القضاء على ("wiping out").
_COURTS = frozenset({"محكمه", "المحكمه", "محاكم", "المحاكم", "القضاء", "قاضي", "القاضي", "قاضيه", "القاضيه"})
#: Words of a sentence passed (shadow form, و/ف off).
_SENTENCES = frozenset({
    "حكما", "احكاما", "باحكام", "بالسجن", "بسجن", "بالاعدام", "باعدام", "الاعدام", "بالموبد", "الموبد",
})
#: How many words after the ruling verb its court or sentence may stand ("أصدر القضاء العراقي الثلاثاء حكما").
RULING_REACH = 6
#: How many tokens a news agency's dateline may run before its name ("القدس (CNN)--"): the lead starts after it.
DATELINE_TOKENS = 12


def _word(t: Token) -> str:
    return t.norm.removeprefix("و").removeprefix("ف") if len(t.norm) > 3 else t.norm


def _court_word(tokens: Sequence[Token], k: int, hi: int) -> bool:
    w = _word(tokens[k])
    if w == "القضاء":
        nxt = next((tokens[j] for j in range(k + 1, hi) if tokens[j].kind == "word"), None)
        return nxt is None or nxt.norm != "علي"
    return w in _COURTS or w in _SENTENCES


def _lead_words(tokens: Sequence[Token], lo: int, hi: int) -> list[int]:
    """The word tokens of the lead lo..hi after its dateline ("دبي، الإمارات (CNN)--"), if any."""
    dateline = next((k for k in range(lo, min(hi, lo + DATELINE_TOKENS)) if tokens[k].text == "CNN"), None)
    return [k for k in range(lo if dateline is None else dateline + 1, hi) if tokens[k].kind == "word"]


def verdict_lead(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Do tokens lo..hi (the report's first sentence) tell a verdict: a ruling verb (قضت، أصدر، صدر) with a
    court or a sentence within `RULING_REACH` words after it, حكم right before a court, or a court or judge
    as the subject of the lead's first verb ("منعت قاضية لبنانية هانيبال القذافي من مغادرة البلاد")?"""
    words = _lead_words(tokens, lo, hi)
    if len(words) > 1 and _word(tokens[words[1]]) in _COURTS and _court_word(tokens, words[1], hi):
        return True
    for n, k in enumerate(words):
        w = _word(tokens[k])
        if w == _RULED:
            if n + 1 < len(words) and _word(tokens[words[n + 1]]) in _COURTS:
                return True
            continue
        if w in _RULES and any(_court_word(tokens, j, hi) for j in words[n + 1 : n + 1 + RULING_REACH]):
            return True
    return False


#: Verbs of revealing (shadow form, و/ف off) and the archive nouns they reveal ("كشفت وثائق"، "أظهرت وثائق").
_REVEALS = frozenset({"كشفت", "كشف", "اظهرت", "اظهر", "ازاحت", "تكشف", "يكشف"})
_ARCHIVES = frozenset({"وثايق", "الوثايق", "وثيقه", "الوثيقه", "ارشيف", "الارشيف", "مراسلات", "برقيات"})
#: How many words after the revealing verb the archive noun may stand ("كشفت اليوم وثائق").
ARCHIVE_REACH = 2


def archive_lead(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Do tokens lo..hi (the report's first sentence) open on documents revealed: a verb of revealing
    among its first three words with an archive noun (وثائق، أرشيف، برقيات) within `ARCHIVE_REACH` words
    after it?"""
    words = _lead_words(tokens, lo, hi)
    for n, k in enumerate(words[:3]):
        if _word(tokens[k]) in _REVEALS and any(
                tokens[j].norm in _ARCHIVES for j in words[n + 1 : n + 1 + ARCHIVE_REACH]):
            return True
    return False
