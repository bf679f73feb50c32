package forms

// variablesPages: the webhooks the provider calls around a call. Variables
// and webhook headers are lists (see Lists).
func variablesPages() []page {
	pages := make([]page, 0, 2)
	for _, w := range []struct{ key, title string }{
		{"pre_call", "Before each call"}, {"post_call", "After each call"},
	} {
		p := "webhooks." + w.key + "."
		pages = append(pages, page{title: w.title, paths: []string{
			p + "url", p + "method", p + "timeout_seconds", p + "id", p + "body_template",
		}})
	}
	return pages
}
