"""The notes' summary line names the event's final sides, place and day (ACLED's notes column)."""

from __future__ import annotations

from dataclasses import replace

from test_store_support import event

import marsad
from marsad.events.summaries import refresh_summary


def test_the_summary_is_written_again_from_the_final_fields():
    ev = replace(event(actor1="Military Forces of Saudi Arabia (2015-)", actor2="Military Forces of Yemen (2017-) Houthi"),
                 notes="Armed clash in Harim on 2025-10-20: unidentified actor; killed: مقتل 5. «نص الخبر.» | coding: x")
    got = refresh_summary(ev).notes
    assert got == ("Armed clash in Harim on 2025-10-21: Military Forces of Saudi Arabia (2015-) vs Military Forces of "
                   "Yemen (2017-) Houthi; killed: مقتل 5. «نص الخبر.» | coding: x")


def test_notes_without_a_summary_are_left_alone():
    ev = replace(event(), notes="coding: only")
    assert refresh_summary(ev) is ev


def test_a_side_named_after_extraction_reaches_the_notes():
    nlp = marsad.Pipeline.load()
    text = "انفجرت عبوة ناسفة زرعت أسفل سيارة دورية أمنية في مدينة الفحيص غرب العاصمة عمان مساء الجمعة."
    for ev in nlp(text, published="2018-08-11").events:
        head = ev.notes.split(" | ")[0]
        assert head.split(": ", 1)[1].startswith(ev.actor1 or "unidentified actor")
