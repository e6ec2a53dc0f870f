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
    ("this place is getting shot up one day just watch 😂", SCHOOL_ONLY, ANGRY, True),
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


# A review's look-alikes of a pupil's plan, and the plans it found the first rule missed; probe58's (read after it was measured).
@pytest.mark.parametrize("text,found", [
    ("my son says a lad in his year has been telling people hes bringing a knife in on thursday. do i ring the school?", True),
    ("theres this kid in 10 who keeps saying 'ur all on my list' and then laughing. hba needs to sort it", True),
    ("Someone in year 8 posted 'ur all gonna find out on mon' with a picture of the sports hall. my boy wont go in", True),
    ("my lad says a boy in his class has been posting his dad's rifle on his story with 'hollowbrook 🎯'", True),
    ("a boy in her class has a 'list' of teachers in the back of his planner and he told their table 'its happening "
     "before the holidays'", True),
    ("a boy in his maths set carries a bag he won't let anyone near and today he said to my son 'don't come in thursday. "
     "i mean it.'", True),
    ("2 lads in hollowbrook uniform sat behind me, one said 'my cousins bringing the blade to the back fence at dinner'", True),
    ("My son (yr 9) says a lad in his form got a knife out on the 41 this morning and said its 'for tomorrow dinner time'",
     True),
    ("Year 11 prom countdown!! only 30 days to go 💃🕺 #HBA", False),
    ("Year 7 parents - you'll find out on monday which form your child is in. Letters going out this week.", False),
    ("The list of names for the Year 9 Paris trip is on the noticeboard outside reception.", False),
    ("Year 11 revision hit list: maths, chem, english lit. who's with me", False),
    ("school making us all pay £40 for the year 10 geography trip is a joke", False),
    ("Lovely photo of the school gates with the caption 'Welcome back Year 7!' 🥰", False),
    ("Pic of year 8 in food tech holding a knife like a pro, captioned 'masterchef in the making'", False),
    ("year 10 stay off the field tomorrow trust me the seagulls are back and theyre vicious 😂", False),
    ("year 11 keep away from the sports hall tmrw 🙂 the mocks are in there", False),
    ("my son in year 10 says he's bringing summat in for the bake sale tomorrow, guess who's baking at 11pm", False),
    ("Year 9 History - we looked at the Gunpowder Plot and Guy Fawkes' plan to make them all pay", False),
])
def test_a_reviews_plans_and_look_alikes(text, found):
    assert bool(rules.plot_told(text)) == found


# A review's findings on the other fragments -> the first threat rule (None: none).
@pytest.mark.parametrize("text,rule", [
    ("mrs okafor won't be smiling when im done with her", "veiled_threat_if_hostile"),
    ("hope mr whitakers house gets egged tonight", "veiled_threat_if_hostile"),
    ("gaz lloyd thinks hes hard. hes at the leisure centre gym 6am tmrw like every day. me n the boys will be waiting 🤫",
     "veiled_threat_if_hostile"),
    ("got his brace fitted friday so he won't be smiling for the photos after that", None),
    ("yr 7 flu jabs today, ur turn's coming yr 8s 💉", None),
    ("would be a shame if the new minibus got a few scratches before saturday's netball tournament, please park carefully 🙏",
     None),
    ("don't worry hun I know which bus your lad gets, ill tell him to wait for yours x", None),
    ("absolute bloodbath on the A38 this morning, 3 car pile up, avoid", None),
    ("My grandson has written 'gonna absolutely kill it friday, the whole hall won't know what hit them' 🥁", None),
    ("bloke on station lane keeps staring through his window at the hba girls. brick through his window tonight lads",
     "veiled_threat_if_hostile"),
])
def test_what_the_second_review_found(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule


@pytest.mark.parametrize("text,harm", [
    ("Last day at HBA today 😭 When I'm not here anymore who's gonna keep 9M in line?? Sorry to everyone I shouted at xx",
     False),
    ("when im not here anymore nobody will have to put up with me. sorry to everyone, im leaving this world", True),
])
def test_a_leaver_and_a_goodbye(text, harm):
    assert any(f.rule == "self_harm" for f in rules.child_at_risk(text)) == harm


def test_a_goodbye_posted_in_the_group_chat_and_the_child_not_in_registration():
    text = ("DD (Y10) has just rung me from the toilets at school. A girl in her year posted 'love you all, sorry, it'll be "
            "done by tonight' in their group chat and then left it. DD says she wasn't in registration this morning.")
    assert [f.rule for f in rules.relayed_farewell(text)] == ["farewell_relayed", "out_of_reach"]


# The shape of a worried report, whatever its words: someone asks what to do about a pupil who will bring or use a weapon
# on a day still ahead, or who named the day to "you all". A third review's look-alikes: a knife-crime assembly, a BB gun
# for Christmas, a bullied child's "I'm not coming in tomorrow", a knife pulled last Tuesday, a drama piece, a child's cuts.
@pytest.mark.parametrize("text,found", [
    ("Is this a 999 thing? My lad says a year 11 has a taser and is bringing it in Thursday to sort out the boys who "
     "grassed", True),
    ("AIBU to phone the police? DS (Y9) says a boy has been telling people he will stab Mr Hughes on Monday", True),
    ("petrified. one of the year elevens said 'ur all dead tmrw' in the gc and he's been showing a blade", True),
    ("Do I ring the school? my nephew's classmate has knifes in his bag and said he's using them 2moro", True),
    ("Knife crime assembly at HBA today for year 9s, my son came home really shaken. I'm scared they're scaring them", False),
    ("My son in year 8 says 'I'm not coming in tomorrow, they'll all be waiting for me'. what should I do", False),
    ("My son's mate in year 9 had his bike nicked, lad pulled a knife on him on Tuesday. should we tell the school?", False),
    ("My son's friend (year 10) got a BB gun for Christmas and is bringing it round ours tomorrow - should I be worried?",
     False),
    ("I'm scared for my daughter's drama performance tomorrow, she plays a girl who brings a knife to school. Year 11 GCSE "
     "piece", False),
    ("I'm terrified, found a razor blade in my daughter's room, she's in year 9 and has cuts. what do I do before "
     "tomorrow", False),
    ("im actually scared for tmrw, year 9 doing the 1500m in PE and mr cole said 'be ready tomorrow' 😩", False),
])
def test_a_worried_report_of_a_pupil(text, found):
    assert bool(rules.plot_told(text)) == found


# probe59's, read after it was measured: a goodbye on a story, passed on by a friend who cannot reach her; and the
# writer's own funeral after a mock, which threatens nobody.
def test_a_goodbye_on_her_story_and_the_friend_who_cannot_reach_her():
    text = ("pls if ur in 9M and u have mia on snap message her. her story last night said 'wont be in tmrw or any day "
            "after. sorry for being a lot. love u all' and shes left the gc and isnt opening anything 😭😭")
    assert [f.rule for f in rules.relayed_farewell(text)] == ["farewell_relayed", "out_of_reach"]


@pytest.mark.parametrize("text", [
    "hba science mock tmrw period 1 and i know literally nothing. see u all at my funeral x 🪦",
    "year 11 mocks start monday. see you all on the other side. if we survive 🫡",
])
def test_an_exam_faced_is_no_threat(text):
    assert decide(text, SCHOOL_ONLY, {**CALM, "threat": 0.9, "negative": 0.9}).priority != "urgent"


def test_see_you_all_at_my_funeral_after_a_mock_is_no_threat():
    assert decide("hba science mock tmrw period 1 and i know literally nothing. see u all at my funeral x 🪦", SCHOOL_ONLY,
                  {**CALM, "threat": 0.9, "negative": 0.9}).priority != "urgent"


# A goodbye in whatever words: an end named beside words to those left (rules/goodbye.py), and a review's ordinary lasts.
@pytest.mark.parametrize("text,found", [
    ("idk how to say this but i think tonights the last night ill be on here. HBA lads dont be weird about it at school. "
     "mum ily", True),
    ("thank you to everyone who was ever nice to me. ms marsh you were the only one at hollowbrook who actually listened. "
     "mum im sorry, none of this is your fault. please look after biscuit. goodnight x", True),
    ("my bag's packed with everything from the medicine drawer. dad im sorry", True),
    ("no one will miss me anyway. sorry to my mum", True),
    ("Bye everyone! My last day at Hollowbrook after 22 years. You won't have to deal with me any more, love you all",
     False),
    ("last stream tonight before I go on a break, love u all chat", False),
    ("tonight's the last night of Oliver! at HBA, break a leg cast, love you all", False),
    ("car boot on sunday, giving my stuff away cheap, bye bye clutter", False),
    ("this is my last post here, moving to insta. follow me there bye", False),
    ("after tonight we're officially on half term. love u all bye", False),
    ("tonight's the night!! prom 💃 love u all", False),
    ("last video of the year, thank u to everyone who watched, see u in 2025 bye", False),
])
def test_a_goodbye_in_whatever_words(text, found):
    assert bool(rules.goodbye(text)) == found


def test_a_goodbye_pages_with_a_999_call():
    d = decide("idk how to say this but i think tonights the last night ill be on here. HBA lads dont be weird about it at "
               "school. mum ily", SCHOOL_ONLY, CALM)
    assert d.priority == "urgent" and "call_999" in d.actions and "goodbye" in d.rules


# probe60's, read after it was measured: a goodbye with thanks to "the people ... who were actually nice", and friends
# who saw a goodbye posted and cannot reach him; not once he is found.
@pytest.mark.parametrize("text,rule", [
    ("thanks to the people at hollowbrook who were actually nice to me. mr nwosu ur the only teacher who ever listened. "
     "mum dont be mad at anyone. this is the last thing ill post. dont be sad x", "goodbye"),
    ("a boy in our year put up a goodbye post and none of us can get hold of him. im scared. what do we do", "goodbye_seen"),
    ("my friend posted a goodbye type thing on insta about an hour ago. ive messaged him like 40 times and its not even "
     "delivering", "goodbye_seen"),
    ("My daughter was up half the night crying, a lad in her year put something on Instagram last night that sounded like "
     "he was saying goodbye for good. She's messaged everyone, nobody's heard from him.", "goodbye_seen"),
    ("a boy in our year put up a goodbye post last night and none of us could get hold of him. update: hes ok, he's home",
     None),
    ("she posted a goodbye to her followers cos shes moving to insta, not answering on here anymore", None),
    ("mrs patel posted a goodbye on the school page, she retires friday, not answering messages though", None),
    ("ellie put up a goodbye post when she left for australia, cant get hold of her now cos of the time difference", None),
])
def test_a_goodbye_and_the_friends_who_saw_it(text, rule):
    found = "goodbye" if rules.goodbye(text) else "goodbye_seen" if rules.goodbye_seen(text) else None
    assert found == rule


def test_a_pupils_plan_reads_the_schools_own_name_as_school():
    # The rule knows no school's name: triage gives it ours as "school" (targets.as_places).
    d = decide("tomorrow im bringing a knife into hollowbrook. year 10s better run", SCHOOL_ONLY, ANGRY)
    assert d.priority == "urgent" and "plot_told" in d.rules
    # ...and a video of an old threat reposted, its writer excluded, is not a plan still to come.
    assert not rules.plot_told("stop reposting that 'im bringing a knife to school' video like its funny, the kid got "
                               "excluded and police came to his house")
