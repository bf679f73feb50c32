"""The rows of the ElevenLabs settings tables that gen_settings.py writes
once and shares: a list's fields that more than one list setting holds
(ITEM_BLOCKS), a run of rows that two lists hold alike (SHARED_RUNS), both
written to settingsdata/shared.json and named by a row {"use": name}, and
rows that repeat once per name under one parent (fold_named, written as a
row {"each": [names], "rows": [...]}).

A row is a dict of the data file's fields; the items of a list setting stay
an Items token until share_runs has looked at every list."""
import json
import re


ITEM_BLOCKS = {}  # canonical text -> [name, rows, count]
SHARED_RUNS = []  # [name, rows]: a run of rows two lists hold alike
RUN_MIN = 6  # rows two lists must share, in order, to be written once


class Items:
    """Stands for the items of a list setting: ITEM_BLOCKS' entry index."""

    def __init__(self, index):
        self.index = index


def canon(value):
    """A text equal for equal rows, an Items token by its block."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=lambda t: '@@ITEMS:%d@@' % t.index)


def items_block(owner, rows):
    """The Items of a list setting: written inline when the list is the only
    one of its shape, else as shared rows named after its first owner. Each
    entry of rows is one whole record field (a field holding records
    included)."""
    key = canon(rows)
    if key not in ITEM_BLOCKS:
        ITEM_BLOCKS[key] = [owner, [[r] for r in rows], 0]
    ITEM_BLOCKS[key][2] += 1
    return Items(list(ITEM_BLOCKS).index(key))


def longest_run(a, b):
    """The longest run of rows that a and b hold alike, in order: (start in
    a, start in b, length). A row already written once (a str) is skipped."""
    best = (0, 0, 0)
    prev = [0] * (len(b) + 1)
    for i in range(len(a)):
        cur = [0] * (len(b) + 1)
        for j in range(len(b)):
            if isinstance(a[i], list) and isinstance(b[j], list) and canon(a[i][0]) == canon(b[j][0]):
                cur[j + 1] = prev[j] + 1
                if cur[j + 1] > best[2]:
                    best = (i - cur[j + 1] + 1, j - cur[j + 1] + 1, cur[j + 1])
        prev = cur
    return best


def share_runs():
    """Different lists that hold the same rows in a row (the transfer
    settings of the transfer tool and of a client tool's transfer, say) get
    them from one shared run; in each list the run is one str entry, its name."""
    blocks = list(ITEM_BLOCKS.values())
    for x in range(len(blocks)):
        for y in range(x + 1, len(blocks)):
            a, b = blocks[x][1], blocks[y][1]
            i, j, n = longest_run(a, b)
            if n < RUN_MIN:
                continue
            name = blocks[x][0]
            SHARED_RUNS.append([name, [r[0] for r in a[i:i + n]]])
            a[i:i + n] = [name]
            b[j:j + n] = [name]


def block_rows(rows):
    """A block's rows as written: a shared run as {"use": name}."""
    return [{'use': r} if isinstance(r, str) else resolve_items(r[0]) for r in rows]


def resolve_items(value):
    """value with each Items token replaced by the rows it stands for."""
    if isinstance(value, Items):
        name, rows, count = list(ITEM_BLOCKS.values())[value.index]
        return [{'use': name}] if count > 1 else block_rows(rows)
    if isinstance(value, dict):
        return {k: resolve_items(v) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve_items(v) for v in value]
    return value


FIELD = re.compile(r'"(key|wire)": "([^"]*)"')
WORDED = re.compile(r'"(key|wire|label|help)": "(?:[^"\\]|\\.)*"')
FOLD_MIN = 3  # names under one parent that must repeat the same rows


def template(row, name, human):
    """A row with its name taken out: {name} in its key and path, {Words}
    and {words} in its label and help; None where the name is left anywhere
    else (eachNamed puts it back only in those four)."""
    words = human(name)
    if words.lower() != name.replace('_', ' ') or not re.fullmatch(r'[a-z][a-z0-9_]*', name):
        return None
    seg = re.compile(r'(?<![a-z0-9])%s(?![a-z0-9])' % re.escape(name))
    text = canon(row)
    t = FIELD.sub(lambda m: '"%s": "%s"' % (m.group(1), seg.sub('{name}', m.group(2))), text)
    t = t.replace(words, '{Words}').replace(words.lower(), '{words}')
    rest = WORDED.sub('', t)
    if '{name}' in rest or '{words}' in rest or '{Words}' in rest or '{name}' not in t:
        return None
    return json.loads(t)


def fold_named(entries, human):
    """entries are a page's rows as (row, path or None). Where three or more
    names in a row under one parent hold the same rows but for the name
    (each kind of content the guardrails check, say), they become one entry:
    an each row over the rows written once."""
    out, i = [], 0
    while i < len(entries):
        groups = []  # [name, [templates]]
        j = i
        parent = None
        while j < len(entries) and entries[j][1]:
            segs = entries[j][1].split('.')
            if len(segs) < 3 or (parent is not None and '.'.join(segs[:-2]) != parent):
                break
            parent, name = '.'.join(segs[:-2]), segs[-2]
            t = template(entries[j][0], name, human)
            if t is None:
                break
            if not groups or groups[-1][0] != name:
                if any(g[0] == name for g in groups):
                    break
                groups.append([name, []])
            groups[-1][1].append(t)
            j += 1
        k = 0
        while k < len(groups) and groups[k][1] == groups[0][1]:
            k += 1
        if k >= FOLD_MIN:
            rows = groups[0][1]
            out.append(({'each': [g[0] for g in groups[:k]], 'rows': rows}, None))
            i += k * len(rows)
            continue
        out.append(entries[i])
        i += 1
    return out
