package draftschema

import "strconv"

func itoa(i int) string { return strconv.Itoa(i) }

func fmtFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
