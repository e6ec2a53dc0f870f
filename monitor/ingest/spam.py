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

# ...but never where it speaks to or of children, or carries harm: "any yr8 girls want to earn £300 a week? message me info"
# is an approach to our pupils, "at the gates at 3:15 with a knife ... ask me how" a threat, whatever spam words they borrow.
NOT_SPAM = re.compile(r"\b(?:girls?|boys?|lads?|pupils?|students?|teens?|(?:year|yr|y)\s?\d{1,2}s?|1[0-7]\s*\+|under\s*1[0-8]s?|no\s+parents"
                      r"|after\s+school(?!\s+run)|running\s+bits|parcels?|knife|knives|gun|blade|stab\w*|kill\w*|shoot\w*|gates?|whoever|scam|beware|warn\w*)\b|🔪|🔫", re.I)
