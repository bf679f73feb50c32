"""Drafts providers/elevenlabs/settings_*.go (the ElevenLabs provider settings
tables) and providers/elevenlabs/testdata/seed_paths.txt from ElevenLabs'
OpenAPI schema. Run by hand from the repository root:

    python3 scripts/elevenlabs/gen_settings.py

Labels and help come from the schema's names and descriptions, put in plain
words; overrides.py holds the hand-written words for the settings people use
most. The Go files are the source of truth once written: rerun only to pick up
a new schema, and review the diff."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import schema_walk as sw
from overrides import MODEL, OVERRIDES, READONLY, GROUPS, LIVE, BUILTIN_TITLES
from rows import ITEM_BLOCKS, SHARED_RUNS, items_block, share_runs, block_text, resolve_items, fold_named, table_text

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
PKG = os.path.join(ROOT, 'providers', 'elevenlabs')

WORDS = {'llm': 'LLM', 'tts': 'voice', 'asr': 'speech recognition', 'rag': 'RAG', 'dtmf': 'keypad', 'id': 'ID',
         'ids': 'IDs', 'url': 'address', 'secs': 'seconds', 'ms': 'milliseconds', 'vad': 'voice activity',
         'sip': 'SIP', 'uui': 'UUI', 'mcp': 'MCP', 'pii': 'personal data', 'api': 'API', 'num': 'number of',
         'max': 'maximum', 'min': 'minimum', 'config': 'settings', 'configs': 'settings', 'html': 'HTML', 'ui': 'UI',
         'ivr': 'IVR', 'json': 'JSON', 'uri': 'address'}


def human(seg):
    ws = [w for w in seg.split('_') if w]
    ws = [w for i, w in enumerate(ws) if i == 0 or w != ws[i - 1]]
    out = [WORDS.get(w, w) for w in ws]
    s = ' '.join(out)
    return s[:1].upper() + s[1:]


def sentence_case(s):
    s = s.strip()
    return s[:1].upper() + s[1:]


WIRE = re.compile(r'\b[a-z][a-z0-9]*(?:[._][a-z0-9]+)+\b|\w\[\d+\]')


def plain_help(desc, label):
    d = ' '.join(desc.replace('`', '').split())
    d = re.sub(r'https?://\S+', 'the address', d)
    d = re.sub(r'^DEPRECATED:?\s*', '', d)
    d = re.sub(r'\be\.g\.,?', 'for example', d)
    d = re.sub(r'\bi\.e\.,?', 'that is', d)
    d = WIRE.sub(lambda m: m.group(0).replace('_', ' ').replace('.', ' '), d)
    d = d.replace('{', '').replace('}', '').replace('"', '').replace('…', '').rstrip()
    if not d:
        return ''
    d = sentence_case(d)
    if d[-1] not in '.!?':
        d += '.'
    # drop a sentence said twice
    seen, keep = set(), []
    for s in re.split(r'(?<=[.!?])\s+', d):
        k = s.lower().strip(' .!?')
        if k and k not in seen:
            seen.add(k)
            keep.append(s)
    return ' '.join(keep)


def go(s):
    return json.dumps(s, ensure_ascii=False)


# The schema's kinds of value, as the setting kind that edits them, or why
# agentdeck keeps them as they are.
KINDS = {'boolean': 'KindBool', 'integer': 'KindInteger', 'number': 'KindNumber', 'string': 'KindText',
         'enum/string': 'KindChoice', 'enum/number': 'KindNumber', 'boolean/integer/number/string': 'KindText'}
KEPT = {'schema': 'it is a JSON schema of parameters, which agentdeck keeps as it is',
        'recursive': 'it nests a schema inside itself, which agentdeck keeps as it is',
        'object': 'it is free-form data with no documented fields, which agentdeck keeps as it is'}


def kind_of(leaf):
    k = leaf.kind
    if k in KEPT:
        return None, KEPT[k]
    if k in KINDS:
        return KINDS[k], ''
    if k == 'enum':
        if leaf.enum() and all(isinstance(v, int) and not isinstance(v, bool) for v in leaf.enum()):
            return 'KindInteger', ''
        return 'KindChoice', ''
    if k == 'array':
        if leaf.item_types() <= {'string', 'enum'}:
            return 'KindList', ''
        return None, 'it is a list of values that are not text, which agentdeck keeps as it is'
    return None, 'it takes values of several types, which agentdeck keeps as it is'


def choice_label(v):
    s = str(v)
    m = re.fullmatch(r'(pcm|ulaw|alaw|mp3|opus)_(\d+)(?:_(\d+))?', s)
    if m:
        codec = {'pcm': 'PCM', 'ulaw': 'mu-law', 'alaw': 'A-law', 'mp3': 'MP3', 'opus': 'Opus'}[m.group(1)]
        khz = ('%g' % (int(m.group(2)) / 1000)) + ' kHz'
        return codec + ' ' + khz + ((' ' + m.group(3) + ' kbps') if m.group(3) else '')
    if re.fullmatch(r'[a-z0-9_]+', s):
        ws = s.split('_')
        out = ' '.join({'llm': 'LLM', 'tts': 'TTS', 'id': 'ID', 'url': 'web page', 'sip': 'SIP', 'mcp': 'MCP', 'api': 'API'}.get(w, w) for w in ws)
        return out[:1].upper() + out[1:]
    return s


def spec_of(leaf, kind, live):
    parts = []
    if kind == 'KindChoice':
        vals = leaf.enum()
        if vals:
            parts.append('Choices: ch(' + ', '.join(go(str(v)) + ', ' + go(choice_label(v)) for v in vals) + ')')
            if leaf.kind == 'enum':
                parts.append('Closed: true')
    if kind == 'KindList' and leaf.item_enum():
        parts.append('Choices: ch(' + ', '.join(go(str(v)) + ', ' + go(choice_label(v)) for v in leaf.item_enum()) + ')')
        parts.append('Closed: true')
    notes = []
    ints = [v for v in leaf.enum() if isinstance(v, int) and not isinstance(v, bool)]
    if kind == 'KindInteger' and ints:
        parts.append('Min: agent.Num(%d), Max: agent.Num(%d)' % (min(ints), max(ints)))
    for k, f in (('minimum', 'Min'), ('exclusiveMinimum', 'Min'), ('maximum', 'Max'), ('exclusiveMaximum', 'Max')):
        v = leaf.num(k)
        if v is None or kind not in ('KindInteger', 'KindNumber') or f + ':' in ' '.join(parts):
            continue
        if k.startswith('exclusive'):
            if kind == 'KindInteger':
                v = v + 1 if f == 'Min' else v - 1
            else:
                notes.append('It must be %s than %s.' % ('more' if f == 'Min' else 'less', trimnum(v)))
        parts.append('%s: agent.Num(%s)' % (f, trimnum(v)))
    if kind in ('KindText', 'KindLongText'):
        ml = leaf.num('maxLength')
        if ml:
            parts.append('MaxLen: %d' % ml)
        pat = leaf.num('pattern')
        if pat:
            parts.append('Pattern: %s, PatternHint: %s' % (go(pat), go(PATTERN_HINTS.get(pat, 'the form ElevenLabs\'s docs give'))))
    if notes:
        parts.append('Note: ' + go(' '.join(notes)))
    if kind in ('KindList',):
        mi = leaf.num('maxItems')
        if mi:
            parts.append('MaxItems: %d' % mi)
    dv = leaf.default()
    if isinstance(dv, bool):
        parts.append('Default: ' + go('yes' if dv else 'no'))
    elif isinstance(dv, (int, float, str)) and str(dv) != '' and len(str(dv)) < 60:
        parts.append('Default: ' + go(str(dv)))
    if live:
        parts.append('Live: true')
    return ', '.join(parts)


GENERIC = {'type', 'id', 'enabled', 'value', 'name', 'key', 'url', 'data', 'mode', 'source', 'text', 'threshold',
           'is_enabled', 'description', 'prompt', 'action', 'feedback', 'preference', 'order', 'config', 'label', 'language'}

PATTERN_HINTS = {
    '^[a-zA-Z0-9_-]{1,64}$': 'up to 64 letters, digits, _ and -',
    '^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$': 'letters and digits, words joined by -',
    '^[0-9*#wW]*$': 'digits, *, # and w for a pause',
    '^[0-9A-Fa-f]{2}$': 'two hexadecimal digits, like 04',
}


def trimnum(v):
    return ('%r' % v).rstrip('0').rstrip('.') if isinstance(v, float) else str(v)


def group_of(path):
    for prefix, sec, title, key in GROUPS:
        if path == prefix or path.startswith(prefix + '.') or path.startswith(prefix + '[') or path.startswith(prefix + '{'):
            return prefix, sec, title, key
    raise SystemExit('no group for ' + path)


def key_of(gkey, rest, full=''):
    if not gkey and not rest:
        rest = full.split('.')[-1]
    k = re.sub(r'[^a-z0-9]+', '_', rest.lower()).strip('_')
    k = (gkey + '_' + k) if gkey and k else (gkey or k)
    parts = k.split('_')
    dedup = [p for i, p in enumerate(parts) if i == 0 or p != parts[i - 1]]
    return '_'.join(dedup)


MODELPATHS, NESTED = [], []


def main():
    inv = sw.inventory()
    paths = list(inv)
    with open(os.path.join(PKG, 'testdata', 'seed_paths.txt'), 'w') as f:
        f.write('# Every request-body path of seed 003 (create an agent) and of the agent-config\n')
        f.write('# parts of reference/elevenlabs-openapi.json, written by scripts/elevenlabs/gen_settings.py.\n')
        for p in paths:
            f.write(p + '\n')
    # settings: group the paths by their first container
    settings = {}  # key -> dict
    order = []
    for p in paths:
        for m in MODEL:
            if p == m or p.startswith(m + '.') or p.startswith(m + '[') or p.startswith(m + '{'):
                MODELPATHS.append((p, MODEL[m]))
                break
        if any(p == m or p.startswith(m + '.') or p.startswith(m + '[') or p.startswith(m + '{') for m in MODEL):
            continue
        m = re.search(r'\[\]|\{\}', p)
        prefix, sec, title, gkey = group_of(p)
        if m is None:
            rest = p[len(prefix) + 1:] if p != prefix else ''
            key = OVERRIDES.get(p, {}).get('key') or key_of(gkey, rest, p)
            settings[key] = {'path': p, 'leaf': inv[p], 'sec': sec, 'title': title}
            order.append(key)
            continue
        cont, sub = p[:m.start()], p[m.end() + 1:]
        keyed = m.group(0) == '{}'
        crest = cont[len(prefix) + 1:] if cont != prefix else ''
        key = OVERRIDES.get(cont, {}).get('key') or key_of(gkey, crest, cont)
        if key not in settings:
            settings[key] = {'path': cont, 'items': [], 'keyed': keyed, 'sec': sec, 'title': title}
            order.append(key)
        s = settings[key]
        n = re.search(r'\[\]|\{\}', sub)
        if n is not None:  # a list inside each record: a field holding records
            nested, subrest = sub[:n.start()], sub[n.end() + 1:]
            if not any(i.get('wire') == nested for i in s['items']):
                s['items'].append({'wire': nested, 'nested': [], 'keyed': n.group(0) == '{}', 'leaf': None,
                                   'paths': [p], 'cont': cont + m.group(0) + '.' + nested})
            it = next(i for i in s['items'] if i.get('wire') == nested)
            if re.search(r'\[\]|\{\}', subrest):
                NESTED.append(p)
            else:
                it['nested'].append({'wire': subrest, 'leaf': inv[p], 'paths': [p]})
            continue
        s['items'].append({'wire': sub, 'leaf': inv[p], 'paths': [p]})
    # The built-in tools share most of their settings (SystemToolConfig):
    # those are written once, relative to the tool, and each tool gets its
    # own copy in Go (builtinTables); only a tool's own ones are listed here.
    bt = re.compile(r'conversation_config\.agent\.prompt\.built_in_tools\.(\w+)\.(.+)$')
    rels = {}
    for key in order:
        m = bt.match(settings[key]['path'])
        if m:
            rels.setdefault(m.group(1), {})[m.group(2)] = key
    common = set.intersection(*[set(r) for r in rels.values()]) if rels else set()
    out, own, shared = {}, {slot: [] for slot in BUILTIN_TITLES}, []
    for key in order:
        s = settings[key]
        m = bt.match(s['path'])
        if not m:
            out.setdefault((s['sec'], s['title']), []).append((render(key, s), None if 'items' in s else s['path']))
        elif m.group(2) not in common:
            own[m.group(1)].append(render(key, s))
        elif m.group(1) == next(iter(rels)):
            rel = m.group(2)
            k = key_of('', rel, rel)
            if 'items' in s:
                shared.append(render(k, dict(s, wire=rel)))
            else:
                shared.append(render_leaf(k, s['path'], s['leaf'], '\t\t', wire=rel))
    # builtinCommon takes part in sharing runs of rows like any list's fields.
    common = items_block('builtin_common', shared)
    share_runs()
    write(out, common, own)


def render(key, s):
    if 'items' not in s:
        return render_leaf(key, s['path'], s['leaf'], '\t\t')
    p = s['path']
    ov = OVERRIDES.get(p, {})
    label = ov.get('label') or human(p.split('.')[-1])
    m = re.match(r'conversation_config\.agent\.prompt\.built_in_tools\.(\w+)\.', p)
    if m and not ov.get('label') and 'wire' not in s:
        # Each built-in tool has lists of the same name: say whose.
        label = BUILTIN_TITLES[m.group(1)] + ': ' + label.lower()
    help_ = ov.get('help') or plain_help(sw.DESC.get(p, ''), label) or ('The %s, one entry each.' % label.lower())
    lines = ['\t\t{', '\t\t\tKey: %s, Wire: %s, Kind: agent.KindItems, Label: %s,' % (go(key), go(s.get('wire', p)), go(label))]
    lines.append('\t\t\tHelp: %s,' % go(help_))
    if s['keyed']:
        kb = ov.get('keyed', 'name')
        if any(i['wire'] == kb for i in s['items'] if i.get('leaf')):
            kb = 'entry_name'
        lines.append('\t\t\tKeyedBy: %s,' % go(kb))
    outer, lines = lines, []
    if s['keyed']:
        kspec = ''
        if sw.KEYS.get(p):
            kspec = ', Spec: agent.FieldSpec{Choices: ch(' + ', '.join(go(str(v)) + ', ' + go(choice_label(v)) for v in sw.KEYS[p]) + '), Closed: true}'
        lines.append('\t\t\t\t{Key: %s, Kind: agent.%s, Label: %s, Help: %s%s},' % (
            go(kb), 'KindChoice' if kspec else 'KindText', go(ov.get('keyed_label', 'Name')), go(ov.get('keyed_help', 'The name this entry is kept under.')), kspec))
    seen = set()
    for it in s['items']:
        ik = re.sub(r'[^a-z0-9]+', '_', it['wire'].lower()).strip('_')
        while ik in seen:
            ik += '_path'
        seen.add(ik)
        full = [x for x in it['paths']][0]
        if 'nested' in it:
            cp = it['cont']
            ov = OVERRIDES.get(cp, {})
            label = ov.get('label') or human(it['wire'].split('.')[-1])
            help_ = ov.get('help') or plain_help(sw.DESC.get(cp, ''), label) or ('The %s, one entry each.' % label.lower())
            row = ['\t\t\t\t{']
            row.append('\t\t\t\t\tKey: %s, Wire: %s, Kind: agent.KindItems, Label: %s,' % (go(ik), go(it['wire']), go(label)))
            row.append('\t\t\t\t\tHelp: %s,' % go(help_))
            kb = ''
            if it['keyed']:
                kb = 'entry_name' if any(x['wire'] == 'name' for x in it['nested']) else 'name'
                row.append('\t\t\t\t\tKeyedBy: %s,' % go(kb))
            inner = []
            if kb:
                inner.append('\t\t\t\t\t\t{Key: %s, Kind: agent.KindText, Label: "Name", Help: "The name this entry is kept under."},' % go(kb))
            seen2 = set()
            for x in it['nested']:
                xk = re.sub(r'[^a-z0-9]+', '_', x['wire'].lower()).strip('_')
                while xk in seen2:
                    xk += '_path'
                seen2.add(xk)
                inner.append(render_leaf(xk, x['paths'][0], x['leaf'], '\t\t\t\t\t\t', wire=x['wire']))
            row.append('\t\t\t\t\tItems: %s,' % items_block(ik, inner))
            row.append('\t\t\t\t},')
            lines.append('\n'.join(row))
            continue
        lines.append(render_leaf(ik, full, it['leaf'], '\t\t\t\t', wire=it['wire']))
    outer.append('\t\t\tItems: %s,' % items_block(key, lines))
    outer.append('\t\t},')
    return '\n'.join(outer)


def fallback_help(segs, label, kind):
    """Words for a setting ElevenLabs' schema does not describe, from its
    name and the object it sits in."""
    last = segs[-1]
    parent = human(segs[-2]).lower() if len(segs) > 1 else ''
    if kind == 'KindBool' and last in ('is_enabled', 'enabled'):
        return 'When on, the %s check is used.' % parent if parent else 'When on, this is used.'
    if last == 'threshold':
        return 'How strong a sign of %s must be before it counts; lower catches more.' % parent
    if last.endswith('_ids') or last == 'ids':
        return 'The IDs of the %s to use, as ElevenLabs shows them.' % human(last[:-4] or parent).lower()
    if last.endswith('_id') or last == 'id':
        return 'The ID of the %s to use, as ElevenLabs shows it.' % (human(last[:-3]).lower() if last != 'id' else parent)
    if last == 'type' or last.endswith('_type'):
        return 'Which kind of %s this is.' % (parent if last == 'type' else human(last[:-5]).lower())
    return 'The %s, as ElevenLabs names it.' % label.lower()


def render_leaf(key, path, leaf, ind, wire=None):
    ov = OVERRIDES.get(path, {})
    kind, ro = kind_of(leaf)
    if path in READONLY:
        ro = READONLY[path]
    if kind is None:
        kind = 'KindText'
    if ov.get('kind'):
        kind = ov['kind']
    segs = [x.replace('[]', '').replace('{}', '') for x in path.split('.')]
    label = ov.get('label') or human(segs[-1])
    if not ov.get('label') and segs[-1] in GENERIC and len(segs) > 1:
        label = human(segs[-2] + '_' + segs[-1])
    help_ = ov.get('help') or plain_help(leaf.desc(), label) or fallback_help(segs, label, kind)
    ints = [v for v in leaf.enum() if isinstance(v, int) and not isinstance(v, bool)]
    if kind == 'KindInteger' and ints:
        help_ += ' ElevenLabs takes ' + ', '.join(str(v) for v in ints[:-1]) + ' or ' + str(ints[-1]) + '.'
    if leaf.kind == 'enum/number':
        help_ += ' ElevenLabs also takes one of the words ' + ', '.join(str(v) for v in leaf.enum()) + '; a word already set is kept until you type a number.'
    if leaf.kind == 'boolean/integer/number/string':
        help_ += ' It is sent as text.'
    if leaf.deprecated() and 'old' not in help_.lower():
        help_ += ' ElevenLabs marks it as old.'
    spec = spec_of(leaf, kind, path in LIVE) if not ro else ''
    fields = ['Key: %s' % go(key), 'Wire: %s' % go(wire if wire is not None else path), 'Kind: agent.%s' % kind,
              'Label: %s' % go(label)]
    if spec:
        fields.append('Spec: agent.FieldSpec{%s}' % spec)
    if ro:
        fields.append('ReadOnly: %s' % go(ro))
    if leaf.kind in ('enum/string',) or ov.get('undocumented'):
        fields.append('Undocumented: true')
    return '%s{\n%s\t%s,\n%s\tHelp: %s,\n%s},' % (ind, ind, ', '.join(fields), ind, go(help_), ind)


def write(groups, shared, own):
    # one file per section, split below 400 lines
    by_sec = {}
    for (sec, title), entries in groups.items():
        by_sec.setdefault(sec, []).append((title, entries))
    for f in os.listdir(PKG):
        if f.startswith('settings_') and f.endswith('_gen.go'):
            os.remove(os.path.join(PKG, f))
    names = []
    order = ['SectionBasics', 'SectionBrain', 'SectionVoice', 'SectionListening', 'SectionTurn', 'SectionGreeting',
             'SectionTools', 'SectionVariables', 'SectionAdvanced']
    for sec, titles in sorted(by_sec.items(), key=lambda kv: order.index(kv[0])):
        chunks, cur, n = [], [], 0
        for title, entries in titles:
            for e, _ in fold_named(entries, human):
                e = resolve_items(e)
                ln = e.count('\n') + 1
                if n + ln > 370 and cur:
                    chunks.append(cur)
                    cur, n = [], 0
                cur.append((title, e))
                n += ln
        if cur:
            chunks.append(cur)
        for i, chunk in enumerate(chunks):
            name = '%s%d' % (sec.split('Section')[-1].lower(), i + 1)
            names.append(name)
            with open(os.path.join(PKG, 'settings_%s_gen.go' % name), 'w') as f:
                f.write('package elevenlabs\n\n// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs\' OpenAPI\n')
                f.write('// schema (reference/elevenlabs-openapi.json); reviewed by hand.\n\n')
                f.write('import "github.com/agentdeck/agentdeck/agent"\n\n')
                f.write('var settings%s = %s\n' % (name.capitalize(), resolve_items(table_text(chunk))))
    with open(os.path.join(PKG, 'settings_table_gen.go'), 'w') as f:
        f.write('package elevenlabs\n\n// Drafted by scripts/elevenlabs/gen_settings.py.\n\n')
        f.write('import "github.com/agentdeck/agentdeck/agent"\n\n')
        f.write('// settingTables are the settings tables in display order.\n')
        f.write('var settingTables = [][]agent.Setting{\n')
        for name in names:
            f.write('\tsettings%s,\n' % name.capitalize())
        f.write('}\n\n')
        f.write('// modelWires are the documented paths the neutral model edits.\n')
        f.write('var modelWires = []agent.WireField{\n')
        for p in MODELPATHS:
            f.write('\t{Wire: %s, Path: %s},\n' % (go(p[0]), go(p[1])))
        f.write('}\n\n')
        f.write('// nestedWires are the documented paths inside a list inside a list,\n// which agentdeck keeps as they are.\n')
        f.write('var nestedWires = []agent.WireField{\n')
        for p in NESTED:
            f.write('\t{Wire: %s, ReadOnly: %s},\n' % (go(p), go('it is a list inside each entry of a list, which agentdeck keeps as it is')))
        f.write('}\n')
    with open(os.path.join(PKG, 'settings_builtins_gen.go'), 'w') as f:
        f.write('package elevenlabs\n\n// Drafted by scripts/elevenlabs/gen_settings.py: the settings of the\n')
        f.write('// built-in tools, those they share written once (builtinTables\n// gives each tool its copy).\n\n')
        f.write('import "github.com/agentdeck/agentdeck/agent"\n\n')
        f.write('// builtinSlots are the built-in tools, in the order they are shown.\n')
        f.write('var builtinSlots = []string{%s}\n\n' % ', '.join(go(x) for x in BUILTIN_TITLES))
        f.write('// builtinCommon are the settings every built-in tool has, their\n// keys and paths relative to the tool.\n')
        f.write('var builtinCommon = %s\n\n' % resolve_items(shared))
        f.write('// builtinOwn are the settings only one built-in tool has.\n')
        f.write('var builtinOwn = map[string][]agent.Setting{\n')
        for slot, entries in own.items():
            if entries:
                f.write('\t%s: {\n' % go(slot))
                for e in entries:
                    f.write(resolve_items(e) + '\n')
                f.write('\t},\n')
        f.write('}\n')
    with open(os.path.join(PKG, 'settings_items_gen.go'), 'w') as f:
        f.write('package elevenlabs\n\n// Drafted by scripts/elevenlabs/gen_settings.py: the fields of records\n')
        f.write('// that more than one list setting holds.\n\n')
        f.write('import "github.com/agentdeck/agentdeck/agent"\n\n')
        for name, rows, count in ITEM_BLOCKS.values():
            if count > 1:
                f.write('var %s = %s\n\n' % (name, resolve_items(block_text(rows))))
        for name, rows in SHARED_RUNS:
            f.write('// %s are rows that more than one list setting holds in a row.\n' % name)
            f.write('var %s = []agent.Setting{\n%s\n}\n\n' % (name, resolve_items('\n'.join(rows))))
    # sections/titles per key
    with open(os.path.join(PKG, 'settings_groups_gen.go'), 'w') as f:
        f.write('package elevenlabs\n\n// Drafted by scripts/elevenlabs/gen_settings.py: the section and page of\n')
        f.write('// each setting, by the start of its path in the document.\n\n')
        f.write('import "github.com/agentdeck/agentdeck/agent"\n\n')
        f.write('var settingGroups = []settingGroup{\n')
        for prefix, sec, title, key in GROUPS:
            f.write('\t{prefix: %s, section: agent.%s, title: %s},\n' % (go(prefix), sec, go(title)))
        f.write('}\n')


if __name__ == '__main__':
    main()
    import glob, subprocess
    subprocess.run(['gofmt', '-w'] + glob.glob(os.path.join(PKG, 'settings_*_gen.go')), check=True)
    # gofumpt's rules, as the linter holds them, where it is installed.
    lint = os.path.join(subprocess.run(['go', 'env', 'GOPATH'], capture_output=True, text=True).stdout.strip(), 'bin', 'golangci-lint')
    if os.path.exists(lint):
        subprocess.run([lint, 'fmt', './providers/elevenlabs/'], cwd=ROOT, check=True)
