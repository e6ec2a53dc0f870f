"""Rules where models are weak: pure functions of a post's text, each with table tests.

Every rule returns a tuple of Finding(rule, evidence): the rule's name (shown to the DSL
in `Decision.rules`) and the words that made it fire, quoted in the explanation.
"""
from __future__ import annotations

from .base import Finding
from .locators import phone_numbers, postcodes, street_addresses, vehicle_registrations, personal_locators
from .threats import threat_phrases, imminence, strip_idioms
from .safeguarding import identifiable_pupils, child_at_risk, staff_harmed_child
from .claims import subject_access_request, allegations_of_fact, hate_phrases, parent_author

__all__ = [
    "Finding", "phone_numbers", "postcodes", "street_addresses", "vehicle_registrations",
    "personal_locators", "threat_phrases", "imminence", "strip_idioms", "identifiable_pupils",
    "child_at_risk", "staff_harmed_child", "subject_access_request", "allegations_of_fact",
    "hate_phrases", "parent_author",
]
