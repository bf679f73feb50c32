package agent

import (
	"strconv"
	"strings"
)

// ItemAt reads a problem path under a list, as Flatten names list items:
// "list[3].rest" under list is item 3 and "rest" (empty for the item
// itself). ok is false for a path not under list or with no item index.
func ItemAt(path, list string) (item int, rest string, ok bool) {
	after, ok := strings.CutPrefix(path, list+"[")
	if !ok {
		return 0, "", false
	}
	end := strings.IndexByte(after, ']')
	if end < 0 {
		return 0, "", false
	}
	i, err := strconv.Atoi(after[:end])
	if err != nil || i < 0 {
		return 0, "", false
	}
	return i, strings.TrimPrefix(after[end+1:], "."), true
}
