"""The rules, as tables a DSL can read: a post, and what the rule should find in it."""
from __future__ import annotations

import pytest

from monitor.judge import rules

# (post, evidence the rule must find; None = must find nothing)
PHONE = [
    ("his mobile is 07700 900123 ring him", "07700 900123"),
    ("call her at home on 01632 960983", "01632 960983"),
    ("+44 7700 900456 is her number", "+44 7700 900456"),
    ("results day is 21/08/2026 at 10am", None),
    ("we raised £1,250 for charity in 2026", None),
]
POSTCODE = [
    ("she lives at HX4 7QT", "HX4 7QT"),
    ("postcode sw1a 1aa", "SW1A 1AA"),
    ("year 6 did brilliantly", None),
    ("Amy in 6B and Jack in 7Q", None),
]
ADDRESS = [
    ("He lives at 14 Larch Close, go and tell him", "lives at 14 Larch Close"),
    ("she lives on Mill Lane next to the chippy", "lives on Mill Lane"),
    ("Parking on Station Road at pickup is a nightmare", None),
    ("FT: Hexley Town Res 3-1 Ashby Vale, what a worldie", None),  # a score, not a house number
    ("the parcel went to 3 Ashby Vale instead", "3 Ashby Vale"),
    ("he lives at 14-16 Marlow Road, the flats", "16 Marlow Road"),
    # The writer's own home or their family's is nobody's doxxing.
    ("My nan lives on Marlow Road and went to the carol concert", None),
    ("I live at 18 Station Lane and your camera points at my door", None),
    ("Kids from the school outside my house on Station Lane again", None),
    ("my mum's house on Mill Lane has had its wall knocked down twice", None),
    # ...a neighbour's or a teacher's still is.
    ("Mrs Patel my neighbour lives on Beech Close", "lives on Beech Close"),
    ("his house on Station Lane, the one with the red door", "house on Station Lane"),
    # Each address judged where it stands: the nan's first, then the teacher's.
    ("My nan lives on Mill Lane and so does Whitaker, he lives on Mill Lane at the end", "lives on Mill Lane"),
    ("I’ve lived at 14 Larch Close for years", None),
]
PLATE = [
    ("his car is KX19 ABC, silver golf", "KX19 ABC"),
    ("reg is A123 BCD parked outside", "A123 BCD"),
    ("I got an A123 in my exam", None),
]
THREAT = [
    ("Someone should stab Mr Whitaker", "explicit_threat"),
    ("I'm going to batter him when he comes out", "explicit_threat"),
    ("He better watch his back", "veiled_threat"),
    ("I know where she lives", "veiled_threat"),
    ("I know what car he drives", "veiled_threat"),
    ("see you at pickup Mr Hale", "veiled_threat_if_hostile"),
    ("gonna burn the school down", "explicit_threat"),
    ("I'll kill it at my interview tomorrow", None),
    ("that maths exam killed me", None),
    ("she smashed her GCSEs, so proud", None),
    ("I could murder a brew after parents evening", None),
    ("the fete went down a bomb", None),
    ("shoot me an email if you can help at the fair", None),
    ("break a leg at the nativity tonight!", None),
    # "Dead" before an adjective is "very", as the North and the Midlands say it; before nothing, a threat.
    ("ring Gaz about saturday soccer, he won't mind, he's dead nice!", None),
    ("she was dead proud of them at the nativity", None),
    ("ur dead after school", "explicit_threat"),
    ("you're dead right Mr Whitaker, well said", None),
    ("ur dead easy to find whitaker", "explicit_threat"),
]
IMMINENT = [
    ("I'm going to batter him tomorrow at pickup", "tomorrow"),
    ("watch his back at the school gates", "at the school gates"),
    ("bringing a knife to school on Monday", "on Monday"),
    ("watch his back", None),
    ("see you all at pickup tomorrow, cakes on sale", None),
    ("I'll be waiting for him at 4", "at 4"),
    ("I'll be waiting for him at 3.30pm", "at 3.30pm"),
    ("he lives at 14 Mill Lane, someone should pay him a visit", None),
]
PUPIL = [
    ("Jake Smith in year 9 is a grass", "Jake Smith in year 9"),
    # A forename and surname in any case before a class code, as pupils write one another...
    ("the girl who started it in the video is chloe mason 9K btw", "chloe mason 9K"),
    ("POV: maisie turner from 9M crying in the toilets", "maisie turner from 9M"),
    # ...not words that stand before a class: a thank-you, an apology, a description.
    ("thank you 2R for the lovely card", None),
    ("sorry 9X2. im done", None),
    ("the heating in 4B is broken again", None),
    ("my mate from 10B said so", None),
    ("revise the higher paper 3H tonight", None),
    ("moved to top set 9X1 finally", None),
    ("that kid Amy in 6B pushed my son", "Amy in 6B"),
    ("the year 9 girl called Amy", "year 9 girl called Amy"),
    ("a photo of the year 7 kids at the bus stop", "photo of the year 7 kids"),
    ("Well done to year 6 on the play", None),
    ("Mr Whitaker in year 6 is brilliant", None),
]
AT_RISK = [
    ("I think a girl in my daughter's class is self harming", "self_harm"),
    ("an older man keeps messaging the year 8 girls", "grooming"),
    ("she gets off the 41 bus alone at 4pm", "child_routine"),
    ("my son is being bullied every day", "bullying"),
    ("groomed the dog for the pet show", None),
    ("great trip to the zoo", None),
    # Round 5-9's development posts: money and vapes offered to pupils, "no adults", "no one has
    # to know"; sleeves down where no one checks; "won't be anywhere"; a child's walk home laid
    # bare. Beside each, the same words said harmlessly.
    ("any yr 8s want free vapes? dm me, no adults 🤫", "grooming"),
    ("any girls yr 8-10 wanna earn easy £££ before xmas?? dm me, no one has to know", "grooming"),
    ("free vapes are a menace, says the year 9 head of year", None),
    ("easy £5 bake sale for year 6 tomorrow", None),
    ("new week same me. sleeves down. the loos are the only place no1 checks", "self_harm"),
    ("i wont be at hollowbrook after christmas anyway. wont be anywhere tbh", "self_harm"),
    # Round 13: tablets saved up, however spelt.
    ("sum1 tell mr nwosu im not comin bk. ive saved up all me tabl3ts. its fine x", "self_harm"),
    ("long sleeves in december, it's freezing in the science block", None),
    ("me and my bestie in 4P walk home together down station lane every day at 3:15 just us", "child_routine"),
    ("we walk home together down station lane, the lollipop man is lovely", None),
    ("its fine i just redid the lines on my arm after what they said in 9M chat", "self_harm"),
    ("I redid the lines on the netball court", None),
    ("u look mature for yr 6 lol. go private on discord w me, just us", "grooming"),
    ("what time do u finish school? i drive past marlow rd every day", "grooming"),
    ("what time do you finish school today, fancy a coffee after?", None),
    ("vapes back gate station lane 2moro £5 each, yr 9+ only lol", "grooming"),
    ("the family are taking her to Pakistan in the summer to meet her husband", "grooming"),
    ("the family are taking her to Pakistan in the summer to meet her cousins", None),
    # Round 11's development posts.
    ("Kai said his dad locks him out if he is bad", "neglect_or_abuse_at_home"),
    ("lowkey wanna unalive myself after that assembly", "self_harm"),
    ("thats literally tyler from 10H getting stamped on", "pupil_fight"),
    ("wearing long sleeves even in PE and won't let me anywhere near his arms", "self_harm"),
    ("i keep a little collection of sharp things in my pencil case", "self_harm"),
    ("FREE LAPTOPS for every pupil! Just comment your child's full name and class below", "child_data_sought"),
    ("CHANGE OF PLAN: please drop your child DIRECTLY at Hexley Leisure Centre car park", "child_data_sought"),
    ("please drop your child at the main gate as usual", None),
]
STAFF_HARM = [
    ("Mr Hale grabbed my son by the arm and left bruises", "Mr Hale grabbed my son"),
    ("my daughter was pushed over by a TA at lunch", "my daughter was pushed over by a TA"),
    ("a teacher slapped a pupil in year 4", "a teacher slapped a pupil"),
    ("Mr Hale hit the nail on the head at parents evening", None),
    ("my son hit another boy and the teacher dealt with it well", None),
    # Round 13's: the autistic ones locked in; beside it, the little ones taken to the park.
    ("she says Miss Rowe locks the autistic ones in the stock cupboard", "Miss Rowe locks the autistic ones"),
    ("Miss Rowe took the little ones to the park", None),
    ("Mr Whitaker pushed the SEN kids to get the best results in Hexley, amazing", None),
    ("Mr Whitaker beat the younger ones at rounders on sports day", None),
]
SAR = [
    # A Freedom of Information request asks for the school's figures, not anyone's personal data.
    ("Please provide, under the Freedom of Information Act 2000, total spending on supply teachers", None),
    ("I want a copy of all the data you hold on my son", "copy of all the data"),
    ("This is a subject access request for my records", "subject access request"),
    ("Under GDPR I am requesting everything you hold about me", "Under GDPR"),
    ("SATs results are out", None),
    ("loved the data science club", None),
]
ALLEGATION = [
    ("Mr Whitaker was arrested last year, look it up", "was arrested"),
    # Round 44's: a name called first ("a cowboy AND a thief"); a word of praise joined so is none.
    ("Kev Doyle is a cowboy AND a thief. Took £400 off my mum", "is a cowboy AND a thief"),
    ("Mr Whitaker is kind and a legend", None),
    # Round 49's: a lie to the police stated as fact; not the writer's own, nor one told to the writer.
    ("Kev padlocked that gate then lied to the police about it. Fact.", "lied to the police"),
    ("i lied to the police about my age once lol", None),
    ("we were lied to about the trip costs", None),
    ("Our house was burgled and a thief took my daughter's laptop", None),
    ("the head is fiddling the books, everyone knows", "fiddling the books"),
    ("Miss Cole turned up drunk to the trip", "turned up drunk"),
    ("the head is useless at answering emails", None),
    ("Priya Patel was done for drink driving last year", "was done for drink driving"),
    ("A 41-year-old man from Hexley has been arrested on suspicion of sending threats", None),
    ("she say the head take the money from the Year 6 trip for herself", "take the money from the Year 6 trip for herself"),
    ("Mr Nwosu fiddles the SEN register to get extra funding", "fiddles the SEN register to"),
    ("the head took the money for the trip to the bank", None),
    ("ms marsh is deffo on something, her eyes were massive", "deffo on something"),
    ("okafor has been nicking the trip money", "nicking"),
    ("Mrs Patel falsified the Year 6 SATs results", "falsified the Year 6 SATs results"),
    ("the kids were sniffing all lesson with colds", None),
    ("LADS. HANDS OUT YOUR POCKETS. IT'S NOT THAT COLD", None),
    ("my lad's PE kit gets nicked from the changing rooms", None),
    ("my son's phone was nicked in there twice", None),
    ("Whitaker was nicked for drink driving", "nicked"),
    ("Whitaker and Marsh, both of them were nicked last night", "nicked"),
    ("the PTA money was nicked by the bursar", "nicked"),
    ("the head pockets the trip money", "pockets the"),
    ("the head has been using it for her own holidays", "using it for her own"),
    ("the head has been using the hall for the christmas fair", None),
    # Round 13-15's development posts, beside the same words said harmlessly.
    ("Ms Marsh regularly turns up to morning lessons smelling of drink", "smelling of drink"),
    ("it says he was suspended in 2023 for hitting a child in his class", "was suspended in 2023 for"),
    ("She's been skimming the budget for years, everyone knows it", "skimming the budget"),
    ("New Tesla and the Maldives on a head's wage? I'll let you join the dots.", "let you join the dots"),
    ("Year 1 loved the join the dots sheets", None),
    ("The new hand gel at Hollowbrook smells of alcohol", None),
    ("Mrs Hale skimmed the budget summary at governors", None),
    ("My son was suspended in 2024 for fighting, Mr Whitaker handled it brilliantly", None),
    ("Mrs Hale's maths puzzle for year 6: I'll let you join the dots 😂", None),
    ("he reeks of wine every morning", "reeks of wine"),
    ("she skimmed off the top of the trip money", "skimmed off the top"),
    ("New car every year. I'll leave you to join the dots", "leave you to join the dots"),
]
# An allegation that a member of staff abused children, however it is put.
STAFF_ABUSER = [
    ("whitakers a n0nce. everyone knows", "n0nce"),
    ("Whitaker's a groomer, keep your kids away", "groomer"),
    ("Whitaker's wife runs the dog groomers off Mill Lane", None),  # round 22: a trade, not a smear
    ("The caretaker has a record for something to do with kids", "has a record for something to do with kids"),
    ("Mr Whitaker is such a creep with the girls", "creep with the girls"),
    ("kev takes pictures of the girls in the playground", "takes pictures of the girls"),
    ("Used to make the year 8 girls stay behind", "make the year 8 girls stay behind"),
    ("kev takes pictures of the sunset every night", None),
    ("Kev hangs round the girls changing rooms checking the boilers", "hangs round the girls changing rooms"),
    ("kev has been spoken to by police about photos of kids on his phone", "photos of kids on his phone"),
    ("wouldnt let him near the boys changing rooms if i was a parent", "near the boys changing rooms"),
    ("the new lockers near the boys changing rooms are great", None),
    ("mum mr w locked me in the PE cupboard for talking and turned the light off", "locked me in the PE cupboard for talking and turned the light off"),
    ("she locked the PE cupboard and turned the lights off at home time", None),
    ("Mr Lloyd made a few of us stay behind so he could 'check our kit'. We were 13", "check our kit"),
    ("Mr Whitaker made the year 8 girls netball team stay late to practise", None),
]
HATE = [
    ("she should go back to her own country", "go back to her own country"),
    ("great diversity week at school", None),
]
PARENT = [
    ("As a parent I am disgusted", "As a parent"),
    ("my son came home in tears", "my son"),
    # A grandparent, aunt or uncle posting about a pupil is family too.
    ("my granddaughter was told by Ms Marsh she was thick", "my granddaughter"),
    ("HUGE shoutout to my nephew in 5B", "my nephew"),
    ("PE teacher made my foster daughter run laps til she collapsed", "my foster daughter"),
    ("the school play was lovely", None),
]


def _check(find, text, expected, attr="evidence"):
    found = find(text)
    if expected is None:
        assert found == (), f"{text!r} should find nothing, found {found}"
    else:
        # Exact: a rule relabelled (veiled_threat as veiled_threat_if_hostile) or evidence cut short must fail.
        values = [getattr(f, attr) for f in found]
        assert expected.casefold() in [v.casefold() for v in values], f"{text!r}: wanted {expected!r}, found {values}"


@pytest.mark.parametrize("text,expected", PHONE)
def test_phone_numbers(text, expected):
    _check(rules.phone_numbers, text, expected)


@pytest.mark.parametrize("text,expected", POSTCODE)
def test_postcodes(text, expected):
    _check(rules.postcodes, text, expected)


@pytest.mark.parametrize("text,expected", ADDRESS)
def test_street_addresses(text, expected):
    _check(rules.street_addresses, text, expected)


@pytest.mark.parametrize("text,expected", PLATE)
def test_vehicle_registrations(text, expected):
    _check(rules.vehicle_registrations, text, expected)


@pytest.mark.parametrize("text,expected", THREAT)
def test_threat_phrases(text, expected):
    _check(rules.threat_phrases, text, expected, attr="rule")


@pytest.mark.parametrize("text,expected", IMMINENT)
def test_imminence(text, expected):
    _check(rules.imminence, text, expected)


@pytest.mark.parametrize("text,expected", PUPIL)
def test_identifiable_pupils(text, expected):
    _check(lambda t: rules.identifiable_pupils(t, ["Tom Whitaker", "Mr Whitaker"]), text, expected)


@pytest.mark.parametrize("text,expected", AT_RISK)
def test_child_at_risk(text, expected):
    _check(rules.child_at_risk, text, expected, attr="rule")


@pytest.mark.parametrize("text,expected", STAFF_HARM)
def test_staff_harmed_child(text, expected):
    _check(rules.staff_harmed_child, text, expected)


@pytest.mark.parametrize("text,expected", SAR)
def test_subject_access_request(text, expected):
    _check(rules.subject_access_request, text, expected)


@pytest.mark.parametrize("text,expected", ALLEGATION)
def test_allegations_of_fact(text, expected):
    _check(rules.allegations_of_fact, text, expected)


@pytest.mark.parametrize("text,expected", HATE)
def test_hate_phrases(text, expected):
    _check(rules.hate_phrases, text, expected)


@pytest.mark.parametrize("text,expected", PARENT)
def test_parent_author(text, expected):
    _check(rules.parent_author, text, expected)


@pytest.mark.parametrize("text,expected", STAFF_ABUSER)
def test_staff_abuser(text, expected):
    _check(rules.staff_abuser, text, expected)
