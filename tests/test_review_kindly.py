"""Review A's look-alikes for rules/kindly.py, rules/reminders.py and the "Nobody's telling X to '...'" rebuke: real
threats said in kind words (which must stay threats) and kind posts (which must not page)."""
import pytest

from monitor.judge import rules
from monitor.judge.rules import reminders
from monitor.judge.rules.rebukes import REBUKE

# Menace said kindly: a threat finding stands, and the model is not silenced (kind is False).
KIND_THREATS = [
    "Watch your back Okafor, I've got a little prize for you when you leave tonight 😘",
    "watch ur back miss marsh. congrats on ruining my sons life x",
    "Watch your back on Station Lane Mrs Okafor, it's very icy and nobody would see a thing if you slipped 😉",
    "Mr Lloyd you're gonna get it on friday, I've signed the card for your funeral",
    "watch your back Okafor, trophy for worst head is coming your way along with everything else",
    "Watch your back Gareth, you won't be winning any awards when I'm done with you",
    "I'll be waiting outside with flowers for Marsh. For her grave.",
    "see u at the gates miss rowe, got a surprise for u 🔥🔥",
    "be careful walking home tonight Marsh, it's foggy and dark and I'll be about",
    "Watch your back Mrs Patel. Congratulations on the promotion, enjoy it while it lasts",
    "watch your back nwosu, well done on getting my kid kicked out. You'll see.",
    "Sarah Okafor should watch her back. Proud of yourself? You won't be for long",
    "I'll be waiting by her car with a surprise. She knows why.",
    "Watch your back Mr Lloyd, champions league of payback is coming",
    "See you at the gates Okafor. bringing a cake with a surprise in it xx",
    "Watch your back Marsh, nominating you for a trip to A&E",
    "Mr Doyle I'll be waiting with a card after school, and a baseball bat",
    "you're dead when sir sees, and you're dead after as well, I'll end you",
    "Mind how you go on the ice Mrs Okafor. Accidents happen to heads who exclude kids",
    "Be careful walking home Mr Whitaker, the street lights are out on Mill Road and I know which way you go",
    "Be careful walking home Mrs Okafor, council have turned the lights off on Elm Road. Would be a shame if something happened",
    "Whitaker ur getting jumped after school. Got u a card too lol",
    "Ur getting jumped at the disco Tyler, bringing the boys and a hug from my fist",
    "we'll be waiting for Okafor at the gates with a little present after what she did to my boy",
    "watch your back Doyle, that's your last award. people round here dont forget",
]

# Kindness: no threat finding, and kind() holds so the model alone is not believed.
KIND_HARMLESS = [
    "Watch your backs on Station Lane this morning, the path by the back gate is a sheet of ice",
    "Watch your back Marsh, I'm nominating you for every award going 😂🏆",
    "Watch your back in February tho Gaz, they want revenge 😂😂",
    "ur gonna GET IT on friday 😭😭 9H have all signed the card",
    "see you at the gates with the raffle tickets x",
    "ur dead tmrw when sir sees u didnt do the essay",
    "Mind how you go this morning folks, black ice on the hill by Hollowbrook, gritters not been yet",
    "Mrs Okafor watch your back, year 6 have nominated you for headteacher of the year!! so proud 🥇",
    "Mr Lloyd better watch his back, the dads team want a rematch 😂😂 darts night friday",
    "Miss Rowe ur gonna get it tmrw 😭 we all signed the card and got a cake 🎂",
    # "banner" is no ban, "forgot your PE kit" no grudge.
    "see u at the gates with the banner for Mrs Patel's last day 🎉 love you miss",
    "you're dead when miss finds out you forgot your PE kit again 😂",
    # As triage writes "Mrs Marsh": "Mrs the teacher".
    "you're dead when Mrs the teacher reads this essay 😂😂 it's so bad",
    "getting jumped by 20 year 9s with hugs at the leavers disco, best day ever Mr Whitaker ❤️",
    "Watch your back Okafor, the PTA quiz night is ours this year 🎯 loser buys the round x",
    "Mind how you go Mr Nwosu, the car park's a sheet of ice this morning",
    "see you at the gates Mrs Okafor with the flowers from all of year 6 💐 love you",
]


@pytest.mark.parametrize("text", KIND_THREATS)
def test_menace_said_kindly_is_not_kind(text):
    assert not rules.kind(text, rules.threat_phrases(text))


@pytest.mark.parametrize("text", KIND_THREATS)
def test_menace_said_kindly_keeps_its_threat(text):
    assert rules.threat_phrases(text)


@pytest.mark.parametrize("text", KIND_HARMLESS)
def test_kindness_is_no_threat(text):
    assert not rules.threat_phrases(text)
    assert rules.kind(text, rules.threat_phrases(text))


REMINDER_THREATS = [
    "Just a friendly reminder to Mrs Okafor that it gets dark at 4 now and that staff car park isn't very well lit. A lot of parents are very upset about these prom bans. Take care x",
    "just a reminder the car park isnt well lit Mrs Patel. we havent forgotten. take care",
    "Friendly reminder to Kevin Doyle that the back field is unlit. Not happy about my lad getting banned. Take care walking to your car, wouldn't want you to trip on the ice 😉",
    "Just a friendly reminder that it gets dark at 4 and there's no CCTV on Mill Lane. Mrs Okafor knows what she did. Take care x",
    "Friendly reminder that Whitaker walks through the unlit ginnel every night and we're not happy. Take care x",
    "The next one I catch climbing my fence to get it back will get my boot up his backside and worse",
    "The next Hollowbrook kid I catch smoking by my wall will get my belt",
    "Next one my son catches picking on his sister is getting leathered, tell your kids",
    "next brat i catch throwing eggs at my house gets my fist. simple",
]

REMINDER_HARMLESS = [
    "Friendly reminder to all parents that it gets dark at 4 now and the staff car park isn't very well lit, please wear hi-vis when collecting. Take care x",
    "Quick reminder that it gets dark early now and some parents were upset about the late finish for detentions, school say they'll move them to lunch. Take care all",
    "Just so you know, it's pitch black by the bike sheds after 4 and parents are annoyed the gate is locked. Please use the front entrance. Stay safe",
    "Little reminder that it gets dark at 4 now. Upset to hear about the bike thefts. Take care with your bikes x",
    "Just a friendly reminder to Mrs Okafor that the car park gets dark at 4, parents upset about the puddles and potholes, can we get it fixed please? Thanks x",
    "The next one I catch climbing my fence gets reported to the school and police",
    "next one i catch nicking my apples is getting a clip round the ear 😂 jk i'll just tell the head",
    "next one I catch on the field at break gets my boot print on their homework haha jk. Mr Lloyd",
    "The next person I catch using their phone in class is getting it confiscated, Miss Marsh",
]


@pytest.mark.parametrize("text", REMINDER_THREATS)
def test_reminder_threat(text):
    assert reminders.reminders(text)
    assert rules.threat_phrases(text)


@pytest.mark.parametrize("text", REMINDER_HARMLESS)
def test_reminder_harmless(text):
    assert not reminders.reminders(text)
    assert not rules.threat_phrases(text)


@pytest.mark.parametrize("text, rebuked", [
    ("Nobody's telling Mrs Okafor to 'watch her back', calm down Hexley", True),
    ("Nobody is telling anyone to \"go round\" to Mrs Patel's, stop twisting it, we're emailing the governors", True),
    ("Nobody's suggesting \"a visit\" to Mr Nwosu's house... we're just going to pop round 😈", False),
    ("no1 is saying \"get him\" lol I'll get him myself after school, whitaker ur done", False),
    ("Nobody's telling Marsh to \"watch her back\" - she should though, cos I know where she parks", False),
])
def test_nobody_is_telling(text, rebuked):
    assert bool(REBUKE.search(text)) == rebuked
