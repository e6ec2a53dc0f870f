"""How to ask each platform to remove a post: the rule it breaks and where to press.

Rule names follow each platform's published rules as they stood in 2025; the
report reasons in their menus change more often than the rules, so the steps
name the menu loosely ("the reason closest to ...").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping


@dataclass(frozen=True)
class Guide:
    rules: Mapping[str, str]  # category -> the rule, in the platform's words
    steps: tuple[str, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)


META_RULES = {
    "threat": "Meta Community Standards: Violence and Incitement (threats of violence)",
    "harassment": "Meta Community Standards: Bullying and Harassment",
    "hate": "Meta Community Standards: Hateful Conduct",
    "privacy": "Meta Community Standards: Privacy Violations (sharing someone's personal information)",
    "safeguarding": "Meta Community Standards on child safety and privacy of minors",
    "defamation": "Meta's defamation report form (Help Centre, 'Report defamation')",
}

GUIDES: dict[str, Guide] = {
    "reddit": Guide(
        rules={
            "threat": "Reddit Rules, Rule 1: no harassment, bullying or threats of violence",
            "harassment": "Reddit Rules, Rule 1: everyone has a right to use Reddit free of harassment and bullying",
            "hate": "Reddit Rules, Rule 1: no attacking people for their identity or vulnerability",
            "privacy": "Reddit Rules, Rule 3: respect the privacy of others (no personal or confidential information)",
            "safeguarding": "Reddit Rules, Rule 3 (privacy) and Rule 4 (content involving minors)",
            "defamation": "Reddit's legal removal request for defamation (Reddit Help, 'legal removal request')",
        },
        steps=("Open the permalink; under the post or comment choose '...' then 'Report'.",
               "Pick the reason closest to the rule above (for example 'Harassment', 'Threatening violence', "
               "'Sharing personal information').",
               "No Reddit account: use the form at https://www.reddit.com/report",
               "Also message the subreddit's moderators ('Message the mods' on the subreddit page): "
               "they can remove it faster than Reddit itself."),
    ),
    "mastodon": Guide(
        rules={c: "the rules of {host}, listed at https://{host}/about" for c in
               ("threat", "harassment", "hate", "privacy", "safeguarding", "defamation")},
        steps=("Mastodon servers are run by their own moderators. From any Mastodon account, choose '...' on the "
               "post, then 'Report @{author}', pick the rule it breaks and paste the text below as the comment.",
               "If the author is on another server, tick 'Forward to {host}' so their moderators see it too.",
               "No Mastodon account: email the contact address shown at https://{host}/about with the text below."),
    ),
    "bluesky": Guide(
        rules={
            "threat": "Bluesky Community Guidelines: no threats or incitement of violence",
            "harassment": "Bluesky Community Guidelines: no harassment or targeted abuse",
            "hate": "Bluesky Community Guidelines: no hateful conduct",
            "privacy": "Bluesky Community Guidelines: no sharing of other people's private information",
            "safeguarding": "Bluesky Community Guidelines: child safety",
            "defamation": "Bluesky's legal and support request forms (defamation)",
        },
        steps=("Choose '...' on the post, then 'Report post', and the reason closest to the rule above.",
               "No Bluesky account: use the forms on Bluesky's support pages (bsky.social/about/support)."),
    ),
    "youtube": Guide(
        rules={
            "threat": "YouTube Community Guidelines: Harassment and cyberbullying (threats) and Violent or dangerous content",
            "harassment": "YouTube Community Guidelines: Harassment and cyberbullying policy",
            "hate": "YouTube Community Guidelines: Hate speech policy",
            "privacy": "YouTube's privacy guidelines (privacy complaint process for personal information)",
            "safeguarding": "YouTube Community Guidelines: Child safety policy, and the privacy complaint process",
            "defamation": "Google's legal removal request for defamation (YouTube Help, 'legal issue')",
        },
        steps=("On the video choose '...' (More) then 'Report'; for a comment, '...' beside it then 'Report'.",
               "Pick the reason closest to the rule above. For a home address, phone number or a child's image, "
               "use YouTube's privacy complaint process as well: it is reviewed separately."),
    ),
    "x": Guide(
        rules={
            "threat": "X Rules: Violent speech",
            "harassment": "X Rules: Abuse and harassment",
            "hate": "X Rules: Hateful conduct",
            "privacy": "X Rules: Private information and media",
            "safeguarding": "X Rules: Child safety",
            "defamation": "X's legal request forms (defamation), help.x.com/forms",
        },
        steps=("Choose '...' on the post, then 'Report post', and the reason closest to the rule above.",
               "No X account: use the forms at https://help.x.com/forms"),
    ),
    "facebook": Guide(
        rules=META_RULES,
        steps=("Choose '...' on the post (or press 'Report' under a comment), then the reason closest to the rule above.",
               "If it is in a group, also tell the group's admins: they can remove it at once.",
               "No Facebook account: use the forms in the Facebook Help Centre."),
    ),
    "instagram": Guide(
        rules={**META_RULES, "harassment": "Instagram Community Guidelines and Meta's Bullying and Harassment standard"},
        steps=("Choose '...' on the post, or press and hold a comment, then 'Report' and the reason closest to "
               "the rule above.",
               "No Instagram account: use the forms in the Instagram Help Centre."),
    ),
    "tiktok": Guide(
        rules={
            "threat": "TikTok Community Guidelines: Violent behaviours and threats",
            "harassment": "TikTok Community Guidelines: Harassment and bullying",
            "hate": "TikTok Community Guidelines: Hate speech and hateful behaviour",
            "privacy": "TikTok Community Guidelines: Personal information (privacy)",
            "safeguarding": "TikTok Community Guidelines: Youth safety",
            "defamation": "TikTok's legal report form (defamation), tiktok.com/legal/report",
        },
        steps=("Press and hold the video or comment (or use the Share arrow), choose 'Report' and the reason "
               "closest to the rule above.",
               "No TikTok account: use the form at https://www.tiktok.com/legal/report"),
    ),
    "website": Guide(
        rules={c: "the comment rules (house rules or terms of use) of {host}" for c in
               ("threat", "harassment", "hate", "privacy", "safeguarding")}
        | {"defamation": "{host}'s comment rules, and a notice under the Defamation Act 2013 s5 (see the legal "
                         "advice draft) if it is not removed"},
        steps=("Use the 'Report' link beside the comment, or email the site's editor or moderators (the address is "
               "usually on its Contact page) with the permalink and the text below.",
               "If the article itself, not a reader's comment, identifies a pupil or intrudes into privacy, "
               "complain to the publisher first; a member of IPSO is then answerable under the Editors' Code."),
    ),
}

REMOVAL_CATEGORIES = ("threat", "hate", "harassment", "privacy", "safeguarding", "defamation")

ONLINE_SAFETY_NOTE = ("Services used in the UK must let people report content they believe is illegal "
                      "(Online Safety Act 2023). Where the post may be an offence, choose that option too if "
                      "the platform offers it.")


def guide_for(key: str) -> Guide:
    return GUIDES.get(key, GUIDES["website"])
