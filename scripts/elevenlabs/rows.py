"""The rows of the ElevenLabs settings tables that gen_settings.py writes
once and shares: a list's fields that more than one list setting holds
(ITEM_BLOCKS), a run of rows that two lists hold alike (SHARED_RUNS), and
rows that repeat once per name under one parent (fold_named, written with
eachNamed)."""
import re


ITEM_BLOCKS = {}  # normalized text -> [var name, rows, count]
SHARED_RUNS = []  # [var name, rows]: a run of rows two lists hold alike
RUN_MIN = 6  # rows two lists must share, in order, to be written once


def norm(text):
    return ' '.join(text.split())


def items_block(owner, rows):
    """A token standing for the Items of a list setting: written inline when
    the list is the only one of its shape, else as a shared variable. Each
    entry of rows is one whole record field (a field holding records
    included)."""
    key = norm('\n'.join(rows))
    if key not in ITEM_BLOCKS:
        name = 'items' + ''.join(w.capitalize() for w in owner.split('_'))
        ITEM_BLOCKS[key] = [name, [[r] for r in rows], 0]
    ITEM_BLOCKS[key][2] += 1
    return '@@ITEMS:%d@@' % list(ITEM_BLOCKS).index(key)


def longest_run(a, b):
    """The longest run of rows that a and b hold alike, in order: (start in
    a, start in b, length). A row already written once (a str) is skipped."""
    best = (0, 0, 0)
    prev = [0] * (len(b) + 1)
    for i in range(len(a)):
        cur = [0] * (len(b) + 1)
        for j in range(len(b)):
            if isinstance(a[i], list) and isinstance(b[j], list) and norm(a[i][0]) == norm(b[j][0]):
                cur[j + 1] = prev[j] + 1
                if cur[j + 1] > best[2]:
                    best = (i - cur[j + 1] + 1, j - cur[j + 1] + 1, cur[j + 1])
        prev = cur
    return best


def share_runs():
    """Different lists that hold the same rows in a row (the transfer
    settings of the transfer tool and of a client tool's transfer, say) get
    them from one variable; in each list the run is one str entry, its name."""
    blocks = list(ITEM_BLOCKS.values())
    for x in range(len(blocks)):
        for y in range(x + 1, len(blocks)):
            a, b = blocks[x][1], blocks[y][1]
            i, j, n = longest_run(a, b)
            if n < RUN_MIN:
                continue
            name = 'rows' + blocks[x][0][len('items'):]
            SHARED_RUNS.append([name, [r[0] for r in a[i:i + n]]])
            a[i:i + n] = [name]
            b[j:j + n] = [name]


def block_text(rows):
    """The Go expression for a list of rows and shared runs."""
    if len(rows) == 1 and isinstance(rows[0], str):
        return rows[0]
    parts, cur = [], []
    for r in rows:
        if isinstance(r, str):
            if cur:
                parts.append('[]agent.Setting{\n' + '\n'.join(cur) + '\n}')
                cur = []
            parts.append(r)
        else:
            cur.append(r[0])
    if cur:
        parts.append('[]agent.Setting{\n' + '\n'.join(cur) + '\n}')
    if len(parts) == 1:
        return parts[0]
    return 'joinRows(\n' + ',\n'.join(parts) + ',\n)'


def resolve_items(text):
    blocks = list(ITEM_BLOCKS.values())
    def sub(m):
        name, rows, count = blocks[int(m.group(1))]
        return name if count > 1 else block_text(rows)
    while '@@ITEMS:' in text:
        text = re.sub(r'@@ITEMS:(\d+)@@', sub, text)
    return text


FIELD = re.compile(r'\b(Key|Wire): "([^"]*)"')
WORDED = re.compile(r'\b(Key|Wire|Label|Help): "(?:[^"\\]|\\.)*"')
FOLD_MIN = 3  # names under one parent that must repeat the same rows


def template(text, name, human):
    """A row with its name taken out: {name} in its key and path, {Words}
    and {words} in its label and help; None where the name is left anywhere
    else (eachNamed puts it back only in those four)."""
    words = human(name)
    if words.lower() != name.replace('_', ' ') or not re.fullmatch(r'[a-z][a-z0-9_]*', name):
        return None
    seg = re.compile(r'(?<![a-z0-9])%s(?![a-z0-9])' % re.escape(name))
    t = FIELD.sub(lambda m: '%s: "%s"' % (m.group(1), seg.sub('{name}', m.group(2))), text)
    t = t.replace(words, '{Words}').replace(words.lower(), '{words}')
    rest = WORDED.sub('', t)
    if '{name}' in rest or '{words}' in rest or '{Words}' in rest or '{name}' not in t:
        return None
    return t


def fold_named(entries, human):
    """entries are a page's rows as (text, path or None). Where three or more
    names in a row under one parent hold the same rows but for the name
    (each kind of content the guardrails check, say), they become one entry:
    an eachNamed call over the rows written once."""
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
            names = ', '.join('"%s"' % g[0] for g in groups[:k])
            text = '@@EACH@@eachNamed(\n[]agent.Setting{\n%s\n},\n%s,\n)' % ('\n'.join(rows), names)
            out.append((text, None))
            i += k * len(rows)
            continue
        out.append(entries[i])
        i += 1
    return out


def table_text(entries):
    """The Go expression for a settings table: (title, text) entries, a
    folded one (starting @@EACH@@) joined in with joinRows."""
    parts, cur, last = [], [], None
    for title, e in entries:
        if title != last:
            cur.append('\t// %s' % title)
            last = title
        if e.startswith('@@EACH@@'):
            notes = [c for c in cur if c.startswith('\t// ')] if all(c.startswith('\t// ') for c in cur) else []
            if cur and not notes:
                parts.append(cur)
            parts.append('\n'.join(notes + [e[len('@@EACH@@'):]]))
            cur = []
        else:
            cur.append(e)
    if cur:
        parts.append(cur)
    lits = [p if isinstance(p, str) else '[]agent.Setting{\n' + '\n'.join(p) + '\n}' for p in parts]
    if len(lits) == 1:
        return lits[0]
    return 'joinRows(\n' + ',\n'.join(lits) + ',\n)'
