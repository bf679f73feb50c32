"""Walks ElevenLabs' OpenAPI schema (../shared/reference/elevenlabs-openapi.json)
over the agent-config paths issue 17 counts: conversation_config.{agent, asr,
tts, turn, conversation, vad, language_presets}, platform_settings, the prompt
and its tools. Objects count by their documented sub-fields; list items are
written "[]", records of an object keyed by name "{}". Two readings where the
schema allows more than one:

- a built-in tool slot (built_in_tools.end_call …) holds only its own params
  type (ElevenLabs' discriminator maps each system_tool_type to one shape), so
  only that shape's fields are listed for the slot;
- a JSON schema of parameters (ObjectJsonSchemaProperty and friends, which are
  recursive) counts as one path: it is a schema language, not settings.

Used by gen_settings.py and to write providers/elevenlabs/testdata/seed_paths.txt."""
import json, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = os.environ.get('AGENTDECK_ELEVENLABS_OPENAPI') or os.path.join(HERE, '..', '..', '..', 'shared', 'reference', 'elevenlabs-openapi.json')
D = json.load(open(SPEC))
S = D['components']['schemas']
SCHEMA = ('ArrayJsonSchemaProperty', 'LLMLiteralJsonSchemaProperty', 'LiteralJsonSchemaProperty',
          'ObjectJsonSchemaProperty', 'QueryParamsJsonSchema')


def name_of(ref):
    return ref.split('/')[-1]


def lookup(n):
    return S.get(n) or S.get(n.replace('-Input', '').replace('-Output', '')) or S.get(n + '-Input') or {}


def res(x):
    while '$ref' in x:
        x = lookup(name_of(x['$ref']))
    return x


def alts(x):
    x = res(x)
    for k in ('anyOf', 'oneOf', 'allOf'):
        if k in x:
            out = []
            for a in x[k]:
                out += alts(a)
            return out
    return [x]


def is_schema(x):
    refs = [x] + x.get('anyOf', []) + x.get('oneOf', [])
    return any('$ref' in a and name_of(a['$ref']).replace('-Input', '').replace('-Output', '') in SCHEMA for a in refs)


class Leaf:
    def __init__(self, path, prop, objs):
        self.path, self.prop, self.objs = path, prop, objs

    @property
    def kind(self):
        if self.prop is None:
            return 'recursive'
        if self.objs == 'schema':
            return 'schema'
        ts = set()
        for a in self.objs:
            if 'enum' in a or 'const' in a:
                ts.add('enum')
            else:
                ts.add(a.get('type', '?'))
        if ts == {'integer', 'number'}:
            return 'number'
        return '/'.join(sorted(ts))

    def enum(self):
        out = []
        for a in self.objs if self.objs != 'schema' else []:
            for v in a.get('enum', []) + ([a['const']] if 'const' in a else []):
                if v not in out and v is not None:
                    out.append(v)
        return out

    def item_enum(self):
        out = []
        for a in self.objs if self.objs != 'schema' else []:
            if a.get('type') == 'array':
                for b in alts(a.get('items', {})):
                    for v in b.get('enum', []):
                        if v not in out:
                            out.append(v)
        return out

    def item_types(self):
        out = set()
        for a in self.objs if self.objs != 'schema' else []:
            if a.get('type') == 'array':
                for b in alts(a.get('items', {})):
                    out.add('enum' if 'enum' in b else b.get('type', '?'))
        return out

    def num(self, k):
        for a in [self.prop or {}] + (self.objs if self.objs != 'schema' else []):
            if k in a:
                return a[k]
        return None

    def desc(self):
        p = self.prop or {}
        if p.get('description'):
            return p['description']
        for a in self.objs if self.objs != 'schema' else []:
            if a.get('description'):
                return a['description']
        return ''

    def default(self):
        p = self.prop or {}
        return p.get('default')

    def deprecated(self):
        p = self.prop or {}
        return bool(p.get('deprecated')) or 'deprecated' in self.desc().lower()


DESC = {}
KEYS = {}  # the names a keyed object allows, where the schema lists them


def walk(x, p, stack, out):
    if isinstance(x, dict) and x.get('description') and p not in DESC:
        DESC[p] = x['description']
    r = res(x)
    m = re.match(r'conversation_config\.agent\.prompt\.built_in_tools\.(\w+)\.params$', p)
    if m and 'discriminator' in r:
        x = S[name_of(r['discriminator']['mapping'][m.group(1)])]
    if is_schema(x):
        out.setdefault(p, Leaf(p, x, 'schema'))
        return
    objs = [a for a in alts(x) if a.get('type') != 'null']
    leaf = True
    for a in objs:
        t = a.get('title', '')
        if 'properties' in a:
            if t in stack:
                out.setdefault(p, Leaf(p, None, []))
                continue
            leaf = False
            for k, v in a['properties'].items():
                walk(v, p + '.' + k if p else k, stack + [t], out)
        elif a.get('type') == 'array':
            it = a.get('items', {})
            if [b for b in alts(it) if 'properties' in b]:
                leaf = False
                walk(it, p + '[]', stack, out)
        elif a.get('type') == 'object' and isinstance(a.get('additionalProperties'), dict):
            if [b for b in alts(a['additionalProperties']) if 'properties' in b]:
                leaf = False
                names = res(a.get('propertyNames', {}))
                if names.get('enum'):
                    KEYS[p] = names['enum']
                walk(a['additionalProperties'], p + '{}', stack, out)
    if leaf:
        if p in out and isinstance(out[p].objs, list):
            # The same path in another variant of a union (a discriminator's
            # value, say): its values are one more choice of the same field.
            out[p].objs = out[p].objs + objs
        else:
            out.setdefault(p, Leaf(p, x, objs))


def inventory():
    out = {}
    body = S['Body_Create_Agent_v1_convai_agents_create_post']['properties']
    for k in ('name', 'tags'):
        walk(body[k], k, [], out)
    cc = S['ConversationalConfigAPIModel-Input']['properties']
    for k in ('agent', 'asr', 'tts', 'turn', 'conversation', 'vad', 'language_presets'):
        walk(cc[k], 'conversation_config.' + k, ['ConversationalConfigAPIModel'], out)
    walk(body['platform_settings'], 'platform_settings', [], out)
    return out


if __name__ == '__main__':
    for p, l in inventory().items():
        print(p)
