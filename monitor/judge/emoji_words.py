"""Emoji read as words, for the model: its tokenizer has none of them, so "see u at the gates 🔪🔪"
reached it as "see u at the gates [UNK]". Pure; the `emoji` package knows every emoji's name,
and a few that carry a post's meaning are named as the people who use them mean them."""
from __future__ import annotations

import re

import emoji

# As people use them, not as Unicode names them ("water pistol", "face with tears of joy").
_MEANT = {
    "kitchen_knife": "knife", "dagger": "knife", "water_pistol": "gun", "face_with_tears_of_joy": "laughing",
    "rolling_on_the_floor_laughing": "laughing", "loudly_crying_face": "crying", "knot": "rope",
    "zipper-mouth_face": "keep quiet", "smiling_face_with_horns": "evil grin", "slightly_smiling_face": "smile",
    "oncoming_fist": "punch", "drop_of_blood": "blood", "collision": "bang", "face_with_symbols_on_mouth": "swearing",
    "pouting_face": "angry", "enraged_face": "angry", "clown_face": "clown", "pile_of_poo": "shit",
}
_SPACES = re.compile(r"\s{2,}")


def _name(chars: str, data: dict) -> str:
    key = data["en"].strip(":")
    return f" {_MEANT.get(key, key.replace('_', ' '))} "


def in_words(text: str) -> str:
    """The text with each emoji replaced by its name; unchanged where it has none."""
    if not emoji.emoji_count(text):
        return text
    return _SPACES.sub(" ", emoji.replace_emoji(text, replace=_name)).strip()
