"""Spam that borrows a thread about us: money made from home, a giveaway, a "collab", followers for sale. A reply
whose only names of ours are the thread's is about no one (round 59's Instagram comments: "Turn £250 into £5,000 in 7
days 📈📈 ask me how 👇👇", "🎁 FREE iPhone 17 giveaway 🎁 click the link in bio"). Pure."""
from __future__ import annotations

import re

# Spam under a school's post ("earn £500 a DAY from your phone"): it borrows the thread; it is about no one.
SPAM = re.compile(r"(?:\bearn £?\d[\d,]*k? (?:a|per) (?:day|week)|\bmessage me ['\"]?info|\bdm me ['\"]?info|"
                  r"\byou have been selected to (?:receive|win)|\bclaim (?:your|yours|ur) (?:prize|reward|gift|iphone)|"
                  r"\b\d+k followers|\bgrow (?:your|ur) (?:insta|followers|page)|send this post to @|\bturn £?\d[\d,]*k? into £?\d|\bdm @\w+ to get paid|\bget paid for (?:your|ur) content"
                  r"|\bfree iphone|\bclick the link in (?:my |the )?bio|\bask me how\s*👇|\bpassive income|\bcrypto (?:signals|trading|bot))", re.I)
