"""Writes the ElevenLabs settings data files (providers/elevenlabs/settingsdata/*.json,
read by providers/elevenlabs/settings_data.go, which describes the format).

The layout is for reading and for diffs: one row a line, a row's fields in one
order, and the rows of a list inside a row (items, or the rows of an each)
indented on the lines below it."""
import json

# The order of a row's fields, as settings_data.go's structs list them.
ORDER = ['key', 'wire', 'kind', 'label', 'choices', 'closed', 'min', 'max', 'max_len', 'max_items', 'pattern',
         'pattern_hint', 'default', 'live', 'note', 'read_only', 'undocumented', 'keyed_by', 'help', 'use', 'each',
         'prefix', 'section', 'title', 'path']
NESTED = ('items', 'rows')


def compact(v):
    return json.dumps(v, ensure_ascii=False, separators=(',', ':'))


def row_text(row, ind):
    unknown = set(row) - set(ORDER) - set(NESTED)
    if unknown:
        raise SystemExit('unknown fields %s in %s' % (sorted(unknown), row))
    text = compact({k: row[k] for k in ORDER if k in row})
    for k in NESTED:
        if k in row:
            text = text[:-1] + ',' + compact(k) + ':' + rows_text(row[k], ind) + '}'
    return text


def rows_text(rows, ind=''):
    """A list of rows: one a line, each indented two more than the list."""
    if not rows:
        return '[]'
    return '[\n' + ',\n'.join(ind + '  ' + row_text(r, ind + '  ') for r in rows) + '\n' + ind + ']'


def value_text(v):
    if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
        return rows_text(v)
    if isinstance(v, dict):  # name -> rows, in name order
        return '{\n' + ',\n'.join(compact(k) + ':' + rows_text(v[k]) for k in sorted(v)) + '\n}'
    return compact(v)


def write(path, parts):
    """Writes a data file of parts, a list of (name, value) in order."""
    with open(path, 'w') as f:
        f.write('{\n' + ',\n'.join(compact(k) + ':' + value_text(v) for k, v in parts) + '\n}\n')
