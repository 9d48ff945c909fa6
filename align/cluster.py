"""Mentions of all documents → clusters (one per real indicator) → a stable kpi_id per cluster.

Steps, each testable alone:
1. `build_mentions`: rows of `indicators`/`observations` → one `Mention` per (document, name key); a row
   without a readable name is its own mention, keyed by its goal path, and is matched on values only.
   Each mention carries its document's alignment group (`government_groups`): the issuing government.
2. `link`: within each group, the candidate pairs of different documents (`candidates.candidate_pairs`,
   blocking) are compared; two governments' indicators are never compared (伊勢崎市's 転入者数 and 松戸市's
   are two series, however alike).
   Two mentions of one document are two indicators unless they are one row reprinted with a typo
   (`matcher.reprinted_row`, a must-link). Overrides add must-links and cannot-links.
3. `cluster`: must-links first, then `same` pairs by descending score; a union is refused when it would put
   a cannot-linked pair, or two mentions of one document (except a reprint), in one cluster. Classes of
   identical mentions are joined whole where no union can be refused, without listing their member pairs.
4. `assign_ids`: the kpi_id rule (see `kpi_id_for`).

A document whose government could not be read (`documents.government_code` null) is a group of its own: in a
batch over many municipalities, pooling the unidentified ones would join different municipalities' series
(equal names alone make a match), while keeping each apart only leaves its series unjoined, visibly.
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

from align.analyst import fields
from align.candidates import similar_pairs
from align.judge import Judged, Judgement, judge_groups
from align.matcher import SAME_AT, TYPO_SIMILARITY, Evidence, Mention, compare, reprinted_row
from align.names import name_form
from align.overrides import Overrides

#: Rule text prefix of links that come from the overrides file.
OVERRIDE = "override"
#: Order of a document with no fiscal year: after every dated one.
_UNDATED = "FY9999"


#: Prefix of the group of a document whose government is unknown (followed by its file name).
UNKNOWN_GOVERNMENT = "?"


def government_groups(documents: list[dict]) -> dict[str, str]:
    """source_file → alignment group: the document's government code, or its own group when unknown."""
    return {d["source_file"]: d.get("government_code") or UNKNOWN_GOVERNMENT + d["source_file"] for d in documents}


def mention_id_of(source_file: str, kpi_name: str | None, goal: str | None) -> str:
    """The mention a row belongs to (same rule as `Mention.mention_id`)."""
    form = name_form(kpi_name or "")
    return f"{source_file}|{form.key or '?' + (goal or '')}"


#: What `build_mentions` reads of a value row.
_VALUE_FIELDS = ("source_file", "kpi_name", "goal", "kind", "role", "period", "segment", "value", "unit")


def build_mentions(indicators: list[dict], observations: list[dict], groups: dict[str, str] | None = None
                   ) -> dict[str, Mention]:
    """One mention per (document, name key); nameless rows per (document, goal path). `groups`: source_file →
    alignment group (`government_groups`); without it every document is in one group. A document missing
    from `groups` is a group of its own."""
    return mentions_of_rows(indicators, observations, groups)[0]


def mentions_of_rows(indicators: list[dict], observations: list[dict], groups: dict[str, str] | None = None
                     ) -> tuple[dict[str, Mention], list[Mention]]:
    """`build_mentions`, and the mention of each row (the indicators' rows, then the observations'), so that
    the rows' kpi_ids are written without working out each row's mention again."""
    mentions: dict[str, Mention] = {}
    of_rows: list[Mention] = []
    keep = of_rows.append
    #: (source_file, kpi_name, goal) → its mention: an indicator's rows repeat these (one row per value), so the
    #: mention id, name form and group are worked out once per indicator, not once per row
    known: dict[tuple, Mention] = {}

    def mention_for(identity: tuple) -> Mention:
        source_file, kpi_name, goal = identity
        mid = mention_id_of(source_file, kpi_name, goal)
        mention = mentions.get(mid)
        if mention is None:
            group = "" if groups is None else groups.get(source_file, UNKNOWN_GOVERNMENT + source_file)
            mention = mentions[mid] = Mention(source_file, name_form(kpi_name or ""), group=group)
        if kpi_name:
            mention.names.add(kpi_name)
        if goal:
            mention.goals.add(goal)
        known[identity] = mention
        return mention

    for row in indicators:
        identity = (row["source_file"], row.get("kpi_name"), row.get("goal"))
        mention = known.get(identity) or mention_for(identity)
        keep(mention)
        kind = row.get("kind")
        if kind:
            mention.kinds.add(kind)
    # the value rows are most rows of a run: their fields read at C speed (`fields`)
    for source_file, kpi_name, goal, kind, role, period, segment, value, unit in fields(observations, _VALUE_FIELDS):
        identity = (source_file, kpi_name, goal)
        mention = known.get(identity) or mention_for(identity)
        keep(mention)
        if kind:
            mention.kinds.add(kind)
        mention.add_value(role, period, segment, value, unit)
    return mentions, of_rows


class Link(NamedTuple):
    """A pair of mentions joined or kept apart by a rule or an override (must- and cannot-links)."""

    a: str
    b: str
    evidence: Evidence | None  #: None for links that come from an override
    rule: str | None = None  #: why


def _same_document_lookalikes(mentions: dict[str, Mention]) -> list[tuple[str, str]]:
    """Sorted pairs of one document's mentions whose names could be one name with a typo: the same content
    words, or keys at least `TYPO_SIMILARITY` similar (found with rapidfuzz's vectorised cut-off).

    A document's named mentions have distinct keys (a mention is a document and a key), and the documents of
    one alignment group restate mostly the same names: so the look-alike pairs of keys are found once per
    group, over its distinct keys, and each document takes those of its own keys."""
    by_group: dict[str, dict[str, dict[str, str]]] = {}  # group → document → key → mention id
    for mid in sorted(mentions):
        mention = mentions[mid]
        if not mention.form.empty:
            by_group.setdefault(mention.group, {}).setdefault(mention.source_file, {})[mention.form.key] = mid
    pairs: set[tuple[str, str]] = set()
    for documents in by_group.values():
        forms = {mentions[mid].form.key: mentions[mid].form for keys in documents.values() for mid in keys.values()}
        keys = sorted(forms)
        by_words: dict[frozenset[str], list[str]] = {}
        for key in keys:
            by_words.setdefault(forms[key].words, []).append(key)
        alike = {(x, y) for group in by_words.values() for i, x in enumerate(group) for y in group[i + 1:]}
        alike.update((keys[i], keys[j]) for i, j in similar_pairs(keys, TYPO_SIMILARITY))
        for own in documents.values():
            pairs.update((min(own[x], own[y]), max(own[x], own[y])) for x, y in alike if x in own and y in own)
    return sorted(pairs)


def link(mentions: dict[str, Mention], overrides: Overrides, jobs: int = 1
         ) -> tuple[list[Link], list[Link], Judgement]:
    """(must-links, cannot-links, cross-document pairs judged same or grey per class of identical mentions:
    `judge.Judgement`); `jobs` processes judge the pairs."""
    must: list[Link] = []
    cannot: list[Link] = []
    groups: dict[str, dict[str, Mention]] = {}
    for mid in sorted(mentions):
        groups.setdefault(mentions[mid].group, {})[mid] = mentions[mid]
    judged = Judgement([], {})
    for found in judge_groups(list(groups.values()), jobs):
        judged.pairs.extend(found.pairs)
        judged.classes.update(found.classes)
    # by (x, y); each pair occurs once, so evidence is never compared
    judged.pairs.sort()
    for x, y in _same_document_lookalikes(mentions):
        if reprinted_row(mentions[x], mentions[y]):
            must.append(Link(x, y, compare(mentions[x], mentions[y]), "one row reprinted with a typo in one document"))
    by_key: dict[str, list[str]] = {}
    for mid, mention in mentions.items():
        by_key.setdefault(mention.form.key, []).append(mid)
    for decision in overrides.merge:  # within each group: a merge never joins two governments
        for x in by_key.get(decision.a, []):
            for y in by_key.get(decision.b, []):
                if mentions[x].group == mentions[y].group:
                    must.append(Link(x, y, None, f"{OVERRIDE} merge: {decision.reason}"))
    for decision in overrides.keep_apart:
        for x in by_key.get(decision.a, []):
            for y in by_key.get(decision.b, []):
                if mentions[x].group == mentions[y].group:
                    cannot.append(Link(x, y, None, f"{OVERRIDE} keep apart: {decision.reason}"))
    return must, cannot, judged


def cluster(mentions: dict[str, Mention], must: list[Link], cannot: list[Link], judged: Judgement
            ) -> dict[str, str]:
    """Mention id → cluster root id (the smallest id of its cluster). Override keep-apart decisions beat every
    merge; an override merge beats the one-document rule; evidence never beats either.

    The rule is a greedy one over the member pairs (`_greedy`). Its result is known without listing them where
    nothing can be refused: the classes of identical mentions that `same` pairs and must-links connect form
    groups; in a group whose mentions are all of different documents and that no override or must-link touches,
    every union is accepted and every member pair exists, so the group is one cluster. Only the other groups (a
    document twice, a must- or cannot-link) go through `_greedy`, with their own member pairs: unions in one
    group never touch another's, so the result is the greedy rule's over every pair.
    """
    classes = judged.classes
    class_of = {member: representative for representative, members in classes.items() for member in members}
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def unite(x: str, y: str) -> None:
        rx, ry = root(x), root(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    # most same pairs restate a join already made: where both mentions' parent is one root, `unite` would change
    # nothing (not even a path) and is skipped
    found = parent.get
    for x, y, evidence in judged.pairs:
        if evidence.score < SAME_AT:
            continue
        rx, ry = found(x), found(y)
        if rx is None or ry is None or rx != ry or parent[rx] != rx:
            unite(x, y)
    touched = set()
    for links, joins in ((must, True), (cannot, False)):
        for item in links:
            a, b = class_of.get(item.a, item.a), class_of.get(item.b, item.b)
            touched.update((a, b))
            if joins:
                unite(a, b)
    groups: dict[str, list[str]] = {}
    for node in parent:
        groups.setdefault(root(node), []).append(node)
    roots = {mid: mid for mid in mentions}
    exact: set[str] = set()
    for nodes in groups.values():
        members = [m for node in nodes for m in classes.get(node, (node,))]
        if touched.isdisjoint(nodes) and len({mentions[m].source_file for m in members}) == len(members):
            first = min(members)
            roots.update(dict.fromkeys(members, first))
        else:
            exact.update(nodes)
    if exact:
        pairs = [p for p in judged.pairs if p[0] in exact and p[2].score >= SAME_AT]
        within = [m for node in exact for m in classes.get(node, (node,))]
        roots.update(_greedy(mentions, within, must, cannot, Judgement(pairs, classes).member_pairs(mentions)))
    return roots


def _greedy(mentions: dict[str, Mention], within: list[str], must: list[Link], cannot: list[Link],
            judged: list[Judged]) -> dict[str, str]:
    """The clustering rule over member pairs, for the mentions `within` (every link and pair given lies within
    them or outside them whole): must-links first, then `same` pairs by descending score, then (a, b); a union
    is refused when it would put a cannot-linked pair, or two mentions of one document (except through a
    must-link), in one cluster. `judged` is in (a, b) order."""
    parent = {mid: mid for mid in within}
    members = {mid: {mid} for mid in within}
    documents = {mid: {mentions[mid].source_file} for mid in within}
    kept_apart = {frozenset((c.a, c.b)) for c in cannot}

    def root(mid: str) -> str:
        while parent[mid] != mid:
            parent[mid] = parent[parent[mid]]
            mid = parent[mid]
        return mid

    def union(x: str, y: str, same_document_allowed: bool) -> None:
        rx, ry = root(x), root(y)
        if rx == ry or (kept_apart and any(frozenset((p, q)) in kept_apart
                                           for p in members[rx] for q in members[ry])):
            return
        if not same_document_allowed and not documents[rx].isdisjoint(documents[ry]):
            return
        keep, drop = (rx, ry) if rx < ry else (ry, rx)
        parent[drop] = keep
        members[keep] |= members.pop(drop)
        documents[keep] |= documents.pop(drop)

    for item in must:
        if item.a in parent:
            # an override merge and a reprinted row both join two mentions whatever their documents
            union(item.a, item.b, same_document_allowed=True)
    # by descending score, then (a, b): `judged` is in (a, b) order, so each score's pairs, kept in that order, need
    # no sorting (scores are multiples of 0.5: a few values)
    by_score: dict[float, list[tuple[str, str]]] = {}
    for a, b, evidence in judged:
        if evidence.score >= SAME_AT:
            by_score.setdefault(evidence.score, []).append((a, b))
    for score in sorted(by_score, reverse=True):
        for a, b in by_score[score]:
            if root(a) != root(b):  # most links restate a join already made
                union(a, b, same_document_allowed=False)
    return {mid: root(mid) for mid in within}


def _hash_id(text: str) -> str:
    return "K-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def kpi_id_for(members: list[Mention], fiscal_years: dict[str, str | None],
               pins: dict[str, str]) -> tuple[str, Mention]:
    """The kpi_id rule. A pinned id if an override pins one of the cluster's names; otherwise the hash of
    the alignment key of the ANCHOR: the member from the earliest document (documents.fiscal_year); within
    that document the key shared by most mentions of the cluster (a reprint typo is not canonical), then the
    key itself. New (later) documents never change an anchor, so old ids stay; spelling variants fold into
    one key, so 寄付/寄附 give one id whichever comes first. A cluster of nameless rows only is anchored on
    its document and goal path. The hashed text starts with the government code (`102041|…`), so one
    government's ids do not depend on which other governments are in the run; a document of unknown government
    hashes the key alone."""
    spread: dict[str, int] = {}
    for m in members:
        spread[m.form.key] = spread.get(m.form.key, 0) + 1

    def order(m: Mention) -> tuple:
        # earliest document first; within it, the spelling most documents share (not a one-off typo)
        return (fiscal_years.get(m.source_file) or _UNDATED, m.form.empty, -spread[m.form.key], m.form.key,
                m.mention_id)

    anchor = min(members, key=order)
    if pins:  # most runs pin nothing: the members need no sorting
        for m in sorted(members, key=order):
            if m.form.key in pins:
                return pins[m.form.key], anchor
    key = anchor.form.key if not anchor.form.empty else anchor.mention_id
    known = anchor.group and not anchor.group.startswith(UNKNOWN_GOVERNMENT)
    return _hash_id(f"{anchor.group}|{key}" if known else key), anchor


def assign_ids(mentions: dict[str, Mention], roots: dict[str, str], fiscal_years: dict[str, str | None],
               pins: dict[str, str]) -> dict[str, tuple[str, Mention]]:
    """Mention id → (kpi_id, anchor mention). Two clusters whose anchors share a key (kept apart by evidence)
    get distinct ids: the later one is suffixed with its anchor's document. A pin names an indicator by its
    name only: its id goes to the earliest cluster of that name; one of another government is suffixed too."""
    groups: dict[str, list[Mention]] = {}
    for mid, r in roots.items():
        groups.setdefault(r, []).append(mentions[mid])
    chosen: list[tuple[str, Mention, list[Mention]]] = []
    for members in groups.values():
        kpi_id, anchor = kpi_id_for(members, fiscal_years, pins)
        chosen.append((kpi_id, anchor, members))
    chosen.sort(key=lambda c: (fiscal_years.get(c[1].source_file) or _UNDATED, c[1].mention_id))
    used: set[str] = set()
    result: dict[str, tuple[str, Mention]] = {}
    for kpi_id, anchor, members in chosen:
        if kpi_id in used:
            kpi_id = _hash_id(f"{anchor.form.key}|{anchor.source_file}")
        used.add(kpi_id)
        for m in members:
            result[m.mention_id] = (kpi_id, anchor)
    return result
