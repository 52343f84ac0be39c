"""A hostage's release is not an abduction.

The lexicon types a hostage noun (رهائن، رهينة) as ACLED's "Abduction/forced disappearance".  Where the
noun is the object of a release (أفرج التنظيم عن 6 من الرهائن، الإفراج عن الرهائن، إطلاق سراح الرهينة، تحرير
الرهائن), the day's incident is the release, not the taking: ACLED codes a release of hostages or captives as
"Other" (Strategic developments); the abduction itself, when it is recent, is told by its own verb
(الذين اختطفهم) and keeps its type.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.drafts import Draft
from marsad.events.intervention import bare_word
from marsad.model import Token
from marsad.text import normal_forms

#: Hostage nouns (shadow form, glued و/ب/ل and article dropped).
_HOSTAGES = normal_forms("رهائن", "رهينة", "رهينتين", "رهينتان")
#: Verbs of a release done (shadow form, glued و/ف dropped): أفرج، أفرجت، أفرجوا، حرر، حررت، حرروا.
_RELEASED = normal_forms("أفرج", "أفرجت", "أفرجوا", "حرر", "حررت", "حرروا")
#: Verbs that make a release noun (إطلاق سراح، الإفراج عن، تحرير) one done, not demanded or promised: أطلق سراح،
#: تم الإفراج، جرى الإفراج.
_DONE = normal_forms("أطلق", "أطلقت", "أطلقوا", "تم", "جرى", "جرت")
#: How many words before a release noun its verb of doing may stand (أطلق المسلحون سراح).
_DONE_REACH = 3
#: Release nouns (shadow form, glued و/ب/ل and article dropped): إفراج، سراح، تحرير.
_RELEASE_NOUNS = normal_forms("إفراج", "سراح", "تحرير")
#: How many words before the hostage noun the release word may stand (أفرج تنظيم داعش الإرهابي عن 6 من الرهائن).
_REACH = 7
#: The PLOVER mode that marks a release among ACLED's "Other" events (a cordon's is "military"):
#: `folds.fold_cordons` leaves it standing beside the violence of its day.
RELEASE_MODE = "release"
#: Fields of a release: a strategic development of no violence.
RELEASE_FIELDS = {"event_type": "Strategic developments", "sub_event_type": "Other", "plover_type": "CONCEDE",
                  "plover_mode": RELEASE_MODE}


def retype_hostage_release(d: Draft, tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A hostage noun typed abduction with a release done among the `_REACH` words before it in its sentence
    (أفرج التنظيم عن 6 من الرهائن، جرى الإفراج عن الرهائن، أطلق سراح الرهينة) is the release: "Other".  A release
    demanded or promised (طالبت بالإفراج عن الرهائن، بالإضافة إلى الإفراج عن الرهائن الأمريكيين) is no incident
    of the day and is left to the abduction's own checks."""
    f, h = d.fields, d.hits[0]
    if f.get("sub_event_type") != "Abduction/forced disappearance" or d.retyped:
        return False
    if not bare_word(tokens[h.first]).startswith(_HOSTAGES):
        return False
    before = [bare_word(t) for t in tokens[lo : h.first] if t.kind == "word"][-_REACH:]
    if not _released(before):
        return False
    f.update(RELEASE_FIELDS)
    d.notes.append("type: hostages released, not taken (other)")
    return True


def _released(words: Sequence[str]) -> bool:
    """A release done among `words`: a past verb of release, or a release noun with a verb of doing among the
    `_DONE_REACH` words before it (أطلق المسلحون سراح، تم الإفراج)."""
    if any(w.lstrip("ف") in _RELEASED for w in words):
        return True
    return any(w.startswith(_RELEASE_NOUNS) and any(v in _DONE for v in words[max(0, k - _DONE_REACH) : k])
               for k, w in enumerate(words))
