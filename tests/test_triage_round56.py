"""What round 56's writers (and threads34's) paged and triage did not, and what it paged that nobody should have:
tables a DSL can read. Beside each, a post that shares its words and must not page anyone: a reminder to bring
something in for harvest, a striker who says everyone will know his name, a field closed for rain, a drama show
that "SLAYED", traffic at drop-off called a bloodbath, a man talking to girls through his car window."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from test_triage import ANGRY, CALM, HAPPY, SCHOOL_ONLY, TOM, decide

THREAT_READ = {**CALM, "threat": 0.95, "negative": 0.6}

# A pupil's plan told by a classmate or a parent -> whether plot_told finds it.
PLOTS = [
    ("not being funny but the lad in our year who keeps posting incel stuff about 'making them all pay' actually scares "
     "me now. he said friday in the gc and everyone just put 💀. hollowbrook pls check ur emails", True),
    ("My son (Y10 at HBA) showed me a boy's TikTok last night. Loads of incel stuff, then a photo of the school gate "
     "with 'soon' and a skull on it.", True),
    ("someone screenshotted ryans snap story, him in his room holding an air rifle and the caption 'hba dont know whats "
     "coming 😈 3/12'. is this real?? hes in 10 with me", True),
    ("genuinely cant tell if this kid in my year is joking anymore. hes been saying hes 'bringing something in' for like "
     "a week and laughing. we're at hollowbrook", True),
    ("My daughter says the incel boy in her form keeps saying the 'day of retribution' is before Christmas", True),
    ("year 10 at hollowbrook is so much pressure ... anyway its fine because on friday everyone will know my name, got "
     "everything sorted in my dads shed", True),
    ("everyone in year 10 stay off the field at lunch tomorrow. trust me 🙂🔥", True),
    # ...and the same words where nothing is planned.
    ("Year 3 please remember to bring something in for the harvest festival on Friday!", False),
    ("after saturday's final everyone will know my name, 3 goals in the semi 😤⚽ year 10 at hollowbrook", False),
    ("stay off the field at lunch tomorrow, its waterlogged again 🙄", False),
    ("the lad in our year who posted about making them all pay got spoken to by the police and excluded, its dealt with", False),
    ("it was just a meme about making them all pay, the boy in his form was trolling, school knows", False),
    ("My daughter is doing a history lesson on the Columbine anniversary, a boy in her form asked about Elliot Rodger", False),
    ("cant wait for the panto, the year 9 boy playing the villain says 'you dont know whats coming' lol", False),
]


@pytest.mark.parametrize("text,found", PLOTS)
def test_a_pupils_plan_told_by_one_who_fears_it(text, found):
    assert bool(rules.plot_told(text)) == found


# Round 56's false pages and the threats they sit beside.
@pytest.mark.parametrize("text,about,scores,pages", [
    ("hollowbrook drop off is a war zone today. absolute bloodbath on marlow rd, 3 wing mirrors down before 9am 🙃 send snacks",
     SCHOOL_ONLY, ANGRY, False),
    ("Year 11 drama absolutely SLAYED tonight 🔪🎭 Ms Marsh you legend, not a dry eye in the place", TOM, HAPPY, False),
    ("Three afternoons this week there's been a bloke in a silver Astra at the Station Lane stop about 3.30, talking to "
     "Hollowbrook girls through his window.", SCHOOL_ONLY, ANGRY, False),
    ("jayden from 9M getting BATTERED at the 41 stop lmaooo 😭 who's the kid in the green coat #hollowbrook #fight",
     SCHOOL_ONLY, ANGRY, False),
    ("Next one who parks across my drive I am letting all four tyres down and I will be stood there with a cup of tea "
     "when they come back.", SCHOOL_ONLY, ANGRY, False),
    ("A 15-year-old boy has been spoken to by officers after a post referencing a school shooting and naming Hollowbrook "
     "Academy. Police said there was no ongoing risk to pupils.", SCHOOL_ONLY, CALM, False),
    # ...and the same words where they threaten.
    ("it'll be a bloodbath at hollowbrook tomorrow, stay home", SCHOOL_ONLY, ANGRY, True),
    ("jayden from 9M is getting battered at the 41 stop tmrw lmao bring ur mates", SCHOOL_ONLY, THREAT_READ, True),
    ("next time whitaker parks there I'll put a brick through his window", TOM, ANGRY, True),
])
def test_what_paged_and_should_not(text, about, scores, pages):
    assert (decide(text, about, scores).priority == "urgent") == pages


# Threats round 56's threads found in words the rules did not know -> the first rule that fires (None: none).
THREATS = [
    ("lol imagine sending your kid back to that paedo school. hope whitakers house gets bricked tonight",
     "veiled_threat_if_hostile"),
    ("would be a shame if that nice audi got a few scratches before saturday. just saying x", "veiled_threat"),
    ("and you can shut your mouth as well lloyd. stood there and did nothing. your turn's coming too",
     "veiled_threat_if_hostile"),
    ("I'll be having a word with whitaker at sports day tomorrow, he won't be smiling for the photos after",
     "veiled_threat_if_hostile"),
    # ...and their look-alikes.
    ("hope her house gets egged at halloween lol, she gives out raisins", None),
    ("year 11 your turn's coming, mocks start monday!", None),
    ("he won't be smiling for the photos after the dentist took his tooth out", None),
    ("shame if the car got a few scratches in that car park, the spaces are tiny", None),
]


@pytest.mark.parametrize("text,rule", THREATS)
def test_threats_the_threads_found(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule


@pytest.mark.parametrize("text,harm", [
    ("wrote ms marsh a letter, its in my bag. she'll get it tomorrow when im not here anymore. sorry to everyone 💭", True),
    ("who's going to water the plants when im not here anymore?? sorry miss, leaving for sixth form in july", False),
])
def test_a_letter_for_when_im_not_here(text, harm):
    assert any(f.rule == "self_harm" for f in rules.child_at_risk(text)) == harm
