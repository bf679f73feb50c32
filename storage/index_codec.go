package storage

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The index file is text, one draft a line, in list order, after a header
// that names the format and counts the lines:
//
//	agentdeck drafts index <TAB> 4 <TAB> count
//	file <TAB> size <TAB> mtime <TAB> name <TAB> provider <TAB> status <TAB> remote id <TAB> updated <TAB> damaged <TAB> links <TAB> environments
//
// Fields are escaped (a backslash and every control character become \\ and
// \xHH), so tabs and newlines only separate. Links are provider, 0x1f, id,
// 0x1f, id…, one provider after another separated by 0x1e; environments
// are as index_envs.go writes them. The file is
// decoded as one string whose pieces become the entries' fields, so reading
// 100,000 drafts makes no allocation per field.
const (
	indexMagic = "agentdeck drafts index"
	// indexVersion changes whenever the index's shape or meaning does; an
	// index of another version is rebuilt. 5: a draft pulled and never
	// pushed is "pulled", no longer "pushed". 6: each draft's environments
	// and where each stands.
	indexVersion = "6"
	indexFields  = 11
	linkSep      = "\x1e"
	linkIDSep    = "\x1f"
)

// encodeIndex writes the entries of files in the order of names.
func encodeIndex(files map[string]*indexEntry, names []string) []byte {
	b := make([]byte, 0, 64+len(names)*192)
	b = append(b, indexMagic+"\t"+indexVersion+"\t"...)
	b = strconv.AppendInt(b, int64(len(names)), 10)
	b = append(b, '\n')
	for _, name := range names {
		e := files[name]
		b = appendEscaped(b, name)
		b = append(b, '\t')
		b = strconv.AppendInt(b, e.Size, 10)
		b = append(b, '\t')
		b = strconv.AppendInt(b, e.ModTime, 10)
		for _, f := range []string{e.Name, e.Provider, e.Status, e.RemoteID} {
			b = append(b, '\t')
			b = appendEscaped(b, f)
		}
		b = append(b, '\t')
		if !e.Updated.IsZero() {
			b = e.Updated.AppendFormat(b, time.RFC3339Nano)
		}
		b = append(b, '\t')
		b = appendEscaped(b, e.Damaged)
		b = append(b, '\t')
		b = appendLinks(b, e.Links)
		b = append(b, '\t')
		b = append(b, e.Envs...)
		b = append(b, '\n')
	}
	return b
}

func appendLinks(b []byte, links map[string][]string) []byte {
	first := true
	for _, p := range slices.Sorted(maps.Keys(links)) {
		if !first {
			b = append(b, linkSep...)
		}
		first = false
		b = appendEscaped(b, p)
		for _, id := range links[p] {
			b = append(b, linkIDSep...)
			b = appendEscaped(b, id)
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

func appendEscaped(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			b = append(b, '\\', '\\')
		case c < 0x20 || c == 0x7f:
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return b
}

// unescape undoes appendEscaped; ok is false for an escape it never writes.
func unescape(s string) (string, bool) {
	if strings.IndexByte(s, '\\') < 0 {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		switch {
		case i+1 < len(s) && s[i+1] == '\\':
			b.WriteByte('\\')
			i++
		case i+3 < len(s) && s[i+1] == 'x':
			v, err := strconv.ParseUint(s[i+2:i+4], 16, 8)
			if err != nil {
				return "", false
			}
			b.WriteByte(byte(v))
			i += 3
		default:
			return "", false
		}
	}
	return b.String(), true
}

// decodeIndex reads a whole index; ok is false for anything but a complete
// index of this version (a torn or hand-edited file is rebuilt).
func decodeIndex(data []byte) (map[string]*indexEntry, []string, bool) {
	text := string(data)
	count, rest, ok := decodeHeader(text)
	if !ok || count > len(rest)/indexFields {
		return nil, nil, false
	}
	files, order := make(map[string]*indexEntry, count), make([]string, 0, count)
	entries := make([]indexEntry, count)
	for n := 0; n < count; n++ {
		var line string
		line, rest, ok = strings.Cut(rest, "\n")
		if !ok {
			return nil, nil, false
		}
		name, e, ok := decodeLine(line)
		if !ok {
			return nil, nil, false
		}
		entries[n] = e
		files[name], order = &entries[n], append(order, name)
	}
	if rest != "" || len(files) != count {
		return nil, nil, false
	}
	return files, order, true
}

// decodeIndexHead reads the first n entries of the start of an index, and
// the count its header gives.
func decodeIndexHead(data []byte, n int) ([]indexEntry, []string, int, bool) {
	count, rest, ok := decodeHeader(string(data))
	if !ok {
		return nil, nil, 0, false
	}
	n = min(n, count)
	entries, names := make([]indexEntry, 0, n), make([]string, 0, n)
	for len(entries) < n {
		var line string
		line, rest, ok = strings.Cut(rest, "\n")
		if !ok {
			return nil, nil, 0, false
		}
		name, e, ok := decodeLine(line)
		if !ok {
			return nil, nil, 0, false
		}
		entries, names = append(entries, e), append(names, name)
	}
	return entries, names, count, true
}

func decodeHeader(text string) (int, string, bool) {
	head, rest, ok := strings.Cut(text, "\n")
	if !ok {
		return 0, "", false
	}
	magic, tail, _ := strings.Cut(head, "\t")
	version, countText, _ := strings.Cut(tail, "\t")
	count, err := strconv.Atoi(countText)
	if magic != indexMagic || version != indexVersion || err != nil || count < 0 {
		return 0, "", false
	}
	return count, rest, true
}

// decodeLine reads one entry; its file name is returned beside it.
func decodeLine(line string) (string, indexEntry, bool) {
	var f [indexFields]string
	for i := 0; i < indexFields-1; i++ {
		var ok bool
		f[i], line, ok = strings.Cut(line, "\t")
		if !ok {
			return "", indexEntry{}, false
		}
	}
	f[indexFields-1] = line
	var e indexEntry
	var err1, err2 error
	e.Size, err1 = strconv.ParseInt(f[1], 10, 64)
	e.ModTime, err2 = strconv.ParseInt(f[2], 10, 64)
	if err1 != nil || err2 != nil {
		return "", indexEntry{}, false
	}
	ok := true
	field := func(s string) string {
		v, good := unescape(s)
		ok = ok && good
		return v
	}
	name := field(f[0])
	e.Name, e.Provider, e.Status, e.RemoteID = field(f[3]), field(f[4]), field(f[5]), field(f[6])
	e.Damaged = field(f[8])
	if f[7] != "" {
		t, err := time.Parse(time.RFC3339Nano, f[7])
		if err != nil {
			return "", indexEntry{}, false
		}
		e.Updated = t
	}
	if f[9] != "" {
		e.Links = map[string][]string{}
		for _, group := range strings.Split(f[9], linkSep) {
			parts := strings.Split(group, linkIDSep)
			p := field(parts[0])
			e.Links[p] = nil
			for _, id := range parts[1:] {
				e.Links[p] = append(e.Links[p], field(id))
			}
		}
	}
	e.Envs = f[10]
	if !ok || !isDraftFile(name) || !checkEnvsField(e.Envs) {
		return "", indexEntry{}, false
	}
	e.ID = strings.TrimSuffix(name, draftExt)
	return name, e, true
}
