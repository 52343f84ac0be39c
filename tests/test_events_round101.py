"""Round 101: a definite attack noun that opens a sentence as the subject of a verb of coinciding, with an
indefinite incident of another type after its مع ("وتزامنت الغارات مع مواجهات … في مديرية التحيتا"), is the
incident the report has told: the sentence's news is the complement, and the subject, lent its place and
sides, is no second event."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.Pipeline.load()


def _events(nlp, text: str, published: str = "2018-06-07") -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in nlp(text, published=published).events]


_STRIKES = ("شنت مقاتلات التحالف العربي، الخميس، غارات على مواقع المتمردين في مديرية اللحية بمحافظة الحديدة. ")


def test_coinciding_strikes_fold_into_the_strikes_told(nlp) -> None:
    text = _STRIKES + ("وتزامنت الغارات مع مواجهات بين المقاومة الوطنية والمتمردين الحوثيين في مديرية التحيتا، "
                       "أسفرت عن سقوط قتلى وجرحى.")
    got = _events(nlp, text)
    assert sorted(t for t, _ in got) == ["Air/drone strike", "Armed clash"]
    strikes = [p for t, p in got if t == "Air/drone strike"]
    assert strikes == ["Al Luhayyah"]  # the first telling's place stands


def test_a_definite_complement_is_the_setting(nlp) -> None:
    # "with the ongoing battles": the battles are the setting, and the strikes stay the sentence's own
    text = ("واستهدف طيران التحالف، السبت، مواقع الحوثيين في مديرية حرف سفيان بمحافظة عمران. وتتزامن الغارات "
            "الجوية، مع المعارك المستمرة في محور البقع في مديرية كتاف بصعدة.")
    got = _events(nlp, text, "2018-04-07")
    assert [t for t, _ in got].count("Air/drone strike") == 2


def test_no_incident_told_before_keeps_the_mention(nlp) -> None:
    text = ("وتزامنت الغارات مع مواجهات بين المقاومة الوطنية والمتمردين الحوثيين في مديرية التحيتا، أسفرت عن "
            "سقوط قتلى وجرحى.")
    assert sorted(t for t, _ in _events(nlp, text)) == ["Air/drone strike", "Armed clash"]


def test_coinciding_battles_fold_into_the_gain_they_won(nlp) -> None:
    # the battles' sides are lent by the strikes after مع: the gain is their telling whatever they say
    text = ("وسيطرت القوات الحكومية، السبت، على سلسلة جبلية مطلة على مدينة البرح بعد معارك مع الحوثيين. "
            "وتزامنت المعارك مع غارات مكثفة لمقاتلات التحالف العربي، استهدفت تجمعات للحوثيين في مديرية موزع.")
    got = [t for t, _ in _events(nlp, text, "2018-05-05")]
    assert "Armed clash" not in got
    assert "Air/drone strike" in got


def test_accompanying_clashes_fold_into_the_clashes_told(nlp) -> None:
    # the complement's place lies in another governorate: only the reading of the opening verb folds them
    text = ("اندلعت، الخميس، اشتباكات عنيفة بين القوات الحكومية ومسلحي التنظيم في مدينة درنة. "
            "وترافقت الاشتباكات مع غارات لطائرات حربية استهدفت مواقع التنظيم في مدينة سرت.")
    got = [t for t, _ in _events(nlp, text, "2018-06-07")]
    assert got.count("Armed clash") == 1
    assert "Air/drone strike" in got
