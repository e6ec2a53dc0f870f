"""Review C of round 43's later rules: look-alikes both ways (harm still caught, the harmless left alone)."""
import pytest

from monitor.ingest.cues import class_code
from monitor.judge import rules
from monitor.judge.abuse import _aimed_at_pupils
from monitor.judge.rules.promised import promised
from monitor.judge.rules.records import pupil_homes, pupil_records
from monitor.judge.rules.tropes import smears


@pytest.mark.parametrize("text,caught", [
    ("Gaz Lloyd lives on Marlow Road, the semi with the red front door. missus and two little ones. Sleep well Gaz 😴", True),
    ("Whitaker's place is the terrace on Station Lane, wife n kids in there. night night Tom x", True),
    ("I know where Marsh lives, detached on Station Lane, her husband and kids. Sleep tight Helen", True),
    ("if he touches my daughter again he wont be walking out of there", True),
    ("If Mr Whitaker lays a finger on my boy again he won't be walking back out of that school", True),
    ("if she shouts at my son one more time she won't be leaving that building in one piece", True),
    ("Station Lane is closed again, roadworks. my partner and the kids are stuck. night night all", False),
    ("Our neighbour on Peel Street lost their cat, her kids are in bits. sweet dreams Tigger 😢", False),
    ("Hollowbrook's new build on Marlow Road looks great, the little ones love it. night night", False),
    ("if she keeps going at that pace she won't be walking home, she'll need a taxi lol", False),
    ("If he does the whole 10k he won't be walking out of there, he'll be carried out lol charity run Sunday", False),
    ("Just moved into our new house on Peel Street with the wife and kids! first night, sleep well everyone 😴", False),
])
def test_promised(text, caught):
    assert bool(promised(text)) is caught


@pytest.mark.parametrize("text,caught", [
    ("9M register left up on the projector lol half of them absent and one says SEN", True),
    ("someone screenshotted the seating plan for 8C 👇 Leo - ADHD, keep away from window. Maya - hearing aid", True),
    ("here u go 👇 hollowbrook_medical.xlsx epipens, diabetics, the lot", True),
    ("photo of the class list from Mr Whitaker's desk, who's in care and who gets free school meals", True),
    ("Photo of the register at the Hexley Carnival fun run, 200 absent because of the rain lol", False),
    ("New SEN spreadsheet template for teachers, link in bio! #teachertok #sen #adhd", False),
    ("Register for the Hollowbrook Christmas fair stalls attached 👇 medical tent by the hall", False),
    ("Polling station register on the board at Hollowbrook, don't forget your ID. attached info, absent voters can post", False),
    ("Dentist sent a screenshot, an incident with a filling lol. seating plan for the wedding done", False),
    ("How does the SEN register work? My son has ADHD and they said he's on it, is that attached to his record?", False),
])
def test_pupil_records(text, caught):
    assert bool(pupil_records(text)) is caught


@pytest.mark.parametrize("text,caught", [
    ("the year 9 girls were screaming at my window again. Tall one is Chloe, lives on Marlow Road", True),
    ("kids in the video robbing the corner shop, one in the middle is Tyler Briggs lives on Station Lane", True),
    ("year 7 boy crying at the bus stop, think it's Jacob who lives near Peel Street, he's being bullied", True),
    ("the girls who jumped my daughter - ringleader is Amber, she lives in Kestrel Close", True),
    ("lost kids' scooter found, owner please message. Mark who lives on Marlow Road has it", False),
    ("Kids party this Saturday! Jenny lives on Peel Street now, bring the girls", False),
    ("Shout out to Sue who lives on Station Lane for handing out water to the kids on the fun run", False),
    ("The boys had a great game. Coach Dave lives on Marlow Road if anyone needs a lift", False),
    ("Girls night out! Sarah lives on Peel Street so pre drinks at hers 🍾", False),
])
def test_pupil_homes(text, caught):
    assert bool(pupil_homes(text)) is caught


@pytest.mark.parametrize("text,aimed", [
    ("these foreign kids shouldnt be in year 7", True),
    ("No blacks at the prom", True),
    ("Ragheads playing netball", True),
    ("pakis playing football at the park", False),
    ("stop the boats, send them home, see you at the pub for the year 10 reunion", False),
])
def test_pupils_named(text, aimed):
    assert _aimed_at_pupils(text, ()) is aimed


@pytest.mark.parametrize("text,caught", [
    ("gaz is bent as fuck, keep him away from the lads changing room", True),
    ("that bent PE teacher shouldnt be anywhere near kids", True),
    ("hes a proper bent one that new teacher, wouldnt want him around my boys", True),
    ("my bike wheel is bent, cant ride with the kids to school", False),
    ("that ref is bent as a nine bob note, never a pen. my lads were robbed", False),
    ("his back is bent double after carrying the kids stuff", False),
])
def test_bent(text, caught):
    assert bool(smears(text)) is caught


@pytest.mark.parametrize("text,caught", [
    ("saw you in Asda again Helen. you'll be seeing me every day till you leave that school", True),
    ("I'll keep at it till she resigns, every day outside her house", True),
    ("I'll keep at it till she stops", True),
    ("ull be seeing me every week mate. every single week", True),
    ("you'll be seeing me every week at parkrun now ha", False),
    ("Hi all I'm the new lollipop lady, you'll be seeing me every morning on Marlow Road 👋", False),
    ("Hi I'm the new TA in year 2, you'll be seeing me every day at pick up!", False),
    ("I'll keep at it till she's reading fluently, 10 mins a night", False),
    ("we'll keep at it till the school fixes the roof, petition link below", False),
])
def test_persistence(text, caught):
    assert bool(rules.persistence(text)) is caught


@pytest.mark.parametrize("text,code", [
    ("kayden price 10C got jumped behind the shops", "10C"),
    ("ruby jones 9A is getting bullied every day", "9A"),
    ("lily mae 8G keeps self harming pls someone help", "8G"),
    ("jus got 9A got in maths ffs", None),
    ("ordered size 10C got it today", None),
    ("plot number 11C got planning permission", None),
    ("my nans house 10B was burgled", None),
    ("flat above shop 10A got raided", None),
])
def test_class_code(text, code):
    assert class_code(text) == code


@pytest.mark.parametrize("text,context,caught", [
    ("on the gate every morning are they. good to know 👍",
     "Massive thanks to Mrs Okafor and Mrs Patel for being out on the gate every single morning after everything said about staff", True),
    ("she's on her own at 8 is she. noted", "Mrs Marsh opens up the English block on her own at 8 every day bless her", True),
    ("on the gate are they 😏 handy", "Head and deputy will be on the gate at pick up today", True),
    ("at 9 do they. good to know", "Gates open at 9 on inset day", False),
    ("every morning are they. good to know 👍", "Lollipop man on Marlow Road every morning now!", False),
    ("every day is it? noted cheers", "Uniform shop open every day this week", False),
])
def test_noted(text, context, caught):
    assert bool(rules.joins_in(text, context, False)) is caught
