"""check-config on the names matching is told: nicknames, first names pupils use, neighbours."""
from __future__ import annotations

import pytest

from monitor.config import ConfigError, parse

BASE = {
    "school": {"name": "Hollowbrook Academy", "aliases": ["Hollowbrook"], "locality": ["Hexley"],
               "neighbours": ["Greenfield High"]},
    "email": {"sender": "sw@school.example", "headteacher": "head@school.example", "dsl": "dsl@school.example"},
    "database": {"path": "sw.db"},
}


def config(staff: list[dict], **school) -> dict:
    return {**BASE, "school": {**BASE["school"], **school}, "staff": staff}


def test_the_new_keys_are_read():
    cfg = parse(config([{"id": "gareth-lloyd", "name": "Gareth Lloyd", "nicknames": ["Gaz"]},
                        {"id": "emma-rowe", "name": "Emma Rowe", "first_names": ["Emma"]}],
                       communities=["Hexley Parents Chat", "r/Hexley"]))
    school = cfg.schools[0]
    assert school.neighbours == ("Greenfield High",)
    assert school.communities == ("Hexley Parents Chat", "r/Hexley")
    assert [(m.nicknames, m.first_names) for m in school.staff] == [(("Gaz",), ()), ((), ("Emma",))]


# staff, school keys -> the one problem check-config names
BAD = [
    ([{"id": "a", "name": "Ann Lee", "nicknames": ["Miss"]}], {},
     "staff[0].nicknames: 'Miss' is what anyone at any school is called: it cannot name one person"),
    ([{"id": "a", "name": "Ann Lee", "nicknames": ["42"]}], {}, "staff[0].nicknames: '42' has no letters"),
    ([{"id": "a", "name": "Ann Lee", "first_names": ["Ann Marie"]}], {},
     "staff[0].first_names: 'Ann Marie': at most 1 word(s)"),
    ([{"id": "a", "name": "Emma Rowe", "first_names": ["Emma"]}, {"id": "b", "name": "Emma Hill", "first_names": ["Emma"]}],
     {}, "staff[1]: 'emma' is also a nickname or first name of staff[0]: matching could not tell them apart"),
    ([{"id": "a", "name": "Ann Lee", "nicknames": [""]}], {}, "staff[0].nicknames: must be a list of non-empty strings"),
    ([], {"neighbours": ["Hollowbrook"]}, "school.neighbours: 'Hollowbrook' is this school's own name"),
    ([], {"communities": ["Hexley"]}, "school.communities: 'Hexley' is a word any post may use: name the group "
                                      "itself, 'Hexley Parents Chat' or 'r/Hexley'"),
    ([], {"communities": ["Hollowbrook"]},
     "school.communities: 'Hollowbrook' is this school's own name: a post naming it is already ours"),
    ([], {"communities": ["#1"]}, "school.communities: '#1' has no letters"),
    ([], {"communities": "Hexley Parents Chat"}, "school.communities: must be list, not str"),
]


@pytest.mark.parametrize("staff, school, problem", BAD)
def test_a_name_that_cannot_work_is_named_by_its_path(staff, school, problem):
    with pytest.raises(ConfigError) as err:
        parse(config(staff, **school))
    assert err.value.problems == [problem]
