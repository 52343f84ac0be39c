"""Actors round 20: a strike's doer the article names outside the strike's sentence.

A missile or air strike whose sentence names no doer is the one state the article has fire strikes of
that kind, by a strike word with its nationality (هجوم صاروخي إسرائيلي) or a suspicion or accusation frame
(يرجح أنه من القوات الإسرائيلية، أصابع الاتهام إلى إسرائيل); two such states, another doer of such strikes, a
side hit of the state's own camp, or an artillery shelling leave it empty.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_store_support import event

from marsad.events.attributed import attributed_strikers, attributions

ISRAEL = "Military Forces of Israel (2022-)"


def strike(quote: str, sub: str = "Shelling/artillery/missile attack", actor1: str | None = None,
           actor2: str | None = "Military Forces of Syria (2000-2024)"):
    e = event(etype="Explosions/Remote violence", sub=sub, date="2018-07-11", actor1=actor1, actor2=actor2)
    return replace(e, notes=f"trigger «{quote}»")


def test_a_suspected_israeli_strike_in_another_paragraph_names_the_doer():
    text = ("هزت انفجارات ريف القنيطرة ناجمة عن قصف يرجح أنه من القوات الإسرائيلية طال مواقع لقوات النظام.\n"
            "استهدفت الضربات الصاروخية منطقة قرب بلدة حضر.")
    out, = attributed_strikers([strike("استهدفت الضربات الصاروخية منطقة قرب بلدة حضر")], text)
    assert out.actor1 == ISRAEL and out.inter1 == 8
    assert "the one state the article has fire such strikes" in out.notes


def test_an_accusation_in_the_lead_names_the_doer():
    text = ("قتل 40 عنصرا خلال تعرض مواقع للنظام لقصف صاروخي، فيما أشارت أصابع الاتهام إلى إسرائيل.\n"
            "وسقطت صواريخ عدة على المركز الإيراني.")
    out, = attributed_strikers([strike("وسقطت صواريخ عدة على المركز الإيراني",
                                       actor2="Military Forces of Iran (1989-)")], text)
    assert out.actor1 == ISRAEL


def test_an_air_strike_with_its_nationality_elsewhere():
    text = "شنت طائرات روسية غارات على ريف إدلب.\nوقتل خمسة في غارة على بلدة خان شيخون."
    out, = attributed_strikers([strike("وقتل خمسة في غارة على بلدة خان شيخون", sub="Air/drone strike",
                                       actor2="Civilians (Syria)")], text)
    assert out.actor1 == "Military Forces of Russia (2000-)"


def test_two_states_named_leave_it_empty():
    text = "شنت طائرات روسية وطائرات سورية غارات على ريف إدلب.\nوقتل خمسة في غارة على بلدة خان شيخون."
    assert attributions(text)["air"] == {"RU", "SY"}
    out, = attributed_strikers([strike("وقتل خمسة في غارة", sub="Air/drone strike", actor2="Civilians (Syria)")], text)
    assert out.actor1 is None


def test_artillery_shelling_is_not_filled():
    text = "قصف يرجح أنه من القوات الإسرائيلية طال مواقع.\nوسقطت قذائف مدفعية على القرية."
    out, = attributed_strikers([strike("وسقطت قذائف مدفعية على القرية")], text)
    assert out.actor1 is None


def test_another_doer_of_such_strikes_leaves_it_empty():
    text = "قصف يرجح أنه من القوات الإسرائيلية طال مواقع.\nواستهدفت صواريخ أطلقها حزب الله مواقع."
    done = strike("واستهدفت صواريخ أطلقها حزب الله مواقع", actor1="Hezbollah", actor2=ISRAEL)
    out = attributed_strikers([strike("وسقطت صواريخ على مواقع"), done], text)
    assert out[0].actor1 is None


def test_the_states_own_side_hit_leaves_it_empty():
    text = "تصدت الدفاعات لهجوم صاروخي إسرائيلي على مواقع.\nوسقطت صواريخ على موقع للجيش الإسرائيلي."
    out, = attributed_strikers([strike("وسقطت صواريخ على موقع للجيش الإسرائيلي", actor2=ISRAEL)], text)
    assert out.actor1 is None


def test_states_joined_to_the_nationality_strike_too():
    assert attributions("أن الضربات الجوية الروسية والسورية على إدلب")["air"] == {"RU", "SY"}


_SHELL, _AIR = "Shelling/artillery/missile attack", "Air/drone strike"


@pytest.mark.parametrize(("text", "quote", "sub", "actor2"), [
    pytest.param("استهدفت ضربات صاروخية مطار الشعيرات.\nونفت الولايات المتحدة العلاقة مع الهجوم.\n"
                 "وكانت القاعدة هدفا لهجوم أميركي بصواريخ كروز في العام الماضي.",
                 "استهدفت ضربات صاروخية مطار الشعيرات", _SHELL, None, id="a state that denies is not the doer"),
    pytest.param("قتل ثلاثة في قصف إسرائيلي على غزة.\nوشهد السبت تصعيدا في إطلاق القذائف من قطاع غزة.",
                 "وشهد السبت تصعيدا في إطلاق القذائف من قطاع غزة", _AIR, None,
                 id="a launch from a place in the sentence"),
    pytest.param("قالوا إن غارة إسرائيلية قصفت مبنى.\nوسقط صاروخ على مدينة سديروت فأصيب 3 إسرائيليين.",
                 "وسقط صاروخ على مدينة سديروت", _SHELL, "Civilians (Israel)", id="the state's own civilians hit"),
    pytest.param("في متحف سلاح الطيران الإسرائيلي.\nوقال إن الغارات الغربية لم تدمر مواقع الحرس الثوري.",
                 "إن الغارات الغربية لم تدمر مواقع الحرس الثوري", _AIR, None, id="a strike given to a bloc"),
])
def test_a_strike_whose_doer_the_guards_leave_empty(text: str, quote: str, sub: str, actor2: str | None) -> None:
    out, = attributed_strikers([strike(quote, sub=sub, actor2=actor2)], text)
    assert out.actor1 is None
