"""Hate, harassment campaigns and routines, as tables a DSL can read: a post, and what the rule
finds in it (None: nothing). The cases are functional ones (a slur in disguise, "send her back",
a campaign's persistence, a car and where it parks), each beside a harmless post that shares its words."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from monitor.judge.rules.hate import SLURS, _LOOKALIKE

HATE = [
    ("she should go back to her own country", "go back to her own country"),
    # Round 13's development posts: a culture-war row's tropes, beside the same words said harmlessly.
    ("that okafor woman wants to goo back where her come from", "goo back where her come from"),
    ("go back to where you parked and wait there for pickup", None),
    ("patel should stick to running a corner shop, not deciding which kids get help", "stick to running a corner shop"),
    ("the corner shop on Marlow Road sells uniform now", None),
    ("They gave the SENCO job to a diversity hire", "diversity hire"),
    ("Hexley parents, you are being replaced one classroom at a time", "you are being replaced"),
    ("These are not teachers. They are an occupying force", "They are an occupying force"),
    ("Prayer room today, sharia tomorrow", "sharia tomorrow"),
    ("stinks o curry walkin past hollowbrook. proper third world school it is now", "third world school"),
    ("hba run by 0kafor an her c0ng0 crew now lol. s3nd em all b4ck", "c0ng0 crew"),
    ("the new boiler is being replaced... in what world is this fine", None),
    ("Mrs Patel is being replaced as deputy head in January", None),
    ("learning about Sharia law in RE this week", None),
    ("stick insects, they breed so fast", None),
    ("The boiler replacement is happening over half term", None),
    ("got the prayer mats out for the RE lesson on Islam", None),
    ("raised £300 for a school in a third world country", None),
    ("in WW2 France had an occupying force", None),
    ("send them back in tomorrow please", None),
    # Quiet43's: lost wellies asked for back.
    ("can whoever took a pair of size 10 Clarks wellies with a dinosaur on please send them back?", None),
    ("Nwosu? send him back", "send him back"),
    ("Please send her back to Lagos", "send her back"),
    ("Nwosu and his lot, send them back?", "send them back"),
    ("people are being replaced by self-checkouts", None),
    # Round 10's development posts, beside the same words said harmlessly.
    ("the SENCO, another one hired for the colour of his skin not his ability",
     "hired for the colour of his skin"),
    ("halal meat in the canteen now. This is ENGLAND", "This is ENGLAND"),
    ("This is England is a great film", None),
    ("hollowbrook hiring people like him to teach English kids. Britain for the British 🇬🇧", "Britain for the British"),
    ("England for the English, send the lot of them home", "England for the English"),
    ("Gypsy lot hanging round the gates again at pick up. Lock your cars people",
     "Gypsy lot hanging round the gates again at pick up. Lock your cars"),
    ("the gypsy kids from the site won the county cup, lock in that trophy", None),
    ("Everybody know she is one of them. This kind of people should not be near children",
     "This kind of people should not be near"),
    ("people like that should not be near children, the judge said of the convicted man", None),
    ("half of them in hijabs now, on a bus we pay for", "half of them in hijabs"),
    # Slurs written to dodge a filter: a mask, a symbol or a digit for a letter.
    ("the new TA is a w*g", "w*g"),
    ("that g1ppo family on the estate", "g1ppo"),
    ("sp@stic behaviour from the head", "sp@stic"),
    ("what the f*** is this homework", None),  # a swear word starred out is not "fag"
    ("nipped out for a fag before pickup", None),  # a cigarette
    ("Turned up 40 minutes late, smelt of fags and left after an hour", None),
    ("20 fags and a scratchcard on the way to the school run", None),
    ("the caretaker's always on a fag break at the back gate", None),
    ("fag ends all over the field again", None),
    ("that fag of a teacher", "fag"),
    ("the deputy is a fag end of a human", None),
    # Sent back abroad, or deported: aimed at a person.
    ("Send him back to Kenya and give us a local head", "Send him back"),
    ("the lot of them should be sent back", "should be sent back"),
    ("deport her, simple as", "deport her"),
    ("Mr Ali sent him back to class after the fire drill", None),
    ("she should be sent back to year 4 for reading", None),
    ("the deportation story in the Gazette", None),
    # Who may run a school, by race or nation.
    ("schools round here should be run by white people", "run by white people"),
    ("the foreign takeover of our schools", "foreign takeover"),
    ("Mrs Khan and her kind don't belong here", "Khan and her kind"),
    # Contempt for a member of staff's accent or English.
    ("the deputy can't even speak English properly", "deputy can't even speak English"),
    ("he couldn't string a sentence together in English", "he couldn't string a sentence together in English"),
    ("my son is learning to speak English and French", None),
    # Gay and trans people smeared as groomers, beside what the smear is aimed at.
    ("a rainbow flag in reception now, groomers", "groomers"),
    ("half that class shouldn't even be in this country", "shouldn't even be in this country"),
    ("we don't need one of THEM running the school", "one of THEM"),
    ("one of them left her coat at the disco", None),
    ("a rainbow flag in reception now, lovely", None),
    # Round 15's development posts, beside the same words said harmlessly.
    ("okafor should go back to wherever she came from", "go back to wherever she came from"),
    ("go back to wherever you parked and move the car please", None),
    ("an okafor AND a nwosu running it. send em back and give the jobs to locals", "an okafor AND a nwosu running it. send em back"),
    ("the year 6s were a bit loud so we'll send em back to class", None),
    ("Typical of his lot, bone idle", "Typical of his lot"),
    ("We don't want their sort teaching our grandchildren", "their sort teaching"),
    ("Sack her and get someone English", "get someone English"),
    ("we need someone English-speaking to help at parents evening", None),
    ("Hollowbrook wants a proper English SENCO", "proper English SENCO"),
    ("We need an English teacher for year 9", None),
    ("smoking at the back gate. Typical eastern european scum", "Typical eastern european scum"),
    ("mrs patel stinks of curry every single day", "mrs patel stinks of curry"),
    ("only got deputy head because of diversity box ticking", "diversity box ticking"),
    ("half the year 7s in headscarves now. proper taking over", "headscarves now. proper taking over"),
    ("Year 9 are taking over the hall, headscarves and tea towels for the nativity", None),
    # A review's harmless posts sharing round 15's words.
    ("Year 2 are learning about African animals this term!", None),
    ("Hollowbrook finally have a proper English teacher after a year of supply cover!", None),
    ("Ordered the wrong size Hollowbrook blazer, gonna have to send em back", None),
    ("we need someone British Sign Language trained in Reception", None),
    ("He stayed behind to help, typical of his kind nature", None),
    ("headscarves must be plain navy. Ms Ahmed is taking over as Head of Year 7", None),
    ("The whole staff room stinks of curry after the Diwali lunch, best day of the year", None),
    ("The school told the BBC it does not operate a diversity quota", None),
    # Round 30's (read in round 17), as written and as disguised; beside them, the same words harmlessly.
    ("sh1pped in to replace decent folk. g0 h0me 🇬🇧", "shipped in to replace decent folk"),
    ("White teacher out first chance they get. You cant say anything these days", "White teacher out first chance"),
    ("proper english teachers pushed out for diversity quotas", "english teachers pushed out for"),
    ("new goalposts shipped in to replace the broken ones, thanks PTA", None),
    ("the supply teacher has gone home poorly, 6W have Mrs Patel today", None),
    # A review's: cover brought in, a trip's way home, cuts, and the slur answered.
    ("a cover teacher has been brought in to replace Mr W while he's off", None),
    ("Year 6 trip to Paris, long day, time to go home 🇬🇧", None),
    ("English teachers pushed out by the trust's budget cuts, disgrace", None),
    ("She wasn't hired for diversity quotas, she's the best deputy we've had", None),
    # Round 34's: "bender" as a slur, not a night out; a slur starred but for one letter where
    # the post speaks of sexuality; the replacement myth in a parent's words.
    ("not having some prancing bender teaching my boy about 'different families'", "prancing bender"),
    ("holding hands with another bloke in the Red Lion. not having a bender getting my son changed", "a bender"),
    ("Mr Lloyd went on a right bender after the staff do, legend", None),
    ("Rainbow flag up at HBA now. Full of f*****s that school", "f*****s"),
    ("f*****g parking at HBA again, full of idiots", None),
    ("They want to replace us and the school is helping them do it", "They want to replace us"),
    ("they want to replace us with a cheaper caterer, says the dinner ladies' union", None),
    # A review's: a starred swear word in a post that supports the flag, a night out, jobs replaced.
    ("Some f*****s ripped the rainbow flag off the fence. So proud of the kids who put it back", None),
    ("went on a bender with the parents after the rainbow flag raising, lovely day", None),
    ("They want to replace us by September, say the dinner ladies", None),
    ("transformers movie night in the hall, bring a cushion; his wife pushing the pram in the fun run", None),
    # Round 44's: the smear aimed at a lesson on families with two mums.
    ("now teaching 6 year olds about 'two mums'. groomers the lot of them", "groomers"),
    ("reception learned about families this week: two mums, two dads, grandparents. lovely", None),
    ("Two mums pushing their agenda at the PTA about parking again", None),
]
THREAT = [
    # Harm done and filmed or complained of is the DSL's; harm promised is a threat.
    ("kev's lad getting leathered behind the sports hall, full vid on my story", None),
    ("can't sort kids getting battered on the 41 every afternoon", None),
    ("the ginger kid is getting jumped again tmrw at the gate, everyone come watch", "explicit_threat"),
    ("whitaker should get jumped after school tmrw for what he said in that vid", "explicit_threat"),
    # A review's: the harm promised in its own sentence, whatever else the post reports.
    ("Yesterday Whitaker humiliated my son. Whitaker getting battered when I see him", "explicit_threat"),
    ("Kev Doyle getting done in at Hollowbrook, filming it all for TikTok", "explicit_threat"),
    # Explicit threats as people write them, each beside a harmless post sharing its words.
    ("I hope someone runs him over on the way home", "explicit_threat"),
    ("someone should give that caretaker a proper kicking", "explicit_threat"),
    ("she gave the class a good telling off", None),
    ("kai says he's gonna stab me in the toilets", "explicit_threat"),
    ("my brother is going to beat me at chess again", None),
    ("burn the place down with them inside", "explicit_threat"),
    ("the head deserves a petrol bomb through the window", "explicit_threat"),
]
CAMPAIGN = [
    ("Week 3 of asking the head why nothing has changed", "Week 3 of"),
    ("Blocking my number won't work and neither will this account, I have six more", "Blocking my number won't work"),
    ("THIRD AND FINAL NOTICE OF DEFAULT. You have failed to rebut my affidavit", "NOTICE OF DEFAULT"),
    ("blocking the spam calls won't work, the school says", None),
    ("I'll keep posting every night till he's sacked", "I'll keep posting every night till"),
    ("till she's gone I'm not stopping", "till she's gone"),
    ("our year 6 residential, day 2 of 3: canoeing!", None),
    ("Why is she still employed?? Thats the 31st time I've asked", "31st time I've asked"),
    ("Mrs Patel has blocked my emails so I'll post here every day instead", "I'll post here every day"),
    ("I will comment on every single post this page makes until Christmas", "I will comment on every single post"),
    ("Patel. Patel. Patel. Answer me. Day 6.", "Day 6."),
    ("the 3rd time I've been to the Christmas fair and still no raffle win", None),
    ("I'll post the photos every day of the residential, promise", None),
    ("every day until half term is packed with activities", None),
    # Pressure on whoever answers for the school is a complaint pressed, not a campaign against a person.
    ("The head needs to sort this out or I'm ringing the council every single day till someone does", None),
    ("I'm emailing Ofsted every day until they come", None),
    ("I'm emailing her every single day until she answers", "emailing her every single day"),
    # ...not where the authority is only mentioned, nor where someone is to be driven out.
    ("I'm contacting the press and I'll post this every day until Whitaker is sacked", "I'll post this every day until"),
    ("Emailing my MP today, and I will post about Marsh every single day until she's gone", "every single day until"),
    # Round 22's: accounts made to get round a block, every post answered, a count of weeks.
    ("Helen Marsh blocked me so I've made another account. You can't block all of us Helen", "made another account"),
    ("block me all you want, I've got four more accounts", "block me all you want"),
    ("day 14 🫡 replying to every single hollowbrook post with PATEL OUT", "day 14 🫡"),
    ("I'll be at every match to remind you", "I'll be at every match to remind you"),
    ("left another 20 comments on her linkedin lol she'll crack eventually", "left another 20 comments"),
    ("I'll be at every match this season, so proud of the under 12s", None),
    ("made a new account for the PTA page, please follow", None),
    ("I blocked the spam account, you can block it too", None),
]
RALLY = [
    ("everyone spam his page with clown emojis", "everyone spam"),
    ("[photo] Kevin Doyle, site manager. Share so every parent knows his face.", "Share so every parent knows his face"),
    ("hi im ms marsh, i give detentions for breathing. follow for daily marsh facts", "follow for daily marsh facts"),
    ("part 4 of following mrs patel to her car after school playing the jaws theme", "following mrs patel to her car"),
    ("leave him a 1 star on google, all of you", "leave him a 1 star"),
    ("ratio her", "ratio her"),
    ("everyone whos got a problem with him go and comment on his page 👇", "go and comment on his page"),
    ("someone photoshop her face onto a pig", "photoshop her face"),
    ("I've found his personal email, have at it", "his personal email"),
    ("thank you everyone for the lovely cards", None),
]
FAMILY = [
    ("his wife works at the chemist on the high street", "his wife works"),
    ("she's got three kids at Ashdown Primary", "she's got three kids at"),
    ("my wife works at the school", None),
]
ROUTINE = [
    # A car with where it parks: doxxing.
    ("blue Ford Focus, parks on Mill Road behind the chippy", "parks on Mill Road"),
    # The author knows which way someone walks.
    ("I know what time she leaves and I know the route", "I know what time she leaves"),
    ("I know what time the bus leaves", None),
    ("I know which way he walks home", "I know which way he walks"),
    # A place and a time with no car and nobody's movements known: school life.
    ("the minibus leaves from the front gate, see you there", None),
    # The bus someone catches and when; a bus and no one's time is a timetable question.
    ("not for much longer. she gets the 41 at half 4 doesn't she", "gets the 41 at half 4"),
    ("does the 41 still run on Sundays?", None),
]
# A call to go where someone lives: with their address, a threat.
INCITE = [
    # Round 35's: "she can explain herself there" beside her house; "Now you know."
    ("Orchard Rise, white house, red door. If she won't answer at the school she can explain herself there",
     "she can explain herself there"),
    ("parks on Station Lane every morning about 7.45. Now you know.", "Now you know"),
    ("she can explain herself at the governors' meeting", None),
    # Round 34's: "now you all know", "you know where to find him"; not "go and knock" (the writers split).
    ("she lives on beech close, the red kia outside. go and knock and ask her yourself", None),
    ("number 3 Kestrel Drive, the white Range Rover. Now you all know.", "Now you all know"),
    ("14 orchard rise btw. for the parents who want answers, you know where to find him", "you know where to find him"),
    ("now you all know why the trip was cancelled: the coach company went bust", None),
    ("the choir are going door to door on Friday, knock knock!", None),
    ("if you've got something to say go round and say it to his face. Hes not hard to find", "go round and say it to his face"),
    ("Hes not hard to find", "Hes not hard to find"),
    ("say it to his face at parents evening instead of moaning on here", None),
    ("Ashgrove Avenue number 9, let's see her hide when we come knocking", "come knocking"),
    ("her husband works at Tesco, in case anyone wants to let him know what his wife is doing", "anyone wants to let him know"),
    ("the carol singers will come round knocking on doors on Friday", None),
    ("parks on Elm Close, no. 14. Parents who feel as I do may wish to make their views known to her personally",
     "make their views known to her personally"),
    ("parks outside 14 Cedar Close most nights. Just in case anyone fancies popping round for a word",
     "anyone fancies popping round"),
    ("Gareth Lloyd lives at 7 Orchard Rise, black Ford Ranger on the drive. make of that what you will",
     "make of that what you will"),
]


@pytest.mark.parametrize("text,expected", INCITE)
def test_incitement(text, expected):
    _check(rules.incitement, text, expected)
CUE = [
    ("parks by the side gate most days. just saying", "just saying"),
    ("parks by the side gate most days, please don't block him in", None),
]


def _check(find, text, expected):
    found = find(text)
    if expected is None:
        assert found == (), f"{text!r} should find nothing, found {found}"
    else:
        values = [f.evidence.casefold() for f in found]
        assert expected.casefold() in values, f"{text!r}: wanted {expected!r}, found {values}"


@pytest.mark.parametrize("text,expected", HATE)
def test_hate_phrases(text, expected):
    _check(rules.hate_phrases, text, expected)


@pytest.mark.parametrize("slur", SLURS)
def test_every_slur_is_found_plain_masked_and_in_lookalikes(slur):
    """Built from the list, not by hand: each slur with its second letter masked, and with its
    vowels written as lookalikes ("n1gg3r")."""
    masked = slur[0] + "*" + slur[2:]
    lookalike = slur[0] + "".join(_LOOKALIKE[c][0] if c in "aeiouy" and c in _LOOKALIKE else c for c in slur[1:])
    for spelt in {slur, masked, lookalike}:
        assert [f.evidence for f in rules.slurs(f"he is a {spelt} honestly")] == [spelt], spelt


def test_a_slur_of_two_words_joined_or_hyphenated_and_a_recipe():
    assert [f.evidence for f in rules.slurs("hba is full of curry-munchers")] == ["curry-munchers"]
    assert [f.evidence for f in rules.slurs("nignog")] == ["nignog"]
    assert rules.slurs("Thai green curry with kaffir lime leaves at the food evening") == ()


def test_a_poles_own_word_is_no_slur():
    # "Polak" is Polish for a Pole: the families write it of themselves.
    assert rules.slurs("Ten Polak z Hollowbrook niech lepiej uważa") == ()


@pytest.mark.parametrize("text,expected", CAMPAIGN)
def test_persistence(text, expected):
    _check(rules.persistence, text, expected)


def test_days_so_far():
    assert rules.days_so_far("Day 16 of asking") == 16
    assert rules.days_so_far("week 3 of this") == 21
    assert rules.days_so_far("I'll post every day till she goes") == 0


@pytest.mark.parametrize("text,expected", RALLY)
def test_rallying(text, expected):
    _check(rules.rallying, text, expected)


@pytest.mark.parametrize("text,expected", FAMILY)
def test_family_targeted(text, expected):
    _check(rules.family_targeted, text, expected)


@pytest.mark.parametrize("text,expected", ROUTINE)
def test_routine(text, expected):
    _check(rules.routine, text, expected)


@pytest.mark.parametrize("text,expected", CUE)
def test_routine_cue(text, expected):
    _check(rules.routine_cue, text, expected)


def test_dehumanising_emoji_but_not_a_zoo_trip():
    assert [f.evidence for f in rules.dehumanising("look who they put in charge 🦍")] == ["🦍"]
    assert rules.dehumanising("year 1 loved the zoo trip 🐒") == ()
    # The old slur of a Black man in a professional's clothes, "teaching our kids"; not a pageboy.
    assert [f.evidence for f in rules.dehumanising("a monkey in a suit teaching our kids about 'special needs'")] == \
        ["monkey in a suit"]
    assert rules.dehumanising("my little monkey in a suit for his uncle's wedding 😍") == ()
    assert [f.evidence for f in rules.dehumanising("the new head is nothing but a monkey in a suit.")] == ["monkey in a suit"]


@pytest.mark.parametrize("text,expected", THREAT)
def test_threat_phrases(text, expected):
    found = [f.rule for f in rules.threat_phrases(text)]
    assert (expected in found) if expected else found == [], (text, found)


@pytest.mark.parametrize("text,joking", [
    ("if he sets one more project I will actually kill him 😭😭", True),
    ("I'll murder the next one who parks there. Not literally", True),
    ("im bringing my brothers blade tomorrow 😂😂", False),
    ("I'm going to kill him tomorrow at pickup", False),
    # The last straw, whoever does it and wherever it comes in the sentence.
    ("If my son loses ONE more PE kit I'm going to kill him, I swear 😤", True),
    ("if one more person moves my oat milk I will end them", True),
    ("marsh set us THREE essays over the weekend im actually going to end her 😭😭 who does that", True),
    ("im going to end her tomorrow at the gate", False),
    ("I am going to KILL Mr W if he sends home one more project", True),
    # Not a hand laid on a child, nor the last straw with a visit planned.
    ("if whitaker touches my son one more time i'll stab him", False),
    ("if that man tells me one more time my son doesn't meet the threshold I'm going to end him, "
     "I'm going up there at pick up today", False),
    # A review's: a hand laid on the writer's child, the threat first, a place and time after.
    ("I will kill Whitaker if he touches my son one more time", False),
    ("If Mr Lloyd slaps my son one more time I'm going to kill him", False),
    ("If Whitaker calls my son stupid one more time I will end him, and I'll be at the Hollowbrook gates at 3", False),
])
def test_hyperbole(text, joking):
    assert bool(rules.hyperbole(text)) == joking, text


def test_hyperbole_takes_back_only_the_threat_in_its_own_sentence():
    text = "If my son loses one more PE kit I'll kill him 🙄. But that Gareth Lloyd, I'm going to smash his face in"
    hyper = rules.hyperbole(text)
    assert [f.evidence for f in hyper] == ["If my son loses one more PE kit I'll", "kill him 🙄"]
    assert [rules.taken_back(f.evidence, hyper, text) for f in rules.threat_phrases(text)] == [True, False]


@pytest.mark.parametrize("text,expected", [
    ("Mr Whitaker was arrested for fraud at his last school", "was arrested"),
    ("A 34-year-old Hexley man has been arrested after threats to staff", None),
    ("Nobody has been arrested yet, police said", None),
])
def test_allegation_not_the_news_of_an_unnamed_arrest(text, expected):
    _check(rules.allegations_of_fact, text, expected)


@pytest.mark.parametrize("text,identity", [
    ("the trans kids at Hollowbrook should be banned from the toilets", True),
    ("he's obviously homophobic and so is the head", True),
    ("Cllr for Hexley North voted to back the Hollowbrook MAT transfer at cabinet", False),
    ("three pieces of homework a night for year 4 is too much", False),
    ("I have nothing against these people personally, but a school should be run by one of our own", True),
    ("heard the year 6 teacher is gay 🤮 and they let him teach", True),
    ("these pupils did brilliantly in the gay rights debate", True),  # the hate score decides, not the word
    ("the school transport to the swimming baths was late again", False),
    # Round 22's: counted only where the model's hate score is high.
    ("Half the kids at HBA can't even speak English now. It's not a British school anymore", True),
    ("Patel the deputy head. Another one. They're taking over every school in this country", True),
    ("Why are we paying for people like her to teach OUR kids about 'British values'", True),
    ("Year 7 are taking over the school hall for the play this week", False),
    ("the French exchange kids can't speak much English yet but they're lovely", False),
])
def test_identity_words_are_not_the_words_of_a_school_day(text, identity):
    assert bool(rules.identity_words(text)) == identity


@pytest.mark.parametrize("text,expected", [
    # Theft insinuated: a head's new car or holiday beside the school's money, and a hint.
    ("Okafor's new Range Rover didn't pay for itself. Ask where the pupil premium went.",
     "new Range Rover ... pupil premium"),
    ("Funny how the head gets a brand new kitchen extension the same year the pupil premium money goes missing",
     "brand new kitchen ... pupil premium"),
    ("No working defib for 2 years but somehow the head went to Tenerife twice. Where's the first aid budget gone?",
     "Tenerife ... budget"),
    # Said outright, the older rules have it; a drink smelt on someone at school is one too.
    ("The head is fiddling the school budget.", "fiddling the school budget"),
    ("the deputy head absolutely stank of wine at parents' evening", "stank of wine"),
    # The school's money and a new thing, with no one's luxury in it: a moan, not an allegation.
    ("we raised money for the school fund at the fair, funny how the new car park is still not finished", None),
    ("Lovely holiday club, the school budget is tight but Mrs Patel made it work while the kids had fun", None),
    ("Where has the pupil premium gone? Still no new laptops for year 6", None),
    # A review's near misses: no one's luxury (the school's, the pupils', the writer's, the council's),
    # or one accounted for or wished well.
    ("Budget cuts at HBA but they've managed a brand new kitchen for the canteen the same term. Where's the logic?", None),
    ("Congrats to Kev Doyle who won a brand new car in the Hexley Rotary raffle! Funny how the one year he buys a ticket. Some of the PTA money goes to the school too", None),
    ("Congratulations Miss Rowe on your new baby girl! And a new car to bring her home in, how else would the pram fit. The 2R parents have put contributions together", None),
    ("Mr Whitaker retires this summer. The PTA money collected will go towards the cruise he's always talked about. How else do you thank a legend?", None),
    ("Where's the money gone? Hexley council cut Hollowbrook's funding again while the council leader drives a new Range Rover.", None),
    ("Funny how the rumour mill works. The head's new BMW is a lease through her husband's firm, not the school budget.", None),
    ("Hexley Gazette: Hollowbrook reports a £240,000 budget deficit the same year its new extension for the science block opened.", None),
    ("Funny how the Hollowbrook canteen has a brand new kitchen and the food is still awful, where's the money going?", None),
    ("Thanks to the PTA money the Year 5s are off to Dubai... only joking, it's the Science Museum. Funny how excited they are!", None),
])
def test_theft_insinuated_is_an_allegation(text, expected):
    _check(rules.allegations_of_fact, text, expected)
