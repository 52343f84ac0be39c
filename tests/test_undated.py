"""Events of a document without a publication date keep their date words, and no day is guessed."""

from __future__ import annotations

import pytest

import marsad
from marsad.events.dates import unresolved_days


@pytest.fixture(scope="module")
def nlp():
    return marsad.Pipeline.load()


def test_a_relative_day_is_kept_as_words_without_a_publication_date(nlp):
    text = "اعتقلت قوات الأمن السورية يوم الخميس الماضي ثلاثة أشخاص في مدينة حمص."
    (ev,) = nlp(text).events
    assert (ev.event_date, ev.time_precision, ev.date_text) == (None, None, "يوم الخميس الماضي")
    assert text.count(ev.date_text) == 1 and "unresolved without a publication date" in ev.notes


def test_with_a_publication_date_the_same_words_resolve(nlp):
    (ev,) = nlp("قتل خمسة مدنيين أمس في قصف جوي على مدينة حارم بريف إدلب.", published="2025-10-22").events
    assert (ev.event_date, ev.time_precision, ev.date_text) == ("2025-10-21", 1, "أمس")
    assert "unresolved" not in ev.notes


def test_a_date_with_its_year_needs_no_publication_date(nlp):
    (ev,) = nlp("قتل خمسة مدنيين في 3 مارس 2024 في قصف على مدينة حارم.").events
    assert (ev.event_date, ev.date_text) == ("2024-03-03", "3 مارس 2024")


def test_only_the_words_that_need_a_publication_date_are_unresolved():
    text = "قصفت الطائرات البلدة أمس، بعد هدنة بدأت في 3 مارس 2024 ومنذ الأحد الماضي."
    got = [m.text for m in unresolved_days(text, 0, len(text))]
    assert got == ["أمس"]
