"""A divided country's bare name (كوريا) where the text names its other half: the whole land, not one state.

Round 53: bare كوريا is South Korea, the state the press calls Korea ("سول … بالنسبة لكوريا"), the North being
always named so (كوريا الشمالية).  In a text that names the North, the bare name is the peninsula or the nation
("إعادة توحيد كوريا": the reunification of Korea), which no row of the data is, so it is left unplaced.
"""

from __future__ import annotations

from marsad.model import Place

#: The bare name, the state it is read as, and the other state of the name.
_DIVIDED = {"كوريا": ("KR", "KP")}


def divided_names(places: list[Place]) -> list[Place]:
    """The places less each bare divided name read as one state where the other state is named too."""
    named = {p.iso2 for p in places}
    return [p for p in places if not ((pair := _DIVIDED.get(p.text)) and p.iso2 == pair[0] and pair[1] in named)]
