"""The identity rules' data (``ontology/identity.yaml``), read once into a frozen object."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.resources import load_yaml


@dataclass(frozen=True)
class Rules:
    compatible_types: frozenset[frozenset[str]]
    symmetric_types: frozenset[str]
    class_group: dict[str, str]
    linkable_modalities: frozenset[str]
    modality_links: frozenset[frozenset[str]]
    max_extra_participants: int
    stated_slack_days: int
    report_window_days: int
    undated_window_days: int
    relative_dates: tuple[tuple[str, int, int], ...]
    organs: dict[str, str]
    statement_types: frozenset[str]
    linkage_share: float
    spokespeople: dict[str, str]
    carried_window_days: int
    condemned_types: frozenset[str]
    lasting_classes: frozenset[str]
    lasting_window_days: int
    leader_offices: frozenset[str] = frozenset()
    unarmed_kinds: frozenset[str] = frozenset()
    many_voiced_kinds: frozenset[str] = frozenset()
    background_window_days: int = 0
    generic_classes: frozenset[str] = frozenset()

    def types_compatible(self, a: str, b: str) -> bool:
        return a == b or frozenset((a, b)) in self.compatible_types

    def compatible_with(self, plover: str) -> set[str]:
        """Every type a report of ``plover`` may be linked with (itself included)."""
        out = {plover}
        for pair in self.compatible_types:
            if plover in pair:
                out |= pair
        return out

    def modalities_compatible(self, a: str, b: str) -> bool:
        """Reports of modalities ``a`` and ``b`` can be one event: both linkable, and the same or a
        listed pair (planned and asserted; not hypothetical and asserted)."""
        if a not in self.linkable_modalities or b not in self.linkable_modalities:
            return False
        return a == b or frozenset((a, b)) in self.modality_links

    def classes_compatible(self, a: str | None, b: str | None) -> bool:
        ga, gb = self.class_group.get(a or ""), self.class_group.get(b or "")
        return ga is None or gb is None or ga == gb

    def deeds_differ(self, a: str | None, b: str | None) -> bool:
        """Classes ``a`` and ``b`` name two different deeds: both given and different, neither
        generic (``generic_classes``: "an attack" may be any strike), not of one ``class_groups``
        group (a visit and the meeting it holds), not both ``lasting_classes`` (an invasion and its
        war)."""
        if not a or not b or a == b or a in self.generic_classes or b in self.generic_classes:
            return False
        if a in self.lasting_classes and b in self.lasting_classes:
            return False
        ga = self.class_group.get(a)
        return ga is None or ga != self.class_group.get(b)


@cache
def rules() -> Rules:
    """The project's rules."""
    data = load_yaml("identity.yaml")
    return Rules(
        compatible_types=frozenset(frozenset(p) for p in data.get("compatible_types", [])),
        symmetric_types=frozenset(data.get("symmetric_types", [])),
        class_group={c: g for g, classes in (data.get("class_groups") or {}).items() for c in classes},
        linkable_modalities=frozenset(data.get("linkable_modalities", [])),
        modality_links=frozenset(frozenset(p) for p in data.get("modality_links", [])),
        max_extra_participants=int(data["max_extra_participants"]),
        stated_slack_days=int(data["stated_slack_days"]),
        report_window_days=int(data["report_window_days"]),
        undated_window_days=int(data["undated_window_days"]),
        relative_dates=tuple((w, int(a), int(b)) for w, (a, b) in (data.get("relative_dates") or {}).items()),
        organs={o: body for body, organs in (data.get("organs") or {}).items() for o in organs},
        statement_types=frozenset(data.get("statement_types", [])),
        linkage_share=float(data.get("linkage_share", 1.0)),
        spokespeople={str(k): str(v) for k, v in (data.get("spokespeople") or {}).items()},
        carried_window_days=int(data.get("carried_window_days", data["stated_slack_days"])),
        condemned_types=frozenset(data.get("condemned_types", [])),
        lasting_classes=frozenset(data.get("lasting_classes", [])),
        lasting_window_days=int(data.get("lasting_window_days", data["report_window_days"])),
        leader_offices=frozenset(data.get("leader_offices", [])),
        unarmed_kinds=frozenset(data.get("unarmed_kinds", [])),
        many_voiced_kinds=frozenset(data.get("many_voiced_kinds", [])),
        background_window_days=int(data.get("background_window_days", 0)),
        generic_classes=frozenset(data.get("generic_classes", [])),
    )
