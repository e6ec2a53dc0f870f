"""Drafts: every action has its draft, the law is stated as 'may', s141F holds, deadlines are right."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from monitor.drafts import AUDIENCES, Draft, Outcome, check_templates, data_request_deadline, deadline_for, drafts_for
from monitor.vocab import ACTIONS

from goldens import check_golden
from response_samples import (ALL, DATA_REQUEST, DEFAMATION, EARLIER, HOSTILE, NOW, PARENT_RANT, RELATED, S141F,
                              SCHOOL, THREAT, T, item)


def _file(d: Draft) -> str:
    head = [f"action: {d.action}", f"audience: {d.audience}", f"title: {d.title}"]
    head += [f"subject: {d.subject}"] if d.subject else []
    head += [f"send via: {d.send_via}"] if d.send_via else []
    return "\n".join(head) + "\n\n" + d.text + "\n"


@pytest.mark.parametrize("it", ALL, ids=lambda i: f"item{i.id}")
def test_drafts_match_golden_files(it):
    drafts = drafts_for(it, SCHOOL, RELATED.get(it.id, ()), NOW)
    assert [d.action for d in drafts] == [a for a in ACTIONS if a in it.decision.actions]
    for d in drafts:
        check_golden(f"drafts/item{it.id}.{d.action}.txt", _file(d))


def test_every_action_has_a_draft_with_its_audience():
    everything = item(90, "Mr Whitaker at Hollowbrook: I want my data, and I'll see him at pickup.",
                      about=("school", "staff:tom-whitaker"), priority="urgent",
                      categories=("threat", "harassment", "defamation", "safeguarding", "privacy", "data_request"),
                      actions=ACTIONS, why="all of it")
    drafts = drafts_for(everything, SCHOOL, (), NOW)
    assert [d.action for d in drafts] == list(ACTIONS)
    for d in drafts:
        assert d.audience == AUDIENCES[d.action]
        assert d.text.strip() and "No draft template" not in d.text, d.action
        assert d.problem == ""


def test_no_decision_no_drafts():
    from dataclasses import replace
    assert drafts_for(replace(THREAT, decision=None), SCHOOL, (), NOW) == []


def test_police_summary_has_who_what_when_and_says_may():
    d = {x.action: x for x in drafts_for(THREAT, SCHOOL, RELATED[2], NOW)}["report_police"]
    t = d.text
    assert "u/hexley_dad" in t and "https://www.reddit.com/user/hexley_dad" in t
    assert "Mon 3 Mar 2025, 19:42 GMT (2025-03-03 19:42 UTC)" in t
    assert "https://www.reddit.com/r/hexley/comments/abc1/" in t  # the earlier post by the same account
    assert "Online Safety Act 2023, s181" in t and "Protection from Harassment Act 1997" in t
    assert "Malicious Communications Act 1988" in t
    assert "may amount to" in t
    for conclusion in ("is guilty", "has committed", "is an offence under", "constitutes"):
        assert conclusion not in t


def test_harassment_needs_two_occasions():
    alone = {x.action: x for x in drafts_for(THREAT, SCHOOL, (), NOW)}["report_police"]
    assert "only one post so far" not in alone.text  # privacy still brings s2A, but s2 is not claimed...
    assert "Protection from Harassment Act 1997, ss2 and 4" not in alone.text
    course = {x.action: x for x in drafts_for(THREAT, SCHOOL, RELATED[2], NOW)}["report_police"]
    assert "Protection from Harassment Act 1997, ss2 and 4" in course.text


def test_removal_names_the_platform_rule_and_the_next_steps():
    d = {x.action: x for x in drafts_for(THREAT, SCHOOL, (), NOW)}["request_removal"]
    assert "Reddit Rules, Rule 1" in d.text and "Rule 3" in d.text
    assert "https://www.reddit.com/r/hexley/comments/abc2/" in d.text
    assert "0344 381 4772" in d.text and "helpline@saferinternet.org.uk" in d.text
    assert "Report Harmful Content" in d.text


@pytest.mark.parametrize("url,platform,expect", [
    ("https://mastodon.social/@x/1", "mastodon", "https://mastodon.social/about"),
    ("https://bsky.app/profile/x/post/1", "bluesky", "Bluesky Community Guidelines"),
    ("https://www.youtube.com/watch?v=abc", "rss", "YouTube Community Guidelines"),
    ("https://x.com/a/status/1", "manual", "X Rules: Violent speech"),
    ("https://www.facebook.com/a/posts/1", "manual", "Meta Community Standards: Violence and Incitement"),
    ("https://www.instagram.com/p/abc/", "manual", "Meta Community Standards"),
    ("https://www.tiktok.com/@a/video/1", "manual", "TikTok Community Guidelines: Violent behaviours"),
    ("https://www.hexleygazette.co.uk/news/1#comment-9", "rss", "comment rules (house rules or terms of use) of hexleygazette.co.uk"),
])
def test_removal_per_platform(url, platform, expect):
    it = item(50, "I'll hurt Mr Whitaker", platform=platform, url=url, about=("staff:tom-whitaker",),
              categories=("threat",), actions=("request_removal",), priority="urgent")
    (d,) = drafts_for(it, SCHOOL, (), NOW)
    assert expect in d.text


def test_defamation_notice_points_are_listed():
    d = {x.action: x for x in drafts_for(DEFAMATION, SCHOOL, (), NOW)}["legal_advice"]
    assert "Defamation Act 2013 s5(6)" in d.text and "Defamation (Operators of Websites) Regulations 2013" in d.text
    assert "personal claim of Mrs Shah" in d.text  # framed as the affected person's claim
    assert "consents to the operator giving the poster their name and email address" in d.text


def test_s141f_drafts_for_outsiders_never_name_the_teacher():
    names = ("Okafor", "Coach Dan", "Dan Okafor")
    for d in drafts_for(S141F, SCHOOL, (), NOW):
        if d.audience in ("platform", "parent", "requester"):
            for n in names:
                assert n not in d.text and n not in d.subject, (d.action, n)
    staff = {x.action: x for x in drafts_for(S141F, SCHOOL, (), NOW)}["inform_staff"]
    assert "LADO" in staff.text  # the accused is told only after the LADO is consulted


@pytest.mark.parametrize("posted,expected", [
    ("2025-01-31T10:00:00Z", date(2025, 2, 28)),  # no 31 February: the month's last day
    ("2024-01-31T10:00:00Z", date(2024, 2, 29)),  # leap year
    ("2025-01-30T10:00:00Z", date(2025, 2, 28)),
    ("2025-03-31T12:00:00Z", date(2025, 4, 30)),
    ("2025-08-31T12:00:00Z", date(2025, 9, 30)),
    ("2025-12-15T12:00:00Z", date(2026, 1, 15)),  # over the year end
    ("2025-12-31T23:59:00Z", date(2026, 1, 31)),  # GMT in winter: still 31 December
    ("2025-03-30T23:30:00Z", date(2025, 4, 30)),  # clocks went forward: 00:30 BST on 31 March -> 30 April
    ("2025-03-30T00:30:00Z", date(2025, 4, 30)),  # 00:30 GMT, before the change at 01:00
    ("2025-06-30T23:30:00Z", date(2025, 8, 1)),  # BST: 00:30 on 1 July counts from 1 July
    ("2025-10-25T23:30:00Z", date(2025, 11, 26)),  # still BST: 00:30 on 26 October
    ("2025-10-26T23:30:00Z", date(2025, 11, 26)),  # clocks went back: 23:30 GMT on 26 October
])
def test_data_request_deadline(posted, expected):
    assert data_request_deadline(datetime.fromisoformat(posted.replace("Z", "+00:00"))) == expected


def test_deadline_prefers_triage_fact_and_survives_a_bad_one():
    it = item(60, "SAR please", published="2025-01-31T10:00:00Z", categories=("data_request",),
              actions=("respond_data_request",), facts={"data_request_deadline": "2025-02-28"})
    assert deadline_for(it).due == date(2025, 2, 28) and deadline_for(it).source == "triage"
    bad = item(61, "SAR please", published="2025-01-31T10:00:00Z", categories=("data_request",),
               actions=("respond_data_request",), facts={"data_request_deadline": "soon"})
    assert deadline_for(bad).due == date(2025, 2, 28) and deadline_for(bad).source == "computed"
    (d,) = drafts_for(DATA_REQUEST, SCHOOL, (), NOW)
    assert "reply by Friday 28 February 2025" in d.text and "UK GDPR Art. 12(3)" in d.text


def test_hostile_text_is_quoted_with_bidi_controls_shown():
    d = {x.action: x for x in drafts_for(HOSTILE, SCHOOL, (), NOW)}["report_police"]
    assert "\u202e" not in d.text and "[U+202E]" in d.text
    assert "javascript:alert(1) (not a web address: do not open it)" in d.text
    assert "\U0001F52A" in d.text  # emoji kept


def test_school_template_overrides_and_a_broken_one_falls_back(tmp_path):
    (tmp_path / "contact_author.txt.j2").write_text(
        "{% set subject %}Our letter{% endset %}Dear parent of {{ school.name }}: please take it down.")
    (tmp_path / "inform_staff.txt.j2").write_text("Dear {{ no_such_thing.x }}")
    drafts = {d.action: d for d in drafts_for(DEFAMATION, SCHOOL, (), NOW, templates_dir=tmp_path)}
    assert drafts["contact_author"].text == "Dear parent of Hollowbrook Academy: please take it down."
    assert drafts["contact_author"].subject == "Our letter"
    assert drafts["contact_author"].template.endswith("contact_author.txt.j2")
    assert "inform_staff.txt.j2 failed" in drafts["inform_staff"].problem
    assert "What we are doing" in drafts["inform_staff"].text  # the built-in draft, so the alert still helps


def test_check_templates_names_the_bad_file_and_line(tmp_path):
    (tmp_path / "call_999.txt.j2").write_text("line one\n{% if %}\n")
    (tmp_path / "call999.txt.j2").write_text("x")
    problems = check_templates(tmp_path)
    assert any("call_999.txt.j2, line 2" in p for p in problems)
    assert any("call999.txt.j2: not the name of an action template" in p for p in problems)
    assert check_templates(tmp_path / "missing") == [f"{tmp_path / 'missing'}: not a folder"]


# --- the staff note after the DSL has decided (seed 002 section 6) -----------------------
# The member of staff is told what was done, what is not being done and why, and what is
# still being considered: never a step the school decided against.

def taken(action, reference="", when="2025-03-04T08:30:00Z"):
    return Outcome(action, "taken", reference=reference, when=T(when) if when else None)


def declined(action, reason):
    return Outcome(action, "not_pursued", reason=reason)


def _decided(*outcomes):
    return {o.action: o for o in outcomes}


# (golden file name, item, what the DSL recorded)
STAFF_NOTE_CASES = [
    ("threat-mixed", THREAT, _decided(
        declined("call_999", "The author lives abroad and the police told us no one is in danger now"),
        taken("report_police", "CAD 4411 / 04MAR25"),
        taken("request_removal", "Reddit report 7Q2X"),
    )),  # legal_advice: undecided
    ("threat-nothing-decided-yet", THREAT, {}),
    ("defamation-all-decided", DEFAMATION, _decided(
        declined("request_removal", "Facebook replied that the post does not break its rules; our solicitor is "
                                    "writing to the group's admins instead"),
        taken("legal_advice", "Browne & Co, matter 2025/118", when=None),
        taken("contact_author", when="2025-03-05T16:00:00Z"),
        taken("inform_staff"),  # this note itself: not listed
    )),
    # A decision on a step triage did not suggest replaces the general reason for not taking it.
    ("harassment-police-declined", EARLIER, _decided(
        taken("request_removal"),
        declined("report_police", "One post so far, and Mr Whitaker asked us not to involve the police yet"),
    )),
    ("parent-rant-letter-sent", PARENT_RANT, _decided(taken("contact_author", "HB/25/031"))),
]


@pytest.mark.parametrize("name,it,decisions", STAFF_NOTE_CASES, ids=[c[0] for c in STAFF_NOTE_CASES])
def test_staff_note_after_decisions_matches_golden(name, it, decisions):
    note = {d.action: d for d in drafts_for(it, SCHOOL, RELATED.get(it.id, ()), NOW, decisions=decisions)}
    check_golden(f"drafts/staff_note.{name}.txt", _file(note["inform_staff"]))


# (action not pursued, words that would claim it was done)
CLAIMS = [
    ("call_999", ("We have called the police", "called the police on 999")),
    ("report_police", ("reported it to the police",)),
    ("request_removal", ("asked Reddit to remove it",)),
    ("legal_advice", ("We are taking legal advice",)),
]


@pytest.mark.parametrize("action,claims", CLAIMS, ids=[c[0] for c in CLAIMS])
def test_a_step_not_pursued_is_explained_and_never_claimed(action, claims):
    reason = f"Reason given by the DSL for {action}: not proportionate today"
    drafts = {d.action: d for d in drafts_for(THREAT, SCHOOL, (), NOW, decisions=_decided(declined(action, reason)))}
    note = drafts["inform_staff"].text
    doing, not_doing = note.split("What we are not doing, and why", 1)
    assert reason + "." in not_doing
    for claim in claims:
        assert claim not in note, claim
    assert reason not in doing
    # Without the decision, the old note claimed it: the test would catch a return to that.
    assert any(c in {d.action: d for d in drafts_for(THREAT, SCHOOL, (), NOW)}["inform_staff"].text for c in claims)


def test_undecided_steps_are_being_considered_and_taken_ones_carry_their_reference():
    decisions = _decided(taken("report_police", "CAD 4411"))
    note = {d.action: d for d in drafts_for(THREAT, SCHOOL, (), NOW, decisions=decisions)}["inform_staff"].text
    assert "We reported it to the police on Tuesday 4 March 2025 (reference CAD 4411)" in note
    considering = note.split("What we are still considering", 1)[1].split("What we are not doing", 1)[0]
    for step in ("Calling the police on 999", "Asking Reddit to remove it", "Taking legal advice"):
        assert f"{step} is being considered" in considering
    assert "reporting it to the police" not in considering.lower()
    everything = _decided(*(taken(a) for a in THREAT.decision.actions))
    note = {d.action: d for d in drafts_for(THREAT, SCHOOL, (), NOW, decisions=everything)}["inform_staff"].text
    assert "What we are still considering" not in note and "being considered" not in note


def test_decisions_change_only_the_staff_note():
    decisions = _decided(declined("call_999", "no danger now"), taken("report_police", "CAD 1"))
    plain = {d.action: d.text for d in drafts_for(THREAT, SCHOOL, RELATED[2], NOW)}
    decided = {d.action: d.text for d in drafts_for(THREAT, SCHOOL, RELATED[2], NOW, decisions=decisions)}
    assert plain.keys() == decided.keys()
    assert {a for a in plain if plain[a] != decided[a]} == {"inform_staff"}


def test_outcome_refuses_an_unknown_status_and_a_mismatched_key():
    with pytest.raises(ValueError, match="'done' is not one of taken, not_pursued"):
        Outcome("call_999", "done")
    with pytest.raises(ValueError, match="decisions\\['call_999'\\] is an Outcome for 'report_police'"):
        drafts_for(THREAT, SCHOOL, (), NOW, decisions={"call_999": taken("report_police")})


def test_a_schools_own_staff_note_can_use_the_decisions(tmp_path):
    (tmp_path / "inform_staff.txt.j2").write_text(
        "{% if decided %}{% for line in plan.not_doing %}{{ line }}\n{% endfor %}{% else %}nothing decided{% endif %}")
    decisions = _decided(declined("call_999", "No danger now"))
    mine = {d.action: d for d in drafts_for(THREAT, SCHOOL, (), NOW, templates_dir=tmp_path, decisions=decisions)}
    assert mine["inform_staff"].text.splitlines()[0] == "We are not calling 999: No danger now."
    assert mine["inform_staff"].problem == ""
    plain = {d.action: d for d in drafts_for(THREAT, SCHOOL, (), NOW, templates_dir=tmp_path)}
    assert plain["inform_staff"].text == "nothing decided"
