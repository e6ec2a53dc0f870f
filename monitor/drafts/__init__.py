"""Drafts: for each action a decision suggests, the words a headteacher can send.

Pure: (item, school, related posts, now) -> drafts. Nothing here sends anything;
every draft is for a person to check and send. A school can replace any
template with its own file of the same name (`<action>.txt.j2`) in the folder
named by `[responses] templates` in its config.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from monitor.config.types import School
from monitor.vocab import ACTIONS, Item
from monitor.drafts import context as C
from monitor.disclosure import draft_may_name, is_s141f, strip_names
from monitor.drafts.facts import action_title, data_request_deadline, deadline_for, ordered_actions, staff_names, targets
from monitor.drafts.plan import Outcome

__all__ = ["Draft", "Outcome", "drafts_for", "check_templates", "data_request_deadline", "deadline_for",
           "staff_names", "targets", "AUDIENCES", "BUILTIN_TEMPLATES"]

log = logging.getLogger(__name__)

BUILTIN_TEMPLATES = Path(__file__).with_name("templates")

# Who each draft is written for.
AUDIENCES = {
    "call_999": "police", "report_police": "police", "request_removal": "platform",
    "contact_author": "parent", "legal_advice": "solicitor", "dsl_review": "dsl",
    "inform_staff": "staff", "respond_data_request": "requester",
}


@dataclass(frozen=True)
class Draft:
    action: str
    title: str  # "Report to police"
    audience: str  # police, platform, parent, solicitor, staff, dsl, requester
    text: str
    subject: str = ""  # for a letter or form: its subject line
    send_via: str = ""  # where it goes: "101, or your police force's online form"
    template: str = ""  # the file that made it: built-in name, or the school's path
    problem: str = ""  # set when the school's own template failed and the built-in was used


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _env(folder: Path | None) -> SandboxedEnvironment:
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(BUILTIN_TEMPLATES))]
    if folder is not None:
        loaders.insert(0, jinja2.FileSystemLoader(str(folder)))
    # Plain text: no autoescape here. Messages escape draft text when they put it in HTML.
    env = SandboxedEnvironment(loader=jinja2.ChoiceLoader(loaders), autoescape=False, trim_blocks=True,
                               lstrip_blocks=True, keep_trailing_newline=False, undefined=jinja2.StrictUndefined)
    env.filters["indent_lines"] = lambda text, prefix="   ": "\n".join(prefix + line if line else line
                                                                          for line in str(text).split("\n"))
    return env


@lru_cache(maxsize=8)
def _cached_env(folder: str | None) -> SandboxedEnvironment:
    return _env(Path(folder) if folder else None)


def _render(env: SandboxedEnvironment, name: str, ctx: dict) -> tuple[str, str, str]:
    module = env.get_template(name).make_module(ctx)
    text = "\n".join(line.rstrip() for line in str(module).strip("\n").split("\n"))
    # Collapse runs of blank lines a conditional block leaves behind.
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text, " ".join(str(getattr(module, "subject", "")).split()), " ".join(str(getattr(module, "send_via", "")).split())


def drafts_for(item: Item, school: School, related: Sequence[Item], now: datetime, *,
               templates_dir: Path | str | None = None,
               decisions: Mapping[str, Outcome] | None = None) -> list[Draft]:
    """One Draft per action of item.decision, in the order a headteacher should act on them.

    related: other posts by the same author (store.author_items); the item itself
    may be among them. templates_dir: the school's own templates, which win.
    decisions: action -> what the DSL decided (the review queue's current decisions).
    Given, the staff note says what was done, what is not being done and why, and what
    is still being considered; without it, the suggested actions are written as the plan.
    """
    if item.decision is None:
        return []
    ctx = C.build(item, school, related, now, decisions)
    folder = str(Path(templates_dir)) if templates_dir else None
    env = _cached_env(folder)
    out: list[Draft] = []
    for action in ordered_actions(item):
        name = f"{action}.txt.j2"
        audience = AUDIENCES.get(action, "headteacher")
        source, problem = name, ""
        try:
            if folder and (Path(folder) / name).is_file():
                source = str(Path(folder) / name)
            text, subject, send_via = _render(env, name, dict(ctx, action=action))
        except jinja2.TemplateNotFound:
            text, subject, send_via = (f"No draft template for the action {action!r}: decide what to do from the "
                                       "post and the reason it was flagged.", "", "")
            source = ""
        except jinja2.TemplateError as exc:
            if source == name:  # a built-in failed: a bug of ours, not the school's
                raise
            # The school's template is broken: an urgent alert must still go out, with ours.
            problem = f"the school's template {source} failed ({exc}); this is the built-in draft"
            log.error("responses: %s", problem)
            text, subject, send_via = _render(_cached_env(None), name, dict(ctx, action=action))
            source = name
        if is_s141f(item) and not draft_may_name(audience):
            # The templates already speak of "a member of staff"; this holds for a school's own too.
            text, subject = strip_names(text, school), strip_names(subject, school)
        out.append(Draft(action=action, title=_cap(action_title(action)), audience=audience, text=text,
                         subject=subject, send_via=send_via, template=source, problem=problem))
    return out


def check_templates(folder: Path | str, sample: tuple[Item, School] | None = None) -> list[str]:
    """Problems with a school's template folder, each naming the file: for check-config."""
    folder = Path(folder)
    if not folder.is_dir():
        return [f"{folder}: not a folder"]
    problems = []
    known = {f"{a}.txt.j2" for a in ACTIONS}
    env = _env(folder)
    for path in sorted(folder.glob("*.j2")):
        if path.name not in known:
            problems.append(f"{path}: not the name of an action template (expected one of {sorted(known)})")
            continue
        try:
            env.get_template(path.name)
        except jinja2.TemplateSyntaxError as exc:
            problems.append(f"{path}, line {exc.lineno}: {exc.message}")
    if sample and not problems:
        item, school = sample
        ctx = C.build(item, school, (), item.fetched)
        for path in sorted(folder.glob("*.j2")):
            try:
                _render(env, path.name, dict(ctx, action=path.name.split(".")[0]))
            except jinja2.TemplateError as exc:
                problems.append(f"{path}: {exc}")
    return problems
