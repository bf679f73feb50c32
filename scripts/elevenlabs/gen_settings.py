"""Drafts providers/elevenlabs/settingsdata/*.json (the ElevenLabs provider
settings tables, read by providers/elevenlabs/settings_data.go, which describes
the format) and providers/elevenlabs/testdata/seed_paths.txt from ElevenLabs'
OpenAPI schema. Run by hand from the repository root:

    python3 scripts/elevenlabs/gen_settings.py

Labels and help come from the schema's names and descriptions, put in plain
words; overrides.json (loaded by overrides.py) holds the hand-written words for the settings people use
most. The data files are the source of truth once written: rerun only to pick
up a new schema, review the diff, and refresh the golden that pins the tables
(go test ./providers/elevenlabs/ -run TestSettingTablesAreUnchanged -update)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import schema_walk as sw
import data_file
from overrides import MODEL, OVERRIDES, READONLY, GROUPS, LIVE, BUILTIN_TITLES
from rows import ITEM_BLOCKS, SHARED_RUNS, items_block, share_runs, block_rows, resolve_items, fold_named

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
PKG = os.path.join(ROOT, 'providers', 'elevenlabs')
DATA = os.path.join(PKG, 'settingsdata')

# WORDS and PHRASES put the schema's lowercase names into the words a person
# reads: acronyms in capitals, brand names as their owners write them, and
# jargon (TTS, ASR, VAD, DTMF) as what it means. PHRASES are runs of words
# that read right only together; they are tried before single words.
WORDS = {'llm': 'LLM', 'tts': 'voice', 'asr': 'speech recognition', 'rag': 'RAG', 'dtmf': 'keypad', 'id': 'ID',
         'ids': 'IDs', 'url': 'address', 'secs': 'seconds', 'ms': 'milliseconds', 'vad': 'voice activity',
         'sip': 'SIP', 'uui': 'UUI', 'mcp': 'MCP', 'pii': 'personal data', 'api': 'API', 'num': 'number of',
         'max': 'maximum', 'min': 'minimum', 'config': 'settings', 'configs': 'settings', 'html': 'HTML', 'ui': 'UI',
         'ivr': 'IVR', 'json': 'JSON', 'uri': 'address', 'sdk': 'SDK', 'sms': 'SMS', 'js': 'JavaScript',
         'ios': 'iOS', 'whatsapp': 'WhatsApp', 'audiocodes': 'AudioCodes', 'elevenlabs': 'ElevenLabs',
         'opentelemetry': 'OpenTelemetry', 'websocket': 'WebSocket', 'http': 'HTTP', 'https': 'HTTPS',
         'bg': 'background', 'btn': 'button', 'dob': 'date of birth', 'smb': 'small business', 'pd': 'PD',
         'cvv': 'CVV', 'bic': 'BIC', 'ip': 'IP', 'crm': 'CRM', 'csv': 'CSV', 'pdf': 'PDF', 'oauth': 'OAuth',
         'oauth2': 'OAuth 2', 'jwt': 'JWT', 'hmac': 'HMAC', 'utc': 'UTC', 'ai': 'AI', 'faq': 'FAQ', 'sso': 'SSO', 'eval': 'evaluation'}
PHRASES = {('node', 'js'): 'Node.js', ('react', 'native'): 'React Native', ('swift', 'bic'): 'SWIFT/BIC',
           ('name', 'family'): 'family name', ('name', 'given'): 'given name'}
# Choices read "url" as a kind of source (a web page), not as an address to fill in.
CHOICE_WORDS = dict(WORDS, url='web page')


def plain_words(ws, table=WORDS):
    out, i = [], 0
    while i < len(ws):
        if tuple(ws[i:i + 2]) in PHRASES:
            out.append(PHRASES[tuple(ws[i:i + 2])])
            i += 2
            continue
        out.append(table.get(ws[i], ws[i]))
        i += 1
    return out


def human(seg, table=WORDS):
    ws = [w for w in seg.split('_') if w]
    ws = [w for i, w in enumerate(ws) if i == 0 or w != ws[i - 1]]
    s = ' '.join(plain_words(ws, table))
    return s[:1].upper() + s[1:]


def sentence_case(s):
    s = s.strip()
    return s[:1].upper() + s[1:]


WIRE = re.compile(r'\b[a-z][a-z0-9]*(?:[._][a-z0-9]+)+\b|\w\[\d+\]')


# HELP_JARGON is the schema's jargon in help text, as what it means. The
# technical words a setting cannot be explained without (SIP, MCP, LLM) stay.
HELP_JARGON = [
    (r'\bDTMF \(keypad\)', 'keypad'), (r'\bDTMF tones\b', 'keypad tones'), (r'\bDTMF\b', 'keypad'),
    (r'\bfor faster TTFB\b', 'so the first words come sooner'), (r'\bTTFB\b', 'time to the first words'),
    (r'\bNot ZRM compatible\b', 'Not available in zero retention mode'), (r'\bZRM\b', 'zero retention mode'),
    (r'\bANN vector search\b', 'the approximate nearest-neighbour search'),
    (r'\bcomplete non-TTS response\b', 'complete text response (before it is spoken)'), (r'\bnon-TTS\b', 'text'),
    (r'\bThe voice ID to use for TTS\b', 'The ID of the voice to use'), (r'\bused for ASR and TTS\b', 'used to hear and to speak'),
    (r'\bfor TTS\b', 'for the voice'), (r'\bTTS\b', 'voice'),
    (r'\bif VAD detects no speech\b', 'if no speech is detected'), (r'\bVAD\b', 'voice activity detection'),
    (r'\bASR\b', 'speech recognition'),
]


def plain_help(desc, label):
    d = ' '.join(desc.replace('`', '').split())
    for jargon, plain in HELP_JARGON:
        d = re.sub(jargon, plain, d)
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


# The schema's kinds of value, as the setting kind that edits them (the names
# of settings_data.go's kinds), or why agentdeck keeps them as they are.
KINDS = {'boolean': 'bool', 'integer': 'integer', 'number': 'number', 'string': 'text',
         'enum/string': 'choice', 'enum/number': 'number', 'boolean/integer/number/string': 'text'}
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
            return 'integer', ''
        return 'choice', ''
    if k == 'array':
        if leaf.item_types() <= {'string', 'enum'}:
            return 'list', ''
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
        return human(s, CHOICE_WORDS)
    # a dotted value names a kind inside a family (unique_id.device_id): its
    # last part says it alone, and the family stays in the value
    if re.fullmatch(r'[a-z0-9_]+(\.[a-z0-9_]+)+', s):
        return human(s.split('.')[-1], CHOICE_WORDS)
    return s


def choices_of(values):
    return [[str(v), choice_label(v)] for v in values]


def number(v):
    """A bound as the data file writes it: whole numbers without a point."""
    return int(v) if float(v).is_integer() else v


def spec_of(leaf, kind, live):
    """The FieldSpec fields of a setting, by their names in the data file."""
    spec = {}
    if kind == 'choice':
        vals = leaf.enum()
        if vals:
            spec['choices'] = choices_of(vals)
            if leaf.kind == 'enum':
                spec['closed'] = True
    if kind == 'list' and leaf.item_enum():
        spec['choices'] = choices_of(leaf.item_enum())
        spec['closed'] = True
    notes = []
    ints = [v for v in leaf.enum() if isinstance(v, int) and not isinstance(v, bool)]
    if kind == 'integer' and ints:
        spec['min'], spec['max'] = min(ints), max(ints)
    for k, f in (('minimum', 'min'), ('exclusiveMinimum', 'min'), ('maximum', 'max'), ('exclusiveMaximum', 'max')):
        v = leaf.num(k)
        if v is None or kind not in ('integer', 'number') or f in spec:
            continue
        if k.startswith('exclusive'):
            if kind == 'integer':
                v = v + 1 if f == 'min' else v - 1
            else:
                notes.append('It must be %s than %s.' % ('more' if f == 'min' else 'less', trimnum(v)))
        spec[f] = number(v)
    if kind in ('text', 'long_text'):
        ml = leaf.num('maxLength')
        if ml:
            spec['max_len'] = int(ml)
        pat = leaf.num('pattern')
        if pat:
            spec['pattern'], spec['pattern_hint'] = pat, PATTERN_HINTS.get(pat, 'the form ElevenLabs\'s docs give')
    if notes:
        spec['note'] = ' '.join(notes)
    if kind in ('list',):
        mi = leaf.num('maxItems')
        if mi:
            spec['max_items'] = int(mi)
    dv = leaf.default()
    if isinstance(dv, bool):
        spec['default'] = 'yes' if dv else 'no'
    elif isinstance(dv, (int, float, str)) and str(dv) != '' and len(str(dv)) < 60:
        spec['default'] = str(dv)
    if live:
        spec['live'] = True
    return spec


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
    # own copy when the tables are read (builtinTables); only a tool's own ones
    # are listed here.
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
                shared.append(render_leaf(k, s['path'], s['leaf'], wire=rel))
    # builtin_common takes part in sharing runs of rows like any list's fields.
    common = items_block('builtin_common', shared)
    share_runs()
    write(out, common, own)


def render(key, s):
    if 'items' not in s:
        return render_leaf(key, s['path'], s['leaf'])
    p = s['path']
    ov = OVERRIDES.get(p, {})
    label = ov.get('label') or human(p.split('.')[-1])
    m = re.match(r'conversation_config\.agent\.prompt\.built_in_tools\.(\w+)\.', p)
    if m and not ov.get('label') and 'wire' not in s:
        # Each built-in tool has lists of the same name: say whose.
        label = BUILTIN_TITLES[m.group(1)] + ': ' + label.lower()
    kb = ''
    if s['keyed']:
        kb = ov.get('keyed', 'name')
        if any(i['wire'] == kb for i in s['items'] if i.get('leaf')):
            kb = 'entry_name'
    fields = []
    for it in s['items']:
        if 'nested' not in it:
            fields.append((it['wire'], lambda ik, it=it: render_leaf(ik, it['paths'][0], it['leaf'], wire=it['wire'])))
            continue
        # a list inside each record: a field holding records
        nkb = ('entry_name' if any(x['wire'] == 'name' for x in it['nested']) else 'name') if it['keyed'] else ''
        nested = [(x['wire'], lambda xk, x=x: render_leaf(xk, x['paths'][0], x['leaf'], wire=x['wire'])) for x in it['nested']]
        fields.append((it['wire'], lambda ik, it=it, nkb=nkb, nested=nested: list_setting(
            ik, it['wire'], it['cont'], human(it['wire'].split('.')[-1]), nkb, name_row(nkb, {}), nested)))
    choices = {'choices': choices_of(sw.KEYS[p]), 'closed': True} if s['keyed'] and sw.KEYS.get(p) else {}
    return list_setting(key, s.get('wire', p), p, label, kb, name_row(kb, ov, choices), fields)


def name_row(kb, ov, choices=None):
    """The field that names each record of a list kept as an object keyed by
    name, or None for a plain list."""
    if not kb:
        return None
    row = {'key': kb, 'kind': 'choice' if choices else 'text', 'label': ov.get('keyed_label', 'Name'),
           'help': ov.get('keyed_help', 'The name this entry is kept under.')}
    row.update(choices or {})
    return row


def list_setting(key, wire, path, label, keyed_by, first, fields):
    """A setting holding records: first (the naming field, or None), then a
    row per field of fields, (wire, render(key)), each keyed by its wire and
    kept unique within the record."""
    ov = OVERRIDES.get(path, {})
    label = ov.get('label') or label
    row = {'key': key, 'wire': wire, 'kind': 'items', 'label': label,
           'help': ov.get('help') or plain_help(sw.DESC.get(path, ''), label) or ('The %s, one entry each.' % label.lower())}
    if keyed_by:
        row['keyed_by'] = keyed_by
    rows, seen = [first] if first else [], set()
    for fwire, render_field in fields:
        k = re.sub(r'[^a-z0-9]+', '_', fwire.lower()).strip('_')
        while k in seen:
            k += '_path'
        seen.add(k)
        rows.append(render_field(k))
    row['items'] = items_block(key, rows)
    return row


def fallback_help(segs, label, kind):
    """Words for a setting ElevenLabs' schema does not describe, from its
    name and the object it sits in."""
    last = segs[-1]
    parent = human(segs[-2]).lower() if len(segs) > 1 else ''
    if kind == 'bool' and last in ('is_enabled', 'enabled'):
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


def render_leaf(key, path, leaf, wire=None):
    ov = OVERRIDES.get(path, {})
    kind, ro = kind_of(leaf)
    if path in READONLY:
        ro = READONLY[path]
    if kind is None:
        kind = 'text'
    if ov.get('kind'):
        kind = ov['kind']
    segs = [x.replace('[]', '').replace('{}', '') for x in path.split('.')]
    label = ov.get('label') or human(segs[-1])
    if not ov.get('label') and segs[-1] in GENERIC and len(segs) > 1:
        label = human(segs[-2] + '_' + segs[-1])
    help_ = ov.get('help') or plain_help(leaf.desc(), label) or fallback_help(segs, label, kind)
    ints = [v for v in leaf.enum() if isinstance(v, int) and not isinstance(v, bool)]
    if kind == 'integer' and ints:
        help_ += ' ElevenLabs takes ' + ', '.join(str(v) for v in ints[:-1]) + ' or ' + str(ints[-1]) + '.'
    if leaf.kind == 'enum/number':
        help_ += ' ElevenLabs also takes one of the words ' + ', '.join(str(v) for v in leaf.enum()) + '; a word already set is kept until you type a number.'
    if leaf.kind == 'boolean/integer/number/string':
        help_ += ' It is sent as text.'
    if leaf.deprecated() and 'old' not in help_.lower():
        help_ += ' ElevenLabs marks it as old.'
    row = {'key': key, 'wire': wire if wire is not None else path, 'kind': kind, 'label': label}
    if not ro:
        row.update(spec_of(leaf, kind, path in LIVE))
    if ro:
        row['read_only'] = ro
    if leaf.kind in ('enum/string',) or ov.get('undocumented'):
        row['undocumented'] = True
    row['help'] = help_
    return row


def write(groups, common, own):
    """Writes the data files: the settings one file per section, in display
    order, then the built-in tools, the shared runs, the groups and wires."""
    by_sec = {}
    for (sec, title), entries in groups.items():
        by_sec.setdefault(sec, []).extend(entries)
    for f in os.listdir(DATA):
        if f.endswith('.json'):
            os.remove(os.path.join(DATA, f))
    order = ['SectionBasics', 'SectionBrain', 'SectionVoice', 'SectionListening', 'SectionTurn', 'SectionGreeting',
             'SectionTools', 'SectionVariables', 'SectionAdvanced']
    for i, sec in enumerate(sorted(by_sec, key=order.index)):
        rows = [resolve_items(e) for e, _ in fold_named(by_sec[sec], human)]
        data_file.write(os.path.join(DATA, '%02d_%s.json' % (i + 1, section_id(sec))), [('settings', rows)])
    data_file.write(os.path.join(DATA, 'builtins.json'), [
        ('builtin_slots', list(BUILTIN_TITLES)),
        ('builtin_common', resolve_items(common)),
        ('builtin_own', {slot: [resolve_items(e) for e in entries] for slot, entries in own.items() if entries})])
    shared = {}
    for name, rows, count in ITEM_BLOCKS.values():
        if count > 1:
            shared[name] = block_rows(rows)
    for name, rows in SHARED_RUNS:
        if name in shared:
            raise SystemExit('two shared runs are named ' + name)
        shared[name] = [resolve_items(r) for r in rows]
    data_file.write(os.path.join(DATA, 'shared.json'), [('shared', shared)])
    data_file.write(os.path.join(DATA, 'groups.json'), [('groups', [
        {'prefix': prefix, 'section': section_id(sec), 'title': title} for prefix, sec, title, _ in GROUPS])])
    data_file.write(os.path.join(DATA, 'wires.json'), [
        ('model_wires', [{'wire': w, 'path': p} for w, p in MODELPATHS]),
        ('nested_wires', [{'wire': p, 'read_only': 'it is a list inside each entry of a list, which agentdeck keeps as it is'} for p in NESTED])])


def section_id(sec):
    """agent's id of a section, from the name of its Go constant."""
    return sec[len('Section'):].lower()


if __name__ == '__main__':
    main()
