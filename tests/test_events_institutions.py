"""A place inside an institution's name (`marsad.events.institutions`) is no scene."""

from __future__ import annotations

from marsad.events.institutions import institution_seat
from marsad.model import Place


def _place(text: str, name: str, level: str = "admin1") -> Place:
    start = text.index(name)
    return Place(text=name, start=start, end=start + len(name), name=name, level=level)


def test_a_health_directorate_names_its_seat():
    text = "قتل 18 مدنيا في غارات على بلدة زردنا. وقالت مديرية صحة إدلب إن الحصيلة أولية."
    assert institution_seat(text, _place(text, "إدلب"))
    assert institution_seat(text, _place(text, "صحة", "populated_place"))  # the head's word misread as a place
    assert not institution_seat(text, _place(text, "زردنا", "populated_place"))


def test_the_coalitions_name_holds_the_country():
    text = "قتل 79 مسلحا في غارات لتحالف دعم الشرعية في اليمن، على مناطق متفرقة من الساحل الغربي."
    assert institution_seat(text, _place(text, "اليمن", "country"))
    assert not institution_seat(text, _place(text, "الساحل الغربي", "region"))
    deployed = "المدعومة من قوات تحالف دعم الشرعية في الساحل الغربي من اليمن."
    assert not institution_seat(deployed, _place(deployed, "الساحل الغربي", "region"))


def test_a_governorate_council_and_a_plain_scene():
    text = "وقال مجلس محافظة درعا إن القصف استهدف مدينة درعا."
    first = text.index("درعا")
    seat = Place(text="درعا", start=first, end=first + 4, name="Dar'a", level="admin1")
    second = text.index("درعا", first + 1)
    scene = Place(text="درعا", start=second, end=second + 4, name="Dar'a", level="populated_place")
    assert text[seat.start : seat.end] == seat.text and text[scene.start : scene.end] == scene.text
    assert institution_seat(text, seat)
    assert not institution_seat(text, scene)
